import XCTest
@testable import Trace

/// Event loop states, descriptor tables and switch marks as a watched run records them.
final class TraceLoopTests: XCTestCase {
    let p = ProcessID(1)
    let main = ThreadID(1), taskA = ThreadID(0x8000), taskB = ThreadID(0x8001)

    /// The main thread runs a loop with two task lanes: A steps, then B, then A again.
    func loopTrace(policy: Trace.DetailPolicy = .unbounded) -> Trace {
        var trace = Trace(policy: policy)
        trace.addThread(ThreadInfo(id: main, process: p, name: "MainThread"), at: 0, line: 1)
        trace.setState(main, .running(core: 0), line: 1, at: 0)
        trace.addThread(ThreadInfo(id: taskA, process: p, name: "fetch-a", isDaemon: true, host: main), at: 10, line: 3)
        trace.addThread(ThreadInfo(id: taskB, process: p, name: "fetch-b", isDaemon: true, host: main), at: 10, line: 3)
        return trace
    }

    func test_recordLoop_startsAtTheNextChange_andTheStateHoldsUntilTheNext() {
        var trace = loopTrace()
        let first = LoopSnapshot(kind: .asyncio, thread: main, running: "fetch-a", ready: ["fetch-b"],
                                 timers: [LoopSnapshot.Timer(due: 1_000_000_000, what: "sleep → fetch-c")])
        let countBefore = trace.changeCount
        trace.recordLoop(first)
        XCTAssertEqual(trace.changeCount, countBefore, "a loop state adds no change of its own")
        XCTAssertFalse(trace.hasEventLoop, "not before the change it starts at")
        trace.setState(taskA, .running(core: 0), line: 4, at: 20)
        let aRuns = trace.changeCount - 1
        let second = LoopSnapshot(kind: .asyncio, thread: main, running: "fetch-b")
        trace.recordLoop(second)
        trace.setState(taskA, .suspended, line: 5, at: 30)
        trace.setState(taskB, .running(core: 0), line: 4, at: 30)
        let aStops = trace.changeCount - 2

        XCTAssertEqual(trace.loopStates(atChange: aRuns - 1), [], "nothing before the first record")
        XCTAssertEqual(trace.loopStates(atChange: aRuns), [first], "the state starts with the step it announced")
        XCTAssertEqual(trace.loopStates(atChange: aStops), [second])
        XCTAssertEqual(trace.loopStates(atChange: aStops + 1), [second])
        XCTAssertEqual(first.readyCount, 1)
        XCTAssertEqual(first.timerCount, 1)
        XCTAssertTrue(trace.hasEventLoop)
    }

    func test_recordLoop_beforeOneChange_keepsOnlyTheLatestState_andAnEqualStateRecordsNothing() {
        var trace = loopTrace()
        trace.recordLoop(LoopSnapshot(kind: .gevent, thread: main, ready: ["a"]))
        trace.recordLoop(LoopSnapshot(kind: .gevent, thread: main, ready: ["a", "b"]))
        trace.setState(taskA, .running(core: 0), line: 4, at: 20)
        XCTAssertEqual(trace.loopStates(atChange: trace.changeCount - 1).first?.ready, ["a", "b"])
        trace.recordLoop(LoopSnapshot(kind: .gevent, thread: main, ready: ["a", "b"]))
        trace.setState(taskA, .suspended, line: 4, at: 30)
        XCTAssertEqual(trace.loopRecords[main]?.count, 1, "the same state again is not recorded")
    }

    func test_loopAndKernelRecords_surviveTheDetailWindow_asAnchors() {
        var trace = loopTrace(policy: .latestChanges(4))
        trace.recordLoop(LoopSnapshot(kind: .asyncio, thread: main, running: "fetch-a"))
        trace.setState(main, .sleeping, line: 2, at: 50)
        let table = [DescriptorTable(pid: 4242, descriptors: [KernelDescriptor(fd: 3, kind: .tcp, tcpState: "LISTEN", local: "127.0.0.1:8000")])]
        trace.recordKernel(table)
        for i in 0..<20 { trace.setState(taskA, i % 2 == 0 ? .running(core: 0) : .suspended, line: 4, at: 100 + Int64(i)) }
        XCTAssertGreaterThan(trace.changeBase, 0, "the window moved past the records")
        let last = trace.changeCount - 1
        XCTAssertEqual(trace.loopStates(atChange: last).first?.running, "fetch-a")
        XCTAssertEqual(trace.descriptorTables(atChange: last), table)
    }

    func test_recordKernel_startsAtTheFirstDescriptor_andRecordsOnlyChanges() {
        var trace = loopTrace()
        trace.recordKernel([DescriptorTable(pid: 4242, descriptors: [])])
        XCTAssertFalse(trace.usesKernel, "no descriptor opened yet: no kernel pane")
        let listening = KernelDescriptor(fd: 3, kind: .tcp, tcpState: "LISTEN", local: "127.0.0.1:8000")
        trace.recordKernel([DescriptorTable(pid: 4242, descriptors: [listening])])
        let opened = trace.changeCount - 1
        trace.setState(taskA, .running(core: 0), line: 4, at: 20)
        var queued = listening
        queued.acceptQueue = 1
        trace.recordKernel([DescriptorTable(pid: 4242, descriptors: [queued])])
        XCTAssertTrue(trace.usesKernel)
        XCTAssertNil(trace.descriptorTables(atChange: opened - 1))
        XCTAssertEqual(trace.descriptorTables(atChange: opened)?.first?.descriptors.first?.acceptQueue, 0)
        XCTAssertEqual(trace.descriptorTables(atChange: trace.changeCount - 1)?.first?.descriptors.first?.acceptQueue, 1)
    }

    func test_switchMarks_nameTheLaneThatGaveUpTheThread() {
        var trace = loopTrace()
        trace.setState(taskA, .running(core: 0), line: 4, at: 20)
        let aIn = trace.changeCount - 1
        trace.setState(taskA, .suspended, line: 5, at: 30)
        trace.setState(taskB, .running(core: 0), line: 4, at: 30)
        let bIn = trace.changeCount - 1
        trace.setState(taskB, .finished, line: 6, at: 40)
        trace.setState(taskA, .running(core: 0), line: 5, at: 40)
        let aAgain = trace.changeCount - 1

        let marks = trace.switchMarks(of: main)
        XCTAssertEqual(marks, [SwitchMark(change: aIn, from: nil, to: taskA),
                               SwitchMark(change: bIn, from: taskA, to: taskB),
                               SwitchMark(change: aAgain, from: taskB, to: taskA)])
        XCTAssertEqual(trace.switchMarks(of: taskB), marks, "any lane of the thread finds the same marks")
    }

    func test_textTimeline_marksEachSwitchOnTheLaneThatTookOver() {
        var trace = loopTrace()
        trace.setState(taskA, .running(core: 0), line: 4, at: 1_000)
        trace.setState(taskA, .suspended, line: 5, at: 2_000)
        trace.setState(taskB, .running(core: 0), line: 4, at: 2_000)
        trace.setState(taskB, .finished, line: 6, at: 3_000)
        trace.setState(taskA, .running(core: 0), line: 5, at: 3_000)
        trace.setState(taskA, .finished, line: 6, at: 4_000)
        let lines = TextTimeline.render(trace, width: 60).split(separator: "\n").map(String.init)
        let rowA = try? XCTUnwrap(lines.first { $0.hasPrefix("fetch-a") })
        let rowB = try? XCTUnwrap(lines.first { $0.hasPrefix("fetch-b") })
        XCTAssertEqual(rowA?.filter { $0 == ">" }.count, 2, "fetch-a took over twice: \(lines)")
        XCTAssertEqual(rowB?.filter { $0 == ">" }.count, 1, "fetch-b once: \(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("legend:") && $0.contains("> switched to") })
        XCTAssertFalse(TextTimeline.render(contentionTrace()).contains("switched to"), "threads alone: no switch legend")
    }

    func test_switchMarks_threadWithoutCoroutines_hasNone() {
        var trace = Trace()
        trace.addThread(ThreadInfo(id: main, process: p, name: "MainThread"), at: 0, line: 1)
        trace.setState(main, .running(core: 0), line: 1, at: 0)
        trace.setState(main, .sleeping, line: 2, at: 10)
        trace.setState(main, .running(core: 0), line: 3, at: 20)
        XCTAssertEqual(trace.switchMarks(of: main), [])
    }
}
