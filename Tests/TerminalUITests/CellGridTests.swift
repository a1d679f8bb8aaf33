import XCTest
@testable import TerminalUI

final class CellGridTests: XCTestCase {
    private func grid(_ width: Int, _ height: Int = 1) -> CellGrid {
        CellGrid(size: Size(width: width, height: height))
    }

    func test_newGrid_isBlank() {
        let g = grid(3, 2)
        XCTAssertEqual(g.lines, ["", ""])
        XCTAssertEqual(g[0, 0], Cell.blank)
        XCTAssertEqual(g[9, 9], Cell.blank, "reads outside the grid are blank, not a crash")
    }

    func test_write_ascii_returnsColumnsAndStoresStyle() {
        var g = grid(10)
        let bold = Style(bold: true)
        XCTAssertEqual(g.write("abc", x: 2, y: 0, style: bold), 3)
        XCTAssertEqual(g.text, "  abc")
        XCTAssertEqual(g[2, 0], Cell(text: "a", style: bold))
        XCTAssertEqual(g[5, 0].style, .plain)
    }

    func test_write_pastRightEdge_isClipped() {
        var g = grid(4)
        XCTAssertEqual(g.write("abcdef", x: 1, y: 0), 3)
        XCTAssertEqual(g.text, " abc")
    }

    func test_write_startingLeftOfGrid_showsTheVisiblePart() {
        var g = grid(4)
        XCTAssertEqual(g.write("abcdef", x: -2, y: 0), 4)
        XCTAssertEqual(g.text, "cdef")
    }

    func test_write_outsideRows_writesNothing() {
        var g = grid(4, 2)
        XCTAssertEqual(g.write("ab", x: 0, y: 2), 0)
        XCTAssertEqual(g.write("ab", x: 0, y: -1), 0)
        XCTAssertEqual(g.lines, ["", ""])
    }

    func test_write_wideChar_occupiesLeadAndContinuation() {
        var g = grid(6)
        XCTAssertEqual(g.write("a漢b", x: 0, y: 0), 4)
        XCTAssertEqual(g[1, 0].text, "漢")
        XCTAssertFalse(g[1, 0].isContinuation)
        XCTAssertTrue(g[2, 0].isContinuation)
        XCTAssertEqual(g[2, 0].text, "")
        XCTAssertEqual(g[3, 0].text, "b")
        XCTAssertEqual(g.text, "a漢b")
    }

    func test_write_wideCharAtClipEdge_becomesSpace() {
        var g = grid(10)
        let clip = Rect(x: 0, y: 0, width: 3, height: 1)
        XCTAssertEqual(g.write("a漢字", x: 0, y: 0, clip: clip), 3)
        XCTAssertEqual(g[1, 0].text, "漢")
        XCTAssertEqual(g[2, 0].isContinuation, true)
        XCTAssertEqual(g.write("ab漢", x: 0, y: 0, clip: clip), 3)
        XCTAssertEqual(g[2, 0], Cell(text: " "), "a wide char straddling the clip edge becomes a space")
        XCTAssertEqual(g[3, 0], Cell.blank, "nothing is written outside the clip")
    }

    func test_write_wideCharAtGridEdge_becomesSpace() {
        var g = grid(3)
        g.write("ab漢", x: 0, y: 0)
        XCTAssertEqual(g.text, "ab")
        XCTAssertFalse(g[2, 0].isContinuation)
    }

    func test_write_wideCharCutByLeftClipEdge_becomesSpace() {
        var g = grid(6)
        g.write("xxxxxx", x: 0, y: 0)
        let clip = Rect(x: 2, y: 0, width: 4, height: 1)
        XCTAssertEqual(g.write("漢字", x: 1, y: 0, clip: clip), 3)
        XCTAssertEqual(g.text, "xx 字x")
        XCTAssertEqual(g[0, 0].text, "x")
        XCTAssertEqual(g[1, 0].text, "x", "cells left of the clip keep their text")
    }

    func test_overwrite_leadHalfOfWideChar_blanksContinuation() {
        var g = grid(4)
        g.write("漢", x: 1, y: 0)
        g.write("a", x: 1, y: 0)
        XCTAssertEqual(g[1, 0].text, "a")
        XCTAssertEqual(g[2, 0], Cell(text: " "))
        XCTAssertEqual(g.text, " a")
    }

    func test_overwrite_continuationHalfOfWideChar_blanksLead() {
        var g = grid(4)
        g.write("漢", x: 0, y: 0)
        g.write("b", x: 1, y: 0)
        XCTAssertEqual(g[0, 0], Cell(text: " "))
        XCTAssertEqual(g[1, 0].text, "b")
        XCTAssertFalse(g[1, 0].isContinuation)
    }

    func test_overwrite_wideCharOffsetByOne_blanksBothNeighbours() {
        var g = grid(6)
        g.write("漢字", x: 0, y: 0)
        g.write("語", x: 1, y: 0)
        XCTAssertEqual(g[0, 0].text, " ")
        XCTAssertEqual(g[1, 0].text, "語")
        XCTAssertTrue(g[2, 0].isContinuation)
        XCTAssertEqual(g[3, 0].text, " ")
        XCTAssertFalse(g[3, 0].isContinuation)
        XCTAssertEqual(g.text, " 語")
    }

    func test_write_combiningMark_staysInItsBaseCell() {
        var g = grid(4)
        XCTAssertEqual(g.write("e\u{301}x", x: 0, y: 0), 2)
        XCTAssertEqual(g[0, 0].text, "e\u{301}")
        XCTAssertEqual(g[1, 0].text, "x")
    }

    func test_write_tabBecomesSpace_andControlsAreSkipped() {
        var g = grid(6)
        XCTAssertEqual(g.write("a\tb\u{7}c", x: 0, y: 0), 4)
        XCTAssertEqual(g.text, "a bc")
    }

    func test_fill_withWideCharacter_leavesSpaceInOddColumn() {
        var g = grid(5, 2)
        g.fill(Rect(x: 0, y: 0, width: 5, height: 2), with: "漢")
        XCTAssertEqual(g.lines, ["漢漢", "漢漢"])
        XCTAssertFalse(g[4, 0].isContinuation)
    }

    func test_fill_clipsToGrid() {
        var g = grid(3, 2)
        g.fill(Rect(x: 1, y: 1, width: 10, height: 10), with: "#", style: Style(reverse: true))
        XCTAssertEqual(g.lines, ["", " ##"])
        XCTAssertTrue(g[2, 1].style.reverse)
    }

    func test_restyle_keepsTextAndChangesStyle() {
        var g = grid(5, 2)
        g.write("hello", x: 0, y: 1)
        g.restyle(Rect(x: 0, y: 1, width: 5, height: 1)) { $0.reverse = true }
        XCTAssertEqual(g.lines, ["", "hello"])
        XCTAssertTrue(g[4, 1].style.reverse)
        XCTAssertFalse(g[0, 0].style.reverse)
    }

    func test_clear_resetsTextAndStyle() {
        var g = grid(3)
        g.write("abc", x: 0, y: 0, style: Style(bold: true))
        g.clear(style: Style(background: .blue))
        XCTAssertEqual(g.text, "")
        XCTAssertEqual(g[1, 0].style.background, .blue)
    }

    func test_lines_trimTrailingSpacesButKeepInnerOnes() {
        var g = grid(8, 2)
        g.write("a  b   ", x: 0, y: 0)
        XCTAssertEqual(g.lines, ["a  b", ""])
        XCTAssertEqual(g.text, "a  b\n")
    }

    func test_equality_comparesCells() {
        var a = grid(3)
        var b = grid(3)
        XCTAssertEqual(a, b)
        a.write("x", x: 0, y: 0)
        XCTAssertNotEqual(a, b)
        b.write("x", x: 0, y: 0)
        XCTAssertEqual(a, b)
    }
}
