import LessonKit
import TerminalUI

/// What a screen asks the app to do after a key.
enum ScreenAction: Equatable {
    case none
    case push(ScreenID)
    case pop
    case quit
}

/// Screens the app can open; the app builds them so screens stay independent of each other.
enum ScreenID: Equatable {
    case reader(lessonID: String)
    /// The run view on a program (a lesson page's example).
    case run(RunRequest)
    /// The problems of one lesson, or of the whole course (nil).
    case problems(lessonID: String?)
}

/// One full-screen view: draws itself in the body area and reacts to keys.
protocol Screen: AnyObject {
    /// Shown in the title bar, in the words of `strings`.
    func title(_ strings: Strings) -> String
    /// The key hints in the status bar, most useful first.
    func statusHints(_ strings: Strings) -> [Strings.Hint]
    /// Every key this screen understands, for the help overlay.
    func helpEntries(_ strings: Strings) -> [Strings.Hint]
    func draw(in grid: inout CellGrid, area: Rect, context: AppContext)
    func handle(_ key: Key, context: AppContext) -> ScreenAction
    /// True while the screen changes without keys (playback): the app then waits for keys
    /// with a frame timeout and calls `tick`; otherwise it blocks, using no CPU.
    var isAnimating: Bool { get }
    /// Advances by `elapsedMilliseconds` of wall time; true when the screen needs a redraw.
    func tick(elapsedMilliseconds: Int, context: AppContext) -> Bool
    /// A status line of the screen's own, drawn instead of the key hints.
    func statusLine(context: AppContext) -> StyledLine?
    /// The learner switched language: the context already has the new catalog and strings.
    func languageChanged(context: AppContext)
}

extension Screen {
    var isAnimating: Bool { false }
    func tick(elapsedMilliseconds: Int, context: AppContext) -> Bool { false }
    func statusLine(context: AppContext) -> StyledLine? { nil }
    func languageChanged(context: AppContext) {}
}

/// What screens share: the course, the learner's progress and the look.
final class AppContext {
    /// The course in `language`.
    private(set) var catalog: Catalog
    var progress: LearnerProgress
    let store: ProgressStore?
    var theme: Theme
    var strings: Strings { theme.strings }
    var language: Language { catalog.language }
    /// A one-shot message for the status bar (cleared by the next key), wrapped to the width.
    var message: String?
    /// Makes the run view's program runs; nil until the engine is plugged in.
    let runSourceFactory: RunSourceFactory?
    /// Why progress is not being saved (the learner was told once); the CLI repeats it on exit.
    private(set) var unsavedReason: String?

    init(catalog: Catalog, progress: LearnerProgress, store: ProgressStore?, theme: Theme, message: String? = nil,
         runSourceFactory: RunSourceFactory? = nil, canSave: Bool = true) {
        self.catalog = catalog
        self.progress = progress
        self.store = store
        self.theme = theme
        self.message = message
        self.runSourceFactory = runSourceFactory
        if !canSave, let store {
            unsavedReason = theme.strings.progressInMemory(store.url.path)
        }
    }

    /// Shows the course and the app's words in `language` from now on.
    func use(_ language: Language) {
        catalog = catalog.localized(language)
        theme.strings = .of(language)
    }

    /// Saves progress; a failure is shown to the learner once, in plain words, never fatal.
    func saveProgress() {
        guard let store, unsavedReason == nil else { return }
        do {
            try store.save(progress)
        } catch {
            unsavedReason = strings.progressNotSaved("\(error)")
            message = strings.progressCannotSave("\(error)")
        }
    }
}
