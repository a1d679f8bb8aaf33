import TerminalUI
import XCTest

/// Chinese line breaking: between any two Han characters, never a closing mark at a line's start
/// or an opening mark at its end, never wider than the line, mixed text kept whole.
final class LineBreakTests: XCTestCase {
    static let paragraph = "全局解释器锁（GIL）保证同一时刻只有一个线程执行 Python 字节码。因此，CPU 密集型的任务"
        + "用多线程并不会更快；而 IO 密集型的任务，线程在等待时会释放 GIL，其他线程就能运行。「死锁」是指两个线程互相等待对方持有的锁！"

    func test_wrap_breaksBetweenHanCharactersWithoutSpaces() {
        XCTAssertEqual(wrap("一二三四五六七", width: 6), ["一二三", "四五六", "七"])
    }

    func test_wrap_keepsClosingPunctuationOffALineStart() {
        // "三，" stays together: the comma would otherwise open the second line.
        XCTAssertEqual(wrap("一二三，四五", width: 6), ["一二", "三，四", "五"])
    }

    func test_wrap_keepsOpeningPunctuationOffALineEnd() {
        let lines = wrap("一二（三四五", width: 6)
        XCTAssertEqual(lines, ["一二", "（三四", "五"])
    }

    func test_wrap_chineseParagraph_followsEveryRuleAtEveryWidth() {
        // From 8 columns every unbreakable piece ("（GIL）" is 7) fits; narrower, a piece is cut anywhere.
        for width in 8...60 {
            let lines = wrap(Self.paragraph, width: width)
            for line in lines {
                XCTAssertLessThanOrEqual(displayWidth(line), width, "width \(width): \(line)")
                if let first = line.first { XCTAssertFalse(LineBreak.noLineStart.contains(first), "width \(width) starts: \(line)") }
                if let last = line.last { XCTAssertFalse(LineBreak.noLineEnd.contains(last), "width \(width) ends: \(line)") }
            }
            // Nothing lost: only the spaces at breaks go.
            XCTAssertEqual(lines.joined().filter { $0 != " " }, Self.paragraph.filter { $0 != " " }, "width \(width)")
        }
    }

    func test_wrap_mixedText_breaksBetweenEnglishAndHanButNotInsideWords() {
        let lines = wrap("线程threading模块", width: 12)
        XCTAssertEqual(lines, ["线程", "threading模", "块"])
        XCTAssertEqual(wrap("请使用threading.Lock加锁", width: 18), ["请使用", "threading.Lock加锁"])
    }

    func test_pieces_keepACombiningMarkWithItsBase() {
        let characters = Array("中e\u{301}文")
        let pieces = LineBreak.pieces(characters)
        XCTAssertEqual(pieces.map { String(characters[$0.range]) }, ["中", "e\u{301}", "文"])
    }

    func test_lines_prefixedFirstLine_movesALongWordDownRatherThanBreakingIt() {
        let characters = Array("abcdefgh")
        let lines = LineBreak.lines(characters, width: 10, firstUsed: 6, firstHasContent: true)
        XCTAssertEqual(lines.map { $0.map { String(characters[$0.range]) } }, [[], ["abcdefgh"]])
    }

    func test_grid_wideCharacterAtThePaneEdge_isNeverCut() {
        var grid = CellGrid(size: Size(width: 7, height: 1))
        let clip = Rect(x: 0, y: 0, width: 5, height: 1)
        grid.write("中文字", x: 0, y: 0, clip: clip)
        // Two whole characters, then a space for the half that does not fit; nothing past the edge.
        XCTAssertEqual(grid.lines[0], "中文")
    }
}
