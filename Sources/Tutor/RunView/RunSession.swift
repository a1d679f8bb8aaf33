import Machine
import Trace

/// The program being watched: its current source, the index over its trace, and the
/// learner's scheduling picks. Re-creates the source through the factory when a pick or the
/// switch-point mode changes, replaying the earlier choices so the run up to there is the same.
final class RunSession {
    /// A scheduling choice the learner made in this view.
    struct ChoiceMark: Equatable {
        /// The change the view was on when the choice was asked (the trace's last change then).
        var change: Int
        /// How many choices the source had made before this one: the replay prefix length.
        var choiceIndex: Int
        var choice: SchedulingChoice
        var chosen: ThreadID
    }

    private(set) var request: RunRequest
    let factory: RunSourceFactory?
    private(set) var source: RunSource
    private(set) var index = TraceIndex()
    private(set) var marks: [ChoiceMark] = []
    /// How many times the source was re-created (tests and the status line use it).
    private(set) var generation = 0
    /// Told of each new source (a challenge attaches its driver again).
    var sourceReplaced: ((RunSource) -> Void)?

    init(request: RunRequest, source: RunSource, factory: RunSourceFactory?) {
        self.request = request
        self.source = source
        self.factory = factory
        index.update(from: source.trace)
    }

    /// Makes the first source through the factory.
    convenience init(request: RunRequest, factory: @escaping RunSourceFactory) throws {
        let source = try factory(request.path, request.source, request.arguments, request.options, [])
        self.init(request: request, source: source, factory: factory)
    }

    var trace: Trace { source.trace }
    var ended: Bool { source.ending != nil }

    var manualScheduling: Bool {
        get { source.manualScheduling }
        set { source.manualScheduling = newValue }
    }

    /// Runs the program a bounded amount further and indexes what it recorded.
    func advance(instructions: Int) {
        guard source.ending == nil else { return }
        source.advance(instructions: instructions)
        index.update(from: source.trace)
    }

    /// Makes the index hold an event before `change` when the source has let the changes
    /// before its detail go (a long run): the source runs again from a checkpoint, as often as
    /// it takes to find one or reach the start.
    func reachBack(before change: Int) {
        while index.previousEvent(before: change) == nil && index.base > 0 {
            let base = index.base
            source.rewind(toChange: base - 1)
            index = TraceIndex()
            index.update(from: source.trace)
            if index.base >= base { break }
        }
    }

    /// Makes the index hold `change` (the start of the run, say) when the source has let it go.
    func reach(_ change: Int) {
        guard change < index.base else { return }
        source.rewind(toChange: change)
        index = TraceIndex()
        index.update(from: source.trace)
    }

    /// Answers the source's pending choice and remembers it, so it can be revisited.
    func choose(_ thread: ThreadID) {
        guard let choice = source.pendingChoice, choice.candidates.contains(thread) else { return }
        marks.append(ChoiceMark(change: index.changeCount - 1, choiceIndex: source.choices.count, choice: choice, chosen: thread))
        source.choose(thread)
        index.update(from: source.trace)
    }

    /// The learner's earlier pick asked at `change`, if any.
    func mark(at change: Int) -> ChoiceMark? {
        marks.last { $0.change == change }
    }

    /// Changes an earlier pick: a new source replays the choices before it, then `thread`,
    /// and stops at the next choice (manual scheduling stays on).
    func rechoose(_ mark: ChoiceMark, as thread: ThreadID) throws {
        guard mark.chosen != thread, let factory else { return }
        var prefix = source.choices.prefix(mark.choiceIndex)
        prefix.appendPick(thread)
        let fresh = try factory(request.path, request.source, request.arguments, request.options, prefix)
        fresh.manualScheduling = true
        replace(with: fresh)
        marks = marks.filter { $0.change < mark.change }
        marks.append(ChoiceMark(change: mark.change, choiceIndex: mark.choiceIndex, choice: mark.choice, chosen: thread))
    }

    /// Runs the program again from the start with the same settings and no replayed choices,
    /// under manual scheduling or not; earlier picks are dropped with the run they belonged to.
    func restart(manual: Bool) throws {
        guard let factory else { return }
        let fresh = try factory(request.path, request.source, request.arguments, request.options, [])
        fresh.manualScheduling = manual
        replace(with: fresh)
        marks = []
    }

    /// `m`: the next switch-point mode, run again from the start. Earlier picks are dropped:
    /// another mode makes different choice points, so they would not mean the same thing.
    func switchMode() throws {
        guard let factory else { return }
        let options = request.options.nextMode()
        let fresh = try factory(request.path, request.source, request.arguments, options, [])
        fresh.manualScheduling = source.manualScheduling
        request.options = options
        replace(with: fresh)
        marks = []
    }

    /// Runs the program again replaying `schedule` (found by `f`), with its options.
    func load(_ schedule: Schedule) throws {
        guard let factory else { return }
        let fresh = try factory(request.path, request.source, request.arguments, schedule.options, schedule.decisions)
        request.options = schedule.options
        replace(with: fresh)
        marks = []
    }

    private func replace(with fresh: RunSource) {
        sourceReplaced?(fresh)
        source = fresh
        index = TraceIndex()
        index.update(from: fresh.trace)
        generation += 1
    }
}
