/// Placeholder until the module lands.
enum LessonKitModule {}
