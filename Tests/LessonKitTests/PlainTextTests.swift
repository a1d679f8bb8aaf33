import XCTest
@testable import LessonKit

final class PlainTextTests: XCTestCase {
    private func lesson(_ pages: [Page], title: String = "Title", summary: String = "Summary.") -> Lesson {
        let directory = URL(fileURLWithPath: "/tmp/01-t")
        return Lesson(id: "t", title: title, summary: summary, number: 1, directory: directory,
                      file: directory.appendingPathComponent("lesson.md"), pages: pages)
    }

    func test_width_countsWideAndCombiningCharacters() {
        XCTAssertEqual(TextWidth.of("abc"), 3)
        XCTAssertEqual(TextWidth.of("中文"), 4)
        XCTAssertEqual(TextWidth.of("ｆｕｌｌ"), 8)
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.of("한글"), 4)
        XCTAssertEqual(TextWidth.of(Character("\u{301}")), 0)
    }

    func test_wrap_breaksAtSpacesWithinWidth() {
        XCTAssertEqual(TextWrap.wrap("one two three four", width: 9), ["one two", "three", "four"])
    }

    func test_wrap_hangingIndent() {
        XCTAssertEqual(TextWrap.wrap("aa bb cc dd", width: 7, firstPrefix: "- ", restPrefix: "  "),
                       ["- aa bb", "  cc dd"])
    }

    func test_wrap_cjkBreaksBetweenCharactersByDisplayWidth() {
        let lines = TextWrap.wrap("一二三四五六七", width: 6)
        XCTAssertEqual(lines, ["一二三", "四五六", "七"])
    }

    func test_wrap_mixedCJKAndLatinNeverExceedsWidth() {
        let text = "Python 的 GIL 是一把全局锁，同一时刻只有一个线程执行字节码 bytecode。"
        for width in [10, 17, 23, 40] {
            for line in TextWrap.wrap(text, width: width) {
                XCTAssertLessThanOrEqual(TextWidth.of(line), width, line)
            }
        }
        XCTAssertEqual(TextWrap.wrap(text, width: 200).joined(), text)
    }

    func test_wrap_kinsoku_noClosingMarkStartsAndNoOpeningMarkEndsALine() {
        XCTAssertEqual(TextWrap.wrap("一二三，四五", width: 6), ["一二", "三，四", "五"])
        XCTAssertEqual(TextWrap.wrap("一二（三四五", width: 6), ["一二", "（三四", "五"])
        let text = "全局解释器锁（GIL）保证同一时刻只有一个线程执行字节码。因此，CPU 密集型任务用多线程不会更快；「死锁」是指互相等待！"
        // From 8 columns every unbreakable piece ("（GIL）" is 7) fits.
        for width in 8...50 {
            for line in TextWrap.wrap(text, width: width) {
                XCTAssertLessThanOrEqual(TextWidth.of(line), width, line)
                if let first = line.first { XCTAssertFalse(TextWrap.noLineStart.contains(first), "width \(width): \(line)") }
                if let last = line.last { XCTAssertFalse(TextWrap.noLineEnd.contains(last), "width \(width): \(line)") }
            }
        }
    }

    func test_wrap_overlongWordIsSplit() {
        XCTAssertEqual(TextWrap.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func test_render_fixtureLesson_atWidth40() throws {
        let (catalog, _) = Catalog.load(from: Fixtures.course("course"))
        let lesson = try XCTUnwrap(catalog.lesson(id: "kettles"))
        XCTAssertEqual(PlainText.render(lesson, width: 40), """
        Boiling kettles
        ===============
        Two kettles on one stove, watched by a
        cook.

        First page
        ----------

        A cook has two kettles and one stove.
        Call `boil()` to start; see the manual
        (https://example.org/kettle) for
        details.

        - fill the kettle
        - put it on the stove and wait
        - pour

        1. first
        2. second

        Notes

            def boil():
                @watch
                print("whistle")

        Example: boil.py

        Hint: Kettles boil one after another on
              a single stove.

        Second page
        -----------

        Question: How many kettles whistle?
          a) none
          b) two
          c) three

        Answer: b) two
        Both kettles get their turn.

        Closing words.

        """)
    }

    func test_render_cjkLesson_wrapsByDisplayWidth() throws {
        let (catalog, _) = Catalog.load(from: Fixtures.course("course"))
        let lesson = try XCTUnwrap(catalog.lesson(id: "wide"))
        let text = PlainText.render(lesson, width: 40)
        XCTAssertTrue(text.hasPrefix("宽字符\n======\n"))
        for line in text.split(separator: "\n") {
            XCTAssertLessThanOrEqual(TextWidth.of(String(line)), 40, String(line))
        }
        XCTAssertTrue(text.contains("这是一个很长的中文段落，用来测试按显示宽\n"))
    }

    func test_render_longLinesWrapAt80() {
        let words = Array(repeating: "concurrency", count: 30).joined(separator: " ")
        let text = PlainText.render(lesson([Page(title: "P", blocks: [.paragraph([.text(words)]),
                                                                      .list(ordered: true, items: [[.text(words)]])],
                                                 line: 6)]))
        for line in text.split(separator: "\n") {
            XCTAssertLessThanOrEqual(line.count, 80)
        }
        XCTAssertTrue(text.contains("\n1. concurrency"))
        XCTAssertTrue(text.contains("\n   concurrency"))
    }

    func test_letter_givesLowercaseLetters() {
        XCTAssertEqual((0..<3).map(PlainText.letter), ["a", "b", "c"])
    }

    func test_render_lessonWithProblems_listsThemUnderTheTitle() {
        let directory = URL(fileURLWithPath: "/tmp/01-x")
        let lesson = Lesson(id: "x", title: "X", summary: "S.", number: 1, directory: directory,
                            file: directory.appendingPathComponent("lesson.md"), pages: [],
                            problems: [Diagnostic(path: "c/01-x/lesson.md", line: 9, message: "hint is empty")])
        XCTAssertEqual(PlainText.render(lesson, width: 40), """
            X
            =
            S.

            ! This lesson has 1 problem
            (concurrency-tutor check lists them
            too):
              c/01-x/lesson.md:9:1: hint is empty

            """)
    }
}
