import Foundation

/// Finds the exercises folder as `LessonLocator` finds the lessons: `--exercises`, then
/// `$CONCURRENCY_TUTOR_EXERCISES`, then `./Exercises`, then the package's own `Exercises/`
/// (for `swift run`), then an installed `share/concurrency-tutor/Exercises` beside the binary.
public enum ExerciseLocator {
    public static let searchOrderDescription = """
        Exercises are looked up in this order: --exercises DIR, $CONCURRENCY_TUTOR_EXERCISES, ./Exercises, \
        the source package's Exercises/ (for swift run), and share/concurrency-tutor/Exercises beside the installed binary.
        """

    /// Every place considered, in search order; an explicit folder is the only one.
    public static func candidates(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath,
                                  executable: URL? = LessonLocator.executableURL()) -> [LessonLocator.Candidate] {
        let here = URL(fileURLWithPath: currentDirectory)
        if let explicit { return [.init(source: "--exercises", url: URL(fileURLWithPath: explicit, relativeTo: here))] }
        if let value = environment["CONCURRENCY_TUTOR_EXERCISES"], !value.isEmpty {
            return [.init(source: "$CONCURRENCY_TUTOR_EXERCISES", url: URL(fileURLWithPath: value, relativeTo: here))]
        }
        // This file is Sources/Tutor/Exercises/ExerciseLocator.swift inside the package.
        var packageRoot = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { packageRoot.deleteLastPathComponent() }
        var list: [LessonLocator.Candidate] = [
            .init(source: "./Exercises", url: here.appendingPathComponent("Exercises")),
            .init(source: "the package's Exercises/", url: packageRoot.appendingPathComponent("Exercises")),
        ]
        if let executable {
            let share = executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/concurrency-tutor/Exercises")
            list.append(.init(source: "share/ beside the binary", url: share))
        }
        return list
    }

    /// The first candidate that is a folder, or an error listing every place tried.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<URL, LocateError> {
        LessonLocator.firstFolder(candidates(explicit: explicit, environment: environment))
    }

    /// Where the learner's copies go: `exercises/` beside the progress file
    /// (`~/.local/share/concurrency-tutor/exercises/NAME.py` by default).
    public static func workingFolder(progressFile: URL) -> URL {
        progressFile.deletingLastPathComponent().appendingPathComponent("exercises", isDirectory: true)
    }
}
