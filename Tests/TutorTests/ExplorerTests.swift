import Foundation
@testable import Machine
import Trace
import XCTest
@testable import Tutor

/// The schedule explorer (issue 24): the four buggy programs of Tests/Explore are found and
/// their schedules replay to the same failure; correct programs give no false alarm.
final class ExplorerTests: XCTestCase {
    static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Explore")

    private func request(_ name: String, _ options: RunOptions = RunOptions(), strategy: ExploreStrategy? = nil, runs: Int = 3_000,
                         maxPreemptions: Int = ExploreRequest.defaultMaxPreemptions) throws -> ExploreRequest {
        let path = Self.programs.appendingPathComponent(name).path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        return ExploreRequest(path: name, source: source, options: options, strategy: strategy, runs: runs,
                              maxPreemptions: maxPreemptions, timeLimit: 600)
    }

    /// Explores `name`, expects a failure of `kind`, and replays its schedule strictly: the same
    /// output and status.
    private func assertFound(_ name: String, _ kind: FailureKind, _ options: RunOptions = RunOptions(),
                             strategy: ExploreStrategy? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let req = try request(name, options, strategy: strategy)
        guard case .found(let failure) = Explorer(req).explore() else {
            return XCTFail("\(name): no failure found", file: file, line: line)
        }
        XCTAssertEqual(failure.kind, kind, file: file, line: line)
        XCTAssertGreaterThan(failure.schedule.preemptions, 0, "a failure that needs no preemption is no race", file: file, line: line)
        let text = failure.schedule.text
        guard case .success(let parsed) = Schedule.parse(text) else { return XCTFail("unparsable: \(text)", file: file, line: line) }
        XCTAssertEqual(parsed, failure.schedule, file: file, line: line)
        let replay = ProgramRun.run(path: req.path, source: req.source, arguments: [], options: parsed.options, schedule: parsed)
        XCTAssertEqual(replay.status, failure.result.status, file: file, line: line)
        XCTAssertEqual(replay.stdout, failure.result.stdout, file: file, line: line)
        XCTAssertEqual(String(decoding: replay.stderr, as: UTF8.self), String(decoding: failure.result.stderr, as: UTF8.self),
                       file: file, line: line)
        // Without the schedule the program passes: the failure is the schedule's doing.
        let plain = ProgramRun.run(path: req.path, source: req.source, arguments: [], options: parsed.options)
        XCTAssertEqual(plain.status, 0, file: file, line: line)
    }

    func test_explore_counterWithACallBetweenReadAndWrite_losesAnUpdate() throws {
        try assertFound("counter_call.py", .exception("AssertionError"))
    }

    func test_explore_oppositeOrderTransfers_deadlock() throws {
        try assertFound("bank_transfer.py", .deadlock)
    }

    func test_explore_conditionCheckedWithIf_popsFromAnEmptyList() throws {
        try assertFound("condition_if.py", .exception("IndexError"))
    }

    func test_explore_twoFlagMutualExclusion_letsBothIn_underEveryInstructionSwitching() throws {
        try assertFound("two_flags.py", .exception("AssertionError"), RunOptions(switchPoints: .every))
    }

    func test_explore_fixedPrograms_noFalseAlarm_inBothSwitchPointModes() throws {
        for name in ["locked_counter.py", "bank_transfer_ordered.py"] {
            for mode in SwitchPoints.allCases {
                let outcome = Explorer(try request(name, RunOptions(switchPoints: mode), runs: 150)).explore()
                guard case .passed(let runs, _) = outcome else {
                    return XCTFail("\(name), \(mode): false alarm \(outcome.report(path: name).text)")
                }
                XCTAssertEqual(runs, 150)
            }
        }
    }

    func test_dfs_coversATinyProgram_andSaysSo() throws {
        let source = """
        import threading
        def work():
            x = 1
        t = threading.Thread(target=work)
        t.start()
        t.join()
        print("ok")
        """
        let req = ExploreRequest(path: "tiny.py", source: source, strategy: .dfs, runs: 5_000, maxPreemptions: 1, timeLimit: 600)
        guard case .passed(let runs, let exhausted?) = Explorer(req).explore() else { return XCTFail("not exhausted") }
        XCTAssertEqual(exhausted.bound, 1)
        XCTAssertGreaterThan(exhausted.schedules, 1, "one preemption offers more than one schedule")
        XCTAssertLessThanOrEqual(exhausted.schedules, runs)
        let text = Explorer(req).explore().report(path: "tiny.py").text
        XCTAssertTrue(text.contains("exhausted: all \(exhausted.schedules) schedules with at most 1 preemption pass"), text)
    }

    func test_sameOutput_findsAnOrderThatPrintsDifferently() throws {
        let source = """
        import threading
        def say(word):
            print(word)
        ts = [threading.Thread(target=say, args=(w,)) for w in ("a", "b")]
        for t in ts: t.start()
        for t in ts: t.join()
        """
        let req = ExploreRequest(path: "order.py", source: source, runs: 2_000, timeLimit: 600, expected: .sameAsFirst)
        guard case .found(let failure) = Explorer(req).explore() else { return XCTFail("not found") }
        XCTAssertEqual(failure.kind, .differentOutput)
        XCTAssertEqual(String(decoding: failure.result.stdout, as: UTF8.self), "b\na\n")
    }

    func test_report_found_printsKindRunsOutputPreemptionsAndSchedule() throws {
        var decisions = ChoiceLog()
        decisions.appendAutomatic(count: 2)
        decisions.appendPreemption(step: 40, thread: ThreadID(1))
        let failure = ExploreFailure(kind: .deadlock, run: 7, result: RunResult(stdout: Array("out\n".utf8), stderr: Array("err".utf8), status: 3),
                                     schedule: Schedule(options: RunOptions(), decisions: decisions, steps: 99))
        let (text, status) = ExploreOutcome.found(failure).report(path: "p.py")
        XCTAssertEqual(status, 1)
        XCTAssertEqual(text, """
        found: deadlock after 7 runs
        --- output of the failing run ---
        out
        err
        ---
        preemptions: 1
        schedule: v1:cpython:a2,p40t1:99
        replay: concurrency-tutor run p.py --schedule v1:cpython:a2,p40t1:99

        """)
        XCTAssertEqual(ExploreOutcome.passed(runs: 12, exhausted: nil).report(path: "p.py").text, "no failure in 12 runs\n")
    }
}
