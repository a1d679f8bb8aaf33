import Foundation
import XCTest
@testable import LessonKit

/// Lesson files that are not plain readable UTF-8 files (unreadable, FIFOs, directories, links
/// that loop or lead outside): each is reported as `file:line:col: message`, never skipped,
/// never read in a way that blocks. Built in a temporary folder per test.
final class FileProblemTests: XCTestCase {
    private var base: URL!
    private var course: URL { URL(fileURLWithPath: "course", isDirectory: true, relativeTo: base) }

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-files-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base.appendingPathComponent("course"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: base)
    }

    static let lessonText = "---\nid: alpha\ntitle: Alpha\nsummary: S\n---\n## P\nText.\n@example x.py\n"

    /// `course/01-alpha/lesson.md` (with `text`) and, when given, `x.py`.
    @discardableResult
    private func writeLesson(_ text: String = lessonText, example: String? = "print(1)\n", folder: String = "01-alpha") throws -> URL {
        let directory = base.appendingPathComponent("course").appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: directory.appendingPathComponent("lesson.md"))
        if let example { try Data(example.utf8).write(to: directory.appendingPathComponent("x.py")) }
        return directory
    }

    private func check(reader: FileReader = .system) -> [String] {
        LessonChecker.check(root: course, reader: reader).map(\.description)
    }

    /// The system reader, except that `name` fails as an unreadable file does for a non-root user.
    private func denying(_ name: String) -> FileReader {
        FileReader { url in
            url.lastPathComponent == name ? .unreadable(reason: "permission denied") : FileReader.system.read(url)
        }
    }

    private var isRoot: Bool { geteuid() == 0 }

    // MARK: - Unreadable files

    func test_unreadableExample_isReportedAtItsExampleLine() throws {
        try writeLesson()
        XCTAssertEqual(check(reader: denying("x.py")),
                       ["course/01-alpha/lesson.md:8:10: cannot read example file 'x.py': permission denied"])
        let (catalog, _) = Catalog.load(from: course, reader: denying("x.py"))
        XCTAssertEqual(catalog.lessons.first?.unusableExamples, ["x.py"])
    }

    func test_unreadableExample_onRealFileSystem_isReported() throws {
        if isRoot { throw XCTSkip("running as root: chmod 000 does not stop root reading (the injected reader covers it)") }
        let directory = try writeLesson()
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: directory.appendingPathComponent("x.py").path)
        XCTAssertEqual(check(), ["course/01-alpha/lesson.md:8:10: cannot read example file 'x.py': permission denied"])
    }

    func test_unreadableLessonFile_isNotCalledMissing_andStaysAsABrokenEntry() throws {
        try writeLesson()
        XCTAssertEqual(check(reader: denying("lesson.md")),
                       ["course/01-alpha/lesson.md:1:1: cannot read lesson.md: permission denied"])
        let (catalog, _) = Catalog.load(from: course, reader: denying("lesson.md"))
        let lesson = try XCTUnwrap(catalog.lessons.first)
        XCTAssertTrue(lesson.isBroken)
        XCTAssertEqual(lesson.id, "alpha")
        XCTAssertEqual(lesson.title, "01-alpha")
        XCTAssertEqual(lesson.summary, "cannot read lesson.md: permission denied")
    }

    func test_directoryInPlaceOfLessonFile_isNamedAsSuch() throws {
        try FileManager.default.createDirectory(at: base.appendingPathComponent("course/01-alpha/lesson.md"),
                                                withIntermediateDirectories: true)
        XCTAssertEqual(check(), ["course/01-alpha/lesson.md:1:1: lesson.md is a directory, not a file"])
    }

    func test_fifoInPlaceOfLessonFile_isReportedWithoutOpeningIt() throws {
        let directory = base.appendingPathComponent("course/01-alpha")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("lesson.md").path, 0o644), 0)
        // Opening a FIFO for reading blocks until a writer comes: run the check apart, with a deadline.
        let done = expectation(description: "check returns")
        final class Box: @unchecked Sendable { var lines: [String] = [] }
        let box = Box()
        let root = course
        Thread.detachNewThread {
            box.lines = LessonChecker.check(root: root).map(\.description)
            done.fulfill()
        }
        wait(for: [done], timeout: 10)
        XCTAssertEqual(box.lines, ["course/01-alpha/lesson.md:1:1: lesson.md is a FIFO (named pipe), not a file"])
    }

    func test_fifoInPlaceOfExample_isReported() throws {
        let directory = try writeLesson(example: nil)
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("x.py").path, 0o644), 0)
        XCTAssertEqual(check(), ["course/01-alpha/lesson.md:8:10: example file 'x.py' is a FIFO (named pipe), not a file"])
    }

    // MARK: - Symbolic links

    func test_selfReferencingLessonFolderLink_isReported() throws {
        try writeLesson()
        let loop = base.appendingPathComponent("course/02-loop").path
        XCTAssertEqual(symlink(loop, loop), 0)
        XCTAssertEqual(check(), ["course/02-loop:1:1: '02-loop' is a symbolic link that cannot be followed: too many levels of symbolic links"])
    }

    func test_lessonFolderLinkToTheCourseItself_isReported() throws {
        try writeLesson()
        XCTAssertEqual(symlink(".", base.appendingPathComponent("course/02-again").path), 0)
        XCTAssertEqual(check(), ["course/02-again:1:1: folder '02-again' links back to the lessons folder (or a folder containing it)"])
    }

    func test_danglingLessonFolderLink_isReported() throws {
        try writeLesson()
        XCTAssertEqual(symlink("nowhere", base.appendingPathComponent("course/02-gone").path), 0)
        XCTAssertEqual(check(), ["course/02-gone:1:1: '02-gone' is a symbolic link to nothing (its target does not exist)"])
    }

    func test_exampleLinkedOutsideTheFolder_breaksTheInsideRule() throws {
        let directory = try writeLesson(example: nil)
        let outside = base.appendingPathComponent("secret.py")
        try Data("print('secret')\n".utf8).write(to: outside)
        XCTAssertEqual(symlink(outside.path, directory.appendingPathComponent("x.py").path), 0)
        let resolved = try XCTUnwrap(FileReader.resolved(outside).get())
        XCTAssertEqual(check(), [
            "course/01-alpha/lesson.md:8:10: example file 'x.py' must be inside the lesson's folder (it is a link to \(resolved))",
        ])
    }

    func test_exampleLinkedInsideTheFolder_isFine() throws {
        let directory = try writeLesson(example: nil)
        try Data("print(1)\n".utf8).write(to: directory.appendingPathComponent("real.py"))
        XCTAssertEqual(symlink("real.py", directory.appendingPathComponent("x.py").path), 0)
        XCTAssertEqual(check(), [])
    }

    // MARK: - Invalid UTF-8

    func test_invalidUTF8InLessonFile_isReportedAtTheByte() throws {
        var bytes = Array("---\nid: alpha\ntitle: Alpha\nsummary: S\n---\n## P\nCaf".utf8)
        bytes += [0xE9] + Array(" au lait.\n".utf8)
        let directory = try writeLesson(example: nil)
        try Data(bytes).write(to: directory.appendingPathComponent("lesson.md"))
        XCTAssertEqual(check(), [
            "course/01-alpha/lesson.md:7:4: lesson.md is not UTF-8 text: byte 0xE9 is not valid here (save the file as UTF-8)",
        ])
        // The rest of the lesson is still read.
        let (catalog, _) = Catalog.load(from: course)
        XCTAssertEqual(catalog.lessons.first?.pages.map(\.title), ["P"])
    }

    func test_invalidUTF8InExample_isReportedAtTheByteInTheExample() throws {
        let directory = try writeLesson(example: nil)
        try Data(Array("print('ok')\n# caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: directory.appendingPathComponent("x.py"))
        XCTAssertEqual(check(), [
            "course/01-alpha/x.py:2:6: not UTF-8 text: byte 0xE9 is not valid here (save the file as UTF-8)",
        ])
        XCTAssertEqual(Catalog.load(from: course).0.lessons.first?.unusableExamples, ["x.py"])
    }

    func test_invalidUTF8_columnCountsCharactersBeforeTheByte() {
        let data = Data(Array("ab\nxé漢".utf8) + [0xFF])
        XCTAssertEqual(InvalidUTF8.find(in: data), InvalidUTF8(line: 2, column: 4, byte: 0xFF))
        XCTAssertNil(InvalidUTF8.find(in: Data("fine é\n".utf8)))
    }

    // MARK: - Lessons with problems stay in the course

    func test_lessonWithProblems_staysInTheCatalog_carryingItsProblems() throws {
        try writeLesson("---\nid: alpha\ntitle: Alpha\nsummary: S\n---\n## P\nText.\n@hint\n", example: nil)
        let (catalog, diagnostics) = Catalog.load(from: course)
        XCTAssertEqual(diagnostics.map(\.description), ["course/01-alpha/lesson.md:8:1: hint is empty"])
        let lesson = try XCTUnwrap(catalog.lesson(id: "alpha"))
        XCTAssertEqual(lesson.problems, diagnostics)
        XCTAssertFalse(lesson.isBroken)
        XCTAssertEqual(lesson.pages.map(\.title), ["P"])
        XCTAssertEqual(catalog.problems, diagnostics)
    }

    func test_courseProblems_outsideAnyLesson_areInTheCatalogOnly() throws {
        try writeLesson()
        try FileManager.default.createDirectory(at: base.appendingPathComponent("course/Drafts"), withIntermediateDirectories: true)
        let (catalog, _) = Catalog.load(from: course)
        XCTAssertEqual(catalog.lessons.map(\.problems), [[]])
        XCTAssertEqual(catalog.problems.map(\.message), ["folder 'Drafts' is not named NN-id (two digits, '-', a lowercase id like 'threads')"])
    }

    // MARK: - The system reader

    func test_systemReader_namesWhatItFound() throws {
        let file = base.appendingPathComponent("f.txt")
        try Data("hi".utf8).write(to: file)
        XCTAssertEqual(FileReader.system.read(file), .contents(Data("hi".utf8)))
        XCTAssertEqual(FileReader.system.read(base.appendingPathComponent("none")), .missing)
        XCTAssertEqual(FileReader.system.read(base), .notAFile(kind: "a directory"))
        let fifo = base.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        XCTAssertEqual(FileReader.system.read(fifo), .notAFile(kind: "a FIFO (named pipe)"))
    }
}
