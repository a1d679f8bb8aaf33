import XCTest
@testable import LessonKit

/// The course shipped in `Lessons/` must always check clean.
final class RealLessonsTests: XCTestCase {
    func test_realLessons_checkClean() {
        XCTAssertEqual(LessonChecker.check(root: Fixtures.realLessons).map(\.description), [])
    }

    func test_realLessons_haveTheEightIDsInOrder() {
        let (catalog, _) = Catalog.load(from: Fixtures.realLessons)
        XCTAssertEqual(catalog.lessons.map(\.id), [
            "closures-decorators", "iterators-generators", "processes", "threads",
            "gil", "coroutines", "io-models", "pools-futures",
        ])
    }

    func test_realLessons_eachHasExampleHintAndQuestion() {
        let (catalog, _) = Catalog.load(from: Fixtures.realLessons)
        for lesson in catalog.lessons {
            XCTAssertFalse(lesson.examples.isEmpty, lesson.id)
            XCTAssertFalse(lesson.questions.isEmpty, lesson.id)
            let hints = lesson.pages.flatMap(\.blocks).filter { if case .hint = $0 { return true }; return false }
            XCTAssertFalse(hints.isEmpty, lesson.id)
            XCTAssertEqual(lesson.pages.first?.title, "Overview", lesson.id)
        }
    }

    func test_realLessons_renderWithin80Columns() {
        let (catalog, _) = Catalog.load(from: Fixtures.realLessons)
        for lesson in catalog.lessons {
            for line in PlainText.render(lesson).split(separator: "\n") {
                XCTAssertLessThanOrEqual(TextWidth.of(String(line)), 80, "\(lesson.id): \(line)")
            }
        }
    }
}

/// The complete example in Lessons/README.md must itself be a valid lesson.
final class ReadmeExampleTests: XCTestCase {
    func test_readmeExample_checksCleanAndParses() throws {
        let readme = try String(contentsOf: Fixtures.realLessons.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("`Lessons/09-late-binding/lesson.md`") })
        let end = try XCTUnwrap(lines[start...].firstIndex { $0.hasPrefix("with `Lessons/09-late-binding") })
        let example = lines[(start + 1)..<end]
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : $0 }
            .joined(separator: "\n")
            .trimmingCharacters(in: .newlines)
        XCTAssertEqual(LessonChecker.check(text: example, path: "README example").map(\.description), [])
        var parser = LessonParser(path: "README example", directory: nil)
        let parsed = parser.parse(example)
        XCTAssertEqual(parsed.id, "late-binding")
        XCTAssertEqual(parsed.pages.map(\.title), ["The surprise", "The fix"])
    }
}
