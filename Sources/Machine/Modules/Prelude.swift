import Foundation

/// Modules written in Python: `Sources/Machine/Prelude/NAME.py`, resources of this target
/// (see Prelude/README.md), each read on its first import in a process and compiled then (exactly as
/// lazy as CPython's pure-Python modules).
///
/// The resource bundle is found without SwiftPM's `Bundle.module`, which calls `fatalError`
/// when the bundle is missing (a binary copied elsewhere): beside the executable, in
/// `Bundle.main`'s resources, then in the source tree this file was built from. When none has
/// the file, importing the module raises `ImportError` naming the file looked for.
enum Prelude {
    /// The modules that must have a prelude file (module name = file name without `.py`):
    /// a missing one is an ImportError naming the bundle. Any other `.py` file in the folder
    /// is a module too (`greenlet`, `asyncio.*`, `gevent.*`), found when first imported.
    static let modules: Set<String> = [
        "functools", "itertools", "math", "random", "collections", "errno", "json", "struct",
        "threading", "queue", "_queue", "concurrent", "concurrent.futures",
        "os", "os.path", "signal", "pickle", "multiprocessing", "multiprocessing.pool", "multiprocessing.managers",
        "multiprocessing.spawn", "_vfs",
        "heapq", "bisect", "operator", "copy", "string", "textwrap", "contextlib", "abc", "atexit", "io",
        "pprint", "statistics", "enum", "dataclasses", "typing", "types", "keyword", "importlib",
        "socket", "select", "selectors", "socketserver",
        "_vweb", "urllib", "urllib.request", "urllib.error", "urllib.parse", "requests",
        "hashlib", "fractions", "base64", "binascii", "decimal", "_decimal_context", "_decimal_text",
        "_decimal_math", "_decimal_arith", "_decimal_functions", "array",
        "logging", "_logformat", "_loghandlers", "_logvalidate", "_timestruct", "weakref", "datetime", "inspect",
        "re", "_uniontype", "warnings",
    ]

    /// The source of prelude module `name`; nil if `name` has no prelude, a failure naming the
    /// missing file if it has one that cannot be read.
    static func source(of name: String) -> Result<String, Missing>? { library.source(of: name) }

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

    /// The preludes of this process (a static `let` is initialised once, thread-safely).
    private static let library = Library(directories: candidateDirectories())

    /// The prelude files of a list of folders: each file is looked for and read on its first
    /// import only, then kept (reading all ~130 at start cost every run ~10 ms, and listing
    /// the folders ~2 ms, most of it for modules the program never imports).
    final class Library: @unchecked Sendable {
        let directories: [URL]
        /// Every name asked for: its source, its failure, or nil for a module with no file.
        private var read: [String: Result<String, Missing>?] = [:]
        /// Processes of one run import on several host threads.
        private let lock = NSLock()

        init(directories: [URL]) {
            self.directories = directories.filter { FileManager.default.fileExists(atPath: $0.path) }
            searched = directories.map(\.path)
        }

        /// Where a missing file of `Prelude.modules` was looked for (all the candidates).
        private let searched: [String]

        /// Module `name`'s source from the first folder that has its file; nil if no folder
        /// has it and it is not one of `Prelude.modules`.
        func source(of name: String) -> Result<String, Missing>? {
            // A module name is an identifier path: never a way out of the folders.
            guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
            lock.lock()
            defer { lock.unlock() }
            if let done = read[name] { return done }
            let file = "\(name).py"
            let text = directories.lazy.compactMap { try? String(contentsOf: $0.appendingPathComponent(file), encoding: .utf8) }.first
            let result: Result<String, Missing>?
            if let text {
                result = .success(text)
            } else if Prelude.modules.contains(name) {
                result = .failure(Missing(file: file, searched: searched))
            } else {
                result = nil
            }
            read[name] = .some(result)
            return result
        }
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
