import Machine
import TerminalUI
import Trace

/// Draws one frame of the run view from the trace at the controller's cursor. A value made
/// per frame: it reads, never changes, the playback state.
struct RunViewRenderer {
    let theme: Theme
    let trace: Trace
    let index: TraceIndex
    let state: PlaybackController
    let path: String
    /// The program's lines, coloured once per source by the screen.
    let codeLines: [[Span]]
    /// Set when the run has ended (shown once the cursor reaches the last change).
    let ending: RunEnding?
    let options: RunOptions
    /// A scheduling choice waiting for the learner at the cursor, with the candidate highlighted.
    var prompt: (choice: SchedulingChoice, selection: Int)?
    var manualScheduling = false
    /// The learner made a pick at the cursor (`t` changes it).
    var pickHere = false
    /// Which side pane the locks' slot shows when they do not all fit (`p` cycles).
    var sidePane = 0

    let cursor: Int
    let cursorTime: Nanoseconds
    let keys: [ThreadID: Character]
    let positions: [ThreadID: Int]

    init(theme: Theme, trace: Trace, index: TraceIndex, state: PlaybackController, path: String,
         codeLines: [[Span]], ending: RunEnding?, options: RunOptions) {
        self.theme = theme
        self.trace = trace
        self.index = index
        self.state = state
        self.path = path
        self.codeLines = codeLines
        self.ending = ending
        self.options = options
        cursor = trace.changeCount == 0 ? 0 : min(max(state.cursor, 0), trace.changeCount - 1)
        cursorTime = trace.changeCount == 0 ? 0 : trace.time(ofChange: cursor)
        keys = ThreadKeys.make(trace.threads)
        positions = Dictionary(uniqueKeysWithValues: trace.threads.enumerated().map { ($1.id, $0) })
    }

    /// The ending, once the cursor is on the last change of a finished run.
    var visibleEnding: RunEnding? {
        guard let ending, cursor >= trace.changeCount - 1 else { return nil }
        return ending
    }

    var selectedThread: ThreadInfo? {
        trace.threads.indices.contains(state.selectedThread) ? trace.threads[state.selectedThread] : nil
    }

    /// Rows the timeline wants inside its border: the axis, a GIL row per process, the threads.
    /// With several processes, each also has a header row.
    var timelineRows: Int { showsProcesses ? 1 + timelineRowList.count : 1 + gilProcesses.count + trace.threads.count }

    /// Processes that have a GIL row (none in a free-threaded run).
    var gilProcesses: [ProcessID] { options.noGIL ? [] : trace.processes }

    func layout(in area: Rect) -> RunViewLayout {
        // The right column's width, as the layout will make it, decides whether waiters share a line.
        let rightWidth = area.width - RunViewLayout.codeWidth(for: area) - 2
        let extras = sidePanes.dropFirst().map { lineCount(of: $0, width: rightWidth) }
        func make(lockRows: Int, frameRows: Int = frameLines().count) -> RunViewLayout {
            RunViewLayout(area: area, timelineRows: timelineRows, lockRows: lockRows, frameRows: frameRows,
                          processRows: showsProcesses ? processTableLines().count : 0, memoryRows: showsProcesses ? memoryRowCount : 0,
                          sideRows: extras)
        }
        let layout = make(lockRows: lockLineCount(width: rightWidth))
        // Not all fit: the shared slot is sized for the pane it shows, which the learner picked
        // with `p`, so it may take room from the frames.
        guard !extras.isEmpty, layout.side.isEmpty, compactPane != .locks else { return layout }
        return make(lockRows: lineCount(of: compactPane, width: rightWidth), frameRows: min(frameLines().count, 1))
    }

    func draw(in grid: inout CellGrid, area: Rect) {
        draw(in: &grid, layout: layout(in: area))
    }

    func draw(in grid: inout CellGrid, layout: RunViewLayout) {
        drawCode(in: &grid, rect: layout.code)
        drawFrames(in: &grid, rect: layout.frames)
        if layout.side.isEmpty {
            drawSidePane(sidePanes.count > 1 ? compactPane : .locks, in: &grid, rect: layout.locks, compact: true)
        } else {
            drawLocks(in: &grid, rect: layout.locks)
            for (pane, rect) in zip(sidePanes.dropFirst(), layout.side) { drawSidePane(pane, in: &grid, rect: rect, compact: false) }
        }
        drawOutput(in: &grid, rect: layout.output)
        drawTimeline(in: &grid, rect: layout.timeline)
        if let rect = layout.processes { drawProcessTable(in: &grid, rect: rect) }
        if let rect = layout.memory { drawMemory(in: &grid, rect: rect) }
        if let prompt {
            drawPrompt(prompt.choice, selection: prompt.selection, in: &grid, over: layout.code.inset(by: 1))
        } else if let ending = visibleEnding {
            drawEndBanner(ending, in: &grid, over: layout.code.inset(by: 1))
        }
    }

    func name(_ thread: ThreadID) -> String {
        trace.info(of: thread)?.name ?? theme.strings.threadNumber(Int(thread.raw))
    }

    func threadStyle(_ thread: ThreadID, bold: Bool = false) -> Style {
        theme.threadStyle(positions[thread] ?? 0, bold: bold)
    }

    // MARK: - Code

    /// Each live thread's line at the cursor.
    func threadLines() -> [(thread: ThreadID, line: Int)] {
        trace.threads.compactMap { info in
            guard let slice = trace.slice(of: info.id, atChange: cursor) else { return nil }
            switch slice.state {
            case .notStarted, .finished: return nil
            default: break
            }
            guard let line = trace.line(of: info.id, atChange: cursor), line > 0 else { return nil }
            return (info.id, line)
        }
    }

    /// The line that just ran: the latest line step at or before the cursor, while its thread is still on it.
    func justRanLine() -> Int? {
        guard let step = index.lastStep(atOrBefore: cursor) else { return nil }
        return trace.line(of: step.thread, atChange: step.change)
    }

    func drawCode(in grid: inout CellGrid, rect: Rect) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let inner = Pane.draw(in: &grid, rect: rect, title: name, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        guard !inner.isEmpty else { return }
        let onLine = Dictionary(grouping: threadLines(), by: \.line)
        let selected = selectedThread?.id
        let ran = justRanLine()
        let focus = selected.flatMap { id in onLine.first { $0.value.contains { $0.thread == id } }?.key } ?? ran ?? 1
        let numberWidth = max(String(codeLines.count).count, 2)
        let top = min(max(focus - 1 - inner.height / 3, 0), max(codeLines.count - inner.height, 0))
        for row in 0..<inner.height {
            let lineNumber = top + row + 1
            guard lineNumber <= codeLines.count else { break }
            let y = inner.y + row
            var x = inner.x
            x += grid.write(pad(String(lineNumber), width: numberWidth, alignRight: true), x: x, y: y, style: theme.dim, clip: inner)
            x += grid.write(lineNumber == ran ? theme.ranMark : " ", x: x, y: y, style: theme.strong, clip: inner)
            // Thread keys: "1", "1,2" for two, "1+" for more; the selected thread first, emphasised.
            // The comma keeps two keys from reading as a number under NO_COLOR.
            var here = (onLine[lineNumber] ?? []).map(\.thread)
            if let selected, let position = here.firstIndex(of: selected) { here.insert(here.remove(at: position), at: 0) }
            func key(_ thread: ThreadID, at column: Int) {
                var style = threadStyle(thread, bold: true)
                if thread == selected { style.reverse = true }
                grid.write(String(keys[thread] ?? "?"), x: column, y: y, style: style, clip: inner)
            }
            if let first = here.first { key(first, at: x) }
            if here.count == 2 {
                grid.write(",", x: x + 1, y: y, style: theme.dim, clip: inner)
                key(here[1], at: x + 2)
            } else if here.count > 2 {
                grid.write("+", x: x + 1, y: y, style: theme.strong, clip: inner)
            }
            x += 3
            x += grid.write(" ", x: x, y: y, clip: inner)
            StyledLine(codeLines[lineNumber - 1]).draw(in: &grid, x: x, y: y, clip: inner)
            if lineNumber == ran {
                let highlight = theme.justRan
                grid.restyle(Rect(x: x, y: y, width: inner.maxX - x, height: 1)) { style in
                    style.background = highlight.background
                    style.bold = style.bold || highlight.bold
                }
            }
        }
    }
}

func pad(_ text: String, width: Int, alignRight: Bool) -> String {
    let missing = width - displayWidth(text)
    guard missing > 0 else { return text }
    let spaces = String(repeating: " ", count: missing)
    return alignRight ? spaces + text : text + spaces
}
