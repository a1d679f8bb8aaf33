/// Placeholder until the module lands.
enum PyLangModule {}
