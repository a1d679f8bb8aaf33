/// Mark-and-sweep collection of a process heap. The interpreter supplies the roots (frames'
/// locals and stacks, globals, module table, pending exceptions, ...).
extension Heap {
    /// Calls `body` with every value `object` keeps alive. Exhaustive on purpose: a new object
    /// kind must say what it references.
    @inline(__always)
    func forEachChild(of object: HeapObject, _ body: (Value) -> Void) {
        switch object {
        case .free, .moved, .str, .bytes, .bytearray, .bigint, .complex, .range:
            break
        case .list(let a), .tuple(let a):
            for v in a { body(v) }
        case .dict(let d):
            d.forEachLive { k, v in body(k); body(v) }
        case .set(let t), .frozenset(let t):
            t.forEachActive { k, _ in body(k) }
        case .slice(let s):
            body(s.start); body(s.stop); body(s.step)
        case .cell(let v):
            body(v)
        case .dictView(let v):
            body(.object(v.dict))
        case .iterator(let it):
            switch it.source {
            case .sequence(let r), .dict(let r, _, _), .set(let r, _): body(.object(r))
            case .range, .exhausted: break
            }
        case .instance(let i):
            body(i.cls)
            i.attributes.forEachLive { k, v in body(k); body(v) }
        case .vm(let o):
            o.forEachChild(body)
        }
    }

    /// Which slots `roots` reach (the mark phase).
    func mark(roots: [Value]) -> [Bool] {
        var marked = [Bool](repeating: false, count: objects.count)
        var work: [UInt32] = []
        work.reserveCapacity(256)
        func push(_ v: Value) { Heap.push(v, &marked, &work) }
        for v in roots { push(v) }
        // The interned name and constant tables cached per code object (also held by frames
        // and functions) stay alive with the heap.
        for entry in codeNames.values {
            entry.names.forEach(push)
            entry.strConstants?.forEach(push)
        }
        for entry in codeValues.values { push(.object(entry.ref)) }
        for entry in comprehensionFunctions.values { push(.object(entry.ref)) }
        knownKeys.forEach(push)
        for r in weak.pendingCallbacks { push(.object(r)) }
        drain(&work, &marked)
        return marked
    }

    @inline(__always)
    private static func push(_ v: Value, _ marked: inout [Bool], _ work: inout [UInt32]) {
        if case .object(let r) = v, !marked[r.slot] {
            marked[r.slot] = true
            work.append(r.index)
        }
    }

    /// Marks everything reachable from the slots in `work`.
    private func drain(_ work: inout [UInt32], _ marked: inout [Bool]) {
        func push(_ v: Value) { Heap.push(v, &marked, &work) }
        // Objects are read in place: `objects[i]` copied each one out (an outlined copy of
        // every kind, ~130 instructions an object).
        while let i = work.popLast() {
            let g = objects.withUnsafeBufferPointer { buf -> Int? in
                forEachChild(of: buf[Int(i)]) { push($0) }
                if case .vm(.generator(let gen)) = buf[Int(i)] { return gen.slot }
                return nil
            }
            // A running generator's frame is on a frame stack, a root; its slot may hold a
            // parked spare frame (`GeneratorSlot.frame`), whose stale globals must not be marked.
            if let g, generatorSlots[g].state != .running { generatorSlots[g].frame?.forEachValue { push($0) } }
        }
    }

    /// Whether closing the generator at `r` runs code: it is suspended inside a `try` or
    /// `with` (genobject.c `_PyGen_Finalize` calls `gen_close` only on unfinished frames).
    func generatorNeedsClose(_ r: ObjectRef) -> Bool {
        guard let s = generatorSlot(r) else { return false }
        // Read in place: copying the slot's frame retained and released every buffer of it.
        return generatorSlots.withUnsafeBufferPointer { buf in
            guard buf[s].state == .suspended, let pc = buf[s].frame?.pc, let code = buf[s].frame?.code else { return false }
            return code.handler(at: max(0, pc - 1)) != nil
        }
    }

    /// Frees every object not reachable from `roots`; returns how many were freed. Unreachable
    /// generators that closing would run code in are kept, with what they reach, in
    /// `finalizers.pending` for the interpreter to close (PEP 442: finalized, then freed).
    @discardableResult
    mutating func collect(roots: [Value]) -> Int {
        classEpoch &+= 1   // freed slots may be reused by new classes: drop cached lookups
        var marked = mark(roots: roots)
        var work: [UInt32] = []
        for r in finalizers.generators where !marked[r.slot] && generatorNeedsClose(r) {
            finalizers.pending.append(r)
            marked[r.slot] = true
            work.append(r.index)
        }
        drain(&work, &marked)
        weak.sweep(marked)
        let kept = finalizers.generators.filter { marked[$0.slot] && generatorState($0) != .finished }
        finalizers.generators = kept
        var freed = 0
        var freedGenerators: [Int] = []
        objects.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress.unsafelyUnwrapped
            // Sweep from the top so the free list hands out low slots first.
            for i in stride(from: buf.count - 1, through: 0, by: -1) where !marked[i] {
                let p = base + i
                switch p.pointee {
                case .free: continue
                case .vm(.generator(let gen)): freedGenerators.append(gen.slot)
                default: break
                }
                // A payload without references (a bound method, a range, ...) is overwritten
                // without the outlined destroy of every kind.
                if p.pointee.holdsNoReferences { p.initialize(to: .free(next: freeHead)) } else { p.pointee = .free(next: freeHead) }
                freeHead = Int32(i)
                freed += 1
            }
        }
        for g in freedGenerators {
            generatorSlots[g] = GeneratorSlot(frame: nil, state: .finished)
            freeGeneratorSlots.append(g)
        }
        liveCount -= freed
        allocationsSinceCollect = 0
        return freed
    }

    /// True if `r` names a live object (not a free slot).
    func isLive(_ r: ObjectRef) -> Bool {
        guard r.slot < objects.count else { return false }
        if case .free = objects[r.slot] { return false }
        return true
    }
}

extension HeapObject {
    /// True for kinds whose payload holds no Swift reference (only values and indices), so a
    /// slot holding one may be initialized over without destroying it.
    var holdsNoReferences: Bool {
        switch self {
        case .free, .moved, .range, .slice, .cell, .dictView: return true
        case .vm(.boundMethod), .vm(.native), .vm(.property), .vm(.staticMethod), .vm(.classMethod), .vm(.superObject):
            return true
        default: return false
        }
    }
}
