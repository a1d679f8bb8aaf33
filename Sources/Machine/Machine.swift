/// Placeholder until the module lands.
enum MachineModule {}
