import Foundation
import Machine
import TerminalUI
import TestSupport
import Trace
import XCTest
@testable import Tutor

/// The event loop pane, the switch marks and the kernel pane, on lesson programs run on the
/// engine (the same programs the tmux checks watch).
final class RunViewEventLoopTests: XCTestCase {
    static func lesson(_ path: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Lessons/\(path)").standardizedFileURL
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The finished watched run of a lesson program.
    func finishedRun(_ path: String) throws -> (RunRequest, RunSource) {
        let request = RunRequest(path: String(path.split(separator: "/").last ?? ""), source: try Self.lesson(path))
        let run = try request.engineRun()
        for _ in 0..<10_000 where run.ending == nil { run.advance(instructions: 10_000) }
        XCTAssertEqual(run.ending?.status, 0, "the program ends normally")
        return (request, run)
    }

    func still(_ path: String, _ size: Size, sidePane: Int = 0, unicode: Bool = true, at change: (Trace) throws -> Int) throws -> String {
        let (request, run) = try finishedRun(path)
        let stills = RunViewStills(request: request, source: run, colors: unicode, unicode: unicode)
        stills.sidePane = sidePane
        var grid = CellGrid(size: size)
        stills.draw(change: try change(run.trace), into: &grid)
        return grid.text
    }

    /// tasks.py's second part: both tasks asleep, the loop waiting on their two timers.
    func bothTasksSleeping(_ trace: Trace) throws -> Int {
        try XCTUnwrap(firstChange(in: trace) { change in
            trace.loopStates(atChange: change).first.map { $0.running == nil && $0.timers.count == 2 && $0.timers.allSatisfy { $0.what.hasPrefix("sleep → ") } } == true
        }, "a change where the loop waits for both tasks' sleeps")
    }

    // MARK: - Recording

    func test_asyncioTasks_recordTheReadyQueueAndTheTimersByTaskName() throws {
        let (_, run) = try finishedRun("06-coroutines/tasks.py")
        let trace = run.trace
        XCTAssertTrue(trace.hasEventLoop)
        let change = try bothTasksSleeping(trace)
        let loop = try XCTUnwrap(trace.loopStates(atChange: change).first)
        XCTAssertEqual(loop.kind, .asyncio)
        XCTAssertEqual(loop.timers.map(\.what), ["sleep → pypi.org", "sleep → python.org"], "earliest first: pypi.org sleeps 0.2 s, python.org 0.3 s")
        XCTAssertEqual(Double(loop.timers[1].due - loop.timers[0].due), 100_000_000, accuracy: 100_000, "0.1 s apart in virtual time")
        // Both tasks were made ready in creation order: python.org's first step runs, pypi.org's is next.
        XCTAssertNotNil(firstChange(in: trace) { change in
            trace.loopStates(atChange: change).first.map { $0.running == "python.org" && $0.ready == ["pypi.org"] } == true
        }, "the ready queue names the tasks in order")
        XCTAssertFalse(trace.usesKernel, "no descriptors: no kernel pane")
    }

    func test_asyncioTasks_switchesAreMarked_fromTaskToTask() throws {
        let (_, run) = try finishedRun("06-coroutines/tasks.py")
        let trace = run.trace
        let main = try XCTUnwrap(trace.threads.first { $0.name == "MainThread" })
        let names = trace.switchMarks(of: main.id).map { mark in
            "\(mark.from.flatMap { trace.info(of: $0)?.name } ?? "-")→\(trace.info(of: mark.to)?.name ?? "?")"
        }
        XCTAssertTrue(names.contains("Task-1→python.org"), "\(names)")
        XCTAssertTrue(names.contains("python.org→pypi.org"), "\(names)")
    }

    func test_geventHub_recordsTheGreenletsTimers() throws {
        let (_, run) = try finishedRun("06-coroutines/auto_switch.py")
        let trace = run.trace
        let change = try XCTUnwrap(firstChange(in: trace) { trace.loopStates(atChange: $0).first?.timerCount == 3 }, "three greenlets asleep")
        let hub = try XCTUnwrap(trace.loopStates(atChange: change).first)
        XCTAssertEqual(hub.kind, .gevent)
        XCTAssertTrue(hub.timers.allSatisfy { $0.what.hasPrefix("Greenlet worker(") }, "\(hub.timers)")
    }

    func test_selectServer_recordsTheDescriptorTable() throws {
        let (_, run) = try finishedRun("07-io-models/select_echo.py")
        let trace = run.trace
        XCTAssertTrue(trace.usesKernel)
        XCTAssertFalse(trace.hasEventLoop)
        let change = try XCTUnwrap(firstChange(in: trace) { change in
            trace.descriptorTables(atChange: change)?.first?.descriptors.contains { $0.tcpState == "ESTABLISHED" && $0.buffered > 0 } == true
        }, "a connection with bytes in its receive buffer")
        let table = try XCTUnwrap(trace.descriptorTables(atChange: change)?.first)
        let listener = try XCTUnwrap(table.descriptors.first)
        XCTAssertEqual(listener.fd, 3)
        XCTAssertEqual(listener.tcpState, "LISTEN")
        XCTAssertEqual(listener.local, "127.0.0.1:25703")
        XCTAssertEqual(trace.descriptorTables(atChange: trace.changeCount - 1)?.first?.descriptors, [], "everything closed at the end")
        // select() blocks the main thread on the listener; a client's recv blocks it on its socket.
        let main = try XCTUnwrap(trace.threads.first { $0.name == "MainThread" }?.id)
        XCTAssertNotNil(firstChange(in: trace) { change in
            trace.descriptorTables(atChange: change)?.first?.descriptors.first?.waiters == [main]
        }, "the main thread waits on the listening socket in select")
        XCTAssertNotNil(firstChange(in: trace) { change in
            trace.descriptorTables(atChange: change)?.first?.descriptors.contains {
                $0.tcpState == "ESTABLISHED" && $0.waiters.contains { trace.info(of: $0)?.name.hasPrefix("Thread-") == true }
            } == true
        }, "a client thread waits on its own socket in recv")
    }

    // MARK: - Screens

    func test_eventLoopPane_at120x40_standsUnderTheLocks() throws {
        let text = try still("06-coroutines/tasks.py", Size(width: 120, height: 40), at: bothTasksSleeping)
        XCTAssertTrue(text.contains("Locks"), text)
        XCTAssertTrue(text.contains("Event loop"), text)
        XCTAssertFalse(text.contains("[p]"), "all panes fit: no toggle")
        XCTAssertTrue(text.contains("timers (2):"), text)
        XCTAssertNotNil(text.range(of: "in [0-9.]+m?s sleep → pypi.org", options: .regularExpression), text)
        XCTAssertTrue(text.contains("»"), "switch marks on the task lanes")
        assertSnapshot(text, named: "runview-event-loop-120x40")
    }

    func test_eventLoopPane_at80x24_sharesTheLocksSlot_pShowsIt() throws {
        let locks = try still("06-coroutines/tasks.py", Size(width: 80, height: 24), at: bothTasksSleeping)
        XCTAssertTrue(locks.contains("Locks  [p]"), locks)
        XCTAssertFalse(locks.contains("Event loop"), locks)
        XCTAssertTrue(locks.contains("p pane"), "the key bar names the key")
        let loop = try still("06-coroutines/tasks.py", Size(width: 80, height: 24), sidePane: 1, at: bothTasksSleeping)
        XCTAssertTrue(loop.contains("Event loop  [p]"), loop)
        XCTAssertTrue(loop.contains("waiting for a timer or IO"), loop)
        assertSnapshot(loop, named: "runview-event-loop-80x24")
        let back = try still("06-coroutines/tasks.py", Size(width: 80, height: 24), sidePane: 2, at: bothTasksSleeping)
        XCTAssertEqual(back, locks, "p cycles back to the locks")
    }

    func test_eventLoopPane_inASCII_writesArrowsAsASCII() throws {
        let text = try still("06-coroutines/tasks.py", Size(width: 80, height: 24), sidePane: 1, unicode: false, at: bothTasksSleeping)
        XCTAssertTrue(text.contains("sleep -> pypi.org"), text)
        XCTAssertFalse(text.contains("→"), text)
        XCTAssertTrue(text.contains("> switch"), "the legend's ASCII switch mark: \(text)")
    }

    func test_switchAtTheCursor_isNamedInTheStatusLine() throws {
        let (request, run) = try finishedRun("06-coroutines/tasks.py")
        let trace = run.trace
        let main = try XCTUnwrap(trace.threads.first { $0.name == "MainThread" })
        let mark = try XCTUnwrap(trace.switchMarks(of: main.id).first { $0.from.flatMap { trace.info(of: $0)?.name } == "python.org" })
        let stills = RunViewStills(request: request, source: run)
        var grid = CellGrid(size: Size(width: 120, height: 40))
        stills.draw(change: mark.change, into: &grid)
        let status = try XCTUnwrap(grid.text.split(separator: "\n").last)
        XCTAssertTrue(status.contains("switch python.org → pypi.org"), String(status))
    }

    func test_kernelPane_at120x40_showsTheListenerAndTheConnections() throws {
        let text = try still("07-io-models/select_echo.py", Size(width: 120, height: 40)) { trace in
            try XCTUnwrap(firstChange(in: trace) { change in
                trace.descriptorTables(atChange: change)?.first?.descriptors.contains { $0.tcpState == "ESTABLISHED" && $0.buffered > 0 } == true
            })
        }
        XCTAssertTrue(text.contains("Kernel: descriptor tables"), text)
        XCTAssertNotNil(text.range(of: "3 TCP LISTEN accept queue [0-9]+ 127.0.0.1:25703", options: .regularExpression), text)
        XCTAssertNotNil(text.range(of: "TCP ESTABLISHED rcv [0-9]+ B", options: .regularExpression), text)
        assertSnapshot(text, named: "runview-kernel-120x40")
    }

    func test_kernelPane_at80x24_takesTheLocksSlotWhenPicked() throws {
        let text = try still("07-io-models/select_echo.py", Size(width: 80, height: 24), sidePane: 1) { trace in
            try XCTUnwrap(firstChange(in: trace) { change in
                trace.descriptorTables(atChange: change)?.first?.descriptors.filter { $0.tcpState == "ESTABLISHED" }.count == 2
            })
        }
        XCTAssertTrue(text.contains("Kernel: descriptor tables  [p]"), text)
        XCTAssertTrue(text.contains("pid 4242"), text)
        assertSnapshot(text, named: "runview-kernel-80x24")
    }
}
