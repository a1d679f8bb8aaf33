import PyLang

/// The dispatch loop's fast path: instruction fetch and the simple instructions that need
/// neither the heap nor the rest of the interpreter (local loads and stores, scalar constants,
/// small-int and float arithmetic and comparisons, jumps). They run on a pointer to the top
/// frame, so the frame stack is uniqueness-checked once per instruction instead of at every
/// `top.` access. Anything unusual (an unbound local, an overflow, a non-scalar operand)
/// returns `false` untouched and takes the ordinary `dispatch` path, which owns every error
/// message; the fast path never raises.
extension Interp {
    /// Fetches and runs up to `limit` instructions of the top frame while they are fast ones
    /// (each fetch sets `lasti` and `pc` as `execute` always did). Returns how many were
    /// fetched and the slow instruction that ended the run, still to dispatch (counted among
    /// the fetched), or nil. The frame stack is uniqueness-checked once per run, not per
    /// instruction; `execute` does the per-instruction accounting for all of them at once.
    /// Plain Python calls and returns, and generators resumed by `FOR_ITER` and yielding, stay
    /// in the loop (Interpreter+FastFrames.swift), switching the frame it runs; a return or
    /// yield never pops the frame at `stopDepth` or below.
    @inline(__always)
    mutating func fetchAndRunFast(limit: Int, stopDepth: Int) -> (fetched: Int, pending: Instruction?) {
        let builtins = process.builtins
        let recursionLimit = process.recursionLimit
        return frames.withSlots { base, capacity, live -> (fetched: Int, pending: Instruction?) in
            heap.objects.withUnsafeMutableBufferPointer { objects -> (fetched: Int, pending: Instruction?) in
                var f = base + (live - 1)
                // The running code's instructions (`CodeObject.program`), kept alive by the
                // frame; read again after every frame switch.
                var program = f.pointee.code.program
                let heapBase = objects.baseAddress.unsafelyUnwrapped
                var fetched = 0
                while fetched < limit {
                    let pc = f.pointee.pc
                    let ins = program[pc]
                    f.pointee.lasti = pc
                    f.pointee.pc = pc &+ 1
                    fetched &+= 1
                    if Interp.runFast(ins, f) { continue }
                    if case .forIter(let target) = ins, Interp.forIterInPlace(f, target: Int(target), heapBase) { continue }
                    if Interp.listAppendInPlace(ins, f, heapBase) { continue }
                    switch ins {
                    case .loadName, .loadGlobal:
                        if Interp.loadNameInPlace(ins, f, heapBase, builtins: builtins, &heap.nameCache,
                                                  epoch: heap.classEpoch) { continue }
                    case .popTop:
                        if case .object(let r)?? = f.pointee.stack.last, case .vm(.generator(let g)) = heapBase[r.slot], g.kind == .coroutine {
                            break
                        }
                        f.pointee.stack.removeLast()
                        continue
                    case .storeName, .storeGlobal: if Interp.storeNameInPlace(ins, f, heapBase) { continue }
                    case .storeSubscr, .mapAdd, .dictMerge: if Interp.dictStoreInPlace(ins, f, heapBase) { continue }
                    case .loadDeref, .storeDeref: if Interp.cellInPlace(ins, f, heapBase) { continue }
                    case .makeFunction(0):
                        if Interp.comprehensionFunctionInPlace(f, heap.comprehensionLines) { continue }
                    case .loadAttr, .storeAttr, .loadMethod:
                        // The method cache is reached only here: reaching it on every entry
                        // into the loop cost ~40 instructions a generator resume.
                        let epoch = heap.classEpoch
                        let setattr = heap.knownKeys.isEmpty ? nil : heap.knownKeys[KnownKey.setattr.rawValue].objectRef
                        if heap.mroCache.withUnsafeMutableBufferPointer({ cache in
                            Interp.attributeInPlace(ins, f, heapBase, ClassLookup(entries: UnsafePointer(cache.baseAddress.unsafelyUnwrapped),
                                                                                  epoch: epoch, setattrKey: setattr))
                        }) { continue }
                    case .call, .returnValue, .forIter, .yieldValue:
                        // One out-of-line call for all four: inlined apart, they made the loop
                        // too large for `runFast` to be inlined into it.
                        if Interp.switchFrame(ins, base, &live, slots: capacity, heapBase, &heap.generatorSlots,
                                              recursionLimit: recursionLimit, stopDepth: stopDepth, shortcut: &shortcutCall) {
                            f = base + (live - 1)
                            program = f.pointee.code.program
                            continue
                        }
                    default: break
                    }
                    return (fetched, ins)
                }
                return (fetched, nil)
            }
        }
    }

    /// Runs `ins` on frame `f` if it has a fast form; false (and nothing changed) otherwise.
    /// Transparent, so it is inlined into the loop whatever the loop's size: the optimiser's
    /// `@inline(__always)` gave way when the loop grew (every instruction then paid a call).
    @_transparent
    static func runFast(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>) -> Bool {
        switch ins {
        case .nop, .resume:
            return true
        case .loadFast(let i):
            guard let v = f.pointee.fast[Int(i)] else { return false }
            f.pointee.stack.append(v)
            return true
        case .storeFast(let i):
            f.pointee.fast[Int(i)] = f.pointee.stack.removeLast() ?? Value.none
            return true
        case .loadConst(let i):
            switch f.pointee.code.constants[Int(i)] {
            case .none: f.pointee.stack.append(Value.none)
            case .int(let n): f.pointee.stack.append(.int(n))
            case .bool(let b): f.pointee.stack.append(.bool(b))
            case .float(let d): f.pointee.stack.append(.float(d))
            case .str, .code:
                // The interned str, once the frame's table is filled (`Interp.strConstant`), or
                // the code object's heap value once a load has put it there (`codeConstant`).
                guard Int(i) < f.pointee.strConstants.count,
                      case .object(let r) = f.pointee.strConstants[Int(i)] else { return false }
                f.pointee.stack.append(.object(r))
            default: return false
            }
            return true
        case .copy(let i):
            f.pointee.stack.append(f.pointee.stack[f.pointee.stack.count - Int(i)])
            return true
        case .swap(let i):
            let n = f.pointee.stack.count
            f.pointee.stack.swapAt(n - 1, n - Int(i))
            return true
        case .popTop:
            // An object may be a coroutine never awaited: the loop looks at it (below).
            if case .object?? = f.pointee.stack.last { return false }
            f.pointee.stack.removeLast()
            return true
        case .pushNull:
            f.pointee.stack.append(nil)
            return true
        case .binaryOp(let op):
            let n = f.pointee.stack.count
            guard n >= 2, let a = f.pointee.stack[n - 2], let b = f.pointee.stack[n - 1],
                  let r = fastBinary(Int(op), a, b) else { return false }
            f.pointee.stack.removeLast()
            f.pointee.stack[n - 2] = r
            return true
        case .compareOp(let op):
            let n = f.pointee.stack.count
            guard n >= 2, let a = f.pointee.stack[n - 2], let b = f.pointee.stack[n - 1],
                  let r = fastCompare(Int(op), a, b) else { return false }
            f.pointee.stack.removeLast()
            f.pointee.stack[n - 2] = .bool(r)
            return true
        case .isOp(let invert):
            let b = f.pointee.stack.removeLast() ?? .none
            let a = f.pointee.stack.removeLast() ?? .none
            f.pointee.stack.append(.bool(a.isIdentical(to: b) != (invert != 0)))
            return true
        case .jumpForward(let t), .jumpBackward(let t), .jumpBackwardNoInterrupt(let t):
            f.pointee.pc = Int(t)
            return true
        case .popJumpIfTrue(let t):
            guard let truth = fastTruth(f.pointee.stack[f.pointee.stack.count - 1]) else { return false }
            f.pointee.stack.removeLast()
            if truth { f.pointee.pc = Int(t) }
            return true
        case .popJumpIfFalse(let t):
            guard let truth = fastTruth(f.pointee.stack[f.pointee.stack.count - 1]) else { return false }
            f.pointee.stack.removeLast()
            if !truth { f.pointee.pc = Int(t) }
            return true
        case .popJumpIfNone(let t):
            if case .none? = f.pointee.stack.removeLast() { f.pointee.pc = Int(t) }
            return true
        case .popJumpIfNotNone(let t):
            if case .none? = f.pointee.stack.removeLast() {} else { f.pointee.pc = Int(t) }
            return true
        default:
            return false
        }
    }

    /// Truth of a scalar without a dunder call, or nil when `truthy` must decide.
    @inline(__always)
    static func fastTruth(_ v: Value?) -> Bool? {
        switch v {
        case .bool(let b)?: return b
        case .int(let n)?: return n != 0
        case .none?: return false
        default: return nil
        }
    }

    /// `BINARY_OP` on two ints (no overflow) or two floats, with CPython's results; nil sends
    /// the operation to the general path (bigints, errors, mixed kinds, user dunders).
    /// Transparent, as `runFast`: the optimiser had left it out of line, a call for every
    /// `+`, `%` and `*` of a loop.
    @_transparent
    static func fastBinary(_ op: Int, _ a: Value, _ b: Value) -> Value? {
        let base = op >= 13 ? op &- 13 : op   // in-place forms behave alike on ints and floats
        switch (a, b) {
        case let (.int(x), .int(y)):
            switch base {
            case 0:
                let (r, o) = x.addingReportingOverflow(y)
                return o ? nil : .int(r)
            case 10:
                let (r, o) = x.subtractingReportingOverflow(y)
                return o ? nil : .int(r)
            case 5:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                return o ? nil : .int(r)
            case 2:   // floor division
                if y == 0 || (x == Int.min && y == -1) { return nil }
                let q = x / y
                return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
            case 6:   // modulo takes the divisor's sign
                if y == 0 || (x == Int.min && y == -1) { return nil }
                let m = x % y
                return .int((m != 0 && (m < 0) != (y < 0)) ? m + y : m)
            case 1: return .int(x & y)
            case 7: return .int(x | y)
            case 12: return .int(x ^ y)
            case 9:   // >> floors, like Int's arithmetic shift
                if y < 0 { return nil }
                return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
            case 3:
                if y < 0 || y >= 63 { return nil }
                let r = x << y
                return (r >> y) == x ? .int(r) : nil
            default: return nil
            }
        case let (.float(x), .float(y)):
            switch base {
            case 0: return .float(x + y)
            case 10: return .float(x - y)
            case 5: return .float(x * y)
            case 11: return y == 0 ? nil : .float(x / y)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `COMPARE_OP`'s six comparisons (oparg 0-5: <, <=, ==, !=, >, >=), specialised per type.
    @inline(__always)
    static func compare<T: Comparable>(_ op: Int, _ x: T, _ y: T) -> Bool? {
        switch op {
        case 0: return x < y
        case 1: return x <= y
        case 2: return x == y
        case 3: return x != y
        case 4: return x > y
        case 5: return x >= y
        default: return nil
        }
    }

    /// `COMPARE_OP` on two ints or two floats (IEEE comparisons are Python's for floats).
    @inline(__always)
    static func fastCompare(_ op: Int, _ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case let (.int(x), .int(y)): return compare(op, x, y)
        case let (.float(x), .float(y)): return compare(op, x, y)
        default: return nil
        }
    }
}

extension Interp {
    /// `FOR_ITER target` over a range, list or tuple iterator: the iterator is stepped in
    /// place and the item pushed on frame `f`, or, exhausted, popped with a jump to `target`
    /// (as `forIter` does: nothing marks it). False (nothing changed) for every other
    /// iterator. (`iterNext` copies the iterator, and the list, out of the heap and writes a
    /// new one back per item; an exhaustion left the loop, ~500 instructions a loop.)
    @inline(__always)
    static func forIterInPlace(_ f: UnsafeMutablePointer<Frame>, target: Int, _ heap: UnsafeMutablePointer<HeapObject>) -> Bool {
        guard case .object(let r)?? = f.pointee.stack.last else { return false }
        let slot = heap + r.slot
        // The slot is written after the switch: a write inside it made Swift copy the
        // switched value.
        var range: (next: Int, step: Int, remaining: Int)?
        switch slot.pointee {
        case .vm(.iterator(.range(let next, let step, let remaining))):
            range = (next, step, remaining)
        case .vm(.iterator(.sequence)):
            break
        default:
            return false
        }
        var item: Value?
        if let range {
            if range.remaining > 0 {
                item = .int(range.next)
                // A range iterator's payload holds no references: overwritten without the
                // (outlined, all-cases) destruction of the heap object.
                slot.initialize(to: .vm(.iterator(.range(next: range.next &+ range.step, step: range.step,
                                                         remaining: range.remaining - 1))))
            }
        } else {
            // Moved out and back: binding the fields in place copied the whole heap object
            // (the iterator's type name is a String), ~350 instructions an item.
            guard case .vm(.iterator(.sequence(let seq, let index, let kind))) = slot.move() else {
                preconditionFailure("not a sequence iterator")
            }
            // Only lists and tuples are iterated by index (`getIter`): no item is the end.
            if case .object(let sr) = seq { item = sequenceItem(heap + sr.slot, index) }
            slot.initialize(to: .vm(.iterator(.sequence(seq, index: item == nil ? index : index + 1, kind: kind))))
        }
        if let item {
            f.pointee.stack.append(item)
        } else {
            f.pointee.stack.removeLast()
            f.pointee.pc = target
        }
        return true
    }

    /// `LOAD_DEREF`/`STORE_DEREF` of a closure cell (`count` in a counter's `inc`, `fn` in a
    /// decorator's wrapper) read or written in its heap slot: each left the fast loop, ~300
    /// instructions. An empty cell (NotImplemented marks it) is left to `dispatch`, which
    /// raises the NameError or UnboundLocalError. Out of line, as `storeNameInPlace`.
    @inline(never)
    static func cellInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                            _ heap: UnsafeMutablePointer<HeapObject>) -> Bool {
        switch ins {
        case .loadDeref(let i):
            guard Int(i) < f.pointee.cells.count, case .object(let c) = f.pointee.cells[Int(i)],
                  case .cell(let v) = heap[c.slot] else { return false }
            if case .notImplemented = v { return false }
            f.pointee.stack.append(v)
            return true
        case .storeDeref(let i):
            guard Int(i) < f.pointee.cells.count, case .object(let c) = f.pointee.cells[Int(i)],
                  case .cell = heap[c.slot] else { return false }
            // A cell's payload holds no references: overwritten without a destroy.
            (heap + c.slot).initialize(to: .cell(f.pointee.stack.removeLast() ?? Value.none))
            return true
        default:
            return false
        }
    }

    /// `MAKE_FUNCTION 0` of a list, dict or set comprehension's code whose function
    /// `makeFunction` already made for these globals (`Heap.comprehensionLines`): the code
    /// value on the stack is replaced by that function, as `makeFunction` would do, without
    /// leaving the loop (~650 instructions).
    @inline(__always)
    static func comprehensionFunctionInPlace(_ f: UnsafeMutablePointer<Frame>, _ lines: [Heap.ComprehensionLine]) -> Bool {
        let n = f.pointee.stack.count
        guard n >= 1, case .object(let r)? = f.pointee.stack[n - 1] else { return false }
        let line = lines[r.slot & 63]
        guard line.code == r.index, line.globals == f.pointee.globals.index else { return false }
        f.pointee.stack[n - 1] = .object(ObjectRef(index: line.function))
        return true
    }

    /// `STORE_NAME`/`STORE_GLOBAL` rebinding a name already in the mapping by the identity of
    /// the interned name (`Heap.dictReplaceExisting` in place): a module-level loop's
    /// variables, each of which left the fast loop. Not into a class namespace, whose writes
    /// must bump `classEpoch`. False (nothing changed) otherwise. Out of line, as the loop's
    /// other heap helpers: inlined, they grew the loop and slowed every instruction.
    @inline(never)
    static func storeNameInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                                 _ heap: UnsafeMutablePointer<HeapObject>) -> Bool {
        let index: Int, dict: ObjectRef
        switch ins {
        case .storeName(let i): index = Int(i); dict = f.pointee.locals ?? f.pointee.globals
        case .storeGlobal(let i): index = Int(i); dict = f.pointee.globals
        default: return false
        }
        guard index < f.pointee.names.count, case .object(let kr) = f.pointee.names[index],
              !f.pointee.stack.isEmpty else { return false }
        let hash = heap[kr.slot].cachedStrHash
        guard hash != -1 else { return false }
        let value = f.pointee.stack[f.pointee.stack.count - 1] ?? Value.none
        let (replaced, _) = HeapObject.dictReplaceExisting(heap + dict.slot, f.pointee.names[index], hash: hash, value,
                                                           intoNamespace: false)
        if replaced { f.pointee.stack.removeLast() }
        return replaced
    }

    /// Item `index` of the list or tuple at `p`, or nil (past the end, or another kind). The
    /// object is moved out and back so its array is read without a retain and release.
    @inline(__always)
    static func sequenceItem(_ p: UnsafeMutablePointer<HeapObject>, _ index: Int) -> Value? {
        switch p.pointee {
        case .list, .tuple: break
        default: return nil
        }
        let object = p.move()
        var item: Value?
        switch object {
        case .list(let a), .tuple(let a): if index < a.count { item = a[index] }
        default: break
        }
        p.initialize(to: object)
        return item
    }

    /// `LOAD_NAME`/`LOAD_GLOBAL` of a name bound in the first mapping they search (the
    /// frame's locals, or its globals), found by the identity of the interned name: pushed in
    /// place. A builtin too, when the globals are the only mapping searched before the
    /// builtins and certainly lack the name (`dictLacksStr`: no equal str under another
    /// object). False (nothing changed) for everything else (a miss, a name table not filled
    /// yet, a hash not cached yet), which `dispatch` handles.
    ///
    /// Where the name was found is remembered in `cache` (`Heap.NameCacheEntry`), so the
    /// next load reads that entry: the probe of the dict cost ~100 instructions, the proof
    /// that the globals lack a builtin and the builtins' probe ~300. Out of line: inlined,
    /// its registers slowed every instruction of every loop.
    @inline(never)
    static func loadNameInPlace(_ ins: Instruction, _ f: UnsafeMutablePointer<Frame>,
                                _ heap: UnsafeMutablePointer<HeapObject>, builtins: ObjectRef,
                                _ cache: inout [Heap.NameCacheEntry], epoch: Int) -> Bool {
        let index: Int, dict: ObjectRef, pushNull: Bool
        switch ins {
        case .loadName(let i):
            index = Int(i); dict = f.pointee.locals ?? f.pointee.globals; pushNull = false
        case .loadGlobal(let i, let null):
            index = Int(i); dict = f.pointee.globals; pushNull = null
        default:
            return false
        }
        guard index < f.pointee.names.count else { return false }
        let key = f.pointee.names[index]
        guard case .object(let kr) = key else { return false }
        let searchesBuiltins = dict == f.pointee.globals
        let line = kr.slot & (Heap.nameCacheSize - 1)
        var v: Value?
        let c = cache[line]
        if c.name == kr.index && c.dict == dict.index {
            if !c.inBuiltins {
                v = heap[dict.slot].dictValue(at: c.index, ifKey: key)
            } else if searchesBuiltins && c.epoch == epoch && c.keysVersion == heap[dict.slot].dictKeysVersion {
                v = heap[builtins.slot].dictValue(at: c.index, ifKey: key)
            }
        }
        if v == nil {
            let hash = heap[kr.slot].cachedStrHash
            guard hash != -1 else { return false }
            if let ix = heap[dict.slot].dictIndexByIdentity(key, hash: hash) {
                v = heap[dict.slot].dictValue(at: ix, ifKey: key)
                cache[line] = Heap.NameCacheEntry(name: kr.index, dict: dict.index, index: ix)
            } else {
                guard searchesBuiltins, let version = heap[dict.slot].dictKeysVersion,
                      HeapObject.dictLacksStr(heap + dict.slot, key, hash: hash,
                                              objects: UnsafeBufferPointer(start: heap, count: Int(Int32.max))),
                      let ix = heap[builtins.slot].dictIndexByIdentity(key, hash: hash) else { return false }
                v = heap[builtins.slot].dictValue(at: ix, ifKey: key)
                cache[line] = Heap.NameCacheEntry(name: kr.index, dict: dict.index, inBuiltins: true,
                                                  keysVersion: version, epoch: epoch, index: ix)
            }
        }
        guard let v else { return false }
        if pushNull { f.pointee.stack.append(nil) }
        f.pointee.stack.append(v)
        return true
    }
}

extension Heap {
    /// The builtin named by the interned `key` when `globals` certainly lack it, read in
    /// place; nil when the general lookup must decide (also for a miss, or an uncached hash).
    /// Two `dictGetKey` calls cost ~600 instructions for `len` or `range`. Mutating because
    /// the globals' table is moved out of its slot for the lookup (`dictLacksStr`).
    mutating func builtinByIdentity(_ key: Value, globals: ObjectRef, builtins: ObjectRef) -> Value? {
        guard case .object(let kr) = key else { return nil }
        return objects.withUnsafeMutableBufferPointer { buf -> Value? in
            let base = buf.baseAddress.unsafelyUnwrapped
            let hash = base[kr.slot].cachedStrHash
            guard hash != -1 else { return nil }
            return HeapObject.builtin(key, hash: hash, globals: base + globals.slot, builtins: base + builtins.slot,
                                      objects: UnsafeBufferPointer(buf))
        }
    }
}

extension HeapObject {
    /// A str's cached hash; -1 when not computed yet, or not a str.
    @inline(__always) var cachedStrHash: Int {
        if case .str(let s) = self { return s.hash }
        return -1
    }

    /// The value a dict maps the identical `key` to; nil when not a dict or no entry has
    /// that very key object.
    @inline(__always) func dictValueByIdentity(_ key: Value, hash: Int) -> Value? {
        dictIndexByIdentity(key, hash: hash).flatMap { dictValue(at: $0, ifKey: key) }
    }

    /// The entry index of the identical `key` in a dict; nil when not a dict or absent.
    @inline(__always) func dictIndexByIdentity(_ key: Value, hash: Int) -> Int? {
        guard case .dict(let t) = self else { return nil }
        return t.indexByIdentity(key, hash: hash)
    }

    /// The value of a dict's entry `ix` if that entry holds the identical `key` (a deleted
    /// entry holds none); nil otherwise.
    @inline(__always) func dictValue(at ix: Int, ifKey key: Value) -> Value? {
        guard case .dict(let t) = self else { return nil }
        return t.entries.withUnsafeBufferPointer { es -> Value? in
            ix < es.count && es[ix].key.isIdentical(to: key) ? es[ix].value : nil
        }
    }

    /// A dict's `PyDict.keysVersion`; nil when not a dict.
    @inline(__always) var dictKeysVersion: UInt32? {
        if case .dict(let t) = self { return t.keysVersion }
        return nil
    }

    /// The builtin named by the interned str `key` when the globals certainly lack it
    /// (`dictLacksStr`), found by identity in the builtins; nil when the general lookup must
    /// decide (`Heap.builtinByIdentity`).
    @inline(__always)
    static func builtin(_ key: Value, hash: Int, globals: UnsafeMutablePointer<HeapObject>,
                        builtins: UnsafeMutablePointer<HeapObject>, objects: UnsafeBufferPointer<HeapObject>) -> Value? {
        guard dictLacksStr(globals, key, hash: hash, objects: objects) else { return nil }
        return builtins.pointee.dictValueByIdentity(key, hash: hash)
    }

    /// Whether `p` holds a dict that certainly has no key equal to the str `key` (no key of
    /// another kind shares its hash, which only `__eq__` could rule out). The table is moved
    /// out for the lookup and back: bound in place, the whole object was copied and destroyed.
    @inline(__always)
    static func dictLacksStr(_ p: UnsafeMutablePointer<HeapObject>, _ key: Value, hash: Int,
                             objects: UnsafeBufferPointer<HeapObject>) -> Bool {
        guard case .dict = p.pointee, case .dict(let t) = p.move() else { return false }
        p.initialize(to: .moved)
        let found = t.strIndex(key, hash: hash, objects: objects)
        p.initialize(to: .dict(t))   // over `.moved`, which holds nothing to destroy
        if case .some(nil) = found { return true }
        return false
    }
}
