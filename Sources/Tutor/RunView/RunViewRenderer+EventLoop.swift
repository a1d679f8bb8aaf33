import TerminalUI
import Trace

/// What the side column shows beside the frames: the locks always, the event loop when the
/// run has an asyncio loop or a gevent hub, the kernel when it opened descriptors.
enum SidePane: Equatable {
    case locks, eventLoop, kernel
}

/// The event loop pane and the marks where one coroutine hands its thread to another.
extension RunViewRenderer {
    /// The side panes this run has, in the order `p` cycles through them.
    var sidePanes: [SidePane] {
        var panes: [SidePane] = [.locks]
        if trace.hasEventLoop { panes.append(.eventLoop) }
        if trace.usesKernel { panes.append(.kernel) }
        return panes
    }

    /// The pane the locks' slot shows when the side panes do not all fit.
    var compactPane: SidePane { sidePanes[sidePane % sidePanes.count] }

    /// Lines a side pane wants inside its border, for the layout.
    func lineCount(of pane: SidePane, width: Int) -> Int {
        switch pane {
        case .locks: return lockLineCount(width: width)
        case .eventLoop: return loopLines(width: width).count
        // The pane wraps addresses only when every entry fits twice (drawKernel).
        case .kernel: return kernelLines(width: width, wrap: false).count
        }
    }

    func drawSidePane(_ pane: SidePane, in grid: inout CellGrid, rect: Rect, compact: Bool) {
        // In the one shared slot the title says which key shows the others.
        let hint = compact && sidePanes.count > 1 ? "  [p]" : ""
        switch pane {
        case .locks: drawLocks(in: &grid, rect: rect, hint: hint)
        case .eventLoop: drawEventLoop(in: &grid, rect: rect, hint: hint)
        case .kernel: drawKernel(in: &grid, rect: rect, hint: hint)
        }
    }

    // MARK: - Event loop

    /// Each loop's state at the cursor: what runs now (or that it waits), the last hand-over,
    /// the ready queue in order, the timers by when they are due, and what a hub waits on.
    func loopLines(width: Int = 1_000) -> [StyledLine] {
        let s = theme.strings
        let loops = trace.loopStates(atChange: cursor)
        var lines: [StyledLine] = []
        for loop in loops {
            let previous = cursor > 0 ? trace.loopStates(atChange: cursor - 1).first { $0.thread == loop.thread } : nil
            let changed = previous != nil && previous != loop
            if loops.count > 1 { lines.append(StyledLine(name(loop.thread), theme.strong)) }
            if let running = loop.running {
                lines.append(StyledLine([Span(text: s.loopNow, style: theme.dim), Span(text: loopText(running), style: changed ? theme.changed : theme.strong)]))
            } else {
                lines.append(StyledLine(s.loopWaiting, changed ? theme.changed : theme.dim))
            }
            if loop.readyCount == 0 {
                lines.append(StyledLine(s.nothingReady, theme.dim))
            } else {
                lines.append(listLine(heading: s.readyHeading(loop.readyCount), items: loop.ready, total: loop.readyCount, width: width))
            }
            if loop.timerCount > 0 {
                lines.append(StyledLine(s.timersHeading(loop.timerCount), theme.dim))
                for timer in loop.timers {
                    let when = timer.due > cursorTime ? s.timerIn(formatDuration(timer.due - cursorTime, ascii: !theme.unicode)) : s.timerDue
                    lines.append(StyledLine([Span(text: "  " + when, style: theme.dim), Span(text: loopText(timer.what), style: theme.plain)]))
                }
                if loop.timerCount > loop.timers.count {
                    lines.append(StyledLine("  " + s.moreEntries(loop.timerCount - loop.timers.count), theme.dim))
                }
            }
            if !loop.waitsOn.isEmpty {
                lines.append(listLine(heading: s.waitsOn, items: loop.waitsOn, total: loop.waitsOn.count, width: width))
            }
            // The last hand-over comes last: the status line names it too when it happens.
            if let mark = trace.switchMarks(of: loop.thread).last(where: { $0.change <= cursor }), let from = mark.from {
                lines.append(StyledLine([Span(text: loopText(s.lastSwitch(name(from), name(mark.to))), style: mark.change == cursor ? theme.changed : theme.dim)]))
            }
        }
        return lines
    }

    /// `heading` and as many items as fit in `width`, then how many were left out.
    private func listLine(heading: String, items: [String], total: Int, width: Int) -> StyledLine {
        let s = theme.strings
        var spans = [Span(text: heading, style: theme.dim)]
        var used = displayWidth(heading)
        var shown = 0
        for item in items {
            let separator = shown == 0 ? "" : s.listSeparator
            let more = displayWidth(s.moreEntries(total - shown - 1))
            let need = displayWidth(separator) + displayWidth(item) + (shown + 1 < total ? more : 0)
            if shown > 0 && used + need > width { break }
            if !separator.isEmpty { spans.append(Span(text: separator, style: theme.dim)) }
            spans.append(Span(text: loopText(item), style: theme.plain))
            used += displayWidth(separator) + displayWidth(item)
            shown += 1
        }
        if shown < total { spans.append(Span(text: s.moreEntries(total - shown), style: theme.dim)) }
        return StyledLine(spans)
    }

    /// A name the engine recorded, in the theme's characters (`sleep → task` has an arrow).
    func loopText(_ text: String) -> String {
        theme.unicode ? text : text.replacingOccurrences(of: "→", with: "->")
    }

    func drawEventLoop(in grid: inout CellGrid, rect: Rect, hint: String = "") {
        let gevent = trace.loopStates(atChange: cursor).first?.kind == .gevent
        let title = (gevent ? theme.strings.geventHub : theme.strings.eventLoop) + hint
        let inner = Pane.draw(in: &grid, rect: rect, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        let lines = loopLines(width: inner.width)
        if lines.isEmpty { grid.write(theme.strings.noneYet, x: inner.x, y: inner.y, style: theme.dim, clip: inner) }
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x, y: inner.y + row, clip: inner)
        }
    }

    // MARK: - Switch marks

    /// Every hand-over between coroutines up to the cursor, by the lane that took over.
    func switchMarksByLane() -> [ThreadID: [SwitchMark]] {
        var seen = Set<ThreadID>()
        var byLane: [ThreadID: [SwitchMark]] = [:]
        for info in trace.threads where info.host != nil {
            guard let host = info.host, seen.insert(host).inserted else { continue }
            for mark in trace.switchMarks(of: host) where mark.change <= cursor {
                byLane[mark.to, default: []].append(mark)
            }
        }
        return byLane
    }

    /// The hand-over at the cursor, if one happens there (for the status line).
    var switchAtCursor: SwitchMark? {
        guard trace.threads.contains(where: { $0.host != nil }) else { return nil }
        return switchMarksByLane().values.lazy.compactMap { $0.last { $0.change == cursor } }.first
    }

    /// The glyph marking where a lane took the thread over.
    var switchGlyph: Character { theme.unicode ? "»" : ">" }

    /// Marks a lane's switch-ins on its timeline row, at the columns they happened in.
    func drawSwitchMarks(_ marks: [SwitchMark], in grid: inout CellGrid, x: Int, y: Int, geometry: TimelineGeometry, clip: Rect) {
        let unit = max(geometry.unit, 1)
        var style = theme.stateStyle(.running)
        style.bold = true
        for mark in marks {
            let column = Int((trace.time(ofChange: mark.change) - geometry.start) / unit)
            guard column >= 0 && column < geometry.columns else { continue }
            grid.write(String(switchGlyph), x: x + column, y: y, style: mark.change == cursor ? theme.changed : style, clip: clip)
        }
    }
}
