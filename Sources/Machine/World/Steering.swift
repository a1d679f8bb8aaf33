import Trace

/// A strategy that makes a run's scheduling decisions (the explorer's random, PCT and DFS
/// strategies): who takes a free GIL, and, at switch points it asked about, whether the
/// running thread is preempted. Everything it decides is recorded in the run's `ChoiceLog`,
/// so the run replays exactly from its schedule (Docs/DECISIONS.md, "Schedules").
public protocol ScheduleDriver: AnyObject {
    /// The run-wide instruction count from which the next switch point is a question to
    /// `preempt` (`Int.max`: none). Asked at the start and after every question.
    func nextQuestion(after step: Int) -> Int
    /// At a switch point `step` instructions into the run, with `running` holding the GIL and
    /// `waiting` waiting for it (never empty): the thread to hand the GIL to, or nil to go on.
    func preempt(step: Int, running: ThreadID, waiting: [ThreadID]) -> ThreadID?
    /// Who among `candidates` takes the GIL (an index into it); `automatic` is the rule's pick.
    func choose(step: Int, candidates: [ThreadID], automatic: Int) -> Int
}

/// An exception that no handler caught: the main thread's, or a thread's that reached
/// `threading.excepthook`.
public struct UncaughtException: Hashable, Sendable {
    /// The thread's name (`MainThread`, `Thread-1 (worker)`).
    public var thread: String
    /// The exception's class name (`AssertionError`).
    public var type: String
}

extension World {
    /// The replayed decision at a choice among `ids`: its pick, or nil for the automatic rule.
    /// A schedule that has a preemption here, or picks a thread that is not a candidate, does
    /// not fit the program.
    func replayedPick(_ ids: [ThreadID], vm: Interp) -> Int? {
        guard let entry = replay.entry(at: choices.count) else { return nil }
        if let step = entry.step {
            scheduleMisfit("the schedule preempts at step \(step), but the run is choosing who takes the GIL "
                + "(decision \(choices.count + 1))", vm: vm)
            return nil
        }
        guard let i = ids.firstIndex(of: entry.thread) else {
            scheduleMisfit("the schedule gives the GIL to thread \(entry.thread.raw), which is not waiting for it "
                + "(waiting: \(ids.map { String($0.raw) }.joined(separator: ", ")); decision \(choices.count + 1))", vm: vm)
            return nil
        }
        return i
    }

    /// Thread `t` is at a switch point at or past `kernel.questionStep`: a replayed preemption
    /// due here, or the driver's answer. True when `t` gave way.
    func steerAtSwitchPoint(_ t: Int, _ vm: Interp) -> Bool {
        defer { kernel.updateSteering() }
        let step = kernel.steps
        if choices.count < replay.count, let entry = replay.nextPreemption(from: choices.count), let due = entry.step, step >= due {
            if entry.index != choices.count {
                scheduleMisfit("the schedule preempts at step \(due) as decision \(entry.index + 1), but the run "
                    + "has made \(choices.count) decisions by then", vm: vm, dropRest: true)
                return false
            }
            if step != due || !policy.hasGIL {
                scheduleMisfit("the schedule preempts at step \(due), which is not a switch point of this run (the next one is step \(step))",
                               vm: vm, dropRest: true)
                return false
            }
            guard let target = readyQueue.first(where: { threads[$0].tid == entry.thread }) else {
                scheduleMisfit("the schedule hands the GIL to thread \(entry.thread.raw), which is not waiting for it "
                    + "(waiting: \(readyQueue.map { String(threads[$0].tid.raw) }.joined(separator: ", ")))", vm: vm, dropRest: true)
                return false
            }
            preempt(t, to: target, step: step, vm)
            return true
        }
        guard policy.hasGIL, !readyQueue.isEmpty, choices.count >= replay.count, let driver = kernel.driver else { return false }
        // Only the program's own code is asked about: the engine's Python preludes stand for
        // CPython's C code (locks, queues) or its plumbing (thread start-up), where a
        // preemption finds no bug of the program's and multiplies the schedules to search.
        guard let top = vm.frames.last, !top.code.filename.hasPrefix("<") else { return false }
        guard let wanted = driver.preempt(step: step, running: threads[t].tid, waiting: readyQueue.map { threads[$0].tid }),
              let target = readyQueue.first(where: { threads[$0].tid == wanted }) else { return false }
        preempt(t, to: target, step: step, vm)
        return true
    }

    /// Thread `t` gives the GIL to the waiting thread `target` at once (a preemption, recorded).
    private func preempt(_ t: Int, to target: Int, step: Int, _ vm: Interp) {
        makeReady(t, vm: vm)
        releaseSlot(t, reason: .intervalExpired, vm: vm)
        grant(target, reason: .intervalExpired, vm: vm)
        choices.appendPreemption(step: step, thread: threads[target].tid)
    }

    /// A replayed schedule does not fit the program: strict replay (`run --schedule`) ends the
    /// run with status 2 and the reason on stderr. Otherwise the decision goes by the
    /// automatic rule, as replayed picks always did (the run view replaying its picks in
    /// another mode), and a preemption that does not fit drops the rest of the schedule (the
    /// explorer's shrinking), which would otherwise be asked about at every switch point.
    func scheduleMisfit(_ reason: String, vm: Interp, dropRest: Bool = false) {
        let text = "schedule does not fit the program at step \(kernel.steps): \(reason)"
        if kernel.misfit == nil { kernel.misfit = text }
        guard kernel.strictReplay else {
            if dropRest { kernel.replay = ChoiceLog() }
            return
        }
        guard kernel.ending == nil else { return }
        let line = "concurrency-tutor: \(text)\n"
        kernel.write(Array(line.utf8), fd: 2, process: pid, io: vm.process.io)
        noteOutput(line, fd: 2, vm: vm)
        kernel.endRun(RunEnding(status: 2))
    }
}
