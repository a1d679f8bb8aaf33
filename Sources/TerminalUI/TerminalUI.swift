/// Placeholder until the module lands.
enum TerminalUIModule {}
