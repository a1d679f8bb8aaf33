import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes the learner's progress file.
public struct ProgressStore {
    public let url: URL

    /// $XDG_DATA_HOME/concurrency-tutor/progress.json, default ~/.local/share/concurrency-tutor/progress.json
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        // The XDG spec says relative values are invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local", isDirectory: true)
                .appendingPathComponent("share", isDirectory: true)
        }
        return base.appendingPathComponent("concurrency-tutor", isDirectory: true)
            .appendingPathComponent("progress.json")
    }

    public init(url: URL) {
        self.url = url
    }

    /// Where a corrupt file is moved so it is reported only once.
    public var corruptURL: URL {
        url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".corrupt")
    }

    /// Never throws: a missing file gives empty progress; a corrupt/unreadable one gives empty progress and a warning
    /// (the corrupt file is moved aside to progress.json.corrupt so it is reported once).
    public func load() -> (LearnerProgress, warning: String?) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { return (LearnerProgress(), nil) }
        let reason: String
        if let data = manager.contents(atPath: url.path) {
            do {
                return (try JSONDecoder().decode(LearnerProgress.self, from: data), nil)
            } catch {
                reason = "it is not valid progress JSON"
            }
        } else {
            reason = "it cannot be read"
        }
        var warning = "progress file \(url.path) was ignored because \(reason)"
        if rename(url.path, corruptURL.path) == 0 {
            warning += "; moved it to \(corruptURL.path) and started afresh"
        } else {
            warning += "; could not move it aside (\(String(cString: strerror(errno))))"
        }
        return (LearnerProgress(), warning)
    }

    /// Atomic: write temp file in the same directory, then rename. Creates the directory.
    public func save(_ progress: LearnerProgress) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let temp = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        // Not .atomic: we do the temp-and-rename ourselves so the temp file is in this directory.
        try data.write(to: temp)
        guard rename(temp.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temp)
            throw ProgressStoreError.renameFailed(path: url.path, reason: String(cString: strerror(code)))
        }
    }
}

/// Why progress could not be saved.
public enum ProgressStoreError: Error, CustomStringConvertible {
    case renameFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .renameFailed(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
