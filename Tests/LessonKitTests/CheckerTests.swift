import XCTest
@testable import LessonKit

/// Every checker diagnostic, with its exact `path:line:col: message` text.
final class CheckerTests: XCTestCase {
    func test_check_cleanCourse_reportsNothing() {
        XCTAssertEqual(Fixtures.check("course"), [])
    }

    func test_check_missingFrontMatter_reportsLineOne() {
        XCTAssertEqual(Fixtures.check("broken/missing-front-matter"), [
            "broken/missing-front-matter/01-alpha/lesson.md:1:1: missing front matter: the file must start with a '---' line",
        ])
    }

    func test_check_unclosedFrontMatter_reportsOpeningLine() {
        XCTAssertEqual(Fixtures.check("broken/unclosed-front-matter"), [
            "broken/unclosed-front-matter/01-alpha/lesson.md:1:1: front matter is not closed with a '---' line",
        ])
    }

    func test_check_missingFields_reportsIDTitleSummaryAndBadLines() {
        let path = "broken/missing-fields/01-alpha/lesson.md"
        XCTAssertEqual(Fixtures.check("broken/missing-fields"), [
            "\(path):1:1: missing id in front matter",
            "\(path):1:1: missing summary in front matter",
            "\(path):2:1: missing title in front matter",
            "\(path):3:1: unknown front matter key 'colour' (expected id, title or summary)",
            "\(path):4:1: front matter line is not 'key: value'",
        ])
    }

    func test_check_duplicateID_reportsBothFiles() {
        XCTAssertEqual(Fixtures.check("broken/duplicate-id"), [
            "broken/duplicate-id/01-same/lesson.md:2:5: duplicate id 'same' (also in broken/duplicate-id/02-same/lesson.md)",
            "broken/duplicate-id/02-same/lesson.md:2:5: duplicate id 'same' (also in broken/duplicate-id/01-same/lesson.md)",
        ])
    }

    func test_check_idNotMatchingFolder_pointsAtTheValue() {
        XCTAssertEqual(Fixtures.check("broken/id-mismatch"), [
            "broken/id-mismatch/01-alpha/lesson.md:2:5: id 'beta' does not match the folder name '01-alpha' (expected 'alpha')",
        ])
    }

    func test_check_missingExampleFile_pointsAtTheFileName() {
        XCTAssertEqual(Fixtures.check("broken/missing-example"), [
            "broken/missing-example/01-alpha/lesson.md:9:10: example file 'missing.py' does not exist",
            "broken/missing-example/01-alpha/lesson.md:10:1: @example needs a file name",
        ])
    }

    func test_check_malformedQuestions_reportsEachProblem() {
        let path = "broken/bad-questions/01-alpha/lesson.md"
        XCTAssertEqual(Fixtures.check("broken/bad-questions"), [
            "\(path):9:1: question has no choices (add '- [ ] ...' lines)",
            "\(path):15:1: question has no answer (mark the right choice '- [x]')",
            "\(path):23:1: question has more than one answer marked '[x]'",
            "\(path):23:1: question has no explanation (add '@explain ...')",
            "\(path):30:1: question is not closed with '@end'",
            "\(path):30:1: question has no explanation (add '@explain ...')",
            "\(path):32:1: unexpected line in a question: expected '- [ ] choice', '- [x] choice', '@explain' or '@end'",
        ])
    }

    func test_check_directivesAndStructure_reportsEveryProblemInLineOrder() {
        let path = "broken/directives/01-alpha/lesson.md"
        XCTAssertEqual(Fixtures.check("broken/directives"), [
            "\(path):7:1: text before the first page: start a page with a '## Title' line",
            "\(path):9:1: '# ' headings are not used: the title comes from the front matter; start pages with '## '",
            "\(path):13:1: unknown directive '@exampel' (expected @example, @hint, @question, @details, @claim or @challenge)",
            "\(path):14:1: hint is empty",
            "\(path):15:1: '@end' is only allowed to close a @question or @details block",
            "\(path):17:1: page 'Empty page' has no text",
            "\(path):21:1: code fence is not closed (add a '```' line)",
        ])
    }

    func test_check_badFolderName_andFolderWithoutLesson() {
        XCTAssertEqual(Fixtures.check("broken/bad-folder"), [
            "broken/bad-folder/02-beta/lesson.md:1:1: missing lesson.md",
            "broken/bad-folder/1-alpha:1:1: folder '1-alpha' is not named NN-id (two digits, '-', a lowercase id like 'threads')",
        ])
    }

    func test_check_noLessons_reportsTheRoot() {
        XCTAssertEqual(Fixtures.check("broken/no-lessons"), [
            "broken/no-lessons:1:1: no lessons found (expected folders like 01-intro/lesson.md)",
        ])
    }

    func test_check_missingRoot_reportsTheRoot() {
        XCTAssertEqual(Fixtures.check("broken/does-not-exist"), [
            "broken/does-not-exist:1:1: cannot read the lessons folder",
        ])
    }

    func test_checkText_duplicateFrontMatterKey_andNoPages() {
        let text = "---\nid: a\nid: b\ntitle: T\nsummary: S\n---\n"
        XCTAssertEqual(LessonChecker.check(text: text, path: "x.md").map(\.description), [
            "x.md:3:1: duplicate front matter key 'id' (first on line 2)",
            "x.md:6:1: lesson has no pages: start one with a '## Title' line",
        ])
    }

    func test_checkText_emptyPageHeadingAndChoice() {
        let text = "---\nid: a\ntitle: T\nsummary: S\n---\n##\nText.\n@question Q?\n- [x]\n@explain E.\n@end\n"
        XCTAssertEqual(LessonChecker.check(text: text, path: "x.md").map(\.description), [
            "x.md:6:1: page heading has no title",
            "x.md:9:1: choice has no text",
        ])
    }

    func test_checkText_exampleOutsideFolderOrNotPython() {
        let text = "---\nid: a\ntitle: T\nsummary: S\n---\n## P\n@example ../x.py\n@example  notes.txt\n"
        XCTAssertEqual(LessonChecker.check(text: text, path: "x.md").map(\.description), [
            "x.md:7:10: example file '../x.py' must be inside the lesson's folder",
            "x.md:8:11: example file 'notes.txt' is not a .py file",
        ])
    }

    func test_check_diagnosticsAreSortedByFileThenLine() {
        let sorted = [
            Diagnostic(path: "b", line: 1, message: "x"), Diagnostic(path: "a", line: 9, message: "y"),
            Diagnostic(path: "a", line: 2, message: "z"),
        ].sortedByLocation()
        XCTAssertEqual(sorted.map(\.description), ["a:2:1: z", "a:9:1: y", "b:1:1: x"])
    }
}
