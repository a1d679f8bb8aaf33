import Foundation
import LessonKit
import TerminalUI
import TestSupport
import XCTest
@testable import Tutor

/// A page with a `@details` block in the reader: collapsed to one line, `d` opens and closes it.
final class LessonDetailsAppTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-details-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("course/01-gil")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        ---
        id: gil
        title: The GIL
        summary: One lock for the interpreter.
        ---

        ## Switching

        A thread gives up the GIL every 5 ms.

        @details When the interval came in
        Python 3.2 replaced the tick count with a time interval.

        - PEP 311 is older.
        @end

        The end of the page.

        ## Plain page

        Nothing hidden here.

        """.write(to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func makeApp(_ terminal: MemoryTerminal) throws -> TutorApp {
        let (catalog, diagnostics) = Catalog.load(from: root.appendingPathComponent("course"))
        XCTAssertEqual(diagnostics, [])
        let store = ProgressStore(url: root.appendingPathComponent("progress.json"))
        return TutorApp(terminal: terminal, catalog: catalog, store: store)
    }

    /// The screen after the app has handled `keys`.
    private func drive(_ terminal: MemoryTerminal, _ app: TutorApp, _ keys: Key...) -> String {
        terminal.enqueue(keys); _ = app.run(); return terminal.screenText
    }

    func test_details_collapsedIsOneLine_dExpandsIndented_andCollapsesAgain() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        let collapsed = drive(terminal, app, .enter)
        XCTAssertTrue(collapsed.contains("▸ When the interval came in (d: show details)"), collapsed)
        XCTAssertFalse(collapsed.contains("Python 3.2"), collapsed)
        XCTAssertTrue(collapsed.contains("The end of the page."), collapsed)
        XCTAssertTrue(collapsed.contains("d details"), "the key bar names d on a page with details:\n\(collapsed)")

        let expanded = drive(terminal, app, .character("d"))
        let lines = expanded.components(separatedBy: "\n")
        let summary = try XCTUnwrap(lines.firstIndex { $0.contains("▾ When the interval came in") }, expanded)
        XCTAssertFalse(lines[summary].contains("(d: show details)"))
        // The content follows the summary, two columns further in than the page's own text.
        let text = try XCTUnwrap(lines.first { $0.contains("Python 3.2 replaced") }, expanded)
        let pageText = try XCTUnwrap(lines.first { $0.contains("A thread gives up") }, expanded)
        XCTAssertEqual(text.range(of: "Python")!.lowerBound.utf16Offset(in: text),
                       pageText.range(of: "A thread")!.lowerBound.utf16Offset(in: pageText) + 2, expanded)
        XCTAssertTrue(expanded.contains("PEP 311 is older."), expanded)
        XCTAssertGreaterThan(try XCTUnwrap(lines.firstIndex(of: text)), summary)

        let again = drive(terminal, app, .character("d"))
        XCTAssertTrue(again.contains("▸ When the interval came in (d: show details)"), again)
        XCTAssertFalse(again.contains("Python 3.2"), again)
    }

    func test_details_dOnAPageWithoutDetails_saysSo_andTheKeyBarLeavesItOut() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        let plain = drive(terminal, app, .enter, .right)
        XCTAssertTrue(plain.contains("Nothing hidden here."), plain)
        XCTAssertFalse(plain.contains("d details"), plain)
        XCTAssertTrue(drive(terminal, app, .character("d")).contains("This page has no details."))
    }

    func test_details_helpListsTheKey() throws {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let app = try makeApp(terminal)
        XCTAssertTrue(drive(terminal, app, .enter, .character("?")).contains("show / hide the page's details"))
    }
}
