/// The weak references of a process heap (`weakref.ref`, Builtins+Weakref.swift): which object
/// each weakref object refers to, held outside every heap object so the collector does not
/// trace it. A referent the collector finds unreachable is cleared in the same collection,
/// before its slot can be reused, and the weakrefs that have a callback are queued for the
/// interpreter to call (Objects/weakrefobject.c `handle_callback`). Docs/DECISIONS.md,
/// "Weak references on a tracing collector".
struct WeakTable {
    /// One weakref object's state.
    struct Entry {
        /// The referent; nil once it was collected.
        var target: ObjectRef?
        var hasCallback: Bool
    }
    /// By the weakref object's slot.
    var entries: [UInt32: Entry] = [:]
    /// Weakrefs whose referent died and whose callback is still to be called, in order; kept
    /// alive by the collector until called.
    var pendingCallbacks: [ObjectRef] = []
    /// `gc.isenabled()` (the engine's collector always runs: it is the only thing that frees).
    var gcEnabled = true

    /// Clears the referents `marked` does not reach and drops the weakref objects it does not
    /// reach (a dead weakref calls no callback, as in CPython).
    mutating func sweep(_ marked: [Bool]) {
        if entries.isEmpty { return }
        var died: [UInt32] = []
        for (slot, entry) in entries {
            guard Int(slot) < marked.count, marked[Int(slot)] else {
                entries[slot] = nil
                continue
            }
            if let t = entry.target, t.slot >= marked.count || !marked[t.slot] {
                entries[slot]?.target = nil
                if entry.hasCallback { died.append(slot) }
            }
        }
        // CPython calls the callbacks newest weakref first; slots stand in for age here.
        for slot in died.sorted(by: >) { pendingCallbacks.append(ObjectRef(index: slot)) }
    }

    /// The live weakref objects to `target`.
    func refs(to target: ObjectRef) -> [ObjectRef] {
        entries.filter { $0.value.target == target }.keys.sorted().map { ObjectRef(index: $0) }
    }
}
