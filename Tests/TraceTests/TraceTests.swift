import Foundation
import XCTest
@testable import Trace

/// A hand-built run: the main thread starts two workers that contend for `mutex`.
func contentionTrace() -> Trace {
    let p = ProcessID(1)
    let main = ThreadID(1), a = ThreadID(2), b = ThreadID(3)
    let mutex = PrimitiveID(1)
    var trace = Trace()
    trace.addThread(ThreadInfo(id: main, process: p, name: "MainThread"), at: 0, line: 1)
    trace.setState(main, .running(core: 0), line: 1, at: 0)
    trace.setGILHolder(main, process: p, reason: .acquired, at: 0)
    trace.addPrimitive(PrimitiveInfo(id: mutex, process: p, kind: .lock, label: "mutex", line: 3), at: 1_000)
    trace.addThread(ThreadInfo(id: a, process: p, name: "Thread-1 (work)"), at: 2_000, line: 5)
    trace.addThread(ThreadInfo(id: b, process: p, name: "Thread-2 (work)"), at: 2_000, line: 5)
    // Main blocks in join(): it drops the GIL, Thread-1 takes it and the lock.
    trace.setState(main, .blocked(on: PrimitiveID(99)), line: 12, at: 3_000)
    trace.setGILHolder(a, process: p, reason: .blockingCall, at: 3_000)
    trace.setState(a, .running(core: 1), line: 6, at: 3_000)
    trace.setState(b, .waitingForGIL, line: 5, at: 3_000)
    trace.recordOperation(.acquire, on: mutex, by: a, owner: a, value: 1, at: 4_000)
    // Switch interval: Thread-2 gets the GIL and blocks on the held lock.
    trace.setState(a, .waitingForGIL, line: 7, at: 5_003_000)
    trace.setGILHolder(b, process: p, reason: .intervalExpired, at: 5_003_000)
    trace.setState(b, .running(core: 0), line: 6, at: 5_003_000)
    trace.recordOperation(.waitBegin, on: mutex, by: b, owner: a, value: 1, at: 5_004_000)
    trace.setState(b, .blocked(on: mutex), line: 6, at: 5_004_000)
    trace.setGILHolder(a, process: p, reason: .blockingCall, at: 5_004_000)
    trace.setState(a, .running(core: 1), line: 7, at: 5_004_000)
    trace.recordOutput("one\n", stream: .stdout, thread: a, at: 5_005_000)
    trace.recordOperation(.release, on: mutex, by: a, owner: nil, value: 0, at: 6_000_000)
    trace.recordOperation(.waitEnd, on: mutex, by: b, owner: nil, value: 0, at: 6_000_000)
    trace.recordOperation(.acquire, on: mutex, by: b, owner: b, value: 1, at: 6_000_000)
    trace.setState(a, .finished, line: 8, at: 6_001_000)
    trace.setGILHolder(b, process: p, reason: .threadFinished, at: 6_001_000)
    trace.setState(b, .running(core: 0), line: 7, at: 6_001_000)
    trace.recordOutput("two\n", stream: .stdout, thread: b, at: 7_000_000)
    trace.recordOperation(.release, on: mutex, by: b, owner: nil, value: 0, at: 8_000_000)
    trace.setState(b, .finished, line: 8, at: 9_000_000)
    trace.setState(main, .running(core: 0), line: 13, at: 9_000_000)
    trace.setGILHolder(main, process: p, reason: .threadFinished, at: 9_000_000)
    trace.setState(main, .finished, line: 13, at: 10_000_000)
    return trace
}

final class TraceTests: XCTestCase {
    func test_setState_sameStateTwice_recordsOneChange() {
        var trace = Trace()
        let t = ThreadID(1)
        trace.addThread(ThreadInfo(id: t, process: ProcessID(1), name: "MainThread"), at: 0)
        for step in 0..<10_000 {
            trace.setState(t, .running(core: 0), line: step, at: Int64(step))
        }
        XCTAssertEqual(trace.changeCount, 2, "a long run in one state is one slice, not one entry per step")
        XCTAssertEqual(trace.slices(of: t).map(\.state), [.notStarted, .running(core: 0)])
    }

    func test_sliceAtChange_findsStateAtEveryInstant() throws {
        let trace = contentionTrace()
        let b = ThreadID(3)
        let blockedAt = try XCTUnwrap(trace.lastChange(atOrBefore: 5_004_000))
        XCTAssertEqual(trace.slice(of: b, atChange: blockedAt)?.state, .blocked(on: PrimitiveID(1)))
        let early = try XCTUnwrap(trace.lastChange(atOrBefore: 3_500))
        XCTAssertEqual(trace.slice(of: b, atChange: early)?.state, .waitingForGIL)
        XCTAssertNil(trace.slice(of: b, atChange: 0), "the thread did not exist yet")
        XCTAssertEqual(trace.slice(of: b, atChange: trace.changeCount - 1)?.state, .finished)
    }

    func test_gilHolder_followsHandoffs_withReasons() throws {
        let trace = contentionTrace()
        let p = ProcessID(1)
        XCTAssertEqual(trace.gilHolder(process: p, atChange: try XCTUnwrap(trace.lastChange(atOrBefore: 2_999))), ThreadID(1))
        XCTAssertEqual(trace.gilHolder(process: p, atChange: try XCTUnwrap(trace.lastChange(atOrBefore: 5_003_500))), ThreadID(3))
        XCTAssertEqual(trace.gilHandoffs(process: p).map(\.reason),
                       [.acquired, .blockingCall, .intervalExpired, .blockingCall, .threadFinished, .threadFinished])
    }

    func test_snapshot_ownerAndWaiters_forwardsAndBackwards() throws {
        let trace = contentionTrace()
        let mutex = PrimitiveID(1)
        let whileWaiting = try XCTUnwrap(trace.lastChange(atOrBefore: 5_500_000))
        XCTAssertEqual(trace.snapshot(of: mutex, atChange: whileWaiting), PrimitiveSnapshot(owner: ThreadID(2), value: 1, waiters: [ThreadID(3)]))
        let handedOver = try XCTUnwrap(trace.lastChange(atOrBefore: 6_000_000))
        XCTAssertEqual(trace.snapshot(of: mutex, atChange: handedOver), PrimitiveSnapshot(owner: ThreadID(3), value: 1, waiters: []))
        // Back in time again: the answer does not depend on what was asked before.
        XCTAssertEqual(trace.snapshot(of: mutex, atChange: whileWaiting)?.waiters, [ThreadID(3)])
        XCTAssertNil(trace.snapshot(of: mutex, atChange: 0), "the lock did not exist yet")
    }

    func test_snapshot_waitersAcrossManyCheckpoints_matchReplay() throws {
        var trace = Trace()
        let p = ProcessID(1)
        let lock = PrimitiveID(7)
        trace.addPrimitive(PrimitiveInfo(id: lock, process: p, kind: .condition, label: "cond", line: 1), at: 0)
        var expected: [[ThreadID]] = []
        var waiters: [ThreadID] = []
        var changes: [Int] = []
        for step in 0..<1_000 {
            let thread = ThreadID(Int32(step % 5))
            if waiters.contains(thread) {
                trace.recordOperation(.waitEnd, on: lock, by: thread, owner: nil, value: 0, at: Int64(step))
                waiters.removeAll { $0 == thread }
            } else {
                trace.recordOperation(.waitBegin, on: lock, by: thread, owner: nil, value: 0, at: Int64(step))
                waiters.append(thread)
            }
            expected.append(waiters)
            changes.append(trace.changeCount - 1)
        }
        for (change, want) in zip(changes, expected) {
            XCTAssertEqual(trace.snapshot(of: lock, atChange: change)?.waiters, want)
        }
    }

    func test_output_throughChange_isThePrefixWrittenSoFar() throws {
        let trace = contentionTrace()
        XCTAssertEqual(trace.output(throughChange: try XCTUnwrap(trace.lastChange(atOrBefore: 6_500_000))).map(\.text), ["one\n"])
        XCTAssertEqual(trace.output(throughChange: trace.changeCount - 1).map(\.text), ["one\n", "two\n"])
    }

    func test_formatDuration_picksReadableUnits() {
        XCTAssertEqual(formatDuration(0), "0")
        XCTAssertEqual(formatDuration(750), "750ns")
        XCTAssertEqual(formatDuration(1_500), "1.5us")
        XCTAssertEqual(formatDuration(20_000_000), "20ms")
        XCTAssertEqual(formatDuration(2_250_000_000), "2.25s")
        XCTAssertEqual(formatDuration(5_050_000), "5.05ms")
    }

    func test_textTimeline_contentionTrace() {
        let expected = """
        timeline (virtual time; one column = 200us)
                         |0        |2ms      |4ms      |6ms      |8ms
        MainThread       xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx#####
        Thread-1 (work)  ###############################
        Thread-2 (work)  -------------------------xxxxx###############
        GIL              111111111111111111111111111111222222222222222MMMMM
        legend: # running  - waiting for the GIL  ~ waiting for a core  x blocked  . sleeping  (blank) not started or finished
        GIL holder: M=MainThread  1=Thread-1 (work)  2=Thread-2 (work)

        """
        XCTAssertEqual(TextTimeline.render(contentionTrace(), width: 71), expected)
    }

    func test_chromeTrace_isValidJSON_withTracksStatesAndInstants() throws {
        let json = ChromeTrace.json(contentionTrace())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try XCTUnwrap(object["traceEvents"] as? [[String: Any]])
        let threadNames = events.filter { $0["name"] as? String == "thread_name" }.compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        XCTAssertEqual(Set(threadNames), ["GIL", "MainThread", "Thread-1 (work)", "Thread-2 (work)"])
        let blocked = try XCTUnwrap(events.first { $0["name"] as? String == "blocked on mutex" })
        XCTAssertEqual(blocked["ph"] as? String, "X")
        XCTAssertEqual(blocked["tid"] as? Int, 3)
        XCTAssertEqual(blocked["ts"] as? Double, 5004.0)
        XCTAssertEqual(blocked["dur"] as? Double, 997.0)
        let acquires = events.filter { $0["name"] as? String == "acquire mutex" }
        XCTAssertEqual(acquires.count, 2)
        XCTAssertEqual(acquires.map { $0["ph"] as? String }, ["i", "i"])
        let gil = events.filter { $0["cat"] as? String == "gil" }
        XCTAssertEqual(gil.compactMap { $0["name"] as? String }, ["MainThread", "Thread-1 (work)", "Thread-2 (work)", "Thread-1 (work)", "Thread-2 (work)", "MainThread"])
        let output = events.filter { $0["cat"] as? String == "output" }.compactMap { ($0["args"] as? [String: Any])?["text"] as? String }
        XCTAssertEqual(output, ["one\n", "two\n"])
    }

    func test_chromeTrace_quote_escapesControlCharacters() {
        XCTAssertEqual(ChromeTrace.quote("a\"b\\c\nd\u{1}"), #""a\"b\\c\nd\u0001""#)
        XCTAssertEqual(ChromeTrace.micros(1_234_567), "1234.567")
        XCTAssertEqual(ChromeTrace.micros(5), "0.005")
    }
}
