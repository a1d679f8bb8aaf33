import XCTest
@testable import TerminalUI

final class TextLayoutTests: XCTestCase {
    func test_displayWidth_countsColumns() {
        XCTAssertEqual(displayWidth("abc"), 3)
        XCTAssertEqual(displayWidth("漢字"), 4)
        XCTAssertEqual(displayWidth("e\u{301}"), 1)
        XCTAssertEqual(displayWidth("🙂"), 2)
        XCTAssertEqual(displayWidth("┌─┐"), 3)
        XCTAssertEqual(displayWidth(""), 0)
        XCTAssertEqual(displayWidth(Character("\n")), 0)
        XCTAssertEqual(displayWidth(Character("한")), 2)
    }

    func test_displayWidth_zwjEmojiSequence_isOneWideCell() {
        XCTAssertEqual(displayWidth(Character("👩\u{200D}💻")), 2)
    }

    func test_wrap_greedyByWords() {
        XCTAssertEqual(wrap("the quick brown fox jumps", width: 10), ["the quick", "brown fox", "jumps"])
    }

    func test_wrap_keepsEmptyLines() {
        XCTAssertEqual(wrap("one\n\ntwo", width: 10), ["one", "", "two"])
        XCTAssertEqual(wrap("", width: 10), [""])
        XCTAssertEqual(wrap("a\n", width: 10), ["a", ""])
    }

    func test_wrap_crlfAndTabs_areNewlinesAndSpaces() {
        XCTAssertEqual(wrap("one\r\ntwo\rthree", width: 10), ["one", "two", "three"])
        XCTAssertEqual(wrap("a\tb", width: 10), ["a b"])
    }

    func test_wrap_breaksOverlongWordByGrapheme() {
        XCTAssertEqual(wrap("abcdefghij xy", width: 4), ["abcd", "efgh", "ij", "xy"])
        XCTAssertEqual(wrap("go abcdefgh", width: 4), ["go", "abcd", "efgh"])
    }

    func test_wrap_cjkText_countsTwoColumnsPerCharacter() {
        XCTAssertEqual(wrap("漢字漢字漢字", width: 5), ["漢字", "漢字", "漢字"])
        XCTAssertEqual(wrap("日本語 テキスト", width: 6), ["日本語", "テキス", "ト"])
    }

    func test_wrap_neverSplitsAGraphemeCluster() {
        let lines = wrap("e\u{301}e\u{301}e\u{301}", width: 2)
        XCTAssertEqual(lines, ["e\u{301}e\u{301}", "e\u{301}"])
    }

    func test_wrap_wideCharInOneColumn_getsItsOwnLine() {
        XCTAssertEqual(wrap("漢字", width: 1), ["漢", "字"])
    }

    func test_wrap_keepsParagraphIndent() {
        XCTAssertEqual(wrap("  - an item here", width: 10), ["  - an", "item here"])
    }

    func test_wrap_everyLineFitsTheWidth() {
        let text = "Threads share one GIL; 進程 do not. A very-long-identifier_that_goes_on appears here."
        for width in 1...30 {
            for line in wrap(text, width: width) {
                XCTAssertLessThanOrEqual(displayWidth(line), max(width, 2), "width \(width): \(line)")
            }
        }
    }

    func test_truncate_addsEllipsisOnlyWhenCut() {
        XCTAssertEqual(truncate("hello", width: 5), "hello")
        XCTAssertEqual(truncate("hello world", width: 6), "hello…")
        XCTAssertEqual(truncate("hello world", width: 6, ascii: true), "hello~")
        XCTAssertEqual(truncate("hello", width: 0), "")
        XCTAssertEqual(truncate("hello", width: 1), "…")
    }

    func test_truncate_wideChars_neverExceedsWidth() {
        XCTAssertEqual(truncate("漢字漢字", width: 4), "漢…")
        XCTAssertEqual(truncate("漢字", width: 4), "漢字")
        XCTAssertEqual(truncate("漢字漢字", width: 5), "漢字…")
        XCTAssertEqual(truncate("漢字漢字", width: 6), "漢字…")
        XCTAssertEqual(displayWidth(truncate("漢字漢字", width: 6)), 5)
    }

    func test_pad_truncatesOrPadsToExactWidth() {
        XCTAssertEqual(pad("ab", width: 4), "ab  ")
        XCTAssertEqual(pad("abcdef", width: 4), "abc…")
        XCTAssertEqual(pad("漢字漢", width: 4), "漢… ")
        XCTAssertEqual(displayWidth(pad("漢字漢", width: 4)), 4)
        XCTAssertEqual(pad("x", width: 0), "")
    }
}
