import Foundation
import LessonKit
import TerminalUI

/// Pages through one lesson: scrolls long pages, reveals hints, takes answers to questions,
/// and remembers the page and scroll position in the learner's progress.
final class LessonReaderScreen: Screen {
    private(set) var lesson: Lesson
    private(set) var pageIndex: Int
    private var scroll: [Int: Int] = [:]
    private var interactions: [Int: PageInteraction] = [:]
    private var sources: [String: String?] = [:]
    private var cache: (page: Int, width: Int, interaction: PageInteraction, lines: [StyledLine])?
    private var viewportHeight = 10

    /// Challenges solved, as progress had them at the last draw (the status line marks them).
    private var solvedChallenges: Set<String> = []

    init(lesson: Lesson, progress: LearnerProgress) {
        self.lesson = lesson
        let last = progress.lastPage[lesson.id] ?? 0
        pageIndex = min(max(last, 0), max(lesson.pages.count - 1, 0))
        for page in lesson.pages.indices {
            if let offset = progress.scroll[Self.scrollKey(lesson.id, page)] { scroll[page] = offset }
        }
    }

    static func scrollKey(_ id: String, _ page: Int) -> String { "\(id)#\(page)" }

    func title(_ s: Strings) -> String { LessonListScreen.label(of: lesson) }
    func statusHints(_ s: Strings) -> [Strings.Hint] {
        var hints: [Strings.Hint] = [("←→", s.page), ("↑↓", s.scroll)]
        if let page = currentPage {
            if !PageLayout.questionBlocks(page).isEmpty { hints.append(("1-9", s.answer)) }
            if !PageLayout.hintBlocks(page).isEmpty { hints.append(("h", s.hint)) }
            if PageLayout.hasDetails(page, exampleSource: cachedSource) { hints.append(("d", s.details)) }
            if let challenge = page.challenge {
                hints.append(("r", solvedChallenges.contains(challenge.key(lesson: lesson.id)) ? "\(s.challenge) (\(s.solvedMark))" : s.challenge))
            } else if exampleFile(of: page) != nil {
                hints.append(("r", s.run))
            }
        }
        if !lesson.problems.isEmpty { hints.append(("!", s.problems)) }
        hints += [("?", s.help), ("q", s.back)]
        return hints
    }
    func helpEntries(_ s: Strings) -> [Strings.Hint] {
        s.readerHelp + (lesson.problems.isEmpty ? [] : [("!", s.lessonProblemsHelp)]) + [("?", s.thisHelp), ("q  Esc", s.backToLessons)]
    }

    /// The same lesson in the new language: same page, same scroll, same answers (a
    /// translation has the same pages and directives); example texts are read again.
    func languageChanged(context: AppContext) {
        guard let localized = context.catalog.lesson(id: lesson.id) else { return }
        // Hints and questions are matched by their order on the page: a translation may have
        // more or fewer paragraphs, so block indexes differ, but not its directives.
        for (page, interaction) in interactions
        where lesson.pages.indices.contains(page) && localized.pages.indices.contains(page) {
            let (old, new) = (lesson.pages[page], localized.pages[page])
            func moved(_ blocks: (Page) -> [Int], _ index: Int) -> Int? {
                guard let position = blocks(old).firstIndex(of: index), position < blocks(new).count else { return nil }
                return blocks(new)[position]
            }
            var remapped = interaction
            remapped.revealedHints = Set(interaction.revealedHints.compactMap { moved(PageLayout.hintBlocks, $0) })
            remapped.answers = Dictionary(uniqueKeysWithValues: interaction.answers.compactMap { block, choice in
                moved(PageLayout.questionBlocks, block).map { ($0, choice) }
            })
            interactions[page] = remapped
        }
        lesson = localized
        sources = [:]
        cache = nil
    }

    private var currentPage: Page? { lesson.pages.indices.contains(pageIndex) ? lesson.pages[pageIndex] : nil }

    private func layout(width: Int, theme: Theme) -> [StyledLine] {
        let interaction = interactions[pageIndex] ?? PageInteraction()
        if let cache, cache.page == pageIndex, cache.width == width, cache.interaction == interaction {
            return cache.lines
        }
        guard let page = currentPage else { return [] }
        let layout = PageLayout(theme: theme) { [unowned self] file in self.cachedSource(file) }
        let lines = layout.lines(for: page, width: width, interaction: interaction)
        cache = (pageIndex, width, interaction, lines)
        return lines
    }

    /// `exampleSource`, read once per file.
    private func cachedSource(_ file: String) -> String? {
        if let cached = sources[file] { return cached }
        let text = exampleSource(file)
        sources[file] = text
        return text
    }

    /// An example's text, nil when the lesson reports it unusable or it cannot be read now;
    /// never blocks (a FIFO in its place is not opened).
    private func exampleSource(_ file: String) -> String? {
        guard !lesson.unusableExamples.contains(file),
              case .contents(let data) = FileReader.system.read(lesson.url(ofExample: file)) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        solvedChallenges = Set(context.progress.solvedChallenges)
        let theme = context.theme
        let s = theme.strings
        let inner = Pane.draw(in: &grid, rect: area, title: title(s), box: theme.box, style: theme.border, titleStyle: theme.paneTitle)
        var content = inner.insetHorizontally(1)
        // Banners over the page: no translation yet, then the lesson's problems.
        for (shown, banner) in [(lesson.isFallback, s.untranslated), (!lesson.problems.isEmpty, s.lessonProblems(lesson.problems.count))]
        where shown && !banner.isEmpty && content.height > 2 {
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
        let position = maxScroll == 0 ? s.scrollAll : top == 0 ? s.scrollTop : top >= maxScroll ? s.scrollEnd : "\(top * 100 / maxScroll)%"
        let footer = " " + s.pageFooter(pageIndex + 1, lesson.pages.count, "\(theme.unicode ? "·" : "-") \(position)")
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
                context.message = context.strings.noLessonProblems
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
            context.message = context.strings.noExample
            return .none
        }
        guard let text = exampleSource(file) else {
            context.message = lesson.unusableExamples.contains(file)
                ? context.strings.exampleHasProblem(file) : context.strings.cannotRead(file)
            return .none
        }
        var request = RunRequest(path: lesson.url(ofExample: file).path, source: text)
        if let challenge = page.challenge, challenge.file == file {
            // A challenge page runs its program as a challenge: the learner plays the scheduler.
            request.options = ChallengePlay.options(for: challenge)
            request.challenge = challenge
            request.challengeKey = challenge.key(lesson: lesson.id)
            context.message = context.strings.challengeStart(context.strings.challengeGoal(challenge.goal))
        }
        return .push(.run(request))
    }

    private func goToPage(_ index: Int, context: AppContext) {
        guard lesson.pages.indices.contains(index) else {
            context.message = index < 0 ? context.strings.firstPage : context.strings.lastPage
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
        guard let page = currentPage, PageLayout.hasDetails(page, exampleSource: cachedSource) else {
            context.message = context.strings.noDetails
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
            context.message = context.strings.chooseRange(question.choices.count)
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
