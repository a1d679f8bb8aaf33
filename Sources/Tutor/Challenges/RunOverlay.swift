import LessonKit
import TerminalUI
import Trace

/// A box over the run view that any key closes (the schedule to copy) or that stays until the
/// learner acts (a challenge solved).
enum RunOverlay: Equatable {
    /// The schedule's text and the file it replays on.
    case schedule(text: String, path: String)
    /// The goal reached after `moves` moves; `shown` when "show me" played them.
    case solved(goal: ChallengeGoal, moves: Int, shown: Bool)

    var isSchedule: Bool {
        if case .schedule = self { return true }
        return false
    }
}

/// The challenge's and the background search's parts of a frame, drawn over the panes.
extension RunViewRenderer {
    func drawOverlay(_ overlay: RunOverlay, in grid: inout CellGrid, over area: Rect) {
        let s = theme.strings
        switch overlay {
        case let .schedule(text, path):
            // Cut into pieces by hand: a schedule has no spaces, and wrapping wants some.
            let width = max(area.width - 6, 8)
            let command = "concurrency-tutor run \(path) --schedule \(text)"
            var lines = [StyledLine(s.scheduleReplay, theme.plain), StyledLine()]
            var rest = Substring(command)
            while !rest.isEmpty {
                lines.append(StyledLine(String(rest.prefix(width)), theme.inlineCode))
                rest = rest.dropFirst(width)
            }
            lines += [StyledLine(), StyledLine(s.scheduleCopy, theme.dim)]
            drawBox(title: s.scheduleTitle, lines: lines, in: &grid, over: area, style: theme.strong)
        case let .solved(goal, moves, shown):
            let lines = [StyledLine(s.challengeGoal(goal), theme.strong), StyledLine(),
                         StyledLine(shown ? s.shownBody(moves) : s.solvedBody(moves), theme.good), StyledLine(),
                         StyledLine(s.solvedKeys, theme.dim)]
            drawBox(title: (theme.unicode ? "★ " : "* ") + s.solvedTitle, lines: lines, in: &grid, over: area, style: theme.good)
        }
    }

    /// `P` on the timeline's axis at each instant a preemption of a found schedule happened.
    func drawPreemptionMarks(_ times: [Nanoseconds], in grid: inout CellGrid, timeline rect: Rect) {
        let geometry = timelineGeometry(for: rect)
        let inner = rect.inset(by: 1)
        guard inner.height >= 1 else { return }
        let barX = inner.x + geometry.nameWidth + 1
        let bars = Rect(x: barX, y: inner.y, width: geometry.columns, height: 1)
        for time in times where time >= geometry.start {
            let column = Int((time - geometry.start) / max(geometry.unit, 1))
            guard column < geometry.columns else { continue }
            grid.write("P", x: barX + column, y: inner.y, style: theme.bad, clip: bars)
        }
    }

    /// The status line while a challenge is played: its goal, then the keys that fit.
    func challengeStatusLine(goal: ChallengeGoal, solved: Bool, width: Int) -> StyledLine {
        let s = theme.strings
        var bold = theme.statusBar
        bold.bold = true
        var spans = [Span(text: " \(s.challenge): ", style: bold), Span(text: s.challengeGoal(goal), style: theme.statusBar)]
        if solved { spans.append(Span(text: "  \(theme.unicode ? "✓" : "+") \(s.solvedMark)", style: bold)) }
        spans.append(Span(text: "  \(theme.unicode ? "│" : "|") ", style: theme.statusBar))
        var used = StyledLine(spans).width
        for (key, action) in [("M 1 2", s.moveKey), ("h", s.showMe), ("s", s.schedule), ("r", s.restart), ("q", s.back)] {
            let hint = [Span(text: key, style: bold), Span(text: " \(action)  ", style: theme.statusBar)]
            let hintWidth = StyledLine(hint).width
            if used + hintWidth - 2 > width { break }
            spans += hint
            used += hintWidth
        }
        return StyledLine(spans)
    }

    /// The status line while a search runs in the background: a bar, what it did, Esc.
    func searchStatusLine(title: String, fraction: Double, detail: String, width: Int) -> StyledLine {
        let s = theme.strings
        let barWidth = max(min(20, width / 4), 4)
        let filled = Int((Double(barWidth) * fraction).rounded(.down))
        let (full, empty) = theme.unicode ? ("█", "░") : ("#", "-")
        var bold = theme.statusBar
        bold.bold = true
        return StyledLine([Span(text: " \(title) ", style: bold),
                           Span(text: String(repeating: full, count: filled) + String(repeating: empty, count: barWidth - filled), style: bold),
                           Span(text: " \(detail)  \(theme.unicode ? "│" : "|") ", style: theme.statusBar),
                           Span(text: s.escStops, style: bold)])
    }
}
