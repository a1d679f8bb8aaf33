import TerminalUI
import Trace

/// The live run view: a program's threads, GIL, locks, frames and output, played forwards
/// and backwards. Keys drive a `PlaybackController`; the `RunSession` runs the program a
/// bounded amount per frame as playback needs more trace.
final class RunViewScreen: Screen {
    /// Bytecode instructions run per frame at most, so an endless program animates at once.
    static let instructionsPerFrame = 20_000

    let session: RunSession
    var controller = PlaybackController()
    /// The highlighted candidate of the open choice prompt.
    private(set) var promptSelection = 0
    /// An earlier pick being revisited (`t` on the change where it was asked).
    private(set) var revisiting: RunSession.ChoiceMark?
    private var codeCache: (colors: Bool, unicode: Bool, lines: [[Span]])?
    /// The timeline unit of the last frame drawn, for zooming from what the learner sees.
    private var lastUnit: Nanoseconds = 1_000
    /// The terminal width at the last draw, for fitting the status line.
    /// Which side pane shows when they do not all fit (`p`).
    var sidePane = 0
    private(set) var statusWidth = 80
    /// The challenge played in this view (the request's), if any.
    private(set) var challenge: ChallengePlay?
    /// A box over the view: the schedule to copy, a challenge solved.
    var overlay: RunOverlay?
    /// Instants of the preemptions of a schedule `f` found, marked on the timeline.
    var preemptionTimes: [Nanoseconds] = []
    /// `f`'s search, running in the background.
    var findJob: BackgroundJob<ExploreOutcome>?
    /// "Show me"'s search for a way to win, in the background.
    var wayJob: BackgroundJob<ChallengeSolution>?
    /// Moves "show me" still has to play, one per `showInterval`.
    var showQueue: [ThreadID] = []
    var showClock = 0
    static let showInterval = 250

    init(session: RunSession) {
        self.session = session
        if let goal = session.request.challenge {
            let play = ChallengePlay(challenge: goal, source: session.request.source)
            challenge = play
            session.sourceReplaced = { [weak play] fresh in play?.attach(to: fresh) }
            play.start(session)
        }
        // A live run starts empty: run it a little so the first frame has something to show.
        if session.index.changeCount == 0 { session.advance(instructions: Self.instructionsPerFrame) }
        // Start on the first line that runs rather than on "not started".
        controller.cursor = session.index.steps.first?.change ?? 0
    }

    func title(_ s: Strings) -> String {
        s.runTitle(session.request.path.split(separator: "/").last.map(String.init) ?? session.request.path)
    }
    func statusHints(_ s: Strings) -> [Strings.Hint] { [("space", s.play), ("n", s.next), ("b", s.stepBack), ("?", s.help), ("q", s.back)] }
    func helpEntries(_ s: Strings) -> [Strings.Hint] {
        (challenge == nil ? s.runHelp : s.challengeHelp + s.runHelp.filter { !["space", "n", "t", "m", "s", "f"].contains($0.key) })
            + [("?", s.thisHelp), ("q  Esc", s.back)]
    }

    // MARK: - State the app and tests read

    /// The choice the learner is being asked now: a revisited pick, or the source's pending
    /// choice once the cursor is at the end of what has been recorded.
    var prompt: SchedulingChoice? {
        if let revisiting { return revisiting.choice }
        guard let choice = session.source.pendingChoice, controller.cursor >= session.index.changeCount - 1 else { return nil }
        return choice
    }

    var isAnimating: Bool {
        (controller.playing || controller.seek != nil) && prompt == nil || findJob != nil || wayJob != nil || !showQueue.isEmpty
    }

    func tick(elapsedMilliseconds: Int, context: AppContext) -> Bool {
        if pollJobs(elapsedMilliseconds: elapsedMilliseconds, context: context) { return true }
        var grew = false
        if controller.needsMoreTrace(index: session.index, ended: session.ended) && session.source.pendingChoice == nil {
            let before = session.index.changeCount
            session.advance(instructions: Self.instructionsPerFrame)
            grew = session.index.changeCount != before || session.ended
            // A long run lets its oldest changes go; a cursor left behind (a seek waiting for
            // a thread that does not run) moves up with them.
            controller.cursor = max(controller.cursor, session.index.base)
        }
        if session.source.pendingChoice != nil, controller.seek != nil {
            // The run stopped at a choice before what the step was looking for (only line steps
            // may follow the cursor): stand on the last change, where the prompt asks it.
            controller.cancelSeek()
            controller.cursor = max(session.index.changeCount - 1, 0)
            return true
        }
        let outcome = controller.tick(elapsedMilliseconds: elapsedMilliseconds, index: session.index, ended: session.ended)
        return grew || outcome == .moved || outcome == .atEnd
    }

    // MARK: - Drawing

    func renderer(theme: Theme) -> RunViewRenderer {
        if codeCache == nil || codeCache?.colors != theme.colors || codeCache?.unicode != theme.unicode {
            codeCache = (theme.colors, theme.unicode, PythonHighlighter(theme: theme).highlight(session.source.source))
        }
        var renderer = RunViewRenderer(theme: theme, trace: session.trace, index: session.index, state: controller,
                                       path: session.request.path, codeLines: codeCache?.lines ?? [],
                                       ending: session.source.ending, options: session.request.options)
        if let choice = prompt { renderer.prompt = (choice, min(promptSelection, max(choice.candidates.count - 1, 0))) }
        renderer.manualScheduling = session.manualScheduling
        renderer.sidePane = sidePane
        renderer.pickHere = prompt == nil && session.mark(at: controller.cursor) != nil && controller.cursor < session.index.changeCount - 1
        return renderer
    }

    func draw(in grid: inout CellGrid, area: Rect, context: AppContext) {
        statusWidth = area.width
        var renderer = self.renderer(theme: context.theme)
        let layout = renderer.layout(in: area)
        let geometry = renderer.timelineGeometry(for: layout.timeline)
        controller.keepVisible(cursorTime: renderer.cursorTime, unit: geometry.unit, columns: geometry.columns, threadRows: geometry.threadRows,
                                selectedRow: renderer.selectedTimelineRow)
        lastUnit = geometry.unit
        renderer = self.renderer(theme: context.theme)
        renderer.draw(in: &grid, layout: layout)
        if !preemptionTimes.isEmpty { renderer.drawPreemptionMarks(preemptionTimes, in: &grid, timeline: layout.timeline) }
        if let overlay {
            // The schedule is long and meant to be copied: it gets the whole view.
            let over = overlay.isSchedule ? area : layout.code.inset(by: 1)
            renderer.drawOverlay(overlay, in: &grid, over: over)
        }
    }

    func statusLine(context: AppContext) -> StyledLine? {
        let renderer = self.renderer(theme: context.theme)
        if let line = jobStatusLine(renderer, context: context) { return line }
        if let challenge {
            return renderer.challengeStatusLine(goal: challenge.challenge.goal, solved: challenge.solved, width: statusWidth)
        }
        return renderer.statusLine(seeking: controller.seek != nil, width: statusWidth)
    }

    /// Puts the cursor on `change` (stills and tests jump without keys).
    func moveCursor(to change: Int) {
        controller.cursor = min(max(change, 0), max(session.index.changeCount - 1, 0))
    }

    // MARK: - Keys

    func handle(_ key: Key, context: AppContext) -> ScreenAction {
        if let action = handleOverlaysAndJobs(key, context: context) { return action }
        if challenge != nil, let action = handleChallenge(key, context: context) { return action }
        if let choice = prompt, handlePrompt(key, choice: choice, context: context) { return .none }
        let index = session.index
        let ended = session.ended
        let threads = session.trace.threads
        var outcome = PlaybackController.Outcome.unchanged
        switch key {
        case .character(" "): controller.togglePlay(index: index, ended: ended)
        case .character("n"), .right: outcome = controller.nextEvent(index: index, ended: ended)
        case .character("i"):
            guard threads.indices.contains(controller.selectedThread) else { break }
            outcome = controller.nextStep(of: threads[controller.selectedThread].id, index: index, ended: ended)
        case .character("b"), .left:
            session.reachBack(before: controller.cursor)
            outcome = controller.stepBack(index: session.index)
        case .character("g"), .home: outcome = controller.goToStart()
        case .character("G"), .end: outcome = controller.goToEnd(index: index, ended: ended)
        case .character("+"), .character("="): controller.faster()
        case .character("-"), .character("_"): controller.slower()
        case .tab, .down, .character("j"): controller.selectThread(by: 1, count: threads.count)
        case .backTab, .up, .character("k"): controller.selectThread(by: -1, count: threads.count)
        case .character(">"), .character("."): controller.zoomIn(current: lastUnit)
        case .character("<"), .character(","): controller.zoomOut(current: lastUnit)
        case .character("0"): controller.zoomToFit()
        case .character("t"): toggleScheduling(context: context)
        case .character("m"): switchMode(context: context)
        case .character("p"): sidePane += 1
        case .character("s"): showSchedule(context: context)
        case .character("f"): startFind(context: context)
        case .character("q"), .escape: return .pop
        default: controller.cancelSeek()
        }
        // The start of a long run (`g`, play again) is re-run from the beginning.
        session.reach(controller.cursor)
        if outcome == .waiting { pump(context) }
        if outcome == .atEnd && session.ended { context.message = context.strings.runOver }
        return .none
    }

    /// Runs the source once right away so a step needing more trace answers without waiting a frame.
    func pump(_ context: AppContext) {
        _ = tick(elapsedMilliseconds: 0, context: context)
    }

    /// Keys for the open choice prompt; false lets the key through to playback.
    private func handlePrompt(_ key: Key, choice: SchedulingChoice, context: AppContext) -> Bool {
        let count = choice.candidates.count
        guard count > 0 else { return false }
        switch key {
        case .up, .character("k"): promptSelection = (promptSelection + count - 1) % max(count, 1)
        case .down, .character("j"), .tab: promptSelection = (promptSelection + 1) % max(count, 1)
        case .enter: pick(choice.candidates[min(promptSelection, count - 1)], context: context)
        case let .character(c) where c.isNumber && c != "0":
            guard let n = c.wholeNumberValue, n <= count else {
                context.message = context.strings.chooseRange(min(count, 9))
                return true
            }
            pick(choice.candidates[n - 1], context: context)
        case .escape where revisiting != nil: revisiting = nil
        default: return false
        }
        return true
    }

    private func pick(_ thread: ThreadID, context: AppContext) {
        promptSelection = 0
        if let mark = revisiting {
            revisiting = nil
            guard mark.chosen != thread else { return }
            do {
                try session.rechoose(mark, as: thread)
            } catch {
                context.message = context.strings.couldNotRerun("\(error)")
                return
            }
            // The new run replays up to the same change, then continues from the new pick.
            _ = controller.seek(toChange: mark.change, index: session.index, ended: session.ended)
            pump(context)
            context.message = context.strings.rerunningWith(session.trace.info(of: thread)?.name ?? context.strings.thatThread)
            return
        }
        session.choose(thread)
        guard !controller.playing else { return }
        // Paused: step onto the consequence of the pick, the next event the engine records.
        _ = controller.nextEvent(index: session.index, ended: session.ended)
        pump(context)
    }

    /// `t`: revisit the pick made at the cursor, else turn manual scheduling on or off.
    private func toggleScheduling(context: AppContext) {
        if let mark = session.mark(at: controller.cursor), controller.cursor < session.index.changeCount - 1 || session.source.pendingChoice == nil {
            revisiting = mark
            promptSelection = mark.choice.candidates.firstIndex(of: mark.chosen) ?? 0
            return
        }
        if session.manualScheduling {
            session.manualScheduling = false
            context.message = context.strings.automaticScheduling
            return
        }
        let ranAhead = controller.cursor < session.index.changeCount - 1 || session.ended
        if ranAhead && session.factory != nil {
            // The program has already run past the cursor on its own, so its choices there are
            // made: run it again under manual scheduling and come back here, stopping at the
            // first choice on the way (the run is the same up to it).
            let target = controller.cursor
            do {
                try session.restart(manual: true)
            } catch {
                context.message = context.strings.couldNotRerun("\(error)")
                return
            }
            controller.playing = false
            _ = controller.seek(toChange: target, index: session.index, ended: session.ended)
            pump(context)
        } else {
            session.manualScheduling = true
        }
        context.message = context.strings.manualSchedulingOn
    }

    private func switchMode(context: AppContext) {
        guard session.factory != nil else {
            context.message = context.strings.recordingCannotRerun
            return
        }
        do {
            try session.switchMode()
        } catch {
            context.message = context.strings.couldNotRerun("\(error)")
            return
        }
        let playing = controller.playing
        controller.seek = nil
        controller.playing = playing
        revisiting = nil
        // As at the start: run the fresh source a little and stand on its first line.
        if session.index.changeCount == 0 { session.advance(instructions: Self.instructionsPerFrame) }
        controller.cursor = session.index.steps.first?.change ?? 0
        context.message = context.strings.switchPointsNow(session.request.options.modeName)
    }
}
