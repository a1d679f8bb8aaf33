import Foundation
import Trace
import XCTest
@testable import Machine

/// Runs execute on carriers (World/Carriers.swift): threads stopped inside natives keep their
/// host thread's stack until they are resumed, and no host thread outlives its run.
final class CarrierTests: XCTestCase {
    /// Two threads that each block inside `sum(...)` on a queue the other one feeds.
    static let exchange = """
    import queue, threading
    a = queue.Queue(); b = queue.Queue()
    res = {}
    def one():
        res["one"] = sum(a.get() for _ in range(5))
        for i in range(5): b.put(i * 10)
    def two():
        for i in range(5): a.put(i)
        res["two"] = sum(b.get() for _ in range(5))
    ts = [threading.Thread(target=f) for f in (one, two)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(sorted(res.items()))
    """

    /// Waits (up to 5 s) for the carriers' host threads to exit: they leave after their last
    /// hand-off, so the count drops a moment after the run returns.
    private func assertNoCarrierOutlivesItsRun(file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(5)
        while Carriers.live > 0 && Date() < deadline { usleep(2_000) }
        XCTAssertEqual(Carriers.live, 0, "host threads still running", file: file, line: line)
    }

    func test_blockingInsideNatives_onBothThreads_finishesAsInCPython() {
        let r = ProgramRun.run(path: "t.py", source: Self.exchange, arguments: [])
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self), "[('one', 10), ('two', 100)]\n")
        XCTAssertEqual(r.status, 0)
        assertNoCarrierOutlivesItsRun()
    }

    func test_runAdvancedInSmallSteps_matchesOneGoAndIsDeterministic() {
        // Small advances end the run's budget inside natives (the carrier pauses there).
        func run(step: Int) -> (String, Int) {
            let live = LiveRun(path: "t.py", source: Self.exchange, arguments: [], options: RunOptions(switchInterval: 0.0001))
            while live.ending == nil { live.advance(instructions: step) }
            return (String(decoding: live.result.stdout, as: UTF8.self), live.trace.changeCount)
        }
        let oneGo = run(step: 10_000_000)
        XCTAssertEqual(oneGo.0, "[('one', 10), ('two', 100)]\n")
        XCTAssertEqual(run(step: 7).0, oneGo.0)
        XCTAssertEqual(run(step: 7).1, run(step: 7).1, "same seed, same trace")
        assertNoCarrierOutlivesItsRun()
    }

    func test_abandonedRun_withThreadsParkedInsideNatives_unwindsItsCarriers() {
        // Both workers end up parked inside `sum` waiting for a put that never comes; the run
        // view is closed (the LiveRun dropped) before the run ends.
        let source = """
        import queue, threading, time
        a = queue.Queue()
        def worker():
            print(sum(a.get() for _ in range(3)))
        ts = [threading.Thread(target=worker) for _ in range(2)]
        for t in ts: t.start()
        while True:
            time.sleep(1)
        """
        do {
            let live = LiveRun(path: "t.py", source: source, arguments: [], options: RunOptions())
            for _ in 0..<20 { live.advance(instructions: 5_000) }
            XCTAssertNil(live.ending)
            XCTAssertGreaterThan(Carriers.live, 2, "each parked worker holds a carrier")
        }
        assertNoCarrierOutlivesItsRun()
    }

    func test_deadlockInsideNatives_isReportedAndEveryCarrierExits() {
        let source = """
        import queue, threading
        a = queue.Queue(); b = queue.Queue()
        def one(): b.put(sum(a.get() for _ in range(2)))
        def two(): a.put(sum(b.get() for _ in range(2)))
        ts = [threading.Thread(target=f) for f in (one, two)]
        for t in ts: t.start()
        for t in ts: t.join()
        """
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [])
        XCTAssertEqual(r.status, 3)
        let err = String(decoding: r.stderr, as: UTF8.self)
        XCTAssertTrue(err.contains("Thread-1 (one) at line 3 waits for a (Queue)"), err)
        XCTAssertTrue(err.contains("Thread-2 (two) at line 4 waits for b (Queue)"), err)
        assertNoCarrierOutlivesItsRun()
    }

    func test_watchedRun_recordsStepsInsideAKeyFunction_andSwitchesThreadsThere() {
        let source = """
        import sys, threading
        sys.setswitchinterval(0.0001)
        def key(x):
            for _ in range(50): pass
            return -x
        def other():
            for i in range(5000):
                i += 1
        t = threading.Thread(target=other)
        t.start()
        print(sorted(range(40), key=key)[:2])
        t.join()
        """
        let live = LiveRun(path: "t.py", source: source, arguments: [], options: RunOptions())
        while live.ending == nil { live.advance(instructions: 10_000) }
        XCTAssertEqual(String(decoding: live.result.stdout, as: UTF8.self), "[39, 38]\n")
        let trace = live.trace
        let main = ThreadID(0)
        let keySteps = trace.stepChanges(of: main).filter { trace.line(of: main, atChange: $0) == 5 }
        XCTAssertFalse(keySteps.isEmpty, "the key function's lines are stepped")
        // The other thread ran while the main thread was inside sorted(): some of its steps
        // fall between the first and the last step in the key function.
        // (Its loop's two lines alternate, so each iteration records a step.)
        let otherSteps = trace.stepChanges(of: ThreadID(1))
        XCTAssertTrue(otherSteps.contains { $0 > keySteps.first! && $0 < keySteps.last! })
    }

    func test_deepRecursionThroughNatives_raisesRecursionError_notACrash() {
        // Each level is a native (`repr` of a list) calling Python (`__repr__`) calling a native.
        let source = """
        import sys
        sys.setrecursionlimit(1_000_000)
        class Node:
            def __init__(self, child): self.child = child
            def __repr__(self): return "N" + repr([self.child])
        n = None
        for _ in range(200_000): n = Node(n)
        try:
            repr(n)
        except RecursionError as e:
            print("RecursionError:", e)
        """
        let r = ProgramRun.run(path: "t.py", source: source, arguments: [])
        XCTAssertEqual(String(decoding: r.stdout, as: UTF8.self),
                       "RecursionError: maximum recursion depth exceeded while calling a Python object\n")
        XCTAssertEqual(r.status, 0)
    }
}
