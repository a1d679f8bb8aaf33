/// Placeholder until the module lands.
enum TutorModule {}
