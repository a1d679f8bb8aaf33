import Foundation
import LessonKit
import TerminalUI

/// The run view drawn without a terminal, one still at a time, as the app draws it: the body
/// and the status line of a window of a given size (the app's title bar left blank). The frame
/// benchmark (`Benchmarks/RunViewBench`) times this.
public final class RunViewStills {
    private let screen: RunViewScreen
    private let context: AppContext

    /// A view of `source` with nothing re-created (no factory): it plays what the source has.
    public init(request: RunRequest, source: RunSource, colors: Bool = true, unicode: Bool = true) {
        screen = RunViewScreen(session: RunSession(request: request, source: source, factory: nil))
        context = AppContext(catalog: Catalog(lessons: [], root: URL(fileURLWithPath: "/")), progress: LearnerProgress(),
                             store: nil, theme: Theme(capabilities: TerminalCapabilities(colors: colors, unicode: unicode)))
    }

    /// Which side pane the view shows when they do not all fit, as `p` presses would choose.
    var sidePane: Int {
        get { screen.sidePane }
        set { screen.sidePane = newValue }
    }

    /// How many changes the view can put its cursor on.
    public var changeCount: Int { screen.session.index.changeCount }

    /// Draws the view with its cursor on `change` into `grid`, laid out for the grid's size.
    public func draw(change: Int, into grid: inout CellGrid) {
        let app = Rect(size: grid.size)
        let (_, rest) = app.splitTop(1)
        let (body, _) = rest.splitBottom(1)
        screen.moveCursor(to: change)
        screen.draw(in: &grid, area: body, context: context)
        if let line = screen.statusLine(context: context) { line.draw(in: &grid, x: 0, y: grid.size.height - 1, clip: app) }
    }
}
