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

    /// Moves a file to a new name without replacing anything there: 0, or the `errno` of the
    /// failure. Tests substitute a failing one (as root every real move succeeds).
    public var move: (_ from: String, _ to: String) -> Int32

    public init(url: URL, move: @escaping (_ from: String, _ to: String) -> Int32 = ProgressStore.moveWithoutReplacing) {
        self.url = url
        self.move = move
    }

    /// link + unlink refuses to replace a file made meanwhile (EEXIST); rename is the fallback for
    /// file systems without hard links and for a directory in the file's place.
    public static func moveWithoutReplacing(_ from: String, _ to: String) -> Int32 {
        if link(from, to) == 0 {
            unlink(from)
            return 0
        }
        if errno == EEXIST { return EEXIST }
        var info = stat()
        if lstat(to, &info) == 0 { return EEXIST }
        return rename(from, to) == 0 ? 0 : errno
    }

    /// What loading found: the progress to start from, a warning for the learner, and whether
    /// saving may replace the file (not when a corrupt file could not be moved aside: it is
    /// then the only copy of the learner's progress, and the session keeps progress in memory).
    public struct Loaded {
        public var progress: LearnerProgress
        /// Why the file was not used and where it went, for the app to word in its language.
        public var problem: ProgressProblem?
        public var canSave: Bool
        /// `problem` in English.
        public var warning: String? { problem?.description }
    }

    /// The name a corrupt file is moved to: `progress.json.corrupt`, then `.corrupt-2`, `-3`...
    /// so an earlier backup is never replaced.
    func corruptURL(attempt: Int) -> URL {
        let name = url.lastPathComponent + ".corrupt" + (attempt == 1 ? "" : "-\(attempt)")
        return url.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Never throws: a missing file gives empty progress; a corrupt or unreadable one gives empty
    /// progress and a warning saying where the file went (moved aside under a name of its own,
    /// or left in place when that fails, with saving turned off).
    public func load() -> Loaded {
        let reason: ProgressProblem.Reason
        switch FileReader.system.read(url) {
        case .missing:
            return Loaded(progress: LearnerProgress(), problem: nil, canSave: true)
        case .contents(let data):
            do {
                return Loaded(progress: try JSONDecoder().decode(LearnerProgress.self, from: data), problem: nil, canSave: true)
            } catch {
                reason = .notProgressJSON
            }
        case .notAFile(let kind):
            reason = .notAFile(kind: kind)
        case .unreadable(let why):
            reason = .unreadable(why)
        }
        switch moveAside() {
        case .success(let backup):
            return Loaded(progress: LearnerProgress(), problem: ProgressProblem(path: url.path, reason: reason, outcome: .keptAs(backup.path)),
                          canSave: true)
        case .failure(let error):
            return Loaded(progress: LearnerProgress(),
                          problem: ProgressProblem(path: url.path, reason: reason, outcome: .leftInPlace(error.reason)), canSave: false)
        }
    }

    /// Renames the file to the first free `corruptURL(attempt:)`; never replaces an existing file.
    private func moveAside() -> Result<URL, ProgressStoreError> {
        for attempt in 1...1000 {
            let backup = corruptURL(attempt: attempt)
            var info = stat()
            if lstat(backup.path, &info) == 0 { continue }
            let code = move(url.path, backup.path)
            if code == 0 { return .success(backup) }
            if code == EEXIST { continue }
            return .failure(.cannotWrite(path: backup.path, reason: FileReader.plainReason(code)))
        }
        return .failure(.cannotWrite(path: url.path, reason: "too many earlier backups"))
    }

    /// Atomic: write a temp file in the same directory, then rename. Creates the directory.
    /// Errors are in plain words with the path (`ProgressStoreError`).
    public func save(_ progress: LearnerProgress) throws {
        let directory = url.deletingLastPathComponent()
        try Self.makeDirectories(directory.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let temp = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ProgressStoreError.cannotWrite(path: url.path, reason: FileReader.plainReason(errno)) }
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(fd) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temp.path, url.path) != 0 { failure = errno }
        if let failure {
            unlink(temp.path)
            throw ProgressStoreError.cannotWrite(path: url.path, reason: FileReader.plainReason(failure))
        }
    }

    /// `mkdir -p`, with the first failure in plain words.
    static func makeDirectories(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw ProgressStoreError.cannotWrite(path: path, reason: "it is not a folder")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw ProgressStoreError.cannotWrite(path: path, reason: FileReader.plainReason(errno))
        }
    }
}

/// A progress file that was not used: why, and what became of it.
public struct ProgressProblem: Equatable, CustomStringConvertible {
    public enum Reason: Equatable {
        case notProgressJSON
        /// `kind` as `FileReader` words it ("a directory").
        case notAFile(kind: String)
        case unreadable(String)
    }

    public enum Outcome: Equatable {
        /// Moved aside to this path; the session starts with no progress.
        case keptAs(String)
        /// It could not be moved (the reason): left as it is, progress kept in memory only.
        case leftInPlace(String)
    }

    public var path: String
    public var reason: Reason
    public var outcome: Outcome

    public var description: String {
        let why: String
        switch reason {
        case .notProgressJSON: why = "it is not valid progress JSON"
        case .notAFile(let kind): why = "it is \(kind), not a file"
        case .unreadable(let detail): why = "it cannot be read (\(detail))"
        }
        let start = "Your progress file \(path) was not used because \(why)."
        switch outcome {
        case .keptAs(let backup):
            return "\(start) It was kept as \(backup); starting with no progress."
        case .leftInPlace(let error):
            return "\(start) It could not be moved aside (\(error)), so it is left as it is "
                + "and this session's progress is kept in memory only, not saved."
        }
    }
}

/// Why progress could not be saved or moved aside, in plain words with the path.
public enum ProgressStoreError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    var reason: String {
        switch self {
        case .cannotWrite(_, let reason): return reason
        }
    }

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
