import Foundation
import LessonKit
import TerminalUI
import TestSupport
import XCTest
@testable import Tutor

/// Lessons with problems stay in the app, marked, with their problems viewable; progress
/// warnings wrap to the screen and progress is never lost.
final class ProblemsAppTests: XCTestCase {
    var base: URL!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-problems-\(UUID().uuidString)", isDirectory: true)
        let good = base.appendingPathComponent("course/01-good")
        let flawed = base.appendingPathComponent("course/02-flawed")
        try FileManager.default.createDirectory(at: good, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: flawed, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("course/03-empty"), withIntermediateDirectories: true)
        try Data("---\nid: good\ntitle: Good\nsummary: Fine.\n---\n## P\nText.\n".utf8).write(to: good.appendingPathComponent("lesson.md"))
        try Data("---\nid: flawed\ntitle: Flawed\nsummary: Has a hole.\n---\n## First\nSome text.\n@example gone.py\n@hint\n".utf8)
            .write(to: flawed.appendingPathComponent("lesson.md"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: base)
    }

    var progressURL: URL { base.appendingPathComponent("data/progress.json") }

    func makeApp(_ terminal: MemoryTerminal, store: ProgressStore? = nil) -> TutorApp {
        let (catalog, _) = Catalog.load(from: URL(fileURLWithPath: "course", relativeTo: base))
        return TutorApp(terminal: terminal, catalog: catalog, store: store ?? ProgressStore(url: progressURL))
    }

    @discardableResult
    func drive(_ terminal: MemoryTerminal, _ app: TutorApp, _ keys: Key...) -> String {
        terminal.enqueue(keys)
        _ = app.run()
        return terminal.screenText
    }

    func test_list_showsLessonsWithProblems_marked_andABrokenOneWithItsReason() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(terminal, makeApp(terminal))
        XCTAssertTrue(screen.contains("Good"), screen)
        XCTAssertTrue(screen.contains("Flawed") && screen.contains("! 2 problems  1 page"), screen)
        XCTAssertTrue(screen.contains("03-empty") && screen.contains("! broken"), screen)
        XCTAssertTrue(screen.contains("missing lesson.md"), screen)
        XCTAssertTrue(screen.contains("! 3 problems in the lessons: press ! to list them"), screen)
    }

    func test_bang_listsEveryProblem_wrappedToTheScreen() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(terminal, makeApp(terminal), .character("!"))
        XCTAssertTrue(screen.contains("3 problems, as 'concurrency-tutor check' reports them:"), screen)
        XCTAssertTrue(screen.contains("course/02-flawed/lesson.md:8:10: example file 'gone.py' does not exist"), screen)
        XCTAssertTrue(screen.contains("course/03-empty/lesson.md:1:1: missing lesson.md"), screen)
        XCTAssertTrue(drive(terminal, makeApp(terminal), .character("!"), .character("q")).contains("Course:"))
    }

    func test_brokenLesson_opensOnItsProblems() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(terminal, makeApp(terminal), .character("3"))
        XCTAssertTrue(screen.contains("Problems: 03 03-empty"), screen)
        XCTAssertTrue(screen.contains("1 problem, as"), screen)
    }

    func test_reader_ofALessonWithProblems_saysSo_andBangListsThem() {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let app = makeApp(terminal)
        let page = drive(terminal, app, .character("2"))
        XCTAssertTrue(page.contains("! This lesson has 2 problems: press ! to list them"), page)
        XCTAssertTrue(page.contains("Some text."), page)
        let problems = drive(terminal, app, .character("!"))
        XCTAssertTrue(problems.contains("Problems: 02 Flawed"), problems)
        XCTAssertTrue(problems.contains("lesson.md:9:1: hint is empty"), problems)
        // The missing example is not read or run.
        let back = drive(terminal, app, .character("q"), .character("r"))
        XCTAssertTrue(back.contains("gone.py cannot be run: it has a problem (press ! to see it)."), back)
    }

    // MARK: - Progress

    func test_corruptProgress_thatCannotBeMovedAside_isNotOverwrittenOnQuit() throws {
        try FileManager.default.createDirectory(at: progressURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ precious".utf8).write(to: progressURL)
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = makeApp(terminal, store: ProgressStore(url: progressURL, move: { _, _ in EACCES }))
        let screen = drive(terminal, app, .enter, .character("q"), .character("q"))
        _ = screen
        XCTAssertEqual(try String(contentsOf: progressURL, encoding: .utf8), "{ precious")
        XCTAssertEqual(app.unsavedProgressWarning, "progress was kept in memory only: \(progressURL.path) was left untouched")
    }

    func test_progressWarning_wrapsToTheScreen_sayingWhereTheFileWent() throws {
        try FileManager.default.createDirectory(at: progressURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: progressURL)
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(terminal, makeApp(terminal))
        let backup = progressURL.path + ".corrupt"
        // Every word of the warning is on screen, none cut at the edge.
        let shown = screen.split(separator: "\n").suffix(6).joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        for word in ["was", "not", "used", "because", "it", "is", "not", "valid", "progress", "JSON.", "It", "was", "kept", "as",
                     "starting", "with", "no", "progress."] {
            XCTAssertTrue(shown.contains(word), "missing '\(word)' in:\n\(screen)")
        }
        XCTAssertTrue(shown.replacingOccurrences(of: " ", with: "").contains(backup.replacingOccurrences(of: " ", with: "")), screen)
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup))
    }

    func test_saveFailure_isSaidOnceInPlainWords() throws {
        // A file where the data folder should be: saving cannot create it.
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: base.appendingPathComponent("data"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = makeApp(terminal)
        let screen = drive(terminal, app, .enter)
        let status = screen.split(separator: "\n").suffix(3).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertEqual(status, "Progress cannot be saved: cannot write \(base.appendingPathComponent("data").path): "
                       + "it is not a folder. It is kept in memory until you quit.", screen)
        XCTAssertFalse(screen.contains("NSCocoaErrorDomain"), screen)
        XCTAssertFalse(drive(terminal, app, .right).contains("Progress cannot be saved"), "said once only")
        XCTAssertEqual(app.unsavedProgressWarning?.hasPrefix("progress could not be saved (cannot write "), true)
    }
}
