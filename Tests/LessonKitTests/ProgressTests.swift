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
        let loaded = store.load()
        XCTAssertNil(loaded.warning)
        XCTAssertEqual(loaded.progress, progress)
        XCTAssertEqual(loaded.progress.scroll["threads#2"], 14)
    }

    func test_store_missingFile_givesEmptyProgressWithoutWarning() {
        let loaded = ProgressStore(url: fileURL).load()
        XCTAssertEqual(loaded.progress, LearnerProgress())
        XCTAssertNil(loaded.warning)
        XCTAssertTrue(loaded.canSave)
    }

    func test_store_save_replacesAtomicallyAndLeavesNoTempFiles() throws {
        let store = ProgressStore(url: fileURL)
        var progress = LearnerProgress()
        try store.save(progress)
        progress.lastLessonID = "gil"
        try store.save(progress)
        let names = try FileManager.default.contentsOfDirectory(atPath: fileURL.deletingLastPathComponent().path)
        XCTAssertEqual(names, ["progress.json"])
        XCTAssertEqual(store.load().progress.lastLessonID, "gil")
    }

    private func writeCorrupt(_ text: String) throws {
        try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: fileURL)
    }

    func test_store_corruptFile_isMovedAsideAndReportedOnce() throws {
        try writeCorrupt("{ not json")
        let store = ProgressStore(url: fileURL)

        let first = store.load()
        XCTAssertEqual(first.progress, LearnerProgress())
        XCTAssertTrue(first.canSave)
        let backup = store.corruptURL(attempt: 1)
        XCTAssertEqual(first.warning, "Your progress file \(fileURL.path) was not used because it is not valid progress JSON. "
                       + "It was kept as \(backup.path); starting with no progress.")
        XCTAssertEqual(try String(contentsOf: backup, encoding: .utf8), "{ not json")

        let second = store.load()
        XCTAssertEqual(second.progress, LearnerProgress())
        XCTAssertNil(second.warning)

        try store.save(LearnerProgress())
        XCTAssertNil(store.load().warning)
    }

    func test_store_secondCorruption_keepsTheFirstBackup() throws {
        let store = ProgressStore(url: fileURL)
        try writeCorrupt("first")
        _ = store.load()
        try writeCorrupt("second")
        let warning = try XCTUnwrap(store.load().warning)
        XCTAssertTrue(warning.contains("kept as \(store.corruptURL(attempt: 2).path);"), warning)
        XCTAssertEqual(store.corruptURL(attempt: 2).lastPathComponent, "progress.json.corrupt-2")
        XCTAssertEqual(try String(contentsOf: store.corruptURL(attempt: 1), encoding: .utf8), "first")
        XCTAssertEqual(try String(contentsOf: store.corruptURL(attempt: 2), encoding: .utf8), "second")
    }

    func test_store_corruptFileThatCannotBeMoved_isLeftAlone_andSavingIsOff() throws {
        try writeCorrupt("{ precious")
        let store = ProgressStore(url: fileURL, move: { _, _ in EACCES })
        let loaded = store.load()
        XCTAssertFalse(loaded.canSave)
        XCTAssertEqual(loaded.warning, "Your progress file \(fileURL.path) was not used because it is not valid progress JSON. "
                       + "It could not be moved aside (permission denied), so it is left as it is and this session's "
                       + "progress is kept in memory only, not saved.")
        XCTAssertEqual(try String(contentsOf: fileURL, encoding: .utf8), "{ precious")
    }

    func test_store_unreadablePath_isReportedNotCrashing() throws {
        // A directory where the file should be cannot be read as data.
        try FileManager.default.createDirectory(at: fileURL, withIntermediateDirectories: true)
        let loaded = ProgressStore(url: fileURL).load()
        XCTAssertEqual(loaded.progress, LearnerProgress())
        XCTAssertEqual(loaded.warning?.contains("because it is a directory, not a file. It was kept as"), true, loaded.warning ?? "")
    }

    func test_store_saveIntoAPlaceThatIsNotAFolder_failsInPlainWordsWithThePath() throws {
        let blocker = directory.appendingPathComponent("concurrency-tutor")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: blocker)
        XCTAssertThrowsError(try ProgressStore(url: fileURL).save(LearnerProgress())) { error in
            XCTAssertEqual("\(error)", "cannot write \(blocker.path): it is not a folder")
        }
    }

    func test_store_saveIntoAnUnwritableFolder_failsInPlainWords() throws {
        if geteuid() == 0 { throw XCTSkip("running as root: a mode-555 folder stays writable (the not-a-folder test covers the wording)") }
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        XCTAssertThrowsError(try ProgressStore(url: fileURL).save(LearnerProgress())) { error in
            XCTAssertEqual("\(error)", "cannot write \(fileURL.path): permission denied")
        }
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
