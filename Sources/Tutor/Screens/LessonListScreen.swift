import LessonKit
import TerminalUI

/// The course: one row per lesson with its progress mark and summary.
final class LessonListScreen: Screen {
    private(set) var selected = 0
    private var scrollTop = 0

    init(selectedLessonID: String?, catalog: Catalog) {
        if let id = selectedLessonID, let index = catalog.lessons.firstIndex(where: { $0.id == id }) {
            selected = index
        }
    }

    var title: String { "Lessons" }
    var statusHints: [(key: String, action: String)] { [("↑↓", "move"), ("Enter", "open"), ("?", "help"), ("q", "quit")] }
    var helpEntries: [(key: String, action: String)] {
        [("↑ ↓  j k", "move between lessons"), ("PgUp PgDn", "move a screen at a time"), ("Home End  g G", "first / last lesson"),
         ("Enter  →  l", "open the lesson where you left it"), ("1-9", "jump to that lesson"), ("?", "this help"), ("q  Esc", "quit")]
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        let theme = context.theme
        let lessons = context.catalog.lessons
        let inner = Pane.draw(in: &grid, rect: area, title: "Course: Python's concurrency model", box: theme.box,
                              style: theme.border, titleStyle: theme.paneTitle)
        guard !lessons.isEmpty else {
            grid.write("No lessons found in \(context.catalog.root.path)", x: inner.x + 1, y: inner.y, style: theme.warning, clip: inner)
            return
        }
        // Two lines per lesson: the title row and its summary.
        let rowsVisible = max(inner.height / 2, 1)
        if selected < scrollTop { scrollTop = selected }
        if selected >= scrollTop + rowsVisible { scrollTop = selected - rowsVisible + 1 }
        for (row, index) in (scrollTop..<min(lessons.count, scrollTop + rowsVisible)).enumerated() {
            let lesson = lessons[index]
            let y = inner.y + row * 2
            let mark: String
            let markStyle: Style
            switch context.progress.status(of: lesson) {
            case .done: (mark, markStyle) = (theme.doneMark, theme.good)
            case .started: (mark, markStyle) = (theme.startedMark, theme.warning)
            case .new: (mark, markStyle) = (" ", theme.plain)
            }
            let isSelected = index == selected
            let lineRect = Rect(x: inner.x, y: y, width: inner.width, height: 1)
            if isSelected { grid.fill(lineRect, style: theme.selection) }
            let number = lesson.number < 10 ? "0\(lesson.number)" : "\(lesson.number)"
            var x = inner.x + 1
            x += grid.write(isSelected ? (theme.unicode ? "▶ " : "> ") : "  ", x: x, y: y, style: isSelected ? theme.selection : theme.plain, clip: inner)
            x += grid.write("\(number)  ", x: x, y: y, style: isSelected ? theme.selection : theme.dim, clip: inner)
            x += grid.write(mark, x: x, y: y, style: isSelected ? theme.selection : markStyle, clip: inner)
            x += grid.write("  ", x: x, y: y, style: isSelected ? theme.selection : theme.plain, clip: inner)
            let pages = "\(lesson.pages.count) page\(lesson.pages.count == 1 ? "" : "s")"
            let titleWidth = max(inner.maxX - x - displayWidth(pages) - 2, 1)
            grid.write(truncate(lesson.title, width: titleWidth, ascii: !theme.unicode), x: x, y: y,
                       style: isSelected ? theme.selection : theme.strong, clip: inner)
            grid.write(pages, x: inner.maxX - displayWidth(pages) - 1, y: y, style: isSelected ? theme.selection : theme.dim, clip: inner)
            let summaryX = inner.x + 9
            grid.write(truncate(lesson.summary, width: max(inner.maxX - summaryX - 1, 1), ascii: !theme.unicode),
                       x: summaryX, y: y + 1, style: theme.dim, clip: inner)
        }
    }

    func handle(_ key: Key, context: AppContext) -> ScreenAction {
        let count = context.catalog.lessons.count
        switch key {
        case .up, .character("k"): selected = max(selected - 1, 0)
        case .down, .character("j"): selected = min(selected + 1, max(count - 1, 0))
        case .pageUp: selected = max(selected - 5, 0)
        case .pageDown: selected = min(selected + 5, max(count - 1, 0))
        case .home, .character("g"): selected = 0
        case .end, .character("G"): selected = max(count - 1, 0)
        case .enter, .right, .character("l"):
            guard count > 0 else { return .none }
            return .push(.reader(lessonID: context.catalog.lessons[selected].id))
        case let .character(c) where c.isNumber:
            if let n = c.wholeNumberValue, n >= 1, n <= count {
                selected = n - 1
                return .push(.reader(lessonID: context.catalog.lessons[selected].id))
            }
        case .character("q"), .escape: return .quit
        default: break
        }
        return .none
    }
}
