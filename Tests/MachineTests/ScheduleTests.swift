import Trace
import XCTest
@testable import Machine

/// Schedules as strings: the text form, exact replay, and a clear error naming the step when a
/// schedule does not fit the program.
final class ScheduleTests: XCTestCase {
    /// Two threads that each add to a counter with a call between the read and the write.
    let counter = """
    import threading
    counter = 0
    def step():
        pass
    def work():
        global counter
        for _ in range(20):
            v = counter
            step()
            counter = v + 1
    ts = [threading.Thread(target=work) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(counter)
    """

    /// Preempts at the `n`-th switch point where another thread waits, to the first waiter;
    /// a free GIL goes to the newest thread.
    final class PreemptAt: ScheduleDriver {
        let targets: Set<Int>
        var seen = 0
        init(_ targets: Set<Int>) { self.targets = targets }
        func nextQuestion(after step: Int) -> Int { step + 1 }
        func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID? {
            defer { seen += 1 }
            return targets.contains(seen) ? waiting[0] : nil
        }
        func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int { candidates.indices.max { candidates[$0] < candidates[$1] }! }
    }

    /// `log` with the preemption `old` moved to `step` and handed to `thread`.
    private func replacing(_ old: ChoiceLog.Pick, in log: ChoiceLog, step: Int, thread: ThreadID) -> ChoiceLog {
        var out = ChoiceLog()
        var next = 0
        for pick in log.picks {
            out.appendAutomatic(count: pick.index - next)
            if pick == old {
                out.appendPreemption(step: step, thread: thread)
            } else if let s = pick.step {
                out.appendPreemption(step: s, thread: pick.thread)
            } else {
                out.appendPick(pick.thread)
            }
            next = pick.index + 1
        }
        out.appendAutomatic(count: log.count - next)
        return out
    }

    private func run(_ source: String, schedule: Schedule) -> RunResult {
        ProgramRun.run(path: "p.py", source: source, arguments: [], options: schedule.options, schedule: schedule)
    }

    func test_text_roundTrips_withOptionsAndEveryKindOfDecision() throws {
        var log = ChoiceLog()
        log.appendAutomatic(count: 3)
        log.appendPick(ThreadID(2))
        log.appendPreemption(step: 812, thread: ThreadID(1))
        log.appendAutomatic(count: 1)
        let schedule = Schedule(options: RunOptions(seed: 7, switchInterval: 0.001, switchPoints: .every), decisions: log, steps: 4410)
        XCTAssertEqual(schedule.text, "v1:every,seed=7,si=0.001:a3,t2,p812t1,a1:4410")
        XCTAssertEqual(try Schedule.parse(schedule.text).get(), schedule)
        XCTAssertEqual(schedule.preemptions, 1)
    }

    func test_parse_badText_saysWhatIsWrong() {
        let cases = [
            ("v2:cpython::1", "it must start with 'v1:'"),
            ("v1:cpython:1", "it has 3 parts"),
            ("v1:fast::1", "unknown option 'fast'"),
            ("v1:cpython:x3:1", "decision item 1 'x3' is none of aN, tK, pStK"),
            ("v1:cpython:a1,p5:1", "decision item 2 'p5' is not a preemption"),
            ("v1:cpython:p9t1,p4t1:1", "preempts at step 4, not after the previous one (9)"),
            ("v1:cpython::many", "its last part 'many' is not a step count"),
        ]
        for (text, message) in cases {
            guard case .failure(let error) = Schedule.parse(text) else { XCTFail("\(text) parsed"); continue }
            XCTAssertTrue(error.description.hasPrefix("bad schedule: "), error.description)
            XCTAssertTrue(error.message.contains(message), "\(text): \(error.message)")
        }
    }

    /// The first single preemption (by question number) that makes the counter lose an update.
    private func losingRun() -> SteeredRun? {
        for n in 0..<80 {
            let r = ProgramRun.runSteered(path: "p.py", source: counter, arguments: [], options: RunOptions(), driver: PreemptAt([n]))
            if String(decoding: r.result.stdout, as: UTF8.self) != "40\n" { return r }
        }
        return nil
    }

    func test_steeredRun_replaysExactly_andTheHookAloneChangesNothing() throws {
        let plain = ProgramRun.run(path: "p.py", source: counter, arguments: [])
        let asked = ProgramRun.runSteered(path: "p.py", source: counter, arguments: [], options: RunOptions(), driver: PreemptAt([]))
        XCTAssertEqual(asked.result.stdout, plain.stdout, "asking at every switch point must not change the run")
        XCTAssertEqual(asked.schedule.steps, ProgramRun.runSteered(path: "p.py", source: counter, arguments: [], options: RunOptions(),
                                                                   driver: nil).schedule.steps)
        XCTAssertEqual(String(decoding: plain.stdout, as: UTF8.self), "40\n")
        XCTAssertEqual(asked.schedule.preemptions, 0)

        let steered = try XCTUnwrap(losingRun(), "one preemption at the call between read and write loses an update")
        XCTAssertEqual(steered.schedule.preemptions, 1)
        let replay = run(counter, schedule: try Schedule.parse(steered.schedule.text).get())
        XCTAssertEqual(replay.stdout, steered.result.stdout)
        XCTAssertEqual(replay.status, 0)
        XCTAssertEqual(replay.stderr, [])
    }

    func test_replay_scheduleThatDoesNotFit_stopsWithStatus2AndNamesTheStep() throws {
        let steered = try XCTUnwrap(losingRun())
        guard let preemption = steered.schedule.decisions.picks.first(where: { $0.step != nil }), let step = preemption.step else {
            return XCTFail("no preemption")
        }
        let wrongThread = replacing(preemption, in: steered.schedule.decisions, step: step, thread: ThreadID(9))
        let r1 = run(counter, schedule: Schedule(options: RunOptions(), decisions: wrongThread, steps: steered.schedule.steps))
        XCTAssertEqual(r1.status, 2)
        XCTAssertTrue(String(decoding: r1.stderr, as: UTF8.self).contains(
            "concurrency-tutor: schedule does not fit the program at step \(step): the schedule hands the GIL to thread 9, which is not waiting for it (waiting: "),
            String(decoding: r1.stderr, as: UTF8.self))

        // The preemption is at the CALL of step(); step + 1 is its RESUME, also a switch point,
        // and step + 2 the instruction after it, which is not.
        let notASwitchPoint = replacing(preemption, in: steered.schedule.decisions, step: step + 2, thread: preemption.thread)
        let r2 = run(counter, schedule: Schedule(options: RunOptions(), decisions: notASwitchPoint, steps: steered.schedule.steps))
        XCTAssertEqual(r2.status, 2)
        XCTAssertTrue(String(decoding: r2.stderr, as: UTF8.self).contains("preempts at step \(step + 2), which is not a switch point"),
                      String(decoding: r2.stderr, as: UTF8.self))

        let otherLength = run(counter, schedule: Schedule(options: RunOptions(), decisions: steered.schedule.decisions, steps: 5))
        XCTAssertEqual(otherLength.status, 2)
        XCTAssertTrue(String(decoding: otherLength.stderr, as: UTF8.self).contains("the schedule's run ended at step 5"))

        var leftOver = steered.schedule.decisions
        leftOver.appendPreemption(step: steered.schedule.steps + 100, thread: ThreadID(1))
        let r3 = run(counter, schedule: Schedule(options: RunOptions(), decisions: leftOver, steps: steered.schedule.steps))
        XCTAssertEqual(r3.status, 2)
        XCTAssertTrue(String(decoding: r3.stderr, as: UTF8.self).contains("scheduling decisions; the schedule has \(leftOver.count)"))
    }
}
