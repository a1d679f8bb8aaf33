import Foundation

/// Finds the lessons folder: `--lessons`, then `$CONCURRENCY_TUTOR_LESSONS`, then `./Lessons`,
/// then the package's own `Lessons/` (so `swift run` works from anywhere), then an installed
/// `share/concurrency-tutor/Lessons` beside the binary.
public enum LessonLocator {
    /// One place that was considered, in search order.
    public struct Candidate: Equatable {
        public var source: String
        public var url: URL
    }

    /// The search order, for `--help` and for the error when nothing is found.
    public static let searchOrderDescription = """
        Lessons are looked up in this order: --lessons DIR, $CONCURRENCY_TUTOR_LESSONS, ./Lessons, \
        the source package's Lessons/ (for swift run), and share/concurrency-tutor/Lessons \
        beside the installed binary.
        """

    public static func candidates(explicit: String?,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath,
                                  executable: URL? = executableURL()) -> [Candidate] {
        if let explicit {
            return [Candidate(source: "--lessons", url: URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: currentDirectory)))]
        }
        var list: [Candidate] = []
        if let value = environment["CONCURRENCY_TUTOR_LESSONS"], !value.isEmpty {
            return [Candidate(source: "$CONCURRENCY_TUTOR_LESSONS", url: URL(fileURLWithPath: value, relativeTo: URL(fileURLWithPath: currentDirectory)))]
        }
        list.append(Candidate(source: "./Lessons", url: URL(fileURLWithPath: currentDirectory).appendingPathComponent("Lessons")))
        // This file is Sources/Tutor/LessonLocator.swift inside the package.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        list.append(Candidate(source: "the package's Lessons/", url: packageRoot.appendingPathComponent("Lessons")))
        if let executable {
            let share = executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/concurrency-tutor/Lessons")
            list.append(Candidate(source: "share/ beside the binary", url: share))
        }
        return list
    }

    /// The first candidate that is a directory, or an error listing every place tried.
    /// An explicit `--lessons` or environment value is never silently replaced by a fallback.
    public static func locate(explicit: String?,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<URL, LocateError> {
        firstFolder(candidates(explicit: explicit, environment: environment))
    }

    /// The first of `all` that is a directory, or an error listing them (also `ExerciseLocator`'s search).
    static func firstFolder(_ all: [Candidate]) -> Result<URL, LocateError> {
        for candidate in all {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return .success(candidate.url.standardizedFileURL)
            }
        }
        return .failure(LocateError(tried: all))
    }

    /// A line for `--help`: the folder that would be used and why, or every place tried.
    public static func helpStatus(explicit: String? = nil) -> String {
        switch locate(explicit: explicit) {
        case let .success(url):
            let source = candidates(explicit: explicit).first { $0.url.standardizedFileURL == url }?.source ?? "found"
            return "Lessons in use: \(url.path) (\(source))."
        case let .failure(error):
            return "No lessons folder found; tried:\n" + error.tried.map { "  \($0.url.path) (\($0.source))" }.joined(separator: "\n")
        }
    }

    /// The running binary, resolved through /proc/self/exe when possible.
    public static func executableURL() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }
    }
}

/// No lessons folder was found.
public struct LocateError: Error, CustomStringConvertible {
    public var tried: [LessonLocator.Candidate]
    public var description: String { description(Strings.english.noLessonsFolder) }

    /// The error under `heading` ("no lessons folder found; tried:" in the CLI's language).
    public func description(_ heading: String) -> String {
        heading + "\n" + tried.map { "  \($0.url.path) (\($0.source))" }.joined(separator: "\n")
    }
}
