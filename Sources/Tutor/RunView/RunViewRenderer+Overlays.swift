import TerminalUI
import Trace

/// The manual-scheduling prompt, the end-of-run banner and the status line.
extension RunViewRenderer {
    /// A box over the code pane: the question and the candidates, numbered, the highlighted one marked.
    func drawPrompt(_ choice: SchedulingChoice, selection: Int, in grid: inout CellGrid, over area: Rect) {
        let s = theme.strings
        var lines: [StyledLine] = [StyledLine(choice.question.isEmpty ? s.whoRunsNext : s.question(choice.question), theme.question), StyledLine()]
        for (position, thread) in choice.candidates.prefix(9).enumerated() {
            let chosen = position == selection
            var nameStyle = threadStyle(thread, bold: true)
            if chosen { nameStyle.reverse = true }
            lines.append(StyledLine([Span(text: chosen ? "\(theme.frameMark) " : "  ", style: theme.strong),
                                     Span(text: "\(position + 1) ", style: theme.inlineCode),
                                     Span(text: name(thread), style: nameStyle)]))
        }
        if choice.candidates.count > 9 { lines.append(StyledLine(s.moreCandidates(choice.candidates.count - 9), theme.dim)) }
        lines.append(StyledLine())
        lines.append(StyledLine(s.promptKeys, theme.dim))
        drawBox(title: s.chooseNextThread, lines: lines, in: &grid, over: area, style: theme.question)
    }

    /// The exit status, or the deadlock report with its cycle.
    func drawEndBanner(_ ending: RunEnding, in grid: inout CellGrid, over area: Rect) {
        var lines: [StyledLine] = []
        let s = theme.strings
        if let report = ending.deadlockReport {
            for line in s.deadlockReport(report).split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                lines.append(StyledLine(String(line), theme.bad))
            }
            lines.append(StyledLine(s.endKeys, theme.dim))
            drawBox(title: s.deadlock, lines: lines, in: &grid, over: area, style: theme.bad, bottom: true)
            return
        }
        lines.append(StyledLine(s.exitStatus(ending.status), ending.status == 0 ? theme.good : theme.bad))
        lines.append(StyledLine(s.endKeys, theme.dim))
        drawBox(title: s.end, lines: lines, in: &grid, over: area, style: ending.status == 0 ? theme.good : theme.bad, bottom: true)
    }

    /// A bordered box over `area` (centred, or at its bottom), lines wrapped to fit its width.
    func drawBox(title: String, lines: [StyledLine], in grid: inout CellGrid, over area: Rect, style: Style, bottom: Bool = false) {
        let width = min(max(lines.map(\.width).max() ?? 0, displayWidth(title) + 4) + 4, area.width)
        // Only long lines are wrapped: wrapping collapses spaces, and reports indent with them.
        let lines = lines.flatMap { line in line.width <= width - 4 ? [line] : line.spans.wrapped(width: max(width - 4, 1), indent: "    ") }
        let height = min(lines.count + 2, area.height)
        guard width >= 4, height >= 3 else { return }
        let x = area.x + (area.width - width) / 2
        let y = bottom ? area.maxY - height : area.y + (area.height - height) / 2
        let rect = Rect(x: x, y: y, width: width, height: height)
        grid.fill(rect)
        let inner = Pane.draw(in: &grid, rect: rect, title: title, box: theme.box, style: style, titleStyle: style)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(in: &grid, x: inner.x + 1, y: inner.y + row, clip: inner)
        }
    }

    /// Virtual time, play state, speed, switch-point mode, then the key hints.
    func statusLine(seeking: Bool, width: Int) -> StyledLine {
        let base = theme.statusBar
        var bold = base
        bold.bold = true
        let s = theme.strings
        var playState: String
        if seeking {
            playState = s.running
        } else if state.playing {
            playState = "\(theme.playGlyph) \(s.playing)"
        } else if visibleEnding != nil {
            playState = s.ended
        } else {
            playState = "\(theme.pauseGlyph) \(s.paused)"
        }
        if !theme.unicode { playState = playState.replacingOccurrences(of: "…", with: "...") }
        var spans = [Span(text: " t=\(formatDuration(cursorTime, ascii: !theme.unicode))", style: bold),
                     Span(text: "  \(playState)  \(state.speed)\(s.perSecond)  \(options.modeName)", style: base)]
        if manualScheduling { spans.append(Span(text: s.manual, style: bold)) }
        if pickHere { spans.append(Span(text: s.changePick, style: bold)) }
        if let mark = switchAtCursor, let from = mark.from {
            spans.append(Span(text: "  " + loopText(s.lastSwitch(name(from), name(mark.to))), style: bold))
        }
        spans.append(Span(text: "  \(theme.unicode ? "│" : "|") ", style: base))
        // Most useful first; a hint that would be cut is left out (the help lists every key).
        var hints: [(String, String)] = [("space", s.play), ("n", s.next), ("b", s.stepBack), ("i", s.line), ("?", s.help), ("q", s.back),
                                         ("L", s.languageKey(unicode: theme.unicode)), ("Tab", s.thread), ("t", s.pick), ("m", s.mode), ("<>", s.zoom)]
        // Only a run with an event loop or the kernel has more than one side pane to show; at
        // 80 columns one of them is hidden, so the key to see it comes early.
        if sidePanes.count > 1 { hints.insert(("p", s.sidePaneKey), at: 3) }
        var used = StyledLine(spans).width
        for (key, action) in hints {
            let hint = [Span(text: key, style: bold), Span(text: " \(action)  ", style: base)]
            let hintWidth = StyledLine(hint).width
            if used + hintWidth - 2 > width { break }
            spans += hint
            used += hintWidth
        }
        return StyledLine(spans)
    }
}
