import LessonKit
import TerminalUI

/// The course: one row per lesson with its progress mark and summary. A lesson with problems
/// is marked `!` (a broken one, whose lesson.md cannot be read, shows why); `!` lists them all.
final class LessonListScreen: Screen {
    private(set) var selected = 0
    private var scrollTop = 0
    private let hasProblems: Bool

    init(selectedLessonID: String?, catalog: Catalog) {
        if let id = selectedLessonID, let index = catalog.lessons.firstIndex(where: { $0.id == id }) {
            selected = index
        }
        hasProblems = !catalog.problems.isEmpty
    }

    /// "04 Threads": how the app names a lesson.
    static func label(of lesson: Lesson) -> String {
        "\(lesson.number < 10 ? "0" : "")\(lesson.number) \(lesson.title)"
    }

    func title(_ s: Strings) -> String { s.lessonsTitle }
    func statusHints(_ s: Strings) -> [Strings.Hint] {
        [("↑↓", s.move), ("Enter", s.open)] + (hasProblems ? [("!", s.problems)] : []) + [("?", s.help), ("q", s.quit)]
    }
    func helpEntries(_ s: Strings) -> [Strings.Hint] {
        s.listHelp + (hasProblems ? [("!", s.listProblemsHelp)] : []) + [("?", s.thisHelp), ("q  Esc", s.quitHelp)]
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        let theme = context.theme
        let s = theme.strings
        let lessons = context.catalog.lessons
        let inner = Pane.draw(in: &grid, rect: area, title: s.courseTitle, box: theme.box,
                              style: theme.border, titleStyle: theme.paneTitle)
        guard !lessons.isEmpty else {
            grid.write(s.noLessons(context.catalog.root.path), x: inner.x + 1, y: inner.y, style: theme.warning, clip: inner)
            return
        }
        // The last line says when the lessons have problems, and how to see them.
        var listArea = inner
        if !context.catalog.problems.isEmpty {
            let note = s.courseProblems(context.catalog.problems.count)
            grid.write(truncate(note, width: max(inner.width - 2, 1), ascii: !theme.unicode), x: inner.x + 1, y: inner.maxY - 1,
                       style: theme.warning, clip: inner)
            listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(inner.height - 2, 1))
        }
        // Two lines per lesson: the title row and its summary.
        let rowsVisible = max(listArea.height / 2, 1)
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
            // A lesson without a translation says so beside its page count.
            let pages = (lesson.isFallback ? s.untranslatedTag + "  " : "") + s.pageCount(lesson.pages.count)
            let count = lesson.problems.count
            let marker = lesson.isBroken ? s.broken : count > 0 ? s.problemCount(count) : ""
            let right = lesson.isBroken ? marker : marker.isEmpty ? pages : "\(marker)  \(pages)"
            let titleWidth = max(inner.maxX - x - displayWidth(right) - 2, 1)
            grid.write(truncate(lesson.title, width: titleWidth, ascii: !theme.unicode), x: x, y: y,
                       style: isSelected ? theme.selection : theme.strong, clip: inner)
            let rightX = inner.maxX - displayWidth(right) - 1
            grid.write(right, x: rightX, y: y, style: isSelected ? theme.selection : theme.dim, clip: inner)
            if !marker.isEmpty && !isSelected { grid.write(marker, x: rightX, y: y, style: theme.warning, clip: inner) }
            let summaryX = inner.x + 9
            grid.write(truncate(lesson.summary, width: max(inner.maxX - summaryX - 1, 1), ascii: !theme.unicode),
                       x: summaryX, y: y + 1, style: lesson.isBroken ? theme.warning : theme.dim, clip: inner)
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
            return open(context.catalog.lessons[selected])
        case let .character(c) where c.isNumber:
            if let n = c.wholeNumberValue, n >= 1, n <= count {
                selected = n - 1
                return open(context.catalog.lessons[selected])
            }
        case .character("!"):
            guard hasProblems else {
                context.message = context.strings.noCourseProblems
                return .none
            }
            return .push(.problems(lessonID: nil))
        case .character("q"), .escape: return .quit
        default: break
        }
        return .none
    }

    /// A broken lesson has no pages to read: opening it shows why.
    private func open(_ lesson: Lesson) -> ScreenAction {
        lesson.isBroken ? .push(.problems(lessonID: lesson.id)) : .push(.reader(lessonID: lesson.id))
    }
}
