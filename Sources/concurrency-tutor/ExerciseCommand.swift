import ArgumentParser
import Foundation
import LessonKit
import Machine
import Tutor

/// `exercise [NAME]`: rustlings-style fix-it exercises, checked by the explorer on every save.
struct ExerciseCommand: ParsableCommand {
    private static let budget = ExerciseBudget()
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Fix a broken concurrent program until the explorer finds no failing schedule.",
        discussion: """
            Without NAME: lists the exercises, solved or not, and opens the first unsolved one. The broken \
            program is copied to your working folder (default: exercises/ beside the progress file, \
            $XDG_DATA_HOME/concurrency-tutor/exercises/NAME.py or ~/.local/share/concurrency-tutor/exercises/NAME.py), \
            opened in $VISUAL or $EDITOR when one is set and a terminal is attached, and checked each time you save it.

            A fix is accepted when it prints exactly the exercise's expected output, still starts its threads, \
            and the explorer finds no failing schedule: up to \(budget.runsPerMode) runs and \(Int(budget.secondsPerMode)) s \
            in each switch-point mode (\(budget.modes.map(\.rawValue).joined(separator: ", "))), with its default portfolio \
            (PCT at depths 2 and 3, random with at most 2 preemptions). Solved exercises are kept in the progress file.

            \(ExerciseLocator.searchOrderDescription)
            """)

    @Argument(help: "The exercise (default: the first unsolved one).") var name: String?
    @OptionGroup var language: LanguageOption
    @Option(name: .customLong("exercises"), help: ArgumentHelp("The exercises folder.", valueName: "dir")) var exercisesFolder: String?
    @Option(name: .customLong("dir"), help: ArgumentHelp("Where your copies are kept. (default: exercises/ beside the progress file)", valueName: "dir"))
    var workingFolder: String?
    @Flag(help: "Check your copy once and exit: 0 when the fix is accepted, 1 when not.") var once = false
    @Flag(help: "Print the exercise's hint and exit.") var hint = false
    @Option(help: ArgumentHelp("Put a fresh copy of the broken program in place and forget that it was solved.", valueName: "name"))
    var reset: String?

    func run() throws {
        let strings = ExerciseStrings.of(language.resolved)
        let root: URL
        switch ExerciseLocator.locate(explicit: exercisesFolder) {
        case .success(let url): root = url
        case .failure(let error): throw fail(error.description(strings.noExercisesFolder))
        }
        let (set, problems) = ExerciseSet.load(from: root)
        for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
        let store = ProgressStore(url: ProgressStore.defaultURL())
        let folder = workingFolder.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? ExerciseLocator.workingFolder(progressFile: store.url)
        let session = ExerciseSession(set: set, store: store, folder: folder, strings: strings, language: language.resolved)

        if let reset {
            let exercise = try session.exercise(reset)
            try session.copy(exercise, replacing: true)
            session.record(exercise, solved: false)
            print(strings.resetDone(exercise.name, session.copyPath(exercise)))
            return
        }
        Interrupt.install()
        let solved = Set(session.progress().solvedExercises)
        var chosen: Exercise
        if let name {
            chosen = try session.exercise(name)
        } else {
            print(strings.listHeading)
            for exercise in set.exercises {
                print(strings.listLine(solved.contains(exercise.name), exercise.name, exercise.title(language.resolved)))
            }
            guard let first = set.exercises.first(where: { !solved.contains($0.name) }) else {
                print(strings.allSolved)
                return
            }
            chosen = first
        }
        if hint {
            print(strings.hintHeading + "\n" + chosen.hint(language.resolved))
            return
        }
        while true {
            let passed = try session.work(on: chosen, once: once)
            if once { throw ExitCode(passed ? 0 : 1) }
            // Without a name the learner goes on to the next unsolved exercise, as in rustlings.
            let done = Set(session.progress().solvedExercises)
            guard name == nil, let next = set.exercises.first(where: { !done.contains($0.name) }) else {
                if name == nil { print(strings.allSolved) }
                return
            }
            print("")
            chosen = next
        }
    }
}

/// One learner's exercises: their copies, their progress, the check and the save loop.
struct ExerciseSession {
    let set: ExerciseSet
    let store: ProgressStore
    let folder: URL
    let strings: ExerciseStrings
    let language: Language

    func exercise(_ name: String) throws -> Exercise {
        guard let exercise = set.exercise(named: name) else { throw fail(strings.noSuchExercise(name, set.exercises.map(\.name))) }
        return exercise
    }

    func copyPath(_ exercise: Exercise) -> String { folder.appendingPathComponent("\(exercise.name).py").path }

    /// Puts the broken program in the working folder; an existing copy (the learner's work) is
    /// kept unless `replacing`.
    func copy(_ exercise: Exercise, replacing: Bool) throws {
        let target = copyPath(exercise)
        if !replacing && FileManager.default.fileExists(atPath: target) { return }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let data = try Data(contentsOf: exercise.program)
            try data.write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw fail("cannot write \(target): \(error.localizedDescription)")
        }
    }

    func progress() -> LearnerProgress { store.load().progress }

    /// Saves the exercise as solved (or not), reading the file afresh so the app's progress is kept.
    func record(_ exercise: Exercise, solved: Bool) {
        let loaded = store.load()
        if let warning = loaded.warning { FileHandle.standardError.write(Data("concurrency-tutor: \(warning)\n".utf8)) }
        guard loaded.canSave else { return }
        var progress = loaded.progress
        progress.markExercise(exercise.name, solved: solved)
        do { try store.save(progress) } catch {
            FileHandle.standardError.write(Data("concurrency-tutor: \(strings.progressNotSaved("\(error)"))\n".utf8))
        }
    }

    /// Checks the copy and prints the report; on success records it and prints why it works.
    func checkAndReport(_ exercise: Exercise, path: String) -> Bool {
        let report = checkWithProgress(path: path, exercise: exercise, options: RunOptions(), strings: strings)
        guard report.passed else {
            print(strings.notYet)
            return false
        }
        record(exercise, solved: true)
        print(strings.solved(exercise.name))
        print(strings.why + "\n" + exercise.explanation(language))
        return true
    }

    /// Shows the exercise, checks the copy, then (unless `once`) checks again on every save
    /// until it passes; `q` quits. Returns whether it passed.
    func work(on exercise: Exercise, once: Bool) throws -> Bool {
        try copy(exercise, replacing: false)
        let path = copyPath(exercise)
        print(strings.heading(exercise.name, exercise.title(language)))
        print(strings.yourCopy(path))
        print(strings.mustStill(String(decoding: exercise.expectedOutput, as: UTF8.self), exercise.threads), terminator: "")
        Interrupt.message = "\n" + strings.stopped(path) + "\n"
        if once { return checkAndReport(exercise, path: path) }
        let editor = Editor.fromEnvironment()
        print(editor == nil ? strings.editElsewhere + "\n" + strings.keysNoEditor : strings.keys)
        let watcher = SaveWatcher(path: path)
        if let editor {
            editor.open(path)
            watcher.markSeen()
        }
        if checkAndReport(exercise, path: path) { return true }
        while true {
            switch watcher.next() {
            case .saved:
                if checkAndReport(exercise, path: path) { return true }
            case .command("h"):
                print(strings.hintHeading + "\n" + exercise.hint(language))
            case .command("e") where editor != nil:
                editor?.open(path)
            case .command("q"):
                print(strings.stopped(path))
                throw ExitCode(0)
            case .command:
                print(editor == nil ? strings.keysNoEditor : strings.keys)
            }
        }
    }
}

/// Runs the check with the explorer's progress line on stderr, and prints its report.
func checkWithProgress(path: String, arguments: [String] = [], exercise: Exercise?, options: RunOptions,
                       strings: ExerciseStrings) -> CheckReport {
    let status = ProgressLine()
    status.show(strings.checking(path))
    let report = ExerciseChecker.check(path: path, arguments: arguments, exercise: exercise, options: options) {
        status.show("explore: \($0.runs) runs, \(String(format: "%.1f", $0.seconds)) s (\($0.strategy))")
    }
    status.clear()
    print(strings.report(report, path: path), terminator: "")
    return report
}

/// `$VISUAL`, else `$EDITOR`, used only when a terminal is attached (stdin and stdout).
struct Editor {
    let command: String

    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Editor? {
        guard isatty(0) != 0, isatty(1) != 0 else { return nil }
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return command.map(Editor.init)
    }

    /// Runs the editor on `path` in the foreground and waits for it; Ctrl-C belongs to the
    /// editor meanwhile. The command may carry arguments (`code --wait`), so a shell runs it.
    func open(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "sh", path]
        signal(SIGINT, SIG_IGN)
        defer { Interrupt.install() }
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            FileHandle.standardError.write(Data("concurrency-tutor: cannot run \(command): \(error.localizedDescription)\n".utf8))
        }
    }
}

/// Ctrl-C: print where the learner's work is and exit 130 at once, from any point (a check
/// included). Nothing is left half done: progress is saved by an atomic rename.
enum Interrupt {
    private static var text: UnsafeMutablePointer<CChar>? = strdup("\n")
    private static var length = 1
    private static var lineBuffered = false

    /// What Ctrl-C prints.
    static var message: String {
        get { text.map { String(cString: $0) } ?? "" }
        set {
            let old = text
            text = strdup(newValue)
            length = newValue.utf8.count
            free(old)
        }
    }

    /// Also makes stdout line-buffered: a report must be out before the next wait (a script
    /// reading a pipe waits for it) and before an `_exit` from the handler.
    static func install() {
        if !lineBuffered {
            setvbuf(stdout, nil, _IOLBF, 0)
            lineBuffered = true
        }
        // Globals are set up on first use: never first inside the handler.
        _ = (text, length)
        signal(SIGINT) { _ in
            if let text = Interrupt.text { _ = write(2, text, Interrupt.length) }
            _exit(130)
        }
    }
}

/// `watch --rerun FILE.py`: runs the file and explores its schedules now and after every save,
/// printing its output and the verdict, until `q` or Ctrl-C. The program's own failures
/// (an exception, a deadlock, the step budget) are the only checks.
func rerunOnSave(file: String, arguments: [String], options: RunOptions, strings: ExerciseStrings) throws {
    Interrupt.message = "\n"
    Interrupt.install()
    print(strings.watching(file))
    let watcher = SaveWatcher(path: file)
    _ = checkWithProgress(path: file, arguments: arguments, exercise: nil, options: options, strings: strings)
    while true {
        switch watcher.next() {
        case .saved: _ = checkWithProgress(path: file, arguments: arguments, exercise: nil, options: options, strings: strings)
        case .command("q"): return
        case .command: print(strings.watching(file))
        }
    }
}
