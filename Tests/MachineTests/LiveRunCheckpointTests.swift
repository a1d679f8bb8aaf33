import Trace
import XCTest
@testable import Machine

/// Bounded recording in the engine: the decision log of a long run, and a live run stepping
/// back past its detail window by re-running from a checkpoint.
final class LiveRunCheckpointTests: XCTestCase {
    static let lockedCounter = """
    import threading
    lock = threading.Lock()
    total = 0
    def work(n):
        global total
        for i in range(n):
            with lock:
                total += 1
            if i % 500 == 0:
                print(threading.current_thread().name, i)
    ts = [threading.Thread(target=work, args=(4000,)) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(total)
    """

    func test_decisionLog_onALongAutomaticRun_keepsNoPicks() {
        let source = """
        import threading, time
        def spin():
            for _ in range(3000):
                time.sleep(0)
        ts = [threading.Thread(target=spin) for _ in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        """
        let run = LiveRun(path: "t.py", source: source, arguments: [], options: RunOptions())
        while run.ending == nil { run.advance(instructions: 100_000) }
        XCTAssertGreaterThan(run.choices.count, 3_000, "every sleep(0) hands the GIL to a drawn waiter")
        XCTAssertEqual(run.choices.picks, [], "the seed reproduces automatic decisions: none is stored")
    }

    func test_rewind_pastTheDetailWindow_givesTheSameStateAsAFullRecording() throws {
        let full = LiveRun(path: "t.py", source: Self.lockedCounter, arguments: [], options: RunOptions())
        while full.ending == nil { full.advance(instructions: 20_000) }
        let live = LiveRun(path: "t.py", source: Self.lockedCounter, arguments: [], options: RunOptions(), detailWindow: 2_000)
        while live.ending == nil { live.advance(instructions: 20_000) }
        XCTAssertEqual(live.trace.changeCount, full.trace.changeCount)
        XCTAssertTrue(full.trace.isComplete)
        XCTAssertGreaterThan(live.trace.detailRange.lowerBound, 20_000, "the window let the early changes go")
        XCTAssertGreaterThan(live.checkpoints.count, 1)
        XCTAssertLessThanOrEqual(live.checkpoints.count, LiveRun.checkpointLimit)
        let threads = full.trace.threads.map(\.id)
        let lock = try XCTUnwrap(full.trace.primitives.first { $0.label == "lock" }?.id)
        for target in [3, 1_234, live.trace.changeCount / 2, live.trace.detailRange.lowerBound - 5] {
            live.rewind(toChange: target)
            XCTAssertTrue(live.trace.detailRange.contains(target), "change \(target) held again")
            for thread in threads {
                XCTAssertEqual(live.trace.slice(of: thread, atChange: target), full.trace.slice(of: thread, atChange: target))
                XCTAssertEqual(live.trace.line(of: thread, atChange: target), full.trace.line(of: thread, atChange: target))
                XCTAssertEqual(live.trace.frames(of: thread, atChange: target), full.trace.frames(of: thread, atChange: target))
            }
            XCTAssertEqual(live.trace.gilHolder(process: ProcessID(1), atChange: target), full.trace.gilHolder(process: ProcessID(1), atChange: target))
            XCTAssertEqual(live.trace.snapshot(of: lock, atChange: target), full.trace.snapshot(of: lock, atChange: target))
            XCTAssertEqual(live.trace.time(ofChange: target), full.trace.time(ofChange: target))
            XCTAssertEqual(live.trace.output(throughChange: target).last, full.trace.output(throughChange: target).last)
        }
        // Run on from the last rewind: the same run to the same end.
        while live.ending == nil { live.advance(instructions: 20_000) }
        XCTAssertEqual(live.trace.changeCount, full.trace.changeCount)
        XCTAssertEqual(live.result.stdout, full.result.stdout)
        XCTAssertEqual(live.choices, full.choices)
    }
}
