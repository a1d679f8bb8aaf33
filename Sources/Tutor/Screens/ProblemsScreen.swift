import LessonKit
import TerminalUI

/// The problems `check` reports in a lesson (or in the whole course), wrapped to the screen so a
/// teacher can read them in the app; scrolls when they do not fit.
final class ProblemsScreen: Screen {
    /// The lesson whose problems these are; nil: the whole course's.
    let lessonID: String?
    let problems: [Diagnostic]
    private var scroll = 0
    private var viewportHeight = 10
    /// The lesson's label ("04 Threads") in the current language; empty for the course.
    private(set) var heading: String

    init(lessonID: String?, problems: [Diagnostic], catalog: Catalog) {
        self.lessonID = lessonID
        self.problems = problems
        heading = lessonID.flatMap { catalog.lesson(id: $0) }.map(LessonListScreen.label(of:)) ?? ""
    }

    func title(_ s: Strings) -> String { s.problemsTitle(heading.isEmpty ? s.lessonsFolder : heading) }
    func statusHints(_ s: Strings) -> [Strings.Hint] { [("↑↓", s.scroll), ("?", s.help), ("q", s.back)] }
    func helpEntries(_ s: Strings) -> [Strings.Hint] { s.problemsHelp + [("?", s.thisHelp), ("q  Esc", s.back)] }

    func languageChanged(context: AppContext) {
        heading = lessonID.flatMap { context.catalog.lesson(id: $0) }.map(LessonListScreen.label(of:)) ?? ""
    }

    /// The wrapped text: a count, then each problem as `file:line:col: message` with a hanging indent.
    func lines(width: Int, theme: Theme) -> [StyledLine] {
        var out = [Span(text: theme.strings.problemsHeader(problems.count), style: theme.warning)]
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
        let inner = Pane.draw(in: &grid, rect: area, title: title(theme.strings), box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
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
