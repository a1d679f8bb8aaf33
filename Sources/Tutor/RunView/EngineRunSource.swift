import Machine

/// The engine's live run is what the run view watches in the app.
extension LiveRun: RunSource {}

/// The engine behind the run view: the app's default factory (`r` on a lesson page, `watch`).
public let engineRunSourceFactory: RunSourceFactory = { path, source, arguments, options, choices in
    LiveRun(path: path, source: source, arguments: arguments, options: options, choices: choices)
}

extension RunRequest {
    /// A fresh live run of this request on the engine, for `watch` to open the run view on.
    public func engineRun() throws -> RunSource {
        try engineRunSourceFactory(path, source, arguments, options, [])
    }
}
