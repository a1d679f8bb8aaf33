import Foundation
import Machine
import TerminalUI
import Trace

/// `s` shows the schedule of the run so far; `f` searches schedules for a failure in the
/// background and loads the one it finds, its preemptions marked on the timeline.
extension RunViewScreen {
    /// Steps the completed schedule may take at most: an endless program's schedule ends there.
    static let scheduleStepCap = 5_000_000
    /// The finder's budget in the run view.
    static let findTimeLimit = 30.0

    /// Boxes and background work take their keys first: Esc stops a search, any key closes
    /// the schedule box or stops "show me" playing. nil lets the key through.
    func handleOverlaysAndJobs(_ key: Key, context: AppContext) -> ScreenAction? {
        if findJob != nil || wayJob != nil {
            switch key {
            case .escape:
                findJob?.stop()
                wayJob?.stop()
                return ScreenAction.none
            case .character("q"):
                findJob?.stop()
                wayJob?.stop()
                return .pop
            default:
                return nil
            }
        }
        if !showQueue.isEmpty {
            showQueue = []
            return ScreenAction.none
        }
        if case .schedule? = overlay {
            overlay = nil
            return ScreenAction.none
        }
        return nil
    }

    /// `s`: the schedule so far, completed by the automatic rule, in a box to copy.
    func showSchedule(context: AppContext) {
        var options = session.request.options
        let capped = options.maxSteps > Self.scheduleStepCap
        if capped { options.maxSteps = Self.scheduleStepCap }
        let run = ProgramRun.runSteered(path: session.request.path, source: session.request.source, arguments: session.request.arguments,
                                        options: options, driver: nil, replay: session.source.choices)
        var schedule = run.schedule
        // A run that ended before the cap replays the same under the learner's own budget.
        if capped && run.result.status != 4 { schedule.options = session.request.options }
        overlay = .schedule(text: schedule.text, path: session.request.path)
    }

    /// `f`: explores the program's schedules in the background.
    func startFind(context: AppContext) {
        guard findJob == nil else { return }
        let request = ExploreRequest(path: session.request.path, source: session.request.source, arguments: session.request.arguments,
                                     options: session.request.options, timeLimit: Self.findTimeLimit)
        findJob = BackgroundJob { job in
            let explorer = Explorer(request)
            explorer.shouldStop = { job.isStopped }
            return explorer.explore { progress in
                job.report(fraction: max(Double(progress.runs) / Double(request.runs), progress.seconds / request.timeLimit),
                           detail: "\(progress.runs)")
            }
        }
    }

    /// Takes in finished background work; true when the view changed.
    func pollJobs(elapsedMilliseconds: Int, context: AppContext) -> Bool {
        if let job = findJob, let result = job.result {
            findJob = nil
            if job.isStopped {
                context.message = context.strings.findStopped
            } else if let outcome = result {
                finishFind(outcome, context: context)
            }
            return true
        }
        if pollChallengeJob(elapsedMilliseconds: elapsedMilliseconds, context: context) { return true }
        // A search's progress bar moves every frame.
        return findJob != nil || wayJob != nil
    }

    /// Loads a found schedule, marks its preemptions and stands where it first leaves the
    /// automatic rule's run (which passed: the explorer's first run is that run).
    private func finishFind(_ outcome: ExploreOutcome, context: AppContext) {
        switch outcome {
        case .passed(let runs, _):
            context.message = context.strings.findNone(runs)
        case .found(let failure):
            do {
                try session.load(failure.schedule)
            } catch {
                context.message = context.strings.couldNotRerun("\(error)")
                return
            }
            var times: [Nanoseconds] = []
            var departure: Int?
            if let run = session.source as? LiveRun {
                for step in failure.schedule.decisions.picks.compactMap(\.step) {
                    while run.steps < step && !session.ended { session.advance(instructions: step - run.steps) }
                    let change = session.index.changeCount - 1
                    guard change >= 0 else { continue }
                    times.append(session.trace.time(ofChange: change))
                    departure = departure ?? change
                }
            }
            preemptionTimes = times
            controller.playing = false
            controller.cancelSeek()
            controller.cursor = departure ?? session.index.steps.first?.change ?? 0
            context.message = context.strings.findFound(failure.kind.description, failure.run, failure.schedule.preemptions)
        }
    }

    /// The status line while a search runs.
    func jobStatusLine(_ renderer: RunViewRenderer, context: AppContext) -> StyledLine? {
        guard let job: (fraction: Double, detail: String) = findJob?.progress ?? wayJob?.progress else { return nil }
        let title = findJob != nil ? context.strings.finding : context.strings.searchingWay
        return renderer.searchStatusLine(title: title, fraction: job.fraction, detail: job.detail, width: statusWidth)
    }
}
