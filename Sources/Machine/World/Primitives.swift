import Trace

/// A synchronisation primitive of the virtual world. Locks, RLocks, semaphores, events and
/// conditions are native; queues, futures and barriers are Python (as in CPython) built on
/// them and appear here as display primitives whose internal locks are their `parts`.
struct Primitive {
    var kind: PrimitiveKind
    var label: String
    /// The label comes from a name the program bound (not `Kind@line`).
    var named = false
    var nameAttempts = 0
    let line: Int
    /// The Python object the program holds (for naming; kept alive).
    var object: Value
    /// Lock/RLock holder (thread index).
    var owner: Int?
    /// Lock: 1 when locked; RLock: depth; Semaphore: value; Event: flag; Queue: size.
    var count = 0
    /// BoundedSemaphore: the initial value.
    var bound: Int?
    /// SimpleQueue: how many items at the front of its list were taken already. They are
    /// dropped in batches: removing the first item at each get made draining it quadratic.
    var head = 0
    /// Blocked threads, in arrival order.
    var waiters: [Int] = []
    /// An internal part of another primitive (a queue's mutex and conditions, a condition's
    /// lock): the trace and reports show that one instead.
    var alias: Int?
}

extension World {
    /// The primitive the learner sees for `p` (its alias target, if any).
    func shown(_ p: Int) -> Int { primitives[p].alias ?? p }

    func pid(_ p: Int) -> PrimitiveID { primID(shown(p)) }

    /// Trace ids of this process's primitives and threads (unique across processes).
    func primID(_ p: Int) -> PrimitiveID { PrimitiveID(Int32(truncatingIfNeeded: primBase + p)) }
    func tid(_ t: Int) -> ThreadID { ThreadID(Int32(truncatingIfNeeded: tidBase + t)) }

    /// Records an operation on `p`. Internal parts forward their waits to what they belong to;
    /// a condition's lock forwards everything (the condition's owner is its lock's owner).
    /// Inlined (as `releaseAndWake`): a call copied the whole `Interp` (~90 instructions of
    /// memcpy in every lock release).
    @inline(__always)
    func record(_ op: PrimitiveOperation, _ p: Int, by thread: Int, vm: Interp) {
        guard let target = recordTarget(op, p) else { return }
        // Naming runs whether or not the trace records: the fast paths wait for a name (or
        // four attempts) so the records they skip would carry the same label.
        if wantsName(target) { nameOf(target, vm: vm) }
        recordNamed(op, target, by: thread, at: now(vm))
    }

    /// The primitive an operation on `p` is shown on (its alias for waits, and for anything
    /// on a condition's parts), or nil when the operation is not shown.
    @inline(__always)
    func recordTarget(_ op: PrimitiveOperation, _ p: Int) -> Int? {
        guard let a = primitives[p].alias else { return p }
        let waitOp = op == .waitBegin || op == .waitEnd || op == .timeout
        if primitives[a].kind != .condition && !waitOp { return nil }
        return a
    }

    /// Whether `target` still has no name taken from the program (tried four times at most).
    @inline(__always)
    func wantsName(_ target: Int) -> Bool { !primitives[target].named && primitives[target].nameAttempts < 4 }

    /// Records `op` on `target` (already named, or given up on) at `time`.
    @inline(__always)
    func recordNamed(_ op: PrimitiveOperation, _ target: Int, by thread: Int, at time: Int) {
        guard recording else { return }
        // Field by field: copying the whole `Primitive` (label, object, waiters) cost a
        // memcpy and three retains a record.
        var owner = primitives[target].owner
        var value = primitives[target].count
        if primitives[target].kind == .condition, let lock = conditionLock[target] {
            owner = primitives[lock].owner
            value = primitives[lock].count
        }
        trace.recordOperation(op, on: primID(target), by: tid(thread),
                              owner: owner.map { tid($0) }, value: value, at: Int64(time))
    }

    // MARK: - Acquire / release (Lock, RLock, Semaphore)

    /// Tries to take `p` for thread `t` without blocking.
    func tryAcquire(_ p: Int, _ t: Int, saved: Int = 1) -> Bool {
        switch primitives[p].kind {
        case .rlock:
            if primitives[p].owner == nil {
                primitives[p].owner = t
                primitives[p].count = saved
                return true
            }
            if primitives[p].owner == t && saved == 1 {
                primitives[p].count += 1
                return true
            }
            return false
        case .semaphore, .boundedSemaphore:
            if primitives[p].count > 0 {
                primitives[p].count -= 1
                return true
            }
            return false
        default:
            if primitives[p].count == 0 {
                primitives[p].count = 1
                primitives[p].owner = t
                return true
            }
            return false
        }
    }

    /// Releases `p` (already checked by the caller) and wakes its first waiter, which retries
    /// when it next runs (CPython's locks are not handed over).
    @inline(__always)
    func releaseAndWake(_ p: Int, by t: Int, vm: Interp) {
        drop(p)
        record(.release, p, by: t, vm: vm)
        if let first = firstToWake(p) { wake(first, vm: vm) }
    }

    /// The release itself: one level of an RLock, one unit of a semaphore, a lock.
    @inline(__always)
    func drop(_ p: Int) {
        switch primitives[p].kind {
        case .rlock:
            primitives[p].count -= 1
            if primitives[p].count == 0 { primitives[p].owner = nil }
        case .semaphore, .boundedSemaphore:
            primitives[p].count += 1
        default:
            primitives[p].count = 0
            primitives[p].owner = nil
        }
    }

    /// The waiter a release of `p` wakes: none while an RLock is still held.
    @inline(__always)
    func firstToWake(_ p: Int) -> Int? {
        guard primitives[p].count == 0 || primitives[p].kind == .semaphore || primitives[p].kind == .boundedSemaphore else { return nil }
        return primitives[p].waiters.first
    }

    /// Fully releases an RLock or Lock for `Condition.wait`, returning the depth to restore.
    func releaseAll(_ p: Int, by t: Int, vm: Interp) -> Int {
        let saved = primitives[p].kind == .rlock ? primitives[p].count : 1
        if primitives[p].kind == .rlock { primitives[p].count = 1 }
        releaseAndWake(p, by: t, vm: vm)
        return saved
    }

    /// Makes a blocked thread ready; it completes (or retries) its call when it next runs.
    func wake(_ t: Int, timedOut: Bool = false, vm: Interp) {
        guard threads[t].status == .blocked, !threads[t].woken else { return }
        threads[t].woken = true
        threads[t].timedOut = timedOut
        threads[t].deadline = nil
        if let p = blockedPrimitive(threads[t].block) {
            if let i = primitives[p].waiters.firstIndex(of: t) { primitives[p].waiters.remove(at: i) }
            record(timedOut ? .timeout : .waitEnd, p, by: t, vm: vm)
        }
        makeReady(t, vm: vm)
        // Free-threaded, nothing else orders the waker and the woken: the OS wake-up latency
        // does (a futex wake reaches a sleeping core tens of microseconds later), so the
        // waker runs on first, as on a real machine.
        threads[t].clock += policy.wakeLatency
    }

    /// The primitive a block waits on (nil for sleep, join, start, shutdown).
    func blockedPrimitive(_ block: Block?) -> Int? {
        switch block {
        case .acquire(let p)?, .event(let p)?: return p
        case .condition(let c, _, _)?: return c
        case .reacquire(let lock, _, _, _)?: return lock
        case .child(_, let p)?, .pipeRead(_, _, let p)?, .semaphore(_, let p)?: return p
        case .socketWait(let p)?, .kernelStep(let p, _)?: return p
        default: return nil
        }
    }
}
