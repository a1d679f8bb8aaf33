import PyLang
import Trace

/// A driver that is asked before each slice as well as after: the run view's challenges,
/// where the learner names the next thread between two moves and the thread that ran last
/// must not run one more instruction first (Docs/DECISIONS.md, "Challenges").
public protocol SliceStartDriver: ScheduleDriver {}

extension LiveRun {
    /// A strategy answering the run's scheduling questions from now on (the run view's
    /// challenges: the thread the learner wants next). A restarted run keeps it.
    public var driver: ScheduleDriver? {
        get { session.kernel.driver }
        set { session.kernel.driver = newValue }
    }

    /// Instructions run so far in the whole run (the steps a schedule's preemptions name).
    public var steps: Int { session.kernel.steps }
}

extension World {
    /// Whether the slice about to start is a question too: for a `SliceStartDriver`, or a
    /// replayed preemption due at this very step (one such a driver made); only at a switch
    /// point (in `cpython` mode, an eval-breaker instruction).
    func asksBeforeSlice(_ vm: Interp) -> Bool {
        let due = kernel.driver is SliceStartDriver
            || choices.count < replay.count && replay.nextPreemption(from: choices.count)?.step == kernel.steps
        guard due else { return false }
        if !policy.switchesAtBreakersOnly(self) { return true }
        guard let f = vm.frames.last, f.pc < f.code.instructions.count else { return false }
        return vm.isBreaker(f.code.instructions[f.pc], at: f.pc)
    }
}

extension LiveRun {
    /// Where `thread` stands: its frame depth and the index of the instruction it runs next;
    /// nil before it has a frame. A change means it ran an instruction (the challenges' moves
    /// of one instruction).
    public func position(of thread: ThreadID) -> (depth: Int, pc: Int)? {
        guard let frames = frames(of: thread), let top = frames.last else { return nil }
        return (frames.count, top.pc)
    }

    /// The instruction `thread` runs next as `dis` shows it (`LOAD_GLOBAL 0 (counter)`), nil
    /// when it has no frame or is past its last instruction.
    public func nextInstruction(of thread: ThreadID) -> String? {
        guard let frames = frames(of: thread), let top = frames.last,
              top.pc < top.code.instructions.count else { return nil }
        return describeInstruction(at: top.pc, in: top.code)
    }

    /// A thread's frames: the interpreter's for the thread swapped in, else its own.
    private func frames(of thread: ThreadID) -> FrameStack? {
        let w = session.world
        guard let i = w.threads.firstIndex(where: { $0.tid == thread }) else { return nil }
        return i == w.current ? session.vm.frames : w.threads[i].frames
    }
}
