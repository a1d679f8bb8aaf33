import Foundation
import Trace

/// A host thread that lends its stack to the engine.
///
/// Python code called by a native (`sorted(key=...)`, `sum(gen)`, `__eq__` in a dict lookup)
/// runs in a nested dispatch loop on the Swift stack, as CPython runs it on the C stack. When
/// such a thread must stop (its slice ends at a switch point, it blocks on a lock or queue),
/// its Swift stack is kept by parking the host thread that holds it, and the scheduler goes on
/// on another carrier. Exactly one carrier (or the caller) runs at any time: they pass a baton,
/// so the run stays deterministic and single-threaded in effect. See Docs/DECISIONS.md,
/// "Python called from natives".
final class Carrier: @unchecked Sendable {
    /// What the carrier does when it wakes up.
    enum Order { case drive, resume, unwind, exit }
    let wakeUp = DispatchSemaphore(value: 0)
    var order = Order.drive
    /// Its stack's floor for nested runs (`Interp.stackFloor`), set when the thread starts.
    var floor: UInt = 0
    var thread: pthread_t?
}

/// The carriers of one run and the baton between them and the caller (`Session.advance`).
final class Carriers: @unchecked Sendable {
    /// Each carrier's stack: room for thousands of nested levels (a native calling Python
    /// calling a native ...), reserved address space, committed only as it is used.
    static let stackSize = 256 << 20
    /// Unowned: the session owns its carriers.
    unowned(unsafe) let session: Session
    private let callerWakeUp = DispatchSemaphore(value: 0)
    /// A carrier finished unwinding (shut-down handshake).
    private let unwound = DispatchSemaphore(value: 0)
    private var idle: [Carrier] = []
    /// The carrier holding the baton (nil: the caller has it).
    private var running: Carrier?
    /// The carrier that continues when the caller next advances the run.
    private var waiting: Carrier?
    /// Threads stopped inside a native, by thread index: the carrier holding each one's stack.
    private(set) var parked: [Int: Carrier] = [:]
    private var exit = SchedulerExit.ended
    private var shuttingDown = false
    /// Host threads started and not yet exited (tests check that none leak).
    nonisolated(unsafe) static var live = 0
    private static let liveLock = NSLock()

    init(session: Session) { self.session = session }

    // MARK: - The caller's side

    /// Runs the engine until it reports back (`World.budgetEnd` reached, a pending choice, the end).
    func advance() -> SchedulerExit {
        let c: Carrier
        if let w = waiting {
            waiting = nil
            c = w
            c.order = .resume
        } else {
            guard let idle = takeIdle() else {
                noHostThread()
                return .ended
            }
            c = idle
            c.order = .drive
        }
        running = c
        c.wakeUp.signal()
        callerWakeUp.wait()
        return exit
    }

    /// Unwinds every carrier still holding a stack and lets every host thread exit (the
    /// session is going away, ended or not). Called by the caller, holding the baton. A carrier
    /// keeps its session alive while it runs, so an unfinished session is closed explicitly
    /// (`Session.close`), not by its deinit.
    func shutDown() {
        guard !shuttingDown else { return }
        shuttingDown = true
        // Every dispatch loop on a stack being unwound stops at its next instruction.
        session.kernel.endRun(RunEnding(status: 1))
        if let w = waiting {
            waiting = nil
            unwind(w)
        }
        releaseAll()
    }

    /// Unwinds the parked stacks (in thread order, so runs stay reproducible) and lets the
    /// idle carriers exit.
    private func releaseAll() {
        for t in parked.keys.sorted() { unwind(parked[t]!) }
        parked = [:]
        for c in idle {
            c.order = .exit
            c.wakeUp.signal()
        }
        idle = []
    }

    private func unwind(_ c: Carrier) {
        c.order = .unwind
        running = c
        c.wakeUp.signal()
        unwound.wait()
        running = nil
    }

    // MARK: - The engine's side

    /// The current thread (index `t`) stops inside a native until the scheduler picks it
    /// again; the scheduler goes on on another carrier meanwhile. False when the run is being
    /// shut down instead (the caller unwinds).
    func park(_ t: Int, _ world: World, _ vm: inout Interp) -> Bool {
        guard let c = running else { return false }
        guard let d = takeIdle() else {
            noHostThread()
            return false
        }
        parked[world.tidBase + t] = c
        d.order = .drive
        running = d
        d.wakeUp.signal()
        c.wakeUp.wait()
        // The scheduler swapped this thread in before handing over; an unwinding one is swapped
        // in here, since its native goes on reading the thread's frames on the way out.
        world.swapIn(t, &vm)
        return took(c, &vm)
    }

    /// The run's budget is used while the current thread is inside a native: report to the
    /// caller and continue from here on its next `advance`. False when shut down instead.
    func pause(_ vm: inout Interp) -> Bool {
        guard let c = running else { return false }
        report(.budgetUsed, from: c)
        return took(c, &vm)
    }

    /// The scheduler picked thread `t`, parked on the carrier returned: that carrier goes on
    /// and the one running the scheduler goes idle (`drive`).
    func takeParked(_ t: Int, _ world: World) -> Carrier? { parked.removeValue(forKey: world.tidBase + t) }

    /// Whether thread `t` of `world` is stopped inside a native.
    func isParked(_ t: Int, _ world: World) -> Bool { parked[world.tidBase + t] != nil }

    /// The baton came back to `c`: its stack is the interpreter's now.
    private func took(_ c: Carrier, _ vm: inout Interp) -> Bool {
        vm.stackThread = c.thread
        vm.stackFloor = c.floor
        return c.order == .resume
    }

    private func report(_ exit: SchedulerExit, from c: Carrier) {
        self.exit = exit
        waiting = c
        running = nil
        callerWakeUp.signal()
        c.wakeUp.wait()
    }

    /// A carrier's life: wait for an order; drive the scheduler until it hands the baton on
    /// (back to idle) or the run is over (the thread exits).
    fileprivate func main(_ c: Carrier) {
        c.floor = Interp.stackFloor()
        while true {
            c.wakeUp.wait()
            guard c.order == .drive else { break }
            if !drive(c) { break }
        }
        Self.liveLock.withLock { Self.live -= 1 }
    }

    /// Runs the scheduler on `c`. True when `c` handed the baton to a parked carrier and is
    /// idle again; false when it is done for good.
    private func drive(_ c: Carrier) -> Bool {
        while true {
            let exit = session.kernel.schedule(stackThread: c.thread, stackFloor: c.floor)
            if shuttingDown {
                unwound.signal()
                return false
            }
            if case .handOff(let p) = exit {
                idle.append(c)
                p.order = .resume
                running = p
                p.wakeUp.signal()
                return true
            }
            if case .ended = exit {
                finish()
                self.exit = .ended
                running = nil
                callerWakeUp.signal()
                return false
            }
            report(exit, from: c)
            if c.order != .resume {
                unwound.signal()
                return false
            }
        }
    }

    /// The run ended: the stacks still parked are unwound (their natives see the end and
    /// return) and the idle carriers exit.
    private func finish() {
        let me = running
        shuttingDown = true
        releaseAll()
        running = me
    }

    /// The host refused a thread: the run ends with a message (status 1), as no scheduling
    /// can go on without a stack to run on.
    private func noHostThread() {
        let root = session.root
        root.vm.write("concurrency-tutor: the host cannot start another thread to run the program on\n", fd: 2)
        session.kernel.endRun(RunEnding(status: 1))
    }

    private func takeIdle() -> Carrier? {
        if let c = idle.popLast() { return c }
        let c = Carrier()
        let start = Unmanaged.passRetained(CarrierStart(self, c)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, Carriers.stackSize)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        Self.liveLock.withLock { Self.live += 1 }
        let result = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let start = Unmanaged<CarrierStart>.fromOpaque(raw).takeRetainedValue()
            start.carriers.main(start.carrier)
            return nil
        }, start)
        pthread_attr_destroy(&attributes)
        if result != 0 {
            Unmanaged<CarrierStart>.fromOpaque(start).release()
            Self.liveLock.withLock { Self.live -= 1 }
            return nil
        }
        c.thread = thread
        return c
    }
}

/// What a new carrier's host thread starts with.
private final class CarrierStart {
    let carriers: Carriers
    let carrier: Carrier
    init(_ carriers: Carriers, _ carrier: Carrier) {
        self.carriers = carriers
        self.carrier = carrier
    }
}
