import Foundation
import LessonKit
import TerminalUI

/// The full-screen app: a stack of screens over a terminal, a title bar and a status bar,
/// the help overlay and the too-small guard.
public final class TutorApp {
    /// The smallest terminal the layout is designed for.
    public static let minimumSize = Size(width: 80, height: 24)

    let context: AppContext
    private(set) var screens: [Screen]
    private(set) var showingHelp = false
    private let terminal: Terminal
    /// Wall-clock milliseconds for playback; tests substitute a clock they advance.
    var clock: () -> Int = { Int(DispatchTime.now().uptimeNanoseconds / 1_000_000) }
    /// Frames between playback ticks: about 60 redraws a second at most.
    static let frameMilliseconds = 16

    /// The lesson list, with `r` on a lesson page running its example through `runSourceFactory`
    /// (the engine by default; nil: no engine, and `r` says so).
    ///
    /// The language is `language` (`--lang`), else `$CONCURRENCY_TUTOR_LANG` in `environment`,
    /// else the learner's last choice (kept in progress), else the locale (`Language.resolve`).
    public init(terminal: Terminal, catalog: Catalog, store: ProgressStore?,
                runSourceFactory: RunSourceFactory? = engineRunSourceFactory,
                language: Language? = nil, environment: [String: String] = [:]) {
        self.terminal = terminal
        let loaded = store?.load()
        let progress = loaded?.progress ?? LearnerProgress()
        let chosen = Language.resolve(explicit: language, remembered: progress.language, environment: environment)
        let theme = Theme(capabilities: terminal.capabilities, language: chosen)
        context = AppContext(catalog: catalog.localized(chosen), progress: progress, store: store,
                             theme: theme, message: loaded?.problem.map(theme.strings.progressProblem),
                             runSourceFactory: runSourceFactory, canSave: loaded?.canSave ?? true)
        screens = [LessonListScreen(selectedLessonID: progress.lastLessonID, catalog: catalog)]
    }

    /// The run view alone (`watch`): `q` quits. `factory` re-creates the source for a new
    /// pick or mode; nil for a recording.
    public init(terminal: Terminal, watching source: RunSource, request: RunRequest,
                factory: RunSourceFactory? = engineRunSourceFactory, language: Language = .en) {
        self.terminal = terminal
        let catalog = Catalog(lessons: [], root: URL(fileURLWithPath: request.path).deletingLastPathComponent())
        context = AppContext(catalog: catalog.localized(language), progress: LearnerProgress(), store: nil,
                             theme: Theme(capabilities: terminal.capabilities, language: language),
                             runSourceFactory: factory)
        screens = [RunViewScreen(session: RunSession(request: request, source: source, factory: factory))]
    }

    /// Why the learner's progress was not saved, if it was not: for the CLI to say again once
    /// the terminal is restored.
    public var unsavedProgressWarning: String? { context.unsavedReason }

    /// How a session ended.
    public enum Outcome: Equatable {
        case quit
        /// Ctrl-C: the CLI exits 130 as a shell expects of an interrupted program.
        case interrupted
    }

    /// Runs until the learner quits or input ends.
    public func run() -> Outcome {
        var dirty = true
        var outcome = Outcome.quit
        var lastTick = clock()
        var wasAnimating = false
        while true {
            if dirty {
                terminal.present(render(size: terminal.size))
                dirty = false
            }
            // Playing: wait for a key only until the next frame is due. Paused: block, no CPU.
            let animating = isAnimating
            if animating && !wasAnimating { lastTick = clock() }
            wasAnimating = animating
            let timeout = animating ? max(Self.frameMilliseconds - (clock() - lastTick), 0) : nil
            let key = terminal.readKey(timeout: timeout)
            if animating, let screen = screens.last {
                let now = clock()
                // Keys arriving fast never starve playback, and never make frames come faster.
                if now - lastTick >= Self.frameMilliseconds {
                    dirty = screen.tick(elapsedMilliseconds: now - lastTick, context: context) || dirty
                    lastTick = now
                }
            }
            guard let key else {
                if animating { continue }
                break
            }
            if key == .control("c") {
                outcome = .interrupted
                break
            }
            if !handle(key) { break }
            dirty = true
        }
        context.saveProgress()
        return outcome
    }

    /// Whether the top screen is playing (and visible: not under help or the too-small notice).
    var isAnimating: Bool {
        guard !showingHelp, !tooSmall(terminal.size), let screen = screens.last else { return false }
        return screen.isAnimating
    }

    /// Applies one key; false when the app should end.
    func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        if tooSmall(terminal.size) {
            return !(key == .character("q") || key == .escape)
        }
        context.message = nil
        if showingHelp {
            showingHelp = false
            return true
        }
        if key == .character("?") {
            showingHelp = true
            return true
        }
        if key == Self.languageKey {
            switchLanguage()
            return true
        }
        guard let screen = screens.last else { return false }
        switch screen.handle(key, context: context) {
        case .none:
            return true
        case let .push(id):
            if let screen = makeScreen(id) { screens.append(screen) }
            return true
        case .pop:
            if screens.count > 1 { screens.removeLast(); return true }
            return false
        case .quit:
            return false
        }
    }

    /// The key that switches between English and Chinese, on every screen.
    static let languageKey = Key.character("L")

    /// Shows everything in the other language at once and remembers the choice in progress.
    private func switchLanguage() {
        let language = context.language.other
        context.use(language)
        for screen in screens { screen.languageChanged(context: context) }
        context.progress.language = language
        context.saveProgress()
        context.message = context.message ?? context.strings.switchedLanguage
    }

    private func makeScreen(_ id: ScreenID) -> Screen? {
        switch id {
        case let .reader(lessonID):
            guard let lesson = context.catalog.lesson(id: lessonID) else { return nil }
            context.progress.lastLessonID = lessonID
            context.saveProgress()
            return LessonReaderScreen(lesson: lesson, progress: context.progress)
        case let .problems(lessonID):
            guard let lessonID else {
                return ProblemsScreen(lessonID: nil, problems: context.catalog.problems, catalog: context.catalog)
            }
            guard let lesson = context.catalog.lesson(id: lessonID) else { return nil }
            return ProblemsScreen(lessonID: lessonID, problems: lesson.problems, catalog: context.catalog)
        case let .run(request):
            guard let factory = context.runSourceFactory else {
                context.message = context.strings.noEngine
                return nil
            }
            do {
                return RunViewScreen(session: try RunSession(request: request, factory: factory))
            } catch {
                context.message = context.strings.cannotRun(request.path, "\(error)")
                return nil
            }
        }
    }

    private func tooSmall(_ size: Size) -> Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Draws the whole screen for `size`.
    func render(size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let theme = context.theme
        let strings = theme.strings
        if tooSmall(size) {
            drawTooSmall(in: &grid, size: size, theme: theme)
            return grid
        }
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (titleBar, rest) = full.splitTop(1)
        // A message wraps over as many status lines as it needs (up to a third of the screen).
        let messageLines = context.message.map { wrap($0, width: max(size.width - 2, 1)) } ?? []
        let statusHeight = min(max(messageLines.count, 1), max(size.height / 3, 1))
        let (body, statusBar) = rest.splitBottom(statusHeight)
        guard let screen = screens.last else { return grid }

        grid.fill(titleBar, style: theme.titleBar)
        grid.write(" concurrency-tutor", x: 0, y: 0, style: theme.titleBar, clip: titleBar)
        let crumb = screens.count > 1 ? screen.title(strings) : strings.tagline
        let crumbWidth = displayWidth(crumb)
        grid.write(truncate(crumb, width: max(size.width - 22, 1), ascii: !theme.unicode),
                   x: max(size.width - crumbWidth - 1, 20), y: 0, style: theme.titleBar, clip: titleBar)

        screen.draw(in: &grid, area: body, context: context)
        if showingHelp {
            HelpOverlay(screenTitle: screen.title(strings), entries: screen.helpEntries(strings)).draw(in: &grid, area: body, theme: theme)
        }

        grid.fill(statusBar, style: theme.statusBar)
        if !messageLines.isEmpty {
            for (row, line) in messageLines.prefix(statusHeight).enumerated() {
                grid.write(" " + line, x: 0, y: statusBar.y + row, style: theme.statusBar.with(bold: true), clip: statusBar)
            }
        } else if let line = screen.statusLine(context: context) {
            line.draw(in: &grid, x: 0, y: statusBar.y, clip: statusBar)
        } else {
            var x = 1
            // The language key comes third, where it always fits; a hint that would be cut is
            // left out (the help lists every key).
            var hints = screen.statusHints(strings)
            hints.insert(("L", strings.languageKey(unicode: theme.unicode)), at: min(2, hints.count))
            for hint in hints {
                let keyText = theme.unicode ? hint.key : asciiKeys(hint.key)
                guard x + displayWidth(keyText) + 1 + displayWidth(hint.action) <= statusBar.maxX else { break }
                x += grid.write(keyText, x: x, y: statusBar.y, style: theme.statusBar.with(bold: true), clip: statusBar)
                x += grid.write(" \(hint.action)   ", x: x, y: statusBar.y, style: theme.statusBar, clip: statusBar)
            }
        }
        return grid
    }

    private func asciiKeys(_ keys: String) -> String {
        keys.replacingOccurrences(of: "↑↓", with: "up/down").replacingOccurrences(of: "←→", with: "left/right")
    }

    private func drawTooSmall(in grid: inout CellGrid, size: Size, theme: Theme) {
        let lines = [
            theme.strings.tooSmall(Self.minimumSize.width, Self.minimumSize.height),
            theme.strings.tooSmallNow(size.width, size.height),
        ]
        let top = max((size.height - lines.count) / 2, 0)
        for (i, line) in lines.enumerated() {
            let text = truncate(line, width: size.width, ascii: !theme.unicode)
            grid.write(text, x: max((size.width - displayWidth(text)) / 2, 0), y: top + i,
                       style: i == 0 ? theme.warning : theme.plain)
        }
    }
}
