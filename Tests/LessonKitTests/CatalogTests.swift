import XCTest
@testable import LessonKit

final class CatalogTests: XCTestCase {
    private func loadCourse() -> Catalog {
        let (catalog, diagnostics) = Catalog.load(from: Fixtures.course("course"))
        XCTAssertEqual(diagnostics, [])
        return catalog
    }

    func test_load_fixtureCourse_givesLessonsInFolderOrder() {
        let catalog = loadCourse()
        XCTAssertEqual(catalog.lessons.map(\.id), ["kettles", "queues", "wide"])
        XCTAssertEqual(catalog.lessons.map(\.number), [1, 2, 3])
        XCTAssertEqual(catalog.lesson(id: "queues")?.title, "Queues at the bakery")
        XCTAssertNil(catalog.lesson(id: "missing"))
        XCTAssertEqual(catalog.lesson(after: "kettles")?.id, "queues")
        XCTAssertNil(catalog.lesson(after: "wide"))
    }

    func test_load_fixtureCourse_readsFrontMatterAndFiles() throws {
        let lesson = try XCTUnwrap(loadCourse().lesson(id: "kettles"))
        XCTAssertEqual(lesson.summary, "Two kettles on one stove, watched by a cook.")
        XCTAssertEqual(lesson.directory.lastPathComponent, "01-kettles")
        XCTAssertEqual(lesson.file.lastPathComponent, "lesson.md")
        XCTAssertEqual(lesson.file.deletingLastPathComponent().lastPathComponent, "01-kettles")
        XCTAssertEqual(lesson.examples, ["boil.py"])
    }

    func test_load_fixtureCourse_parsesFirstPageBlocks() throws {
        let lesson = try XCTUnwrap(loadCourse().lesson(id: "kettles"))
        XCTAssertEqual(lesson.pages.map(\.title), ["First page", "Second page"])
        XCTAssertEqual(lesson.pages.map(\.line), [8, 33])
        XCTAssertEqual(lesson.pages[0].blocks, [
            .paragraph([
                .text("A cook has "), .emphasis("two"), .text(" kettles and "), .strong("one"),
                .text(" stove. Call "), .code("boil()"), .text(" to start; see "),
                .link(text: "the manual", url: "https://example.org/kettle"), .text(" for details."),
            ]),
            .list(ordered: false, items: [[.text("fill the kettle")], [.text("put it on the stove and wait")],
                                          [.text("pour")]]),
            .list(ordered: true, items: [[.text("first")], [.text("second")]]),
            .heading(level: 3, text: [.text("Notes")]),
            .code(language: "python", text: "def boil():\n    @watch\n    print(\"whistle\")"),
            .example(file: "boil.py"),
            .hint("Kettles boil one after another on a single stove."),
        ])
    }

    func test_load_fixtureCourse_parsesQuestionAcrossBlankLines() throws {
        let lesson = try XCTUnwrap(loadCourse().lesson(id: "kettles"))
        XCTAssertEqual(lesson.pages[1].blocks, [
            .question(Question(prompt: "How many kettles whistle?", choices: ["none", "two", "three"],
                               answer: 1, explanation: "Both kettles get their turn.", line: 35)),
            .paragraph([.text("Closing words.")]),
        ])
        XCTAssertEqual(lesson.questions.count, 1)
    }

    func test_load_lessonWithoutLessonFile_isABrokenEntry_andABadFolderIsNoLesson() throws {
        let (catalog, diagnostics) = Catalog.load(from: Fixtures.course("broken/bad-folder"))
        XCTAssertEqual(catalog.lessons.map(\.id), ["beta"])
        let beta = try XCTUnwrap(catalog.lessons.first)
        XCTAssertTrue(beta.isBroken)
        XCTAssertEqual(beta.pages, [])
        XCTAssertEqual(beta.problems.map(\.message), ["missing lesson.md"])
        XCTAssertEqual(diagnostics.count, 2)
    }

    func test_load_duplicateIDs_keepsBoth_eachWithTheClash() {
        let (catalog, _) = Catalog.load(from: Fixtures.course("broken/duplicate-id"))
        XCTAssertEqual(catalog.lessons.map(\.id), ["same", "same"])
        XCTAssertEqual(catalog.lessons.map { $0.problems.count }, [1, 1])
        XCTAssertTrue(catalog.lessons.allSatisfy { !$0.isBroken })
    }

    func test_splitFolderName_acceptsOnlyNNDashLowercaseID() {
        XCTAssertEqual(CourseLoader.splitFolderName("03-io-models")?.1, "io-models")
        XCTAssertEqual(CourseLoader.splitFolderName("10-x2")?.0, 10)
        for bad in ["3-threads", "03threads", "03-", "03-Threads", "03-a--b", "03-a_b", "ab-cd"] {
            XCTAssertNil(CourseLoader.splitFolderName(bad), bad)
        }
    }

    func test_displayPath_keepsRootAsGiven() {
        XCTAssertEqual(CourseLoader(root: URL(fileURLWithPath: "Lessons/", relativeTo: Fixtures.root))
            .displayPath("01-a", "lesson.md"), "Lessons/01-a/lesson.md")
        XCTAssertEqual(CourseLoader(root: URL(fileURLWithPath: "/tmp/course")).displayPath("01-a", "lesson.md"),
                       "/tmp/course/01-a/lesson.md")
    }
}

final class CatalogHelperTests: XCTestCase {
    func test_displayPathOfLesson_andExampleURL() throws {
        let (catalog, _) = Catalog.load(from: Fixtures.course("course"))
        let lesson = try XCTUnwrap(catalog.lesson(id: "kettles"))
        XCTAssertEqual(catalog.displayPath(of: lesson), "course/01-kettles/lesson.md")
        XCTAssertEqual(catalog.displayPath(of: lesson, file: "boil.py"), "course/01-kettles/boil.py")
        XCTAssertTrue(FileManager.default.fileExists(atPath: lesson.url(ofExample: "boil.py").path))
    }

    func test_parse_quotedFrontMatterValuesAndBOM() {
        var parser = LessonParser(path: "x.md", directory: nil)
        let parsed = parser.parse("\u{FEFF}---\nid: a\ntitle: \"Quoted: yes\"\nsummary: 'S'\n---\n## P\nText.\n")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.title, "Quoted: yes")
        XCTAssertEqual(parsed.summary, "S")
    }

    func test_parse_windowsLineEnds() {
        var parser = LessonParser(path: "x.md", directory: nil)
        let parsed = parser.parse("---\r\nid: a\r\ntitle: T\r\nsummary: S\r\n---\r\n## P\r\nText.\r\n")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.pages, [Page(title: "P", blocks: [.paragraph([.text("Text.")])], line: 6)])
    }
}
