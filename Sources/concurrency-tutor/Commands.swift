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
            throw fail("cannot open the terminal: \(error)")
        }
        let app = TutorApp(terminal: terminal, catalog: catalog, store: ProgressStore(url: ProgressStore.defaultURL()),
                          runSourceFactory: engineRunSourceFactory)
        let outcome = app.run()
        terminal.stop()
        if outcome == .interrupted { throw ExitCode(130) }
    }
}

/// `list`: one lesson per line, `id<TAB>title`, in course order.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the lessons as id<TAB>title.")

    @OptionGroup var options: LessonOptions

    func run() throws {
        let catalog: Catalog
        do { catalog = try options.catalog() } catch { throw fail("\(error)") }
        for lesson in catalog.lessons {
            print("\(lesson.id)\t\(lesson.title)")
        }
    }
}

/// `show ID`: a lesson as plain text.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a lesson as plain text.")

    @OptionGroup var options: LessonOptions
    @Argument(help: "The lesson id (see 'list').") var id: String
    @Option(help: "Wrap at this many columns.") var width: Int = 80

    func run() throws {
        let catalog: Catalog
        do { catalog = try options.catalog() } catch { throw fail("\(error)") }
        guard let lesson = catalog.lesson(id: id) else {
            throw fail("no lesson with id '\(id)'; 'concurrency-tutor list' shows the ids")
        }
        print(PlainText.render(lesson, width: max(width, 20)), terminator: "")
    }
}

/// `check [DIR]`: validates lesson files, reporting every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check lesson files; exit 1 listing every problem as file:line:col: message.")

    @Argument(help: "The lessons folder (default: found as for the other commands).") var directory: String?
    @OptionGroup var options: LessonOptions
    @Flag(name: .customLong("no-run"), help: "Only check the lesson files; do not run the examples.")
    var noRun = false
    @Flag(name: .customLong("no-python3"), help: "Run the examples in the tutor but do not compare them with python3.")
    var noPython3 = false

    func run() throws {
        let root: URL
        if let directory {
            root = URL(fileURLWithPath: directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw fail("\(directory): no such directory")
            }
        } else {
            switch LessonLocator.locate(explicit: options.lessons) {
            case let .success(url): root = url
            case let .failure(error): throw fail(error.description)
            }
        }
        var diagnostics = LessonChecker.check(root: root)
        let (catalog, _) = Catalog.load(from: root)
        // Examples of a structurally broken course still run: every problem is reported at once.
        let python3 = noRun || noPython3 ? nil : ExampleChecker.findPython3()
        var notRun: [(example: String, module: String)] = []
        if !noRun {
            let report = ExampleChecker.check(catalog, python3: python3)
            diagnostics += report.problems
            notRun = report.notRun
        }
        // Said on stderr either way: an example left unrun must never pass silently.
        for (example, module) in notRun {
            FileHandle.standardError.write(Data("\(example): not run: the tutor has no module '\(module)' yet (planned)\n".utf8))
        }
        if diagnostics.isEmpty {
            let pages = catalog.lessons.reduce(0) { $0 + $1.pages.count }
            let examples = catalog.lessons.reduce(0) { $0 + $1.examples.count }
            var how = noRun ? "examples not run" : python3 == nil ? "examples run in the tutor; no python3 3.11 to compare with"
                : "examples run in the tutor and compared with python3"
            if !notRun.isEmpty { how += "; \(notRun.count) not run" }
            print("\(plural(catalog.lessons.count, "lesson")), \(plural(pages, "page")), \(plural(examples, "example")): no problems (\(how))")
            return
        }
        for diagnostic in diagnostics {
            print(diagnostic.description)
        }
        FileHandle.standardError.write(Data("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") found\n".utf8))
        throw ExitCode(1)
    }
}

func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
