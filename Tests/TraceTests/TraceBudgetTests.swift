import Foundation
import XCTest
@testable import Trace

/// The detail budget: past it a trace keeps counting, summarises the whole run in buckets and
/// holds only the first (or the latest) changes in detail.
final class TraceBudgetTests: XCTestCase {
    let p = ProcessID(1)
    let a = ThreadID(0), b = ThreadID(1)
    let lock = PrimitiveID(0)

    /// Two threads trading a lock and the GIL every microsecond for `rounds` rounds.
    func pingPong(_ policy: Trace.DetailPolicy, rounds: Int) -> Trace {
        var trace = Trace(policy: policy)
        trace.addThread(ThreadInfo(id: a, process: p, name: "A"), at: 0)
        trace.addThread(ThreadInfo(id: b, process: p, name: "B"), at: 0)
        trace.addPrimitive(PrimitiveInfo(id: lock, process: p, kind: .lock, label: "lock", line: 1), at: 0)
        for round in 0..<rounds {
            let time = Nanoseconds(round) * 1_000
            let (runner, waiter) = round % 2 == 0 ? (a, b) : (b, a)
            trace.setGILHolder(runner, process: p, reason: .intervalExpired, at: time)
            trace.setState(runner, .running(core: 0), line: 3, at: time)
            trace.setState(waiter, round % 10 == 9 ? .blocked(on: lock) : .waitingForGIL, line: 3, at: time)
            trace.recordOperation(.acquire, on: lock, by: runner, owner: runner, value: 1, at: time + 100)
            trace.recordOperation(.release, on: lock, by: runner, owner: nil, value: 0, at: time + 900)
            trace.recordStep(runner, line: 3, frames: [FrameSnapshot(function: "<module>", line: 3)], at: time + 500)
            if round % 100 == 0 { trace.recordOutput("\(round)\n", stream: .stdout, thread: runner, at: time + 950) }
        }
        return trace
    }

    func test_firstChanges_pastTheBudget_keepsCountingAndSummarisesTheWholeRun() throws {
        let full = pingPong(.unbounded, rounds: 20_000)
        let budgeted = pingPong(.firstChanges(1_000), rounds: 20_000)
        XCTAssertEqual(budgeted.changeCount, full.changeCount, "every change is still numbered")
        XCTAssertEqual(budgeted.detailRange, 0..<1_000, "only the first 1,000 are held in detail")
        XCTAssertFalse(budgeted.isComplete)
        XCTAssertEqual(budgeted.endTime, full.endTime)
        XCTAssertLessThan(budgeted.slices(of: a).count, 1_000)
        // The summary covers the whole run: A ran half of it.
        let totals = try XCTUnwrap(budgeted.stateTotals(of: a, from: 0, to: budgeted.endTime))
        XCTAssertEqual(Double(totals[0]) / Double(budgeted.endTime), 0.5, accuracy: 0.01)
        let gil = try XCTUnwrap(budgeted.gilTotals(process: p, from: 0, to: budgeted.endTime))
        XCTAssertEqual(Double(gil[b] ?? 0) / Double(budgeted.endTime), 0.5, accuracy: 0.01)
        // Queries inside the detail answer as the full trace does.
        for change in stride(from: 0, to: 1_000, by: 37) {
            XCTAssertEqual(budgeted.slice(of: b, atChange: change), full.slice(of: b, atChange: change))
            XCTAssertEqual(budgeted.snapshot(of: lock, atChange: change), full.snapshot(of: lock, atChange: change))
        }
    }

    func test_firstChanges_underTheBudget_changesNothingInTheViews() {
        let full = pingPong(.unbounded, rounds: 200)
        let budgeted = pingPong(.firstChanges(Trace.defaultDetailLimit), rounds: 200)
        XCTAssertTrue(budgeted.isComplete)
        XCTAssertEqual(ChromeTrace.json(budgeted), ChromeTrace.json(full))
        XCTAssertEqual(TextTimeline.render(budgeted), TextTimeline.render(full))
    }

    func test_textTimeline_pastTheBudget_drawsTheWholeRunFromTheSummary() {
        let budgeted = pingPong(.firstChanges(1_000), rounds: 20_000)
        let text = TextTimeline.render(budgeted, width: 60)
        let rows = text.split(separator: "\n")
        let rowA = String(rows.first { $0.hasPrefix("A ") } ?? "")
        // 20 ms in 500 us columns: 40 columns after the name, none blank.
        XCTAssertEqual(rowA, "A    " + String(repeating: "#", count: 40), "every column of the run is drawn:\n\(text)")
        XCTAssertTrue(text.contains("note: the run made \(budgeted.changeCount) changes; past the first 1000"), text)
    }

    func test_chromeTrace_pastTheBudget_summarisesSaysSoAndStaysValidJSON() throws {
        let budgeted = pingPong(.firstChanges(1_000), rounds: 20_000)
        let full = ChromeTrace.json(pingPong(.unbounded, rounds: 20_000))
        let json = ChromeTrace.json(budgeted)
        XCTAssertLessThan(json.utf8.count, full.utf8.count / 5)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let other = try XCTUnwrap(object["otherData"] as? [String: Any])
        XCTAssertTrue((other["summarized"] as? String)?.contains("the first 1000 are in detail") == true)
        let events = try XCTUnwrap(object["traceEvents"] as? [[String: Any]])
        let summary = events.filter { $0["cat"] as? String == "summary" }
        XCTAssertFalse(summary.isEmpty)
        let ends = summary.compactMap { event -> Double? in
            guard let ts = event["ts"] as? Double, let dur = event["dur"] as? Double else { return nil }
            return ts + dur
        }
        let last = try XCTUnwrap(ends.max())
        XCTAssertEqual(last, Double(budgeted.endTime) / 1_000, accuracy: 0.01, "the summary reaches the run's end")
    }

    func test_chromeTrace_pastTheByteLimit_leavesDetailOutAndSaysSo() throws {
        let trace = pingPong(.unbounded, rounds: 2_000)
        var text = ""
        let note = ChromeTrace.stream(trace, byteLimit: 50_000) { text += $0 }
        XCTAssertLessThanOrEqual(text.utf8.count, 50_000)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(text.utf8)))
        XCTAssertTrue(note?.contains("left out") == true, note ?? "no note")
    }

    func test_latestChanges_holdsAtMostTwiceTheWindow_andAnswersAsTheFullTrace() throws {
        let full = pingPong(.unbounded, rounds: 5_000)
        let windowed = pingPong(.latestChanges(1_000), rounds: 5_000)
        XCTAssertEqual(windowed.changeCount, full.changeCount)
        XCTAssertLessThanOrEqual(windowed.detailRange.count, 2_000)
        XCTAssertGreaterThanOrEqual(windowed.detailRange.count, 1_000)
        XCTAssertEqual(windowed.detailRange.upperBound, full.changeCount)
        for change in stride(from: windowed.detailRange.lowerBound, to: windowed.changeCount, by: 7) {
            for thread in [a, b] {
                XCTAssertEqual(windowed.slice(of: thread, atChange: change), full.slice(of: thread, atChange: change))
                XCTAssertEqual(windowed.line(of: thread, atChange: change), full.line(of: thread, atChange: change))
                XCTAssertEqual(windowed.frames(of: thread, atChange: change), full.frames(of: thread, atChange: change))
            }
            XCTAssertEqual(windowed.gilHolder(process: p, atChange: change), full.gilHolder(process: p, atChange: change))
            XCTAssertEqual(windowed.snapshot(of: lock, atChange: change), full.snapshot(of: lock, atChange: change))
            XCTAssertEqual(windowed.time(ofChange: change), full.time(ofChange: change))
            XCTAssertEqual(windowed.output(throughChange: change).last, full.output(throughChange: change).last)
        }
        // Every slice still starts where it started, even one carried over from before the window.
        let first = try XCTUnwrap(windowed.slices(of: a).first)
        XCTAssertEqual(windowed.time(ofChange: first.startChange), full.time(ofChange: first.startChange))
    }

    func test_choiceLog_keepsOnlyPicks_andReplaysThemByIndex() {
        var log = ChoiceLog()
        for _ in 0..<1_000_000 { log.appendAutomatic() }
        log.appendPick(ThreadID(3))
        log.appendAutomatic()
        XCTAssertEqual(log.count, 1_000_002)
        XCTAssertEqual(log.picks, [ChoiceLog.Pick(index: 1_000_000, thread: ThreadID(3))])
        XCTAssertEqual(log.pick(at: 1_000_000), ThreadID(3))
        XCTAssertNil(log.pick(at: 999_999))
        XCTAssertEqual(log.prefix(1_000_000).picks, [])
        XCTAssertEqual(log.prefix(1_000_001).count, 1_000_001)
    }
}
