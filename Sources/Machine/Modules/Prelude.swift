import Foundation

/// Modules written in Python: `Sources/Machine/Prelude/NAME.py`, resources of this target
/// (see Prelude/README.md), read once per process and compiled on first import (exactly as
/// lazy as CPython's pure-Python modules).
///
/// The resource bundle is found without SwiftPM's `Bundle.module`, which calls `fatalError`
/// when the bundle is missing (a binary copied elsewhere): beside the executable, in
/// `Bundle.main`'s resources, then in the source tree this file was built from. When none has
/// the file, importing the module raises `ImportError` naming the file looked for.
enum Prelude {
    /// The modules that must have a prelude file (module name = file name without `.py`):
    /// a missing one is an ImportError naming the bundle. Any other `.py` file in the folder
    /// is a module too (`greenlet`, `asyncio.*`, `gevent.*`), found when the folder is read.
    static let modules: Set<String> = [
        "functools", "itertools", "math", "random", "collections", "errno", "json", "struct",
        "threading", "queue", "_queue", "concurrent", "concurrent.futures",
        "os", "os.path", "signal", "pickle", "multiprocessing", "multiprocessing.pool", "multiprocessing.managers",
        "multiprocessing.spawn", "_vfs",
        "heapq", "bisect", "operator", "copy", "string", "textwrap", "contextlib", "abc", "atexit", "io",
        "pprint", "statistics", "enum", "dataclasses", "typing",
        "socket", "select", "selectors", "socketserver",
        "_vweb", "urllib", "urllib.request", "urllib.error", "urllib.parse", "requests",
        "re",
    ]

    /// The source of prelude module `name`; nil if `name` has no prelude, a failure naming the
    /// missing file if it has one that cannot be read.
    static func source(of name: String) -> Result<String, Missing>? {
        if let found = loaded[name] { return found }
        guard modules.contains(name) else { return nil }
        return .failure(Missing(file: "\(name).py", searched: []))
    }

    /// A prelude file that could not be read, and where it was looked for.
    struct Missing: Error {
        let file: String
        let searched: [String]

        /// The ImportError message.
        var message: String {
            let places = searched.isEmpty ? "" : " (looked in \(searched.joined(separator: ", ")))"
            return "cannot load the engine's prelude module file \(file)\(places): the Machine resource bundle is missing"
        }
    }

    /// Every prelude's source, read once per process (a static `let` is initialised once,
    /// thread-safely).
    private static let loaded: [String: Result<String, Missing>] = load(from: candidateDirectories())

    /// Reads each module's file from the first of `directories` that has it.
    static func load(from directories: [URL]) -> [String: Result<String, Missing>] {
        var out: [String: Result<String, Missing>] = [:]
        var names = modules
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".py") { names.insert(String(file.dropLast(3))) }
        }
        for name in names {
            let file = "\(name).py"
            let text = directories.lazy.compactMap { try? String(contentsOf: $0.appendingPathComponent(file), encoding: .utf8) }.first
            out[name] = text.map { .success($0) } ?? .failure(Missing(file: file, searched: directories.map(\.path)))
        }
        return out
    }

    /// Where the `Prelude` folder may be, in order: the SwiftPM resource bundle beside the
    /// executable (or beside the test bundle), `Bundle.main`'s resources, then the source tree.
    static func candidateDirectories() -> [URL] {
        var bases: [URL] = []
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() { bases.append(exe) }
        bases.append(Bundle.main.bundleURL)
        bases.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let r = Bundle.main.resourceURL { bases.append(r) }
        var dirs: [URL] = []
        for base in bases {
            for bundle in ["concurrency-tutor_Machine.resources", "concurrency-tutor_Machine.bundle",
                           "concurrency-tutor_Machine.bundle/Contents/Resources"] {
                dirs.append(base.appendingPathComponent(bundle).appendingPathComponent("Prelude"))
            }
            dirs.append(base.appendingPathComponent("Prelude"))
        }
        // This file is Sources/Machine/Modules/Prelude.swift; the files are in Sources/Machine/Prelude.
        dirs.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Prelude"))
        var seen: Set<String> = []
        return dirs.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}
