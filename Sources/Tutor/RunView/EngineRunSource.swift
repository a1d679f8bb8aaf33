import Machine

/// The engine's live run is what the run view watches in the app.
extension LiveRun: RunSource {}
