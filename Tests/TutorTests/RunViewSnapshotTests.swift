import TerminalUI
import TestSupport
import Trace
import XCTest
@testable import Tutor
@testable import TutorFixtures

/// The run view's panes as text, from hand-built runs (`SampleRuns`), and the whole screen
/// through the app at 80x24 and larger.
final class RunViewSnapshotTests: XCTestCase {
    /// The app on a recorded sample, after `keys`.
    func screen(_ sample: SampleRuns.Sample, size: Size, keys: [Key] = [], colors: Bool = true, unicode: Bool = true) -> (String, CellGrid?) {
        let terminal = MemoryTerminal(size: size, capabilities: TerminalCapabilities(colors: colors, unicode: unicode))
        let app = TutorApp(terminal: terminal, watching: sample.makeSource(), request: RunRequest(path: sample.path, source: sample.source),
                           factory: nil)
        terminal.enqueue(keys)
        _ = app.run()
        return (terminal.screenText, terminal.lastGrid)
    }

    // MARK: - Two threads and a lock

    func test_twoThreadsAndALock_whileThread2Waits_at100x30() throws {
        let sample = SampleRuns.twoThreadsAndALock()
        let lock = PrimitiveID(1)
        let waiting = try XCTUnwrap(firstChange(in: sample.trace) { sample.trace.snapshot(of: lock, atChange: $0)?.waiters.isEmpty == false })
        let renderer = sample.renderer(cursor: waiting, selected: 2)
        let grid = drawPane(Size(width: 100, height: 28)) { renderer.draw(in: &$0, area: $1) }
        let text = grid.text
        XCTAssertTrue(text.contains("lock Lock held by Thread-1 (work)"), text)
        XCTAssertTrue(text.contains("waiting: Thread-2 (work)"), text)
        assertSnapshot(text, named: "runview-lock-waiting-100x28")
    }

    func test_twoThreadsAndALock_atTheEnd_at80x24_showsBannerOutputAndNames() {
        let (text, _) = screen(SampleRuns.twoThreadsAndALock(), size: Size(width: 80, height: 24), keys: [.character("G")])
        XCTAssertTrue(text.contains("exit status 0"))
        XCTAssertTrue(text.contains("count = 2"))
        XCTAssertTrue(text.contains("Thread-1 (w"))
        assertSnapshot(text, named: "runview-lock-end-80x24")
    }

    func test_lineThatJustRan_isMarked_andThreadMarkersAreOnTheirLines() throws {
        let sample = SampleRuns.twoThreadsAndALock()
        let lock = PrimitiveID(1)
        let waiting = try XCTUnwrap(firstChange(in: sample.trace) { sample.trace.snapshot(of: lock, atChange: $0)?.waiters.isEmpty == false })
        let renderer = sample.renderer(cursor: waiting)
        let grid = drawPane(Size(width: 50, height: 20)) { renderer.drawCode(in: &$0, rect: $1) }
        let lines = grid.lines
        XCTAssertTrue(lines.contains { $0.contains(" 8→2") && $0.contains("with lock:") }, grid.text)
        XCTAssertTrue(lines.contains { $0.contains(" 9 1") && $0.contains("count += 1") }, grid.text)
        XCTAssertTrue(lines.contains { $0.contains("15 M") }, grid.text)
    }

    // MARK: - Deadlock

    func test_deadlock_atTheEnd_highlightsTheCycle() throws {
        let sample = SampleRuns.deadlock()
        let renderer = sample.renderer(cursor: sample.trace.changeCount - 1)
        let grid = drawPane(Size(width: 40, height: 9)) { renderer.drawLocks(in: &$0, rect: $1) }
        assertSnapshot(grid.text, named: "runview-deadlock-locks")
        let row = try XCTUnwrap(grid.lines.firstIndex { $0.contains("⟳ a Lock held by Thread-1 (one)") }, grid.text)
        XCTAssertEqual(grid[1, row].style, renderer.theme.cycle)
        XCTAssertTrue(grid.text.contains("⟳ b Lock held by Thread-2 (two)"))
        let (text, _) = screen(sample, size: Size(width: 80, height: 24), keys: [.character("G")])
        XCTAssertTrue(text.contains("deadlock: every thread is blocked"), text)
        assertSnapshot(text, named: "runview-deadlock-80x24")
    }

    func test_deadlock_beforeTheEnd_showsNoCycle() {
        let sample = SampleRuns.deadlock()
        let renderer = sample.renderer(cursor: sample.trace.changeCount - 3)
        XCTAssertFalse(renderer.lockLines().map(\.text).joined().contains("⟳"))
    }

    // MARK: - Fifty threads

    func test_fiftyThreads_timelineScrollsToTheSelectedThread_at120x40() {
        let sample = SampleRuns.manyThreads(50)
        let keys = [Key](repeating: .character("n"), count: 120) + [Key](repeating: .tab, count: 30)
        let (text, _) = screen(sample, size: Size(width: 120, height: 40), keys: keys)
        XCTAssertTrue(text.contains("Thread-30 (worker)"), text)
        XCTAssertTrue(text.contains("of 51"), text)
        assertSnapshot(text, named: "runview-50-threads-120x40")
    }

    func test_fiftyThreads_asciiNoColor_usesDistinctGlyphs() {
        let sample = SampleRuns.manyThreads(50)
        let keys = [Key](repeating: .character("n"), count: 150)
        let (text, grid) = screen(sample, size: Size(width: 100, height: 30), keys: keys, colors: false, unicode: false)
        XCTAssertTrue(text.allSatisfy(\.isASCII), text)
        for glyph in ["#", "-", "x", ".", "_"] {
            XCTAssertTrue(text.contains("\(glyph) "), "legend shows \(glyph)")
        }
        XCTAssertFalse(grid.map { g in (0..<g.size.height).contains { y in (0..<g.size.width).contains { g[$0, y].style.foreground != .default } } } ?? true,
                       "NO_COLOR: no foreground colours at all")
        assertSnapshot(text, named: "runview-50-threads-ascii-100x30")
    }

    // MARK: - Semaphore and queue

    func test_semaphoreAndQueue_showValuesAndWaitersInOrder() throws {
        let sample = SampleRuns.semaphoreAndQueue()
        let slots = PrimitiveID(1), jobs = PrimitiveID(2)
        let both = try XCTUnwrap(firstChange(in: sample.trace) {
            sample.trace.snapshot(of: slots, atChange: $0)?.waiters.isEmpty == false
                && sample.trace.snapshot(of: jobs, atChange: $0)?.waiters.count == 2
                && sample.trace.gilHolder(process: ProcessID(1), atChange: $0) == ThreadID(1)
        })
        let renderer = sample.renderer(cursor: both)
        let grid = drawPane(Size(width: 64, height: 10)) { renderer.drawLocks(in: &$0, rect: $1) }
        let text = grid.text
        XCTAssertTrue(text.contains("slots Semaphore value 0"), text)
        XCTAssertTrue(text.contains("jobs Queue size 0"), text)
        XCTAssertTrue(text.contains("waiting: Thread-1 (consumer), Thread-2 (consumer)"), text)
        assertSnapshot(text, named: "runview-semaphore-queue-locks")
    }

    // MARK: - Frames

    func test_closureCounter_showsTheCell_andHighlightsItsChange() throws {
        let sample = SampleRuns.closureCounter()
        let main = ThreadID(1)
        let bumped = try XCTUnwrap(firstChange(in: sample.trace) {
            sample.trace.frames(of: main, atChange: $0)?.last?.cells.first?.repr == "1"
        })
        let renderer = sample.renderer(cursor: bumped)
        let grid = drawPane(Size(width: 70, height: 8)) { renderer.drawFrames(in: &$0, rect: $1) }
        let text = grid.text
        XCTAssertTrue(text.contains("◆ count = 1  cell of make_counter, shared with inc"), text)
        assertSnapshot(text, named: "runview-closure-frames")
        let row = try XCTUnwrap(grid.lines.firstIndex { $0.contains("◆ count = 1") })
        let column = try XCTUnwrap(grid.lines[row].firstIndex(of: "1")).utf16Offset(in: grid.lines[row])
        XCTAssertEqual(grid[column, row].style, renderer.theme.changed, "the value that just changed stands out")
    }

    func test_generatorPair_keepsTheSuspendedFrameVisible_dimmed() throws {
        let sample = SampleRuns.generatorPair()
        let main = ThreadID(1)
        let working = try XCTUnwrap(firstChange(in: sample.trace) {
            sample.trace.frames(of: main, atChange: $0)?.contains { $0.kind == .suspendedGenerator } ?? false
        })
        let renderer = sample.renderer(cursor: working + 1)
        let grid = drawPane(Size(width: 50, height: 12)) { renderer.drawFrames(in: &$0, rect: $1) }
        let text = grid.text
        XCTAssertTrue(text.contains("⏸ produce  paused at line 4"), text)
        assertSnapshot(text, named: "runview-generators-frames")
        let row = try XCTUnwrap(grid.lines.firstIndex { $0.contains("paused at line 4") })
        XCTAssertEqual(grid[3, row].style, renderer.theme.dim)
    }

    // MARK: - Output

    func test_output_showsStderrMarked_upToTheCursorOnly() {
        var recorder = SampleRuns.Recorder()
        recorder.thread(1, "MainThread", line: 1)
        recorder.print(1, "one\n")
        recorder.print(1, "Traceback (most recent call last):\n", stream: .stderr)
        recorder.print(1, "par")
        recorder.print(1, "tial\n")
        recorder.print(1, "later\n")
        let sample = SampleRuns.Sample(name: "out", path: "out.py", source: "print(1)\n", trace: recorder.trace, ending: RunEnding(status: 1))
        let renderer = sample.renderer(cursor: 4, colors: false, unicode: false)
        let grid = drawPane(Size(width: 40, height: 6)) { renderer.drawOutput(in: &$0, rect: $1) }
        XCTAssertEqual(grid.lines.dropFirst().prefix(3).map { String($0.dropLast().reversed().drop { $0 == " " }.reversed()) },
                       ["| one", "|!Traceback (most recent call last):", "| partial"])
        XCTAssertFalse(grid.text.contains("later"))
    }

    // MARK: - Manual scheduling

    func test_choicePrompt_listsTheCandidatesNumbered_withTheHighlightedOneMarked() {
        let sample = SampleRuns.twoThreadsAndALock()
        var renderer = sample.renderer(cursor: 20)
        let choice = SchedulingChoice(time: 0, candidates: [ThreadID(2), ThreadID(3)], question: "Who takes the GIL?")
        renderer.prompt = (choice, 1)
        let grid = drawPane(Size(width: 50, height: 12)) { renderer.drawPrompt(choice, selection: 1, in: &$0, over: $1) }
        let text = grid.text
        XCTAssertTrue(text.contains("Who takes the GIL?"), text)
        XCTAssertTrue(text.contains("  1 Thread-1 (work)"), text)
        XCTAssertTrue(text.contains("▸ 2 Thread-2 (work)"), text)
        assertSnapshot(text, named: "runview-choice-prompt")
    }

    // MARK: - Resizing

    func test_resize_reLaysOut_andTooSmallRecovers() {
        let sample = SampleRuns.twoThreadsAndALock()
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let app = TutorApp(terminal: terminal, watching: sample.makeSource(), request: RunRequest(path: sample.path, source: sample.source),
                           factory: nil)
        terminal.enqueue(.character("n"))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("Timeline"))
        terminal.resize(to: Size(width: 70, height: 20))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("terminal too small"))
        terminal.resize(to: Size(width: 80, height: 24))
        _ = app.run()
        XCTAssertTrue(terminal.screenText.contains("Timeline"))
        XCTAssertEqual(terminal.lastGrid?.size, Size(width: 80, height: 24))
    }

    func test_help_listsTheRunViewKeys() {
        let (text, _) = screen(SampleRuns.twoThreadsAndALock(), size: Size(width: 100, height: 30), keys: [.character("?")])
        XCTAssertTrue(text.contains("Help: Run: lock_counter.py"), text)
        XCTAssertTrue(text.contains("next event"), text)
        XCTAssertTrue(text.contains("manual scheduling"), text)
    }
}
