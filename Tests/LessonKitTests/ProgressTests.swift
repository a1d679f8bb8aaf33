import XCTest
@testable import LessonKit

final class ProgressTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessonkit-tests-\(UUID().uuidString)", isDirectory: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private var fileURL: URL {
        directory.appendingPathComponent("concurrency-tutor").appendingPathComponent("progress.json")
    }

    private func lesson(pages: Int) -> Lesson {
        let dir = URL(fileURLWithPath: "/tmp/01-x")
        return Lesson(id: "x", title: "X", summary: "S", number: 1, directory: dir,
                      file: dir.appendingPathComponent("lesson.md"),
                      pages: (0..<pages).map { Page(title: "p\($0)", blocks: [], line: $0) })
    }

    func test_markRead_keepsSortedUniquePages() {
        var progress = LearnerProgress()
        progress.markRead("x", page: 2)
        progress.markRead("x", page: 0)
        progress.markRead("x", page: 2)
        XCTAssertEqual(progress.readPages["x"], [0, 2])
        XCTAssertTrue(progress.isRead("x", page: 0))
        XCTAssertFalse(progress.isRead("x", page: 1))
        XCTAssertFalse(progress.isRead("y", page: 0))
    }

    func test_status_newStartedDone() {
        var progress = LearnerProgress()
        let three = lesson(pages: 3)
        XCTAssertEqual(progress.status(of: three), .new)
        progress.markRead("x", page: 1)
        XCTAssertEqual(progress.status(of: three), .started)
        progress.markRead("x", page: 0)
        progress.markRead("x", page: 2)
        XCTAssertEqual(progress.status(of: three), .done)
    }

    func test_store_roundTrip() throws {
        let store = ProgressStore(url: fileURL)
        var progress = LearnerProgress()
        progress.lastLessonID = "threads"
        progress.lastPage["threads"] = 2
        progress.scroll[LearnerProgress.scrollKey("threads", page: 2)] = 14
        progress.markRead("threads", page: 1)
        try store.save(progress)
        let (loaded, warning) = store.load()
        XCTAssertNil(warning)
        XCTAssertEqual(loaded, progress)
        XCTAssertEqual(loaded.scroll["threads#2"], 14)
    }

    func test_store_missingFile_givesEmptyProgressWithoutWarning() {
        let (progress, warning) = ProgressStore(url: fileURL).load()
        XCTAssertEqual(progress, LearnerProgress())
        XCTAssertNil(warning)
    }

    func test_store_save_replacesAtomicallyAndLeavesNoTempFiles() throws {
        let store = ProgressStore(url: fileURL)
        var progress = LearnerProgress()
        try store.save(progress)
        progress.lastLessonID = "gil"
        try store.save(progress)
        let names = try FileManager.default.contentsOfDirectory(atPath: fileURL.deletingLastPathComponent().path)
        XCTAssertEqual(names, ["progress.json"])
        XCTAssertEqual(store.load().0.lastLessonID, "gil")
    }

    func test_store_corruptFile_isMovedAsideAndReportedOnce() throws {
        try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: fileURL)
        let store = ProgressStore(url: fileURL)

        let (first, warning) = store.load()
        XCTAssertEqual(first, LearnerProgress())
        let text = try XCTUnwrap(warning)
        XCTAssertTrue(text.contains("progress.json.corrupt"), text)
        XCTAssertEqual(try String(contentsOf: store.corruptURL, encoding: .utf8), "{ not json")

        let (second, secondWarning) = store.load()
        XCTAssertEqual(second, LearnerProgress())
        XCTAssertNil(secondWarning)

        try store.save(LearnerProgress())
        XCTAssertNil(store.load().warning)
    }

    func test_store_unreadablePath_isReportedNotCrashing() throws {
        // A directory where the file should be cannot be read as data.
        try FileManager.default.createDirectory(at: fileURL, withIntermediateDirectories: true)
        let (progress, warning) = ProgressStore(url: fileURL).load()
        XCTAssertEqual(progress, LearnerProgress())
        XCTAssertNotNil(warning)
    }

    func test_decode_toleratesMissingKeys() throws {
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(#"{"lastLessonID":"gil"}"#.utf8))
        XCTAssertEqual(progress.lastLessonID, "gil")
        XCTAssertEqual(progress.readPages, [:])
    }

    func test_defaultURL_usesXDGDataHome() {
        let url = ProgressStore.defaultURL(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ada"])
        XCTAssertEqual(url.path, "/data/concurrency-tutor/progress.json")
    }

    func test_defaultURL_fallsBackToLocalShare() {
        XCTAssertEqual(ProgressStore.defaultURL(environment: ["HOME": "/home/ada"]).path,
                       "/home/ada/.local/share/concurrency-tutor/progress.json")
        XCTAssertEqual(ProgressStore.defaultURL(environment: ["HOME": "/home/ada", "XDG_DATA_HOME": ""]).path,
                       "/home/ada/.local/share/concurrency-tutor/progress.json")
        XCTAssertEqual(ProgressStore.defaultURL(environment: ["HOME": "/home/ada", "XDG_DATA_HOME": "rel"]).path,
                       "/home/ada/.local/share/concurrency-tutor/progress.json")
    }
}
