import Foundation
import LessonKit
import Machine
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

    func check(_ name: String, _ source: String, out: String? = nil,
               options: ExampleChecker.Options = ExampleChecker.Options()) throws -> [String] {
        let url = try write(name, source)
        if let out { _ = try write(name.replacingOccurrences(of: ".py", with: ".out"), out) }
        return ExampleChecker.check(source: source, url: url, display: "lesson/\(name)", options: options).map(\.description)
    }

    /// The python3 3.11 on PATH, or a skip.
    func python3() throws -> String {
        guard let path = ExampleChecker.resolveExecutable("python3"), ExampleChecker.pythonVersion(path) == "3.11" else {
            throw XCTSkip("no python3 3.11 on PATH")
        }
        return path
    }

    func test_kind_comesFromTheMarkerLine() {
        XCTAssertEqual(ExampleChecker.kind(of: "print(1)\n"), .deterministic)
        XCTAssertEqual(ExampleChecker.kind(of: "\"\"\"Doc.\"\"\"\n# nondeterministic\nprint(1)\n"), .nondeterministic)
        XCTAssertEqual(ExampleChecker.kind(of: "# expect: deadlock\n"), .deadlock)
        XCTAssertEqual(ExampleChecker.kind(of: "x = 1  # nondeterministic\n"), .deterministic)
    }

    /// A course folder with one lesson and its Chinese translation, for the catalog-wide check.
    func translatedCourse(example: String, translated: String, out: String?) throws -> Catalog {
        let lesson = folder.appendingPathComponent("01-demo")
        try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
        let page = "---\nid: demo\ntitle: T\nsummary: S.\n---\n\n## P\n\n@example demo.py\n"
        try page.write(to: lesson.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
        try page.replacingOccurrences(of: "title: T", with: "title: 题").write(to: lesson.appendingPathComponent("lesson.zh.md"), atomically: true, encoding: .utf8)
        try example.write(to: lesson.appendingPathComponent("demo.py"), atomically: true, encoding: .utf8)
        try translated.write(to: lesson.appendingPathComponent("demo.zh.py"), atomically: true, encoding: .utf8)
        if let out { try out.write(to: lesson.appendingPathComponent("demo.out"), atomically: true, encoding: .utf8) }
        let (catalog, problems) = Catalog.load(from: folder)
        XCTAssertEqual(problems, [])
        return catalog
    }

    func test_translatedExample_runs_andIsHeldToTheOriginalsMarkerAndOutput() throws {
        // The marker comment is translated away: the copy still must deadlock, as the original promises.
        let deadlock = "import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()  # expect: deadlock\n"
        let original = "# expect: deadlock\n" + deadlock
        let catalog = try translatedCourse(example: original, translated: "# 预期：死锁\n" + deadlock, out: nil)
        let report = ExampleChecker.check(catalog, options: ExampleChecker.Options())
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.ran, 1)
    }

    func test_translatedExample_whoseOutputDiffers_isReportedAtTheTranslation() throws {
        // Same code, but it prints its own file name: the copy's output is not the recorded one.
        let code = "import sys\nprint(sys.argv[0].rsplit('/', 1)[-1])\n"
        let catalog = try translatedCourse(example: code, translated: code.replacingOccurrences(of: "import sys", with: "import sys  # 导入"),
                                           out: "demo.py\n")
        let problems = ExampleChecker.check(catalog, options: ExampleChecker.Options()).problems.map(\.description)
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.hasSuffix("01-demo/demo.zh.py:1:1: the tutor's output differs from demo.out: line 1: expected 'demo.py', got 'demo.zh.py'") == true,
                      "\(problems)")
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
        let url = try write("tk.py", "import tkinter\nprint('hi')\n")
        let outcome = ExampleChecker.examine(source: "import tkinter\nprint('hi')\n", url: url, display: "l/tk.py",
                                             options: ExampleChecker.Options(plannedModules: ["tkinter"]))
        XCTAssertEqual(outcome, .notRun(module: "tkinter"))
        // A module that is not planned is a plain failure.
        XCTAssertEqual(try check("typo.py", "# nondeterministic\nimport threadding\n"),
                       ["lesson/typo.py:1:1: failed in the tutor (exit 1): ModuleNotFoundError: No module named 'threadding'"])
    }

    func test_nondeterministicMarker_mayGiveItsReason() {
        XCTAssertEqual(ExampleChecker.kind(of: "# nondeterministic: the count varies\n"), .nondeterministic)
    }

    func test_python3_isTheOracle_whenAskedFor() throws {
        let options = ExampleChecker.Options(python3: try python3())
        let source = "d = {'b': 2, 'a': 1}\nprint(d, 2 ** 100, 1e-05, [x * x for x in range(4)])\n"
        let stale = try check("oracle.py", source, out: "something else\n", options: options)
        XCTAssertEqual(stale.count, 1, "\(stale)")
        XCTAssertTrue(stale[0].contains("differs from oracle.out"), stale[0])
        let recorded = "{'b': 2, 'a': 1} 1267650600228229401496703205376 1e-05 [0, 1, 4, 9]\n"
        XCTAssertEqual(try check("oracle2.py", source, out: recorded, options: options), [])
    }

    // MARK: - Limits and the host

    func test_endlessLoop_isStoppedByTheStepBudget_withAClearProblem() throws {
        var options = ExampleChecker.Options()
        options.runOptions.maxSteps = 200_000
        XCTAssertEqual(try check("spin.py", "n = 0\nwhile True:\n    n += 1\n", options: options),
                       ["lesson/spin.py:1:1: did not finish within the check's step budget of 200,000 steps (an endless loop?)"])
    }

    func test_engineOptions_applyToEveryExample() throws {
        let source = "import sys\ntry:\n    x = [0] * 10**7\nexcept MemoryError:\n    print('MemoryError')\nprint(sys.getswitchinterval())\n"
        XCTAssertEqual(try check("big.py", source, out: "0.005\n"), [])
        var options = ExampleChecker.Options()
        options.runOptions.memoryLimit = 1 << 20
        options.runOptions.switchInterval = 0.25
        XCTAssertEqual(try check("big.py", source, out: "MemoryError\n0.25\n", options: options), [])
    }

    func test_childRun_getsTheStepBudget_andOnlyTheEngineOptionsThatDifferFromRunsDefaults() {
        XCTAssertEqual(ExampleChecker.commandLine(ExampleChecker.Options().runOptions), ["--max-steps", "500000000"])
        let options = RunOptions(seed: 7, maxSteps: 10, cores: 2, switchInterval: 0.25, switchPoints: .every, noGIL: true,
                                 memoryLimit: 1 << 20)
        XCTAssertEqual(ExampleChecker.commandLine(options),
                       ["--max-steps", "10", "--seed", "7", "--cores", "2", "--switch-interval", "0.25",
                        "--switch-points", "every", "--no-gil", "--max-memory", "1048576"])
    }

    func test_withoutPython3_lessonCodeNeverRunsOnTheHost() throws {
        // In the engine, open() reaches a per-run virtual file system (or fails): never the host's.
        let source = "# nondeterministic\ntry:\n    open('made-by-lesson.txt', 'w').write('x')\nexcept OSError:\n    pass\n"
        _ = try check("writes.py", source)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("made-by-lesson.txt").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/made-by-lesson.txt"))
    }

    func test_python3_runsInAFreshTemporaryFolder_soItsFilesDoNotLandBesideTheLesson() throws {
        let options = ExampleChecker.Options(python3: try python3())
        let source = "import os\nopen('made-by-lesson.txt', 'w').write('x')\nprint(sorted(os.listdir('.')))\n"
        let problems = try check("writer.py", source, out: "['made-by-lesson.txt', 'writer.py']\n", options: options)
        // The engine's sandbox has no os module yet: only python3's output matters here.
        XCTAssertFalse(problems.contains { $0.contains("differs from python3") && $0.contains("writer.out") }, "\(problems)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("made-by-lesson.txt").path))
    }

    func test_python3_thatIgnoresSIGTERM_isKilledAtTheTimeLimit() throws {
        let fake = try write("fake-python3", "#!/bin/sh\ntrap '' TERM\nwhile :; do sleep 1; done\n")
        XCTAssertEqual(chmod(fake.path, 0o755), 0)
        var options = ExampleChecker.Options(python3: fake.path)
        options.limits.seconds = 1
        let started = Date()
        XCTAssertEqual(try check("ok.py", "print(1)\n", out: "1\n", options: options),
                       ["lesson/ok.py:1:1: python3 did not finish within the check's time limit of 1 s (stopped with SIGKILL)"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func test_python3_failing_isAProblem() throws {
        let fake = try write("failing-python3", "#!/bin/sh\necho 'Boom: no' >&2\nexit 2\n")
        XCTAssertEqual(chmod(fake.path, 0o755), 0)
        XCTAssertEqual(try check("ok.py", "print(1)\n", out: "1\n", options: ExampleChecker.Options(python3: fake.path)),
                       ["lesson/ok.py:1:1: python3 exited 2: Boom: no"])
    }

    func test_python3_withoutAThirdPartyModule_saysNotCompared_otherModulesFail() throws {
        let fake = try write("bare-python3", "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'gevent'\" >&2\nexit 1\n")
        XCTAssertEqual(chmod(fake.path, 0o755), 0)
        XCTAssertEqual(try check("ok.py", "print(1)\n", out: "1\n", options: ExampleChecker.Options(python3: fake.path)),
                       ["lesson/ok.py:1:1: not compared with python3: its python3 has no module 'gevent' (run check with a Python that has it, e.g. a venv's)"])
        let typo = try write("typo-python3", "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'geventt'\" >&2\nexit 1\n")
        XCTAssertEqual(chmod(typo.path, 0o755), 0)
        XCTAssertEqual(try check("ok.py", "print(1)\n", out: "1\n", options: ExampleChecker.Options(python3: typo.path)),
                       ["lesson/ok.py:1:1: python3 exited 1: ModuleNotFoundError: No module named 'geventt'"])
    }

    func test_unreadableExample_isReportedNotSkipped() throws {
        // Reading is the checker's own: an example that vanished after the lesson was loaded.
        let course = folder.appendingPathComponent("course")
        let lesson = course.appendingPathComponent("01-alpha")
        try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
        try Data("---\nid: alpha\ntitle: A\nsummary: S\n---\n## P\n@example x.py\n".utf8).write(to: lesson.appendingPathComponent("lesson.md"))
        try Data("print(1)\n".utf8).write(to: lesson.appendingPathComponent("x.py"))
        let (catalog, problems) = Catalog.load(from: course)
        XCTAssertEqual(problems, [])
        try FileManager.default.removeItem(at: lesson.appendingPathComponent("x.py"))
        let report = ExampleChecker.check(catalog, options: ExampleChecker.Options())
        XCTAssertEqual(report.problems.map(\.message), ["not run: the file does not exist"])
    }
}
