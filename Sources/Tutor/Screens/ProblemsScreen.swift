import LessonKit
import TerminalUI

/// The problems `check` reports in a lesson (or in the whole course), wrapped to the screen so a
/// teacher can read them in the app; scrolls when they do not fit.
final class ProblemsScreen: Screen {
    let heading: String
    let problems: [Diagnostic]
    private var scroll = 0
    private var viewportHeight = 10

    /// `heading`: what the problems are of, e.g. "04 Threads".
    init(heading: String, problems: [Diagnostic]) {
        self.heading = heading
        self.problems = problems
    }

    var title: String { "Problems: \(heading)" }
    var statusHints: [(key: String, action: String)] { [("↑↓", "scroll"), ("?", "help"), ("q", "back")] }
    var helpEntries: [(key: String, action: String)] {
        [("↑ ↓  j k", "scroll a line"), ("PgUp PgDn  Space", "scroll a screen"), ("?", "this help"), ("q  Esc", "back")]
    }

    /// The wrapped text: a count, then each problem as `file:line:col: message` with a hanging indent.
    func lines(width: Int, theme: Theme) -> [StyledLine] {
        let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        var out = [Span(text: "\(count), as 'concurrency-tutor check' reports them:", style: theme.warning)]
            .wrapped(width: width)
        for problem in problems {
            out.append(StyledLine())
            out += [Span(text: "\(problem.path):\(problem.line):\(problem.column): ", style: theme.dim),
                    Span(text: problem.message, style: theme.plain)].wrapped(width: width, indent: "    ")
        }
        return out
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        let theme = context.theme
        let inner = Pane.draw(in: &grid, rect: area, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        let content = inner.insetHorizontally(1)
        viewportHeight = max(content.height, 1)
        let all = lines(width: content.width, theme: theme)
        scroll = min(max(scroll, 0), max(all.count - viewportHeight, 0))
        for row in 0..<viewportHeight where scroll + row < all.count {
            all[scroll + row].draw(in: &grid, x: content.x, y: content.y + row, clip: content)
        }
    }

    func handle(_ key: Key, context: AppContext) -> ScreenAction {
        switch key {
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(scroll - 1, 0)
        case .pageDown, .character(" "): scroll += max(viewportHeight - 2, 1)
        case .pageUp: scroll = max(scroll - max(viewportHeight - 2, 1), 0)
        case .character("q"), .escape, .left: return .pop
        default: break
        }
        return .none
    }
}
