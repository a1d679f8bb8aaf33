import Foundation
import LessonKit
import TerminalUI

/// Pages through one lesson: scrolls long pages, reveals hints, takes answers to questions,
/// and remembers the page and scroll position in the learner's progress.
final class LessonReaderScreen: Screen {
    let lesson: Lesson
    private(set) var pageIndex: Int
    private var scroll: [Int: Int] = [:]
    private var interactions: [Int: PageInteraction] = [:]
    private var sources: [String: String?] = [:]
    private var cache: (page: Int, width: Int, interaction: PageInteraction, lines: [StyledLine])?
    private var viewportHeight = 10

    init(lesson: Lesson, progress: LearnerProgress) {
        self.lesson = lesson
        let last = progress.lastPage[lesson.id] ?? 0
        pageIndex = min(max(last, 0), max(lesson.pages.count - 1, 0))
        for page in lesson.pages.indices {
            if let offset = progress.scroll[Self.scrollKey(lesson.id, page)] { scroll[page] = offset }
        }
    }

    static func scrollKey(_ id: String, _ page: Int) -> String { "\(id)#\(page)" }

    var title: String { LessonListScreen.label(of: lesson) }
    var statusHints: [(key: String, action: String)] {
        var hints: [(key: String, action: String)] = [("←→", "page"), ("↑↓", "scroll")]
        if let page = currentPage {
            if !PageLayout.questionBlocks(page).isEmpty { hints.append(("1-9", "answer")) }
            if !PageLayout.hintBlocks(page).isEmpty { hints.append(("h", "hint")) }
            if PageLayout.hasDetails(page) { hints.append(("d", "details")) }
            if exampleFile(of: page) != nil { hints.append(("r", "run")) }
        }
        if !lesson.problems.isEmpty { hints.append(("!", "problems")) }
        hints += [("?", "help"), ("q", "back")]
        return hints
    }
    var helpEntries: [(key: String, action: String)] {
        [("→  n  Enter", "next page"), ("←  p", "previous page"), ("↑ ↓  j k", "scroll a line"),
         ("PgUp PgDn  Space", "scroll a screen"), ("Home End  g G", "top / bottom of the page"),
         ("1-9", "answer the page's question"), ("h", "reveal the hint"),
         ("d", "show / hide the page's details"), ("r", "run the page's example in the run view")]
            + (lesson.problems.isEmpty ? [] : [("!", "list the problems found in this lesson")])
            + [("?", "this help"), ("q  Esc", "back to the lessons")]
    }

    private var currentPage: Page? { lesson.pages.indices.contains(pageIndex) ? lesson.pages[pageIndex] : nil }

    private func layout(width: Int, theme: Theme) -> [StyledLine] {
        let interaction = interactions[pageIndex] ?? PageInteraction()
        if let cache, cache.page == pageIndex, cache.width == width, cache.interaction == interaction {
            return cache.lines
        }
        guard let page = currentPage else { return [] }
        let layout = PageLayout(theme: theme) { [unowned self] file in
            if let cached = self.sources[file] { return cached }
            let text = self.exampleSource(file)
            self.sources[file] = text
            return text
        }
        let lines = layout.lines(for: page, width: width, interaction: interaction)
        cache = (pageIndex, width, interaction, lines)
        return lines
    }

    /// An example's text, nil when the lesson reports it unusable or it cannot be read now;
    /// never blocks (a FIFO in its place is not opened).
    private func exampleSource(_ file: String) -> String? {
        guard !lesson.unusableExamples.contains(file),
              case .contents(let data) = FileReader.system.read(lesson.url(ofExample: file)) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        let theme = context.theme
        let inner = Pane.draw(in: &grid, rect: area, title: title, box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        var content = inner.insetHorizontally(1)
        if !lesson.problems.isEmpty, content.height > 2 {
            let count = lesson.problems.count
            let banner = "! This lesson has \(count) problem\(count == 1 ? "" : "s"): press ! to list them"
            grid.write(truncate(banner, width: content.width, ascii: !theme.unicode), x: content.x, y: content.y,
                       style: theme.warning, clip: content)
            content = Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1)
        }
        viewportHeight = max(content.height, 1)
        let lines = layout(width: content.width, theme: theme)
        let maxScroll = max(lines.count - viewportHeight, 0)
        let top = min(scroll[pageIndex] ?? 0, maxScroll)
        scroll[pageIndex] = top
        for row in 0..<viewportHeight where top + row < lines.count {
            lines[top + row].draw(in: &grid, x: content.x, y: content.y + row, clip: content)
        }
        // The page's whole text has been on screen: count it as read.
        if top + viewportHeight >= lines.count && !context.progress.isRead(lesson.id, page: pageIndex) {
            context.progress.markRead(lesson.id, page: pageIndex)
            context.saveProgress()
        }
        let position = maxScroll == 0 ? "all" : top == 0 ? "top" : top >= maxScroll ? "end" : "\(top * 100 / maxScroll)%"
        let footer = " page \(pageIndex + 1) of \(lesson.pages.count) \(theme.unicode ? "·" : "-") \(position) "
        grid.write(footer, x: area.maxX - displayWidth(footer) - 2, y: area.maxY - 1, style: theme.dim, clip: area)
    }

    func handle(_ key: Key, context: AppContext) -> ScreenAction {
        switch key {
        case .right, .character("n"), .enter, .character("l"): goToPage(pageIndex + 1, context: context)
        case .left, .character("p"): goToPage(pageIndex - 1, context: context)
        case .down, .character("j"): scrollBy(1, context)
        case .up, .character("k"): scrollBy(-1, context)
        case .pageDown, .character(" "): scrollBy(max(viewportHeight - 2, 1), context)
        case .pageUp: scrollBy(-max(viewportHeight - 2, 1), context)
        case .home, .character("g"): setScroll(0, context)
        case .end, .character("G"): setScroll(Int.max / 2, context)
        case .character("h"): revealHint()
        case .character("d"): toggleDetails(context: context)
        case .character("r"): return runExample(context: context)
        case .character("!"):
            guard !lesson.problems.isEmpty else {
                context.message = "No problems found in this lesson."
                return .none
            }
            return .push(.problems(lessonID: lesson.id))
        case let .character(c) where c.isNumber: answer(c.wholeNumberValue ?? 0, context: context)
        case .character("q"), .escape:
            context.saveProgress()
            return .pop
        default: break
        }
        return .none
    }

    /// The page's first `@example` file, the one `r` runs.
    private func exampleFile(of page: Page) -> String? {
        for case let .example(file) in page.blocks { return file }
        return nil
    }

    private func runExample(context: AppContext) -> ScreenAction {
        guard let page = currentPage, let file = exampleFile(of: page) else {
            context.message = "This page has no example to run."
            return .none
        }
        guard let text = exampleSource(file) else {
            context.message = lesson.unusableExamples.contains(file)
                ? "\(file) cannot be run: it has a problem (press ! to see it)." : "Cannot read \(file)."
            return .none
        }
        return .push(.run(RunRequest(path: lesson.url(ofExample: file).path, source: text)))
    }

    private func goToPage(_ index: Int, context: AppContext) {
        guard lesson.pages.indices.contains(index) else {
            context.message = index < 0 ? "This is the first page." : "End of the lesson. Press q for the list."
            return
        }
        pageIndex = index
        context.progress.lastPage[lesson.id] = index
        context.progress.lastLessonID = lesson.id
        context.saveProgress()
    }

    private func scrollBy(_ delta: Int, _ context: AppContext) {
        setScroll((scroll[pageIndex] ?? 0) + delta, context)
    }

    private func setScroll(_ value: Int, _ context: AppContext) {
        // Clamped against the real line count at the next draw.
        scroll[pageIndex] = max(value, 0)
        if let cache, cache.page == pageIndex {
            scroll[pageIndex] = min(max(value, 0), max(cache.lines.count - viewportHeight, 0))
        }
        context.progress.scroll[Self.scrollKey(lesson.id, pageIndex)] = scroll[pageIndex]
    }

    private func revealHint() {
        guard let page = currentPage else { return }
        var interaction = interactions[pageIndex] ?? PageInteraction()
        if let next = PageLayout.hintBlocks(page).first(where: { !interaction.revealedHints.contains($0) }) {
            interaction.revealedHints.insert(next)
            interactions[pageIndex] = interaction
        }
    }

    private func toggleDetails(context: AppContext) {
        guard let page = currentPage, PageLayout.hasDetails(page) else {
            context.message = "This page has no details."
            return
        }
        var interaction = interactions[pageIndex] ?? PageInteraction()
        interaction.detailsExpanded.toggle()
        interactions[pageIndex] = interaction
    }

    private func answer(_ choice: Int, context: AppContext) {
        guard let page = currentPage else { return }
        var interaction = interactions[pageIndex] ?? PageInteraction()
        guard let block = PageLayout.questionBlocks(page).first(where: { interaction.answers[$0] == nil }),
              case let .question(question) = page.blocks[block] else { return }
        guard choice >= 1 && choice <= question.choices.count else {
            context.message = "Choose 1 to \(question.choices.count)."
            return
        }
        interaction.answers[block] = choice - 1
        interactions[pageIndex] = interaction
    }
}

extension Rect {
    func insetHorizontally(_ n: Int) -> Rect {
        Rect(x: x + n, y: y, width: max(width - 2 * n, 0), height: height)
    }
}
