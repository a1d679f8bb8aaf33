import Machine
import TerminalUI
import TestSupport
import Trace
import Foundation
import XCTest
@testable import Tutor

/// The run view on a fork, run on the engine: the timeline grouped by process, the process
/// table, and the address spaces side by side once the child has changed its global.
final class RunViewProcessTests: XCTestCase {
    /// The e2e test's fork program: one program behind both the snapshots and the tmux check.
    static var forkSource: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../e2e/fixtures/fork_global.py").standardizedFileURL
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// The finished run of `source` on the engine.
    func finishedRun(_ source: String) throws -> (RunRequest, RunSource) {
        let request = RunRequest(path: "fork_global.py", source: source)
        let run = try request.engineRun()
        for _ in 0..<10_000 where run.ending == nil { run.advance(instructions: 10_000) }
        XCTAssertNotNil(run.ending, "the program ends")
        return (request, run)
    }

    /// The first change at which the child's `<module>` frame has x = 11.
    func childChange(in trace: Trace) throws -> Int {
        XCTAssertEqual(trace.processes.count, 2)
        let child = try XCTUnwrap(trace.processes.last)
        let main = try XCTUnwrap(trace.threads.first { $0.process == child })
        return try XCTUnwrap(firstChange(in: trace) { change in
            trace.frames(of: main.id, atChange: change)?.first { $0.function == "<module>" }?.locals.contains { $0.name == "x" && $0.repr == "11" } == true
        })
    }

    func still(_ size: Size, at change: (Trace) throws -> Int) throws -> String {
        let (request, run) = try finishedRun(try Self.forkSource)
        let stills = RunViewStills(request: request, source: run)
        var grid = CellGrid(size: size)
        stills.draw(change: try change(run.trace), into: &grid)
        return grid.text
    }

    func test_afterTheChildsChange_at80x24_showsTheTableAndBothAddressSpaces() throws {
        let text = try still(Size(width: 80, height: 24), at: childChange)
        XCTAssertTrue(text.contains("PID   PPID"), text)
        XCTAssertTrue(text.contains("4242  1     MainProcess running"), text)
        XCTAssertTrue(text.contains("4243  4242  MainProcess running"), text)
        // The parent's column (left) keeps x = 1 while the child's says 11.
        XCTAssertNotNil(text.range(of: "x = 1 +│x = 11", options: .regularExpression), text)
        assertSnapshot(text, named: "runview-fork-child-80x24")
    }

    func test_atTheEnd_at120x40_groupsTheTimelineByProcess_andMarksExitAndReap() throws {
        let text = try still(Size(width: 120, height: 40)) { $0.changeCount - 1 }
        let lines = text.split(separator: "\n").map(String.init)
        // Each process's header, then its thread, then its GIL lane.
        let parent = try XCTUnwrap(lines.firstIndex { $0.contains("│pid 4242 MainProc… ◆") }, text)
        let child = try XCTUnwrap(lines.firstIndex { $0.contains("│pid 4243 MainProc… ◆") }, text)
        XCTAssertTrue(lines[parent + 1].contains("M MainThread"), text)
        XCTAssertTrue(lines[parent + 2].contains("  GIL"), text)
        XCTAssertEqual(child, parent + 3, text)
        XCTAssertTrue(lines[child + 1].contains("1 MainThread"), text)
        XCTAssertTrue(lines[child].contains("◆") && lines[child].contains("○"), "the child's fork and reap are marked")
        XCTAssertTrue(text.contains("4243  1     MainProcess reaped  0"), text)
        XCTAssertTrue(text.contains("parent x = 1"), text)
        assertSnapshot(text, named: "runview-fork-end-120x40")
    }

    func test_beforeTheFork_theTableAndMemoryHoldTheParentOnly() throws {
        let text = try still(Size(width: 80, height: 24)) { _ in 0 }
        XCTAssertTrue(text.contains("4242  1     MainProcess running"), text)
        XCTAssertFalse(text.contains("4243  4242"), text)
        XCTAssertFalse(text.contains("│pid 4243 MainProc"), "no column for a process not yet forked: \(text)")
    }

    func test_fiveProcesses_at80x24_theTableSaysHowManyAreLeftOut_andEveryPaneKeepsItsBorder() throws {
        let source = """
        import os

        pids = []
        for i in range(4):
            pid = os.fork()
            if pid == 0:
                os._exit(i)
            pids.append(pid)
        for pid in pids:
            os.waitpid(pid, 0)

        """
        let (request, run) = try finishedRun(source)
        XCTAssertEqual(run.trace.processes.count, 5)
        let stills = RunViewStills(request: request, source: run)
        var grid = CellGrid(size: Size(width: 80, height: 24))
        stills.draw(change: run.trace.changeCount - 1, into: &grid)
        let text = grid.text
        XCTAssertTrue(text.contains("(3 more)"), text)
        // At the end the parent has exited: its children are init's.
        XCTAssertTrue(text.contains("4246  1     MainProcess reaped  3"), "the newest rows are kept: \(text)")
        XCTAssertFalse(text.contains("4243  1"), text)
        for title in ["Processes", "Frames", "Locks", "Output", "Memory", "Timeline"] {
            XCTAssertTrue(text.contains("─ \(title)"), "\(title) pane missing: \(text)")
        }
    }
}
