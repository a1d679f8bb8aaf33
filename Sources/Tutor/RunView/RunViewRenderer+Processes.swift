import TerminalUI
import Trace

/// A row of the timeline in a run of several processes: each process's header (pid, name,
/// its life with fork, exit and reap marked), its threads, then its GIL lane.
enum TimelineRow: Equatable {
    case process(ProcessID)
    /// Index into `trace.threads`.
    case thread(Int)
    case gil(ProcessID)
}

/// The process table and the address spaces, shown when a run has more than one process.
extension RunViewRenderer {
    /// Whether the run has more than one process (a single-process run looks as it always did).
    var showsProcesses: Bool { trace.processes.count > 1 }

    /// The process table at the cursor.
    var processRows: [ProcessRow] { trace.processTable(atChange: cursor) }

    /// The timeline's scrolling rows: threads alone in a single-process run, else grouped by process.
    var timelineRowList: [TimelineRow] {
        guard showsProcesses else { return trace.threads.indices.map { .thread($0) } }
        var rows: [TimelineRow] = []
        for process in trace.processes {
            rows.append(.process(process))
            rows += trace.threads.indices.filter { trace.threads[$0].process == process }.map { .thread($0) }
            if gilProcesses.contains(process) { rows.append(.gil(process)) }
        }
        return rows
    }

    /// The selected thread's position among the timeline's scrolling rows.
    var selectedTimelineRow: Int {
        timelineRowList.firstIndex(of: .thread(state.selectedThread)) ?? state.selectedThread
    }

    /// "pid 4243 Process-1": how the timeline and the memory pane name a process.
    func processLabel(_ process: ProcessID) -> String {
        guard let row = processRows.first(where: { $0.process == process }) else {
            return trace.processLabels[process] ?? "p\(process.raw)"
        }
        return "pid \(row.pid) \(row.name)"
    }

    // MARK: - Timeline marks

    /// The glyphs marking a process's start (fork), exit and reaping on its header row.
    var forkMark: Character { theme.unicode ? "◆" : "*" }
    /// Unlike blocked's ╳ (x in ASCII), which it would sit beside in the legend.
    var exitMark: Character { theme.unicode ? "■" : "X" }
    var reapMark: Character { theme.unicode ? "○" : "o" }

    /// The legend for the process marks, drawn beside the states' legend when it fits.
    var processLegend: [Span] {
        let s = theme.strings
        return [(forkMark, s.forkLegend), (exitMark, s.exitLegend), (reapMark, s.reapLegend)].flatMap { mark, word in
            [Span(text: String(mark), style: theme.strong), Span(text: " \(word) ", style: theme.dim)]
        }
    }

    /// A process's header row: a line while it runs, dots while a zombie, marks at fork, exit and reap.
    func drawProcessBar(_ process: ProcessID, in grid: inout CellGrid, x: Int, y: Int, geometry: TimelineGeometry, clip: Rect) {
        let unit = max(geometry.unit, 1)
        let events = trace.processEvents.filter { $0.process == process && $0.change <= cursor }
        func column(_ time: Nanoseconds) -> Int { Int((time - geometry.start) / unit) }
        guard let start = events.first(where: { if case .started = $0.kind { return true } else { return false } }) else { return }
        let exit = events.first { if case .exited = $0.kind { return true } else { return false } }
        let reap = events.first { $0.kind == .reaped }
        let line = theme.unicode ? "─" : "-"
        let zombie = theme.unicode ? "┄" : "."
        let end = column(reap?.time ?? cursorTime)
        let exitColumn = exit.map { column($0.time) } ?? end + 1
        // Zoomed in, the life may start before the window or have ended before it.
        let first = max(column(start.time), 0)
        let last = min(end, geometry.columns - 1)
        if first <= last {
            for c in first...last { grid.write(c < exitColumn ? line : zombie, x: x + c, y: y, style: theme.dim, clip: clip) }
        }
        for (event, mark) in [(start, forkMark), (exit, exitMark), (reap, reapMark)] {
            guard let event else { continue }
            let c = column(event.time)
            guard c >= 0 && c < geometry.columns else { continue }
            grid.write(String(mark), x: x + c, y: y, style: event.change == cursor ? theme.changed : theme.strong, clip: clip)
        }
    }

    // MARK: - Process table

    /// The process table's lines: a header, then a row per process (pid, ppid, name, state,
    /// exit code). A row that changed at the cursor stands out.
    func processTableLines() -> [StyledLine] {
        let s = theme.strings
        let rows = processRows
        let before = cursor > 0 ? Dictionary(trace.processTable(atChange: cursor - 1).map { ($0.process, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
        let nameWidth = min(max(rows.map { displayWidth($0.name) }.max() ?? 4, displayWidth(s.processName)), 16)
        let stateWidth = ([s.processState, s.processRunning, s.processZombie, s.processReaped].map(displayWidth).max() ?? 8) + 1
        func cells(_ pid: String, _ ppid: String, _ name: String, _ state: String, _ exit: String) -> String {
            pad(pid, width: 6, alignRight: false) + pad(ppid, width: 6, alignRight: false)
                + pad(truncate(name, width: nameWidth, ascii: !theme.unicode), width: nameWidth + 1, alignRight: false)
                + pad(state, width: stateWidth, alignRight: false) + exit
        }
        var lines = [StyledLine(cells(s.pidHeader, s.ppidHeader, s.processName, s.processState, s.exitCodeHeader), theme.dim)]
        for row in rows {
            let (state, exit): (String, String)
            switch row.state {
            case .running: (state, exit) = (s.processRunning, "")
            case .zombie(let code): (state, exit) = (s.processZombie, String(code))
            case .reaped(let code): (state, exit) = (s.processReaped, String(code))
            }
            let changed = cursor > 0 && before[row.process] != row
            lines.append(StyledLine(cells(String(row.pid), String(row.parentPID), row.name, state, exit), changed ? theme.changed : theme.plain))
        }
        return lines
    }

    func drawProcessTable(in grid: inout CellGrid, rect: Rect) {
        let inner = Pane.draw(in: &grid, rect: rect, title: theme.strings.processes, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        guard inner.height > 0 else { return }
        var lines = processTableLines()
        if lines.count > inner.height {
            // Too many processes: the header goes first, then the oldest rows (the newest is
            // usually the news), a line saying how many are left out.
            lines.removeFirst()
            if lines.count > inner.height {
                let shown = max(inner.height - 1, 0)
                lines = [StyledLine(theme.strings.moreProcesses(lines.count - shown), theme.dim)] + lines.suffix(shown)
            }
        }
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x, y: inner.y + row, clip: inner)
        }
    }

    // MARK: - Address spaces

    /// The globals of `process` at the cursor: its main thread's `<module>` frame (a process's
    /// first thread is its main thread, the one that forked it into being).
    func globals(of process: ProcessID, atChange change: Int) -> [VariableSnapshot]? {
        guard change >= 0, let main = trace.threads.first(where: { $0.process == process }),
              let frames = trace.frames(of: main.id, atChange: change) else { return nil }
        return frames.first { $0.kind == .active && $0.function == "<module>" }?.locals.filter { !Self.isDefinition($0.repr) }
    }

    /// Functions, classes and modules are the same in every process: only data is worth the room.
    static func isDefinition(_ repr: String) -> Bool {
        ["<function ", "<class ", "<module ", "<built-in "].contains { repr.hasPrefix($0) }
    }

    /// Rows the memory pane wants inside its border: a header and the longest list of globals.
    var memoryRowCount: Int {
        1 + (trace.processes.map { globals(of: $0, atChange: cursor)?.count ?? 1 }.max() ?? 1)
    }

    /// One column per process, side by side; with more than fit, the selected thread's process
    /// and its neighbours, the title saying which.
    func drawMemory(in grid: inout CellGrid, rect: Rect) {
        let s = theme.strings
        let processes = processRows.map(\.process)
        let minimumWidth = 18
        let innerWidth = max(rect.width - 2, 1)
        let fit = max(min(processes.count, (innerWidth + 1) / (minimumWidth + 1)), 1)
        let selectedProcess = selectedThread?.process
        let selectedAt = processes.firstIndex { $0 == selectedProcess } ?? 0
        let first = min(max(selectedAt - fit / 2, 0), max(processes.count - fit, 0))
        let shown = Array(processes[first..<min(first + fit, processes.count)])
        var title = s.addressSpaces
        if shown.count < processes.count { title += s.processRange(first + 1, first + shown.count, processes.count) }
        let inner = Pane.draw(in: &grid, rect: rect, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        guard inner.height > 0, !shown.isEmpty else { return }
        let width = (inner.width - (shown.count - 1)) / shown.count
        for (position, process) in shown.enumerated() {
            let x = inner.x + position * (width + 1)
            let column = Rect(x: x, y: inner.y, width: width, height: inner.height)
            if position > 0 {
                for y in inner.y..<inner.maxY { grid.write(theme.unicode ? "│" : "|", x: x - 1, y: y, style: theme.border, clip: inner) }
            }
            var header = theme.strong
            if process == selectedProcess { header.reverse = true }
            grid.write(truncate(processLabel(process), width: width, ascii: !theme.unicode), x: x, y: inner.y, style: header, clip: column)
            guard let variables = globals(of: process, atChange: cursor) else {
                grid.write(truncate(s.noFrames, width: width, ascii: !theme.unicode), x: x, y: inner.y + 1, style: theme.dim, clip: column)
                continue
            }
            let previous = globals(of: process, atChange: cursor - 1)
            for (row, variable) in variables.prefix(inner.height - 1).enumerated() {
                let changed = previous != nil && previous?.first { $0.name == variable.name }?.repr != variable.repr
                let line = StyledLine([Span(text: "\(variable.name) = ", style: theme.plain),
                                       Span(text: variable.repr, style: changed ? theme.changed : theme.plain)])
                line.draw(in: &grid, x: x, y: inner.y + 1 + row, clip: column)
            }
        }
    }
}
