import Foundation
import LessonKit
import TerminalUI
import XCTest
@testable import Tutor

final class TextLayoutTests: XCTestCase {
    let theme = Theme(capabilities: TerminalCapabilities(colors: true, unicode: true))

    func test_wrappedSpans_breakAtSpaces_keepStyles() {
        let spans = [Span(text: "one two ", style: .plain), Span(text: "three", style: Style(bold: true)), Span(text: " four five", style: .plain)]
        let lines = spans.wrapped(width: 9)
        XCTAssertEqual(lines.map(\.text), ["one two", "three", "four five"])
        XCTAssertEqual(lines[1].spans, [Span(text: "three", style: Style(bold: true))])
    }

    func test_wrappedSpans_cjkCountsTwoColumns() {
        let lines = [Span(text: "漢字漢字漢字", style: .plain)].wrapped(width: 7)
        XCTAssertEqual(lines.map(\.text), ["漢字漢", "字漢字"])
        XCTAssertTrue(lines.allSatisfy { $0.width <= 7 })
    }

    func test_wrappedSpans_hangingIndentForListItems() {
        let lines = [Span(text: "alpha beta gamma", style: .plain)].wrapped(width: 12, firstPrefix: [Span(text: "- ", style: .plain)], indent: "  ")
        XCTAssertEqual(lines.map(\.text), ["- alpha beta", "  gamma"])
    }

    func test_highlighter_coloursKeywordsStringsCommentsAndDefinitions() {
        let line = PythonHighlighter(theme: theme).highlight("def f(x):  # note\n    return 'a' + 12")
        XCTAssertEqual(line[0].first, Span(text: "def", style: theme.keyword))
        XCTAssertTrue(line[0].contains(Span(text: "f", style: theme.definition)))
        XCTAssertEqual(line[0].last, Span(text: "# note", style: theme.comment))
        XCTAssertTrue(line[1].contains(Span(text: "'a'", style: theme.string)))
        XCTAssertTrue(line[1].contains(Span(text: "12", style: theme.number)))
    }

    func test_highlighter_carriesTripleQuotedStringsAcrossLines() {
        let lines = PythonHighlighter(theme: theme).highlight("x = \"\"\"first\nsecond\nthird\"\"\" + y")
        XCTAssertEqual(lines[1], [Span(text: "second", style: theme.string)])
        XCTAssertEqual(lines[2].first, Span(text: "third\"\"\"", style: theme.string))
        XCTAssertEqual(lines[2].last, Span(text: " + y", style: .plain))
    }

    func test_locator_explicitFolderWins_andMissingOneIsAnError() {
        let missing = LessonLocator.locate(explicit: "/nonexistent/lessons", environment: [:])
        guard case let .failure(error) = missing else { return XCTFail("expected failure") }
        XCTAssertEqual(error.tried.map(\.source), ["--lessons"])
        XCTAssertTrue(error.description.contains("/nonexistent/lessons (--lessons)"))
    }

    func test_locator_searchOrder_withoutExplicitFolder() {
        let order = LessonLocator.candidates(explicit: nil, environment: [:], currentDirectory: "/tmp/x",
                                             executable: URL(fileURLWithPath: "/opt/ct/bin/concurrency-tutor"))
        XCTAssertEqual(order.map(\.source), ["./Lessons", "the package's Lessons/", "share/ beside the binary"])
        XCTAssertEqual(order[0].url.path, "/tmp/x/Lessons")
        XCTAssertEqual(order[2].url.path, "/opt/ct/share/concurrency-tutor/Lessons")
        let fromEnvironment = LessonLocator.candidates(explicit: nil, environment: ["CONCURRENCY_TUTOR_LESSONS": "/srv/l"], currentDirectory: "/tmp")
        XCTAssertEqual(fromEnvironment.map(\.source), ["$CONCURRENCY_TUTOR_LESSONS"])
    }

    func test_pageLayout_questionsAndHints_renderInlineCode_withoutBackticks() {
        let question = Question(prompt: "What does `f()` print?", choices: ["`1`", "`2`"], answer: 0,
                                explanation: "The cell holds `1`.", line: 1)
        let page = Page(title: "P", blocks: [.hint("Look at `nonlocal`."), .question(question)], line: 1)
        let layout = PageLayout(theme: theme, exampleSource: { _ in nil })
        let lines = layout.lines(for: page, width: 60, interaction: PageInteraction(revealedHints: [0], answers: [1: 0]))
        let text = lines.map(\.text).joined(separator: "\n")
        XCTAssertFalse(text.contains("`"), text)
        XCTAssertTrue(text.contains("Hint: Look at nonlocal."), text)
        XCTAssertTrue(text.contains("Predict 1: What does f() print?"), text)
        XCTAssertTrue(lines.contains { $0.spans.contains(Span(text: "f()", style: theme.inlineCode)) })
    }
}
