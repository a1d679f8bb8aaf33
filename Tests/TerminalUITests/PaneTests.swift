import TestSupport
import XCTest
@testable import TerminalUI

final class PaneTests: XCTestCase {
    func test_draw_unicodeBoxWithTitle_snapshot() {
        var grid = CellGrid(size: Size(width: 24, height: 6))
        let inner = Pane.draw(in: &grid, rect: Rect(x: 0, y: 0, width: 24, height: 5), title: "Threads", box: .unicode)
        grid.write("T1 running", x: inner.x, y: inner.y)
        grid.write("T2 漢字 waiting for lock", x: inner.x, y: inner.y + 1, clip: inner)
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 22, height: 3))
        assertSnapshot(grid.text, named: "pane_unicode_title")
    }

    func test_draw_asciiBoxSideBySide_snapshot() {
        var grid = CellGrid(size: Size(width: 30, height: 4))
        let (left, right) = Rect(size: grid.size).splitColumns(ratio: 0.5)
        Pane.draw(in: &grid, rect: left, title: "Code", box: .ascii)
        Pane.draw(in: &grid, rect: right, title: "A title far too long to fit", box: .ascii)
        assertSnapshot(grid.text, named: "pane_ascii_split")
    }

    func test_draw_titleStyle_appliesToTitleOnly() {
        var grid = CellGrid(size: Size(width: 12, height: 3))
        let bold = Style(bold: true)
        Pane.draw(in: &grid, rect: Rect(size: grid.size), title: "Hi", box: .unicode, titleStyle: bold)
        XCTAssertEqual(grid.lines[0], "┌─ Hi ─────┐")
        XCTAssertTrue(grid[3, 0].style.bold)
        XCTAssertFalse(grid[1, 0].style.bold)
    }

    func test_draw_tooSmall_drawsNothing() {
        var grid = CellGrid(size: Size(width: 5, height: 5))
        let inner = Pane.draw(in: &grid, rect: Rect(x: 0, y: 0, width: 1, height: 4), title: "x", box: .unicode)
        XCTAssertEqual(grid.text, "\n\n\n\n")
        XCTAssertEqual(inner, Rect(x: 0, y: 0, width: 1, height: 4))
    }

    func test_draw_narrowPane_dropsTitle() {
        var grid = CellGrid(size: Size(width: 6, height: 2))
        Pane.draw(in: &grid, rect: Rect(size: grid.size), title: "Title", box: .ascii)
        XCTAssertEqual(grid.lines, ["+----+", "+----+"])
    }
}
