import PyLang

/// The fast loop's container instructions (Interpreter+FastPath.swift): appends and dict
/// stores done in place on the heap slot, for the common cases that need no runtime (no
/// `__hash__`/`__eq__` call, no error). Anything else returns false untouched and takes the
/// ordinary `dispatch` path.
extension Interp {
    /// `LIST_APPEND i` (a list comprehension's) on the list in place: without it each item
    /// left the fast loop and came back, re-checking the frame and heap buffers.
    @inline(__always)
    static func listAppendInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                                  _ heap: UnsafeMutablePointer<HeapObject>) -> Bool {
        guard case .listAppend(let i) = ins else { return false }
        let n = f.pointee.stack.count
        guard n > Int(i), case .object(let r)? = f.pointee.stack[n - 1 - Int(i)],
              HeapObject.listAppend(heap + r.slot, f.pointee.stack[n - 1] ?? Value.none, checked: true) else { return false }
        f.pointee.stack.removeLast()
        return true
    }

    /// `STORE_SUBSCR` and `MAP_ADD i` into a dict with an int key or a str key whose hash is
    /// cached (`d[k] = v`, `{k: str(k) for k in ...}`), through `HeapObject.dictStore`:
    /// leaving the fast loop for them cost ~900 instructions a store. And `DICT_MERGE i` of
    /// an empty dict, which changes nothing (a wrapper's `f(*args, **kwargs)` called with no
    /// keywords). Out of line, as `storeNameInPlace`, to keep the loop small.
    @inline(never)
    static func dictStoreInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                                 _ heap: UnsafeMutablePointer<HeapObject>) -> Bool {
        let n = f.pointee.stack.count
        if case .dictMerge = ins {
            guard n >= 1, case .object(let m)? = f.pointee.stack[n - 1], heap[m.slot].isEmptyDict else { return false }
            f.pointee.stack.removeLast()
            return true
        }
        let target: Value?, key: Value?, value: Value?, pops: Int
        switch ins {
        case .storeSubscr:
            // Stack: value, container, key (top).
            guard n >= 3 else { return false }
            key = f.pointee.stack[n - 1]; target = f.pointee.stack[n - 2]; value = f.pointee.stack[n - 3]
            pops = 3
        case .mapAdd(let i):
            // Stack: the dict `i` below the key and value (top), counted after their pops.
            guard n >= 2 + Int(i) else { return false }
            value = f.pointee.stack[n - 1]; key = f.pointee.stack[n - 2]; target = f.pointee.stack[n - 2 - Int(i)]
            pops = 2
        default:
            return false
        }
        guard case .object(let d)? = target, let key else { return false }
        let hash: Int
        switch key {
        case .int(let k): hash = PyHash.int(k)
        case .object(let kr):
            hash = heap[kr.slot].cachedStrHash
            guard hash != -1 else { return false }
        default: return false
        }
        guard HeapObject.dictStore(heap + d.slot, key, hash: hash, value ?? Value.none,
                                   objects: UnsafeBufferPointer(start: heap, count: Int(Int32.max))) else { return false }
        f.pointee.stack.removeLast(few: pops)
        return true
    }
}

extension HeapObject {
    /// Whether this is a dict with no entries.
    @inline(__always) var isEmptyDict: Bool {
        if case .dict(let t) = self { return t.isEmpty }
        return false
    }

    /// `d[key] = v` on the plain dict at `p` for an int key or a str key (with its `hash`),
    /// when `PyDict.setScalar` can place it without the runtime. False (nothing changed) for
    /// anything else, and for a class namespace, whose writes must bump `Heap.classEpoch`.
    /// The table is moved out for the store (uniquely referenced, no copy) with `.moved`
    /// parked in the slot.
    static func dictStore(_ p: UnsafeMutablePointer<HeapObject>, _ key: Value, hash: Int, _ v: Value,
                          objects: UnsafeBufferPointer<HeapObject>) -> Bool {
        guard case .dict = p.pointee, case .dict(var t) = p.move() else { return false }
        p.initialize(to: .moved)
        let stored = !t.isClassNamespace && t.setScalar(key, v, hash: hash, objects: objects)
        p.initialize(to: .dict(t))   // over `.moved`, which holds nothing to destroy
        return stored
    }
}
