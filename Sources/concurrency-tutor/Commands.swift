import ArgumentParser
import Foundation
import LessonKit
import TerminalUI
import Tutor

/// Opens the full-screen tutor (the default command).
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen tutor (the default).")

    @OptionGroup var options: LessonOptions

    func run() throws {
        let catalog: Catalog
        do { catalog = try options.catalog() } catch { throw fail("\(error)") }
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch {
            throw fail(options.strings.cannotOpenTerminal("\(error)"))
        }
        let app = TutorApp(terminal: terminal, catalog: catalog, store: ProgressStore(url: ProgressStore.defaultURL()),
                           language: options.language.lang, environment: ProcessInfo.processInfo.environment)
        let outcome = app.run()
        terminal.stop()
        if let warning = app.unsavedProgressWarning {
            FileHandle.standardError.write(Data("concurrency-tutor: \(warning)\n".utf8))
        }
        if outcome == .interrupted { throw ExitCode(130) }
    }
}

/// `list`: one lesson per line, `id<TAB>title`, in course order; a lesson with problems gets a
/// third field saying so (a broken one, whose lesson.md cannot be read, the reason).
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons as id<TAB>title.",
        discussion: "A lesson with problems has a third field, 'N problems' (or 'broken: REASON' when its lesson.md cannot be read); 'check' lists them.")

    @OptionGroup var options: LessonOptions

    func run() throws {
        let catalog: Catalog
        do { catalog = try options.catalog() } catch { throw fail("\(error)") }
        let strings = options.strings
        for lesson in catalog.lessons {
            var line = "\(lesson.id)\t\(lesson.title)"
            if lesson.isBroken {
                line += "\t" + strings.listBroken(lesson.problems.first?.message ?? strings.cannotBeRead)
            } else if !lesson.problems.isEmpty {
                line += "\t" + strings.listProblems(lesson.problems.count)
            }
            print(line)
        }
    }
}

/// `show ID`: a lesson as plain text.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a lesson as plain text.")

    @OptionGroup var options: LessonOptions
    @Argument(help: "The lesson id (see 'list').") var id: String
    @Option(help: "Wrap at this many columns.") var width: Int = 80

    func run() throws {
        let catalog: Catalog
        do { catalog = try options.catalog() } catch { throw fail("\(error)") }
        let strings = options.strings
        guard let lesson = catalog.lesson(id: id) else {
            throw fail(strings.noLessonWithID(id))
        }
        if lesson.isBroken {
            throw fail(strings.cannotShow(id, lesson.problems.map(\.description).joined(separator: "; ")))
        }
        print(PlainText.render(lesson, width: max(width, 20), labels: strings.plainText), terminator: "")
    }
}

/// `check [DIR]`: validates lesson files and runs every example in the engine, under limits;
/// the host's python3 runs lesson code only with `--python3`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check lesson files; exit 1 listing every problem as file:line:col: message.",
        discussion: """
            Every example runs in the tutor's engine (sandboxed: no host files, processes or network) and is \
            held to its kind: a deterministic one must print its recorded NAME.out. Each run is limited to \
            the step budget (--max-steps), a wall-clock time (--time-limit) and \(ExampleChecker.Limits().memory >> 30) GB \
            of memory; a run that hits a limit is reported as a problem. The other engine options apply to \
            every example as they do to 'run'.

            Lesson code runs on this machine only with --python3: each deterministic example is then also run \
            by that Python, unsandboxed, in a fresh temporary folder (deleted afterwards), under the same time \
            and memory limits (killed with SIGKILL, with any children, when over time), and its output must \
            equal the tutor's. Use it only on lessons you trust.
            """)

    @Argument(help: "The lessons folder (default: found as for the other commands).") var directory: String?
    @OptionGroup var options: LessonOptions
    @Flag(name: .customLong("no-run"), help: "Only check the lesson files; do not run the examples.")
    var noRun = false
    @Option(name: .customLong("python3"),
            help: ArgumentHelp("Also run deterministic examples with this Python ON THIS MACHINE (unsandboxed) and compare outputs.",
                               valueName: "path-or-name"))
    var python3: String?
    @OptionGroup var engine: EngineOptions
    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Wall-clock seconds per run of an example.", valueName: "seconds"))
    var timeLimit = ExampleChecker.Limits().seconds
    /// Accepted for old scripts: python3 is no longer run unless --python3 asks for it.
    @Flag(name: .customLong("no-python3"), help: .hidden)
    var noPython3 = false

    func validate() throws {
        guard engine.maxSteps.map({ $0 > 0 }) ?? true else { throw ValidationError("--max-steps must be a positive number of steps") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let root: URL
        if let directory {
            root = URL(fileURLWithPath: directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw fail(options.strings.noSuchDirectory(directory))
            }
        } else {
            switch LessonLocator.locate(explicit: options.lessons) {
            case let .success(url): root = url
            case let .failure(error): throw fail(error.description(options.strings.noLessonsFolder))
            }
        }
        var checkOptions = ExampleChecker.Options()
        checkOptions.runOptions = engine.runOptions(checkOptions.runOptions)
        checkOptions.limits.seconds = timeLimit
        if let executable = LessonLocator.executableURL()?.path {
            checkOptions.engine = .child(executable: executable)
        }
        if let python3, !noRun {
            guard let path = ExampleChecker.resolveExecutable(python3) else {
                throw fail("--python3 \(python3): no such executable")
            }
            guard let version = ExampleChecker.pythonVersion(path) else {
                throw fail("--python3 \(python3): \(path) does not run as a Python interpreter")
            }
            if version != "3.11" {
                FileHandle.standardError.write(Data("concurrency-tutor: warning: \(path) is Python \(version); the recorded outputs come from Python 3.11\n".utf8))
            }
            checkOptions.python3 = path
        }
        // Examples of a structurally broken course still run: every problem is reported at once.
        let (catalog, lessonProblems) = Catalog.load(from: root)
        // A missing translation is said, never a failure: the app shows the English then.
        for warning in catalog.warnings {
            FileHandle.standardError.write(Data("\(warning.path):\(warning.line):\(warning.column): warning: \(warning.message)\n".utf8))
        }
        var diagnostics = lessonProblems
        var notRun: [(example: String, module: String)] = []
        var notCompared: [Diagnostic] = []
        if !noRun {
            let report = ExampleChecker.check(catalog, options: checkOptions)
            diagnostics += report.problems
            diagnostics += ChallengeChecker.problems(in: catalog)
            notRun = report.notRun
            notCompared = report.notCompared
        }
        for note in notCompared { FileHandle.standardError.write(Data("\(note.description)\n".utf8)) }
        // Said on stderr either way: an example left unrun must never pass silently.
        for (example, module) in notRun {
            FileHandle.standardError.write(Data("\(example): not run: the tutor has no module '\(module)' yet (planned)\n".utf8))
        }
        if diagnostics.isEmpty {
            let pages = catalog.lessons.reduce(0) { $0 + $1.pages.count }
            let examples = catalog.lessons.reduce(0) { $0 + $1.examples.count }
            var how = noRun ? "examples not run"
                : "examples run in the tutor" + (checkOptions.python3.map { " and compared with \($0)" } ?? "")
            if !notRun.isEmpty { how += "; \(notRun.count) not run" }
            if !notCompared.isEmpty { how += "; \(notCompared.count) not compared with python3" }
            print("\(plural(catalog.lessons.count, "lesson")), \(plural(pages, "page")), \(plural(examples, "example")): no problems (\(how))")
            return
        }
        for diagnostic in diagnostics {
            print(diagnostic.description)
        }
        FileHandle.standardError.write(Data("\(plural(diagnostics.count, "problem")) found\n".utf8))
        throw ExitCode(1)
    }
}

func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
