import XCTest
@testable import LessonKit

/// The `@details SUMMARY` ... `@end` block: what it holds, and each problem it can have.
final class DetailsTests: XCTestCase {
    private func parse(_ body: String) -> ParsedLesson { LessonBody.parse(body) }
    private func problems(_ body: String) -> [String] { LessonBody.problems(body) }

    func test_details_holdsParagraphsListsAndCode_andTextAfterItStaysOnThePage() {
        let parsed = parse("""
        ## P
        Main text.
        @details Timings, *measured*
        One run took
        0.9 ms.

        - PEP 311
        ```python
        x = 1
        ```
        @end
        After.
        """)
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.pages.map(\.blocks), [[
            .paragraph([.text("Main text.")]),
            .details(summary: [.text("Timings, "), .emphasis("measured")], blocks: [
                .paragraph([.text("One run took 0.9 ms.")]),
                .list(ordered: false, items: [[.text("PEP 311")]]),
                .code(language: "python", text: "x = 1"),
            ]),
            .paragraph([.text("After.")]),
        ]])
    }

    func test_details_questionAfterTheBlock_isStillAQuestionOfThePage() {
        let parsed = parse("## P\n@details D\nText.\n@end\n@question Q?\n- [x] a\n@explain E.\n@end\n")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.pages.first?.blocks.count, 2)
        guard case .question = parsed.pages.first?.blocks.last else { return XCTFail("no question") }
    }

    func test_details_emptySummary_isReportedAtTheDirective() {
        XCTAssertEqual(problems("## P\nText.\n@details\nMore.\n@end\n"), [
            "x.md:8:1: @details needs a summary (e.g. '@details Timings')",
        ])
    }

    func test_details_unclosed_isReportedAtItsLine_atTheNextPageAndAtTheEnd() {
        XCTAssertEqual(problems("## P\n@details One\nText.\n## Q\n@details Two\nMore.\n"), [
            "x.md:7:1: @details block is not closed with '@end'",
            "x.md:10:1: @details block is not closed with '@end'",
        ])
        // The open block still keeps its text, so nothing written is lost from the page.
        let parsed = parse("## P\n@details One\nText.\n")
        XCTAssertEqual(parsed.pages.first?.blocks,
                       [.details(summary: [.text("One")], blocks: [.paragraph([.text("Text.")])])])
    }

    func test_details_questionInside_isReported_andItsEndDoesNotCloseTheBlock() {
        let body = "## P\n@details D\nText.\n@question Q?\n- [x] a\n@explain E.\n@end\nStill inside.\n@end\n"
        XCTAssertEqual(problems(body), [
            "x.md:9:1: '@question' is not allowed inside a @details block (opened on line 7); close it with '@end' first",
        ])
        XCTAssertEqual(parse(body).pages.first?.blocks, [.details(summary: [.text("D")], blocks: [
            .paragraph([.text("Text.")]), .paragraph([.text("Still inside.")]),
        ])])
    }

    func test_details_exampleHintOrNestedDetailsInside_areReported() {
        XCTAssertEqual(problems("## P\n@details D\nText.\n@example a.py\n@hint H.\n@details E\n@end\n"), [
            "x.md:9:1: '@example' is not allowed inside a @details block (opened on line 7); close it with '@end' first",
            "x.md:10:1: '@hint' is not allowed inside a @details block (opened on line 7); close it with '@end' first",
            "x.md:11:1: '@details' is not allowed inside a @details block (opened on line 7); close it with '@end' first",
        ])
    }

    func test_details_empty_isReported() {
        XCTAssertEqual(problems("## P\nText.\n@details D\n\n@end\n"), ["x.md:8:1: @details block is empty"])
    }

    func test_plainText_printsTheDetailsInFull_underADetailsHeading() {
        let page = Page(title: "P", blocks: [
            .paragraph([.text("Main.")]),
            .details(summary: [.text("Timings")], blocks: [.paragraph([.text("It took 0.9 ms.")]),
                                                           .code(language: "", text: "x = 1")]),
        ], line: 6)
        let directory = URL(fileURLWithPath: "/tmp/01-t")
        let lesson = Lesson(id: "t", title: "T", summary: "S.", number: 1, directory: directory,
                            file: directory.appendingPathComponent("lesson.md"), pages: [page])
        XCTAssertEqual(PlainText.render(lesson), """
        T
        =
        S.

        P
        -

        Main.

        Details: Timings

        It took 0.9 ms.

            x = 1

        """)
    }

    /// What `concurrency-tutor show gil` prints: the GIL lesson's history in full, under its summary.
    func test_show_gilLesson_printsItsDetailsInFull() throws {
        let (catalog, _) = Catalog.load(from: Fixtures.realLessons)
        let lesson = try XCTUnwrap(catalog.lesson(id: "gil"))
        let text = PlainText.render(lesson)
        let heading = try XCTUnwrap(text.range(of: "\nDetails: History: 3.9 and before did switch there\n\n"), text)
        XCTAssertTrue(text[heading.upperBound...].hasPrefix("Up to 3.9 CPython could switch there too"), text)
        XCTAssertTrue(text.contains("between 576,078 and 689,336"))
        XCTAssertFalse(text.contains("@details") || text.contains("@end"), "directives leak into the text")
    }
}
