import Foundation
import LessonKit
import TerminalUI
import TestSupport
import XCTest
@testable import Tutor

/// The app driven through the in-memory terminal, on the small course the e2e test also uses.
final class TutorAppTests: XCTestCase {
    static let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("e2e/course")

    var dataDirectory: URL!

    override func setUp() {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-tests-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    func makeApp(_ terminal: MemoryTerminal) throws -> TutorApp {
        let (catalog, diagnostics) = Catalog.load(from: Self.courseRoot)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(catalog.lessons.map(\.id), ["first-steps", "second"])
        let store = ProgressStore(url: dataDirectory.appendingPathComponent("progress.json"))
        return TutorApp(terminal: terminal, catalog: catalog, store: store)
    }

    /// Sends keys and returns the last screen the app presented.
    @discardableResult
    func drive(_ terminal: MemoryTerminal, _ app: TutorApp, _ keys: Key...) -> String {
        terminal.enqueue(keys)
        _ = app.run()
        return terminal.screenText
    }

    func test_lessonList_at80x24_matchesSnapshot() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        assertSnapshot(drive(terminal, app), named: "lesson-list-80x24")
    }

    func test_reader_firstPage_at80x24_matchesSnapshot() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        assertSnapshot(drive(terminal, app, .enter), named: "reader-page1-80x24")
    }

    func test_reader_codePage_at120x40_matchesSnapshot() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let app = try makeApp(terminal)
        assertSnapshot(drive(terminal, app, .enter, .right), named: "reader-page2-120x40")
    }

    func test_reader_pagesForwardAndBack_updatesPageNumber() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        XCTAssertTrue(drive(terminal, app, .enter).contains("page 1 of 3"))
        XCTAssertTrue(drive(terminal, app, .right, .right).contains("page 3 of 3"))
        let afterEnd = drive(terminal, app, .right)
        XCTAssertTrue(afterEnd.contains("page 3 of 3"))
        XCTAssertTrue(afterEnd.contains("End of the lesson"))
        XCTAssertTrue(drive(terminal, app, .left).contains("page 2 of 3"))
        XCTAssertTrue(drive(terminal, app, .character("q")).contains("Course:"))
    }

    func test_question_wrongAnswer_showsRightOneAndExplanation() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        let before = drive(terminal, app, .enter, .right, .right)
        XCTAssertTrue(before.contains("Press 1-3 to answer."))
        XCTAssertFalse(before.contains("Integers add"))
        let after = drive(terminal, app, .character("1"))
        XCTAssertTrue(after.contains("Not quite: the answer is 2. Integers add; they do not concatenate."), after)
        XCTAssertTrue(after.contains("✗ 1) 11"))
        XCTAssertTrue(after.contains("✓ 2) 2"))
    }

    func test_question_rightAnswer_saysRight() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        XCTAssertTrue(drive(terminal, app, .enter, .right, .right, .character("2")).contains("Right. Integers add"))
    }

    func test_hint_isHiddenUntilH() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let app = try makeApp(terminal)
        let hidden = drive(terminal, app, .enter, .right)
        XCTAssertTrue(hidden.contains("Hint: press h to reveal"))
        XCTAssertTrue(drive(terminal, app, .character("h")).contains("Hint: The example prints one line."))
    }

    func test_helpOverlay_listsReaderKeys_andAnyKeyCloses() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        let help = drive(terminal, app, .enter, .character("?"))
        XCTAssertTrue(help.contains("Help: 01 First steps"))
        XCTAssertTrue(help.contains("next page"))
        XCTAssertTrue(help.contains("reveal the hint"))
        assertSnapshot(help, named: "reader-help-80x24")
        // The closing key is swallowed: it must not also turn the page.
        let closed = drive(terminal, app, .right)
        XCTAssertFalse(closed.contains("Help:"))
        XCTAssertTrue(closed.contains("page 1 of 3"))
    }

    func test_tooSmallTerminal_showsMessage_andRecoversOnResize() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        drive(terminal, app, .enter)
        terminal.resize(to: Size(width: 79, height: 24))
        let small = drive(terminal, app)
        XCTAssertTrue(small.contains("terminal too small (need 80x24)"))
        XCTAssertTrue(small.contains("now 79x24"))
        // Keys other than q are ignored while too small.
        drive(terminal, app, .right)
        terminal.resize(to: Size(width: 100, height: 30))
        XCTAssertTrue(drive(terminal, app).contains("page 1 of 3"))
    }

    func test_tooSmall_qQuits() throws {
        let terminal = MemoryTerminal(size: Size(width: 40, height: 10))
        let app = try makeApp(terminal)
        terminal.enqueue(.character("q"), .character("j"))
        XCTAssertEqual(app.run(), .quit)
        XCTAssertEqual(terminal.pendingKeyCount, 1, "q must end the app at once")
    }

    func test_ctrlC_endsWithInterrupted() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        terminal.enqueue(.enter, .control("c"), .character("j"))
        XCTAssertEqual(app.run(), .interrupted)
        XCTAssertEqual(terminal.pendingKeyCount, 1)
    }

    func test_noColorAscii_usesAsciiBordersAndMarks() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), capabilities: TerminalCapabilities(colors: false, unicode: false))
        let app = try makeApp(terminal)
        let screen = drive(terminal, app)
        XCTAssertTrue(screen.contains("+-Course:") || screen.contains("+- Course:"), screen)
        XCTAssertTrue(screen.contains("> 01"))
        XCTAssertFalse(screen.unicodeScalars.contains { $0.value > 0x7f && $0 != "漢" }, "ASCII mode drew non-ASCII:\n\(screen)")
        let grid = try XCTUnwrap(terminal.lastGrid)
        for y in 0..<grid.size.height {
            for x in 0..<grid.size.width {
                XCTAssertEqual(grid[x, y].style.foreground, .default)
            }
        }
    }

    func test_progress_remembersLessonAndPage_acrossRuns() throws {
        let first = MemoryTerminal(size: Size(width: 80, height: 24))
        drive(first, try makeApp(first), .enter, .right, .right, .character("q"), .character("q"))
        let second = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(second, try makeApp(second), .enter)
        XCTAssertTrue(screen.contains("page 3 of 3"), screen)
    }

    func test_lessonList_marksLessonDone_whenEveryPageWasShownToItsEnd() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let app = try makeApp(terminal)
        let list = drive(terminal, app, .down, .enter, .character("q"))
        XCTAssertTrue(list.contains("02  ✓  Second lesson"), list)
        XCTAssertTrue(list.contains("01     First steps"), list)
        let partly = drive(terminal, app, .up, .enter, .character("q"))
        XCTAssertTrue(partly.contains("01  ◐  First steps"), partly)
    }

    func test_corruptProgressFile_isReportedOnce_andReplaced() throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: dataDirectory.appendingPathComponent("progress.json"))
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let screen = drive(terminal, try makeApp(terminal))
        XCTAssertTrue(screen.lowercased().contains("progress"), screen)
        let again = MemoryTerminal(size: Size(width: 80, height: 24))
        let second = drive(again, try makeApp(again))
        XCTAssertFalse(second.lowercased().contains("corrupt"), second)
    }
}
