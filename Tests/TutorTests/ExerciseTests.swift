import Foundation
import LessonKit
import Machine
import XCTest
@testable import Tutor

/// The fix-it exercises (issue 24 item 5): the real `Exercises/` folder loads clean, each
/// broken program is refused and each reference solution (`Tests/Exercises/`) accepted, and a
/// "fix" that removes the threads is refused.
final class ExerciseTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let solutions = packageRoot.appendingPathComponent("Tests/Exercises")

    /// A smaller search than the learner's (the debug build is slow): the broken programs fail
    /// within it, so the full budget fails them too; the full budget for the solutions is run by
    /// Tests/e2e/cli.sh on the release build.
    static let testBudget: ExerciseBudget = {
        var budget = ExerciseBudget()
        budget.runsPerMode = 40
        budget.secondsPerMode = 120
        return budget
    }()

    private func loadReal(file: StaticString = #filePath, line: UInt = #line) -> ExerciseSet {
        let (set, problems) = ExerciseSet.load(from: Self.packageRoot.appendingPathComponent("Exercises"))
        XCTAssertEqual(problems.map(\.description), [], file: file, line: line)
        return set
    }

    func test_realExercises_loadWithoutProblems_inOrder_withBothLanguages() {
        let set = loadReal()
        XCTAssertEqual(set.exercises.map(\.name), ["race", "deadlock", "lost-wakeup", "unsafe-flag", "missing-join", "queue-shutdown"])
        for exercise in set.exercises {
            XCTAssertNotEqual(exercise.title(.zh), exercise.title(.en), exercise.name)
            XCTAssertNotEqual(exercise.hint(.zh), exercise.hint(.en), exercise.name)
            XCTAssertNotEqual(exercise.explanation(.zh), exercise.explanation(.en), exercise.name)
            XCTAssertFalse(exercise.expectedOutput.isEmpty, exercise.name)
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.solutions.appendingPathComponent("\(exercise.name).py").path),
                          "\(exercise.name) has no reference solution")
        }
    }

    func test_brokenPrograms_areRefused_byTheExplorer() {
        for exercise in loadReal().exercises {
            let report = ExerciseChecker.check(path: exercise.program.path, exercise: exercise, budget: Self.testBudget)
            XCTAssertFalse(report.passed, exercise.name)
            // The first run may be right (the bug needs a bad schedule); then the explorer must find one.
            if report.problems.isEmpty { XCTAssertNotNil(report.failure, exercise.name) }
        }
    }

    func test_referenceSolutions_areAccepted() {
        for exercise in loadReal().exercises {
            let path = Self.solutions.appendingPathComponent("\(exercise.name).py").path
            let report = ExerciseChecker.check(path: path, exercise: exercise, budget: Self.testBudget)
            XCTAssertEqual(report.problems, [], exercise.name)
            XCTAssertNil(report.failure.map { "\($0.failure.kind) in \($0.mode)" }, exercise.name)
            XCTAssertEqual(report.runs, 2 * Self.testBudget.runsPerMode, "\(exercise.name): both modes searched in full")
            XCTAssertTrue(report.passed, exercise.name)
        }
    }

    func test_aFixThatRemovesTheThreads_isRefused_withTheThreadCount() throws {
        guard let race = loadReal().exercise(named: "race") else { return XCTFail("no race exercise") }
        let path = try temporaryProgram("counter = 0\nfor _ in range(200):\n    counter += 1\nprint(counter)\n")
        let report = ExerciseChecker.check(path: path, exercise: race, budget: Self.testBudget)
        XCTAssertEqual(report.problems, [.threads(started: 0, required: 2)])
        XCTAssertFalse(report.passed)
        XCTAssertEqual(report.runs, 0, "no search when the first run already fails")
    }

    func test_threadCount_countsThreadsBesidesMain() throws {
        guard let flag = loadReal().exercise(named: "unsafe-flag") else { return XCTFail("no unsafe-flag exercise") }
        let report = ExerciseChecker.check(path: Self.solutions.appendingPathComponent("unsafe-flag.py").path, exercise: flag,
                                           budget: Self.testBudget)
        XCTAssertEqual(report.threadsStarted, 3)
    }

    func test_wrongOutput_andStatus_areBothReported() throws {
        guard let race = loadReal().exercise(named: "race") else { return XCTFail("no race exercise") }
        let path = try temporaryProgram("import threading\nt = threading.Thread(target=print)\nt.start(); t.join()\nt2 = threading.Thread(target=print)\nt2.start(); t2.join()\nraise SystemExit(3)\n")
        let report = ExerciseChecker.check(path: path, exercise: race, budget: Self.testBudget)
        XCTAssertEqual(report.problems, [.status(3), .output])
        let text = ExerciseStrings.english.report(report, path: path)
        XCTAssertTrue(text.contains("✗ it exited with status 3; it must exit with 0"), text)
        XCTAssertTrue(text.contains("✗ its output is not what it must print"), text)
    }

    func test_withoutAnExercise_onlyTheProgramsOwnFailuresCount() throws {
        let racy = Self.packageRoot.appendingPathComponent("Tests/Explore/counter_call.py").path
        let report = ExerciseChecker.check(path: racy, exercise: nil, budget: Self.testBudget)
        XCTAssertEqual(report.failure?.failure.kind, .exception("AssertionError"))
        let text = ExerciseStrings.english.report(report, path: racy)
        XCTAssertTrue(text.contains("concurrency-tutor watch \(racy) --schedule v1:"), text)
    }

    // MARK: - exercise.txt

    func test_fields_continueOnIndentedLines_keepingParagraphs() {
        let (fields, problems) = ExerciseSet.parseFields("# c\nthreads: 2\nhint:\n  one\n    two\n\n  three\n\ntitle: T\n")
        XCTAssertTrue(problems.isEmpty)
        XCTAssertEqual(fields.map(\.key), ["threads", "hint", "title"])
        XCTAssertEqual(fields[1].value, "one\n  two\n\nthree")
        XCTAssertEqual(fields[2].line, 9)
    }

    func test_aBrokenExerciseFolder_isLeftOut_withEveryProblem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exercises-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("01-bad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "threads: many\ncolour: red\ntitle: T\nhint: H\nexplanation: E\n  more\n".write(to: folder.appendingPathComponent("exercise.txt"),
                                                                                        atomically: true, encoding: .utf8)
        let (set, problems) = ExerciseSet.load(from: root)
        XCTAssertEqual(set.exercises, [])
        let messages = problems.map { "\(($0.path as NSString).lastPathComponent):\($0.line): \($0.message)" }
        XCTAssertTrue(messages.contains("exercise.txt:1: threads must be a whole number of at least 1, not 'many'"), "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("exercise.txt:2: unknown key 'colour'") }, "\(messages)")
        XCTAssertTrue(messages.contains("exercise.txt:1: title.zh is missing or empty"), "\(messages)")
        XCTAssertTrue(messages.contains("bad.py:1: the broken program bad.py is missing"), "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("expected.out:1: expected.out is missing") }, "\(messages)")
    }

    // MARK: - Progress and the save watcher

    func test_progress_keepsSolvedExercises_andReadsOlderFiles() throws {
        var progress = LearnerProgress()
        progress.markExercise("race", solved: true)
        progress.markExercise("deadlock", solved: true)
        progress.markExercise("race", solved: true)
        XCTAssertEqual(progress.solvedExercises, ["deadlock", "race"])
        let decoded = try JSONDecoder().decode(LearnerProgress.self, from: JSONEncoder().encode(progress))
        XCTAssertEqual(decoded.solvedExercises, ["deadlock", "race"])
        progress.markExercise("race", solved: false)
        XCTAssertEqual(progress.solvedExercises, ["deadlock"])
        let old = try JSONDecoder().decode(LearnerProgress.self, from: Data(#"{"lastPage": {}}"#.utf8))
        XCTAssertEqual(old.solvedExercises, [])
    }

    func test_saveWatcher_reportsASave_evenWithinTheSameSecond() throws {
        let path = try temporaryProgram("print(1)\n")
        let watcher = SaveWatcher(path: path, intervalMilliseconds: 20, readsInput: false)
        let done = expectation(description: "saved")
        DispatchQueue.global().async {
            XCTAssertEqual(watcher.next(), .saved)
            done.fulfill()
        }
        try "print(22)\n".write(toFile: path, atomically: true, encoding: .utf8)
        wait(for: [done], timeout: 30)
    }

    private func temporaryProgram(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exercise-\(UUID().uuidString).py")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }
}
