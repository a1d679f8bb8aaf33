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

    public init(terminal: Terminal, catalog: Catalog, store: ProgressStore?) {
        self.terminal = terminal
        var progress = LearnerProgress()
        var warning: String?
        if let store {
            (progress, warning) = store.load()
        }
        context = AppContext(catalog: catalog, progress: progress, store: store,
                             theme: Theme(capabilities: terminal.capabilities), message: warning)
        screens = [LessonListScreen(selectedLessonID: progress.lastLessonID, catalog: catalog)]
    }

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
        while true {
            if dirty {
                terminal.present(render(size: terminal.size))
                dirty = false
            }
            guard let key = terminal.readKey(timeout: nil) else { break }
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
        guard let screen = screens.last else { return false }
        switch screen.handle(key, context: context) {
        case .none:
            return true
        case let .push(id):
            screens.append(makeScreen(id))
            return true
        case .pop:
            if screens.count > 1 { screens.removeLast(); return true }
            return false
        case .quit:
            return false
        }
    }

    private func makeScreen(_ id: ScreenID) -> Screen {
        switch id {
        case let .reader(lessonID):
            guard let lesson = context.catalog.lesson(id: lessonID) else { return screens[0] }
            context.progress.lastLessonID = lessonID
            context.saveProgress()
            return LessonReaderScreen(lesson: lesson, progress: context.progress)
        }
    }

    private func tooSmall(_ size: Size) -> Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Draws the whole screen for `size`.
    func render(size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let theme = context.theme
        if tooSmall(size) {
            drawTooSmall(in: &grid, size: size, theme: theme)
            return grid
        }
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (titleBar, rest) = full.splitTop(1)
        let (body, statusBar) = rest.splitBottom(1)
        guard let screen = screens.last else { return grid }

        grid.fill(titleBar, style: theme.titleBar)
        grid.write(" concurrency-tutor", x: 0, y: 0, style: theme.titleBar, clip: titleBar)
        let crumb = screens.count > 1 ? screen.title : "Python's concurrency model, step by step"
        let crumbWidth = displayWidth(crumb)
        grid.write(truncate(crumb, width: max(size.width - 22, 1), ascii: !theme.unicode),
                   x: max(size.width - crumbWidth - 1, 20), y: 0, style: theme.titleBar, clip: titleBar)

        screen.draw(in: &grid, area: body, context: context)
        if showingHelp {
            HelpOverlay(screenTitle: screen.title, entries: screen.helpEntries).draw(in: &grid, area: body, theme: theme)
        }

        grid.fill(statusBar, style: theme.statusBar)
        if let message = context.message {
            grid.write(" " + message, x: 0, y: statusBar.y, style: theme.statusBar.with(bold: true), clip: statusBar)
        } else {
            var x = 1
            for hint in screen.statusHints {
                let keyText = theme.unicode ? hint.key : asciiKeys(hint.key)
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
            "terminal too small (need \(Self.minimumSize.width)x\(Self.minimumSize.height))",
            "now \(size.width)x\(size.height): enlarge the window, or press q to quit",
        ]
        let top = max((size.height - lines.count) / 2, 0)
        for (i, line) in lines.enumerated() {
            let text = truncate(line, width: size.width, ascii: !theme.unicode)
            grid.write(text, x: max((size.width - displayWidth(text)) / 2, 0), y: top + i,
                       style: i == 0 ? theme.warning : theme.plain)
        }
    }
}
