import Foundation
import LessonKit
import Machine
import TerminalUI
import Trace
import XCTest
@testable import Tutor
import TutorFixtures

/// A program that never ends, revealed as it runs: each `advance` records a few line steps of
/// the main thread; under manual scheduling every fourth advance stops at a choice between
/// two workers until `choose`. Made by `FakeFactory`, which records what it was asked for.
final class FakeRunSource: RunSource {
    let path = "endless.py"
    let source = "while True:\n    x = 1\n    y = 2\n"
    private(set) var trace = Trace()
    var ending: RunEnding?
    var manualScheduling = false
    private(set) var pendingChoice: SchedulingChoice?
    private(set) var choices: ChoiceLog
    private(set) var advanced: [Int] = []
    /// Record each advance's state change before its line steps (as a real run often does
    /// when it stops at a choice), so only line steps follow the last event.
    var eventFirst = false
    private var now: Nanoseconds = 0
    private var line = 1
    let main = ThreadID(1), left = ThreadID(2), right = ThreadID(3)

    init(choices: ChoiceLog = []) {
        self.choices = choices
        let process = ProcessID(1)
        trace.addThread(ThreadInfo(id: main, process: process, name: "MainThread"), at: 0, line: 1)
        trace.addThread(ThreadInfo(id: left, process: process, name: "Left"), at: 0, line: 2)
        trace.addThread(ThreadInfo(id: right, process: process, name: "Right"), at: 0, line: 3)
        trace.setState(main, .running(core: 0), line: 1, at: 0)
        trace.setGILHolder(main, process: process, reason: .acquired, at: 0)
    }

    func advance(instructions: Int) {
        advanced.append(instructions)
        guard pendingChoice == nil, ending == nil else { return }
        if manualScheduling && advanced.count % 4 == 0 {
            pendingChoice = SchedulingChoice(time: now, candidates: [left, right], question: "Who takes the GIL?")
            return
        }
        if eventFirst { trace.setState(left, advanced.count % 2 == 0 ? .waitingForGIL : .sleeping, line: 2, at: now) }
        for _ in 0..<3 {
            now += 1_000
            trace.recordStep(main, line: line, frames: [FrameSnapshot(function: "<module>", line: line)], at: now)
            line = line % 3 + 1
        }
        now += 1_000
        if !eventFirst { trace.setState(left, advanced.count % 2 == 0 ? .waitingForGIL : .sleeping, line: 2, at: now) }
    }

    func choose(_ thread: ThreadID) {
        guard pendingChoice != nil else { return }
        pendingChoice = nil
        choices.appendPick(thread)
        now += 1_000
        trace.setState(thread, .running(core: 0), line: 2, at: now)
    }
}

/// Records each request and returns a fresh fake source replaying the given choices.
final class FakeFactory {
    private(set) var calls: [(options: RunOptions, choices: ChoiceLog)] = []
    private(set) var sources: [FakeRunSource] = []

    var factory: RunSourceFactory {
        { [unowned self] _, _, _, options, choices in
            self.calls.append((options, choices))
            let source = FakeRunSource(choices: choices)
            self.sources.append(source)
            return source
        }
    }
}

/// An in-memory terminal whose input ends in Ctrl-C after `idleReads` reads in a row found no
/// key: an animating app polls for ever, since an in-memory terminal never blocks.
final class IdleLimitedTerminal: Terminal {
    let memory: MemoryTerminal
    let idleReads: Int
    private var idle = 0

    init(_ memory: MemoryTerminal, idleReads: Int) {
        self.memory = memory
        self.idleReads = idleReads
    }

    var size: Size { memory.size }
    var capabilities: TerminalCapabilities { memory.capabilities }
    var screenText: String { memory.screenText }
    var presentCount: Int { memory.presentCount }
    func enqueue(_ keys: Key...) { memory.enqueue(keys) }
    func present(_ grid: CellGrid) { memory.present(grid) }

    func readKey(timeout: Int?) -> Key? {
        if let key = memory.readKey(timeout: timeout) {
            idle = 0
            return key
        }
        idle += 1
        if idle > idleReads {
            idle = 0
            return .control("c")
        }
        return nil
    }
}

/// A context for screens driven without the app.
func makeRunContext(colors: Bool = true, unicode: Bool = true) -> AppContext {
    AppContext(catalog: Catalog(lessons: [], root: URL(fileURLWithPath: "/")), progress: LearnerProgress(), store: nil,
               theme: Theme(capabilities: TerminalCapabilities(colors: colors, unicode: unicode)))
}

/// The first change at which `condition` holds.
func firstChange(in trace: Trace, where condition: (Int) -> Bool) -> Int? {
    (0..<trace.changeCount).first(where: condition)
}

extension SampleRuns.Sample {
    var index: TraceIndex {
        var index = TraceIndex()
        index.update(from: trace)
        return index
    }

    /// A renderer on this sample with the cursor at `cursor` and thread `selected` selected.
    func renderer(cursor: Int, selected: Int = 0, colors: Bool = true, unicode: Bool = true) -> RunViewRenderer {
        var state = PlaybackController()
        state.cursor = cursor
        state.selectedThread = selected
        let theme = Theme(capabilities: TerminalCapabilities(colors: colors, unicode: unicode))
        return RunViewRenderer(theme: theme, trace: trace, index: index, state: state, path: path,
                               codeLines: PythonHighlighter(theme: theme).highlight(source), ending: ending, options: RunOptions())
    }
}

/// Draws one pane of `renderer` into a grid of `size` and returns the grid.
func drawPane(_ size: Size, _ draw: (inout CellGrid, Rect) -> Void) -> CellGrid {
    var grid = CellGrid(size: size)
    draw(&grid, Rect(size: size))
    return grid
}
