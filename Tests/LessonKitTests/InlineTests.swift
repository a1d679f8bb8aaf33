import XCTest
@testable import LessonKit

final class InlineTests: XCTestCase {
    func test_parse_plainText_isOneRun() {
        XCTAssertEqual(Inline.parse("just words"), [.text("just words")])
        XCTAssertEqual(Inline.parse(""), [])
    }

    func test_parse_emphasisStrongCode() {
        XCTAssertEqual(Inline.parse("a *b* _c_ **d** `e`"),
                       [.text("a "), .emphasis("b"), .text(" "), .emphasis("c"), .text(" "),
                        .strong("d"), .text(" "), .code("e")])
    }

    func test_parse_link() {
        XCTAssertEqual(Inline.parse("see [docs](https://docs.python.org) now"),
                       [.text("see "), .link(text: "docs", url: "https://docs.python.org"), .text(" now")])
    }

    func test_parse_snakeCaseUnderscores_stayText() {
        XCTAssertEqual(Inline.parse("call task_done and get_nowait"), [.text("call task_done and get_nowait")])
    }

    func test_parse_codeKeepsMarkupLiteral() {
        XCTAssertEqual(Inline.parse("`*args, **kwargs`"), [.code("*args, **kwargs")])
    }

    func test_parse_unclosedMarkers_stayLiteral() {
        XCTAssertEqual(Inline.parse("2 * 3 and `open"), [.text("2 * 3 and `open")])
        XCTAssertEqual(Inline.parse("**loud"), [.text("**loud")])
        XCTAssertEqual(Inline.parse("[text] (x)"), [.text("[text] (x)")])
    }

    func test_parse_backslashEscapes() {
        XCTAssertEqual(Inline.parse(#"\*not em\* and \@timer"#), [.text("*not em* and @timer")])
    }

    func test_plainText_keepsCodeBackticksAndLinkURL() {
        XCTAssertEqual(Inline.parse("*a* `b` [c](d)").plainText, "a `b` c (d)")
    }
}
