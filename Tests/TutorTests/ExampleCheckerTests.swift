import Foundation
import XCTest
@testable import Tutor

/// The checker's promises about lesson examples, on files written to a temporary folder.
final class ExampleCheckerTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("example-checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func check(_ name: String, _ source: String, out: String? = nil, python3: String? = nil) throws -> [String] {
        let url = try write(name, source)
        if let out { _ = try write(name.replacingOccurrences(of: ".py", with: ".out"), out) }
        return ExampleChecker.check(source: source, url: url, display: "lesson/\(name)", python3: python3).map(\.description)
    }

    func test_kind_comesFromTheMarkerLine() {
        XCTAssertEqual(ExampleChecker.kind(of: "print(1)\n"), .deterministic)
        XCTAssertEqual(ExampleChecker.kind(of: "\"\"\"Doc.\"\"\"\n# nondeterministic\nprint(1)\n"), .nondeterministic)
        XCTAssertEqual(ExampleChecker.kind(of: "# expect: deadlock\n"), .deadlock)
        XCTAssertEqual(ExampleChecker.kind(of: "x = 1  # nondeterministic\n"), .deterministic)
    }

    func test_deterministic_matchingRecordedOutput_passes() throws {
        XCTAssertEqual(try check("ok.py", "print(sum(range(10)))\n", out: "45\n"), [])
    }

    func test_deterministic_differentOutput_namesTheFirstDifferingLine() throws {
        let problems = try check("drift.py", "print('a')\nprint('b')\n", out: "a\nc\n")
        XCTAssertEqual(problems, ["lesson/drift.py:1:1: the tutor's output differs from drift.out: line 2: expected 'c', got 'b'"])
    }

    func test_deterministic_withoutRecordedOutput_isAProblem() throws {
        let problems = try check("bare.py", "print(1)\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("without recorded output: run `python3 bare.py > bare.out`"), problems[0])
    }

    func test_crash_isReportedWithTheExceptionLine() throws {
        let problems = try check("boom.py", "# nondeterministic\nprint(1 / 0)\n")
        XCTAssertEqual(problems, ["lesson/boom.py:1:1: failed in the tutor (exit 1): ZeroDivisionError: division by zero"])
    }

    func test_deadlockMarker_onAProgramThatEnds_isAProblem() throws {
        let problems = try check("calm.py", "# expect: deadlock\nprint('fine')\n")
        XCTAssertEqual(problems, ["lesson/calm.py:1:1: marked '# expect: deadlock' but the tutor exited 0"])
    }

    func test_exampleNeedingAPlannedModule_isNotRun_andSaysWhichModule() throws {
        let url = try write("fork.py", "import multiprocessing\nprint('hi')\n")
        let outcome = ExampleChecker.examine(source: "import multiprocessing\nprint('hi')\n", url: url, display: "l/fork.py", python3: nil)
        XCTAssertEqual(outcome, .notRun(module: "multiprocessing"))
        // A module that is not planned is a plain failure.
        XCTAssertEqual(try check("typo.py", "# nondeterministic\nimport threadding\n"),
                       ["lesson/typo.py:1:1: failed in the tutor (exit 1): ModuleNotFoundError: No module named 'threadding'"])
    }

    func test_nondeterministicMarker_mayGiveItsReason() {
        XCTAssertEqual(ExampleChecker.kind(of: "# nondeterministic: the count varies\n"), .nondeterministic)
    }

    func test_python3_isTheOracle_whenInstalled() throws {
        guard let python3 = ExampleChecker.findPython3() else { throw XCTSkip("no python3 3.11 on PATH") }
        let source = "d = {'b': 2, 'a': 1}\nprint(d, 2 ** 100, 1e-05, [x * x for x in range(4)])\n"
        let stale = try check("oracle.py", source, out: "something else\n", python3: python3)
        XCTAssertEqual(stale.count, 1, "\(stale)")
        XCTAssertTrue(stale[0].contains("differs from oracle.out"), stale[0])
        let recorded = "{'b': 2, 'a': 1} 1267650600228229401496703205376 1e-05 [0, 1, 4, 9]\n"
        XCTAssertEqual(try check("oracle2.py", source, out: recorded, python3: python3), [])
    }
}
