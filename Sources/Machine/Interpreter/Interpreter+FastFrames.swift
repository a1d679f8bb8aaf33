import PyLang

/// The fast loop's frame switches, done without leaving the loop: `CALL n` of a plain Python
/// function (what `callSimple` takes, less the class calls, which allocate), `RETURN_VALUE`
/// to the calling frame, and a generator resumed by `FOR_ITER` and suspended by
/// `YIELD_VALUE`. A call refills a spare frame in place (the slots never grow under the
/// loop's pointers) and a return leaves its frame as an emptied spare, exactly as
/// `callSimple` and `finishFrame` do. A resume exchanges a spare with the generator's frame,
/// which parks the spare in the generator's slot while it runs, and a yield exchanges them
/// back (`GeneratorSlot`). Anything else (no spare, the recursion limit, keywords, a native
/// waiting for the result, a generator resumed by the ordinary path) returns false untouched
/// and takes the ordinary path. Leaving the loop cost ~1,000 instructions a call and return,
/// ~1,400 a resume and yield.
extension Interp {
    /// `CALL`, `RETURN_VALUE`, `FOR_ITER` over a generator or `YIELD_VALUE` on the top of the
    /// `live` frames at `base` (of `slots`), in place; false (nothing changed) when the
    /// ordinary path must run it. A return or yield never pops the frame at `stopDepth`.
    @inline(never)
    static func switchFrame(_ ins: Instruction, _ base: UnsafeMutablePointer<Frame>, _ live: inout Int, slots: Int,
                            _ heap: UnsafeMutablePointer<HeapObject>, _ generators: inout [GeneratorSlot],
                            recursionLimit: Int, stopDepth: Int, shortcut: inout Bool) -> Bool {
        let f = base + (live - 1)
        switch ins {
        case .call(let n):
            return callInPlace(Int(n), base, &live, slots: slots, heap, recursionLimit: recursionLimit, shortcut: &shortcut)
        case .forIter(let target):
            return resumeInPlace(f, target: Int(target), base, &live, slots: slots, heap, &generators,
                                 recursionLimit: recursionLimit)
        case .returnValue:
            guard live > stopDepth, returnInPlace(f) else { return false }
        case .yieldValue:
            guard live > stopDepth, yieldInPlace(f, heap, &generators) else { return false }
        default:
            return false
        }
        live -= 1
        return true
    }

    /// `CALL argc` on the top of the `live` frames at `base` (of `slots`), in place: pushes
    /// the callee's frame and increments `live`. A function with a shortcut is left to
    /// `execute`, told so by `shortcut` (`Interp.callShortcut`).
    @inline(__always)
    static func callInPlace(_ argc: Int, _ base: UnsafeMutablePointer<Frame>, _ live: inout Int, slots: Int,
                            _ heap: UnsafeMutablePointer<HeapObject>, recursionLimit: Int, shortcut: inout Bool) -> Bool {
        guard live < slots, live < recursionLimit else { return false }
        let caller = base + (live - 1)
        guard caller.pointee.kwNames.isEmpty else { return false }
        let sc = caller.pointee.stack.count
        var callable: Value, selfArg: Value?
        if let a = caller.pointee.stack[sc - argc - 2] {
            callable = a
            selfArg = caller.pointee.stack[sc - argc - 1] ?? Value.none
        } else {
            callable = caller.pointee.stack[sc - argc - 1] ?? Value.none
        }
        guard case .object(var r) = callable else { return false }
        if case .boundMethod(let receiver, let function) = heap[r.slot].callTarget {
            guard selfArg == nil, case .object(let fr) = function else { return false }
            selfArg = receiver
            r = fr
        }
        let callee = base + live
        let first = selfArg == nil ? 0 : 1
        guard let (code, globals, names, closure, defaults) = HeapObject.functionParts(heap + r.slot, includingShortcuts: false) else {
            shortcut = HeapObject.hasShortcut(heap + r.slot)
            return false
        }
        guard Interp.isSimpleCall(code, argc + first, defaults: defaults.count) else { return false }
        callee.pointee.refill(code: code, globals: globals, names: names)
        Frame.enterSimpleCall(callee, from: caller, closure, defaults, caller: .frame, selfArg: selfArg,
                              arguments: sc - argc, count: argc)
        live += 1
        return true
    }

    /// `RETURN_VALUE` of frame `f` to the frame below it, which called it (`.frame`) or waits
    /// for the instance its `__init__` made: `f` is left an emptied spare, and the caller
    /// must then pop it from the live frames.
    @inline(__always)
    static func returnInPlace(_ f: UnsafeMutablePointer<Frame>) -> Bool {
        guard f.pointee.generator == nil else { return false }
        let result: Value
        switch f.pointee.caller {
        case .frame:
            result = f.pointee.stack[f.pointee.stack.count - 1] ?? Value.none
        case .initializer(let instance):
            // Anything but None is `finishFrame`'s TypeError.
            guard case .none? = f.pointee.stack[f.pointee.stack.count - 1] else { return false }
            result = instance
        default:
            return false
        }
        f.pointee.clear()
        (f - 1).pointee.stack.append(result)
        return true
    }
}

extension Interp {
    /// `FOR_ITER target` on frame `f` (the top of the `live` frames at `base`, of `slots`)
    /// over a generator that has not started or is suspended: its frame is pushed with None
    /// sent, as `resumeInLoop` does, and `live` incremented.
    @inline(__always)
    static func resumeInPlace(_ f: UnsafeMutablePointer<Frame>, target: Int, _ base: UnsafeMutablePointer<Frame>,
                              _ live: inout Int, slots: Int, _ heap: UnsafeMutablePointer<HeapObject>,
                              _ generators: inout [GeneratorSlot], recursionLimit: Int) -> Bool {
        guard live < slots, live < recursionLimit, case .object(let r)?? = f.pointee.stack.last,
              let s = heap[r.slot].generatorSlotIndex else { return false }
        let callee = base + live
        // A generator with an exception table may hold a handled exception of its own: the
        // ordinary path swaps it in (`enterGeneratorExceptionState`).
        guard generators.withUnsafeMutableBufferPointer({ g -> Bool in
            let slot = g.baseAddress.unsafelyUnwrapped + s
            guard slot.pointee.frame?.code.exceptionTable.isEmpty != false else { return false }
            return GeneratorSlot.resume(slot, into: callee)
        }) else { return false }
        callee.pointee.stack.append(Value.none)
        callee.pointee.caller = .forIter(target)
        live += 1
        return true
    }

    /// `YIELD_VALUE` of generator frame `f` to the frame below it (not to a native, which
    /// waits in its own run): the frame goes back into the generator, the spare parked there
    /// takes its place, and the value is pushed on the frame below. The caller then pops `f`
    /// from the live frames. False for a generator resumed by the ordinary path (no spare).
    @inline(__always)
    static func yieldInPlace(_ f: UnsafeMutablePointer<Frame>, _ heap: UnsafeMutablePointer<HeapObject>,
                             _ generators: inout [GeneratorSlot]) -> Bool {
        guard let gr = f.pointee.generator, f.pointee.exceptionState?.outer == nil, let s = heap[gr.slot].generatorSlotIndex else { return false }
        switch f.pointee.caller {
        case .native: return false
        case .frame, .initializer, .forIter, .send, .userNext: break
        }
        let v = f.pointee.stack[f.pointee.stack.count - 1] ?? Value.none
        guard generators.withUnsafeMutableBufferPointer({ GeneratorSlot.suspend($0.baseAddress.unsafelyUnwrapped + s, from: f, popping: true) })
        else { return false }
        (f - 1).pointee.stack.append(v)
        return true
    }
}

extension Frame {
    /// Binds a simple call's arguments into `callee`, a frame just refilled for its code:
    /// `selfArg` first if any, then `count` values moved from the `caller`'s value stack at
    /// `arguments`, then the trailing defaults (`Interp.isSimpleCall` checked there are
    /// enough), and the closure's cells; the callable and arguments are popped from the
    /// caller. Shared by `callSimple` and the fast loop's `callInPlace`.
    @inline(__always)
    static func enterSimpleCall(_ callee: UnsafeMutablePointer<Frame>, from caller: UnsafeMutablePointer<Frame>,
                                _ closure: [Value], _ defaults: [Value], caller kind: Caller, selfArg: Value?,
                                arguments: Int, count: Int) {
        let code = callee.pointee.code
        callee.pointee.caller = kind
        callee.pointee.pc = code.bodyStart
        let first = selfArg == nil ? 0 : 1
        if let selfArg { callee.pointee.fast[0] = selfArg }
        for k in 0..<count { callee.pointee.fast[first + k] = caller.pointee.stack[arguments + k] }
        let firstDefault = code.argCount - defaults.count
        for j in (first + count)..<code.argCount { callee.pointee.fast[j] = defaults[j - firstDefault] }
        let cellCount = callee.pointee.cells.count
        for i in 0..<Swift.min(closure.count, cellCount) { callee.pointee.cells[i] = closure[i] }
        caller.pointee.stack.removeLast(few: count + 2)
    }
}

extension HeapObject {
    /// What a call's frame keeps of the Python function at `p`, borrowed in place; nil for
    /// any other object. (Moving the function out of its slot, or binding it whole, copied
    /// the boxed payload.) Shared by `callSimple` and `callInPlace`, which leaves a function
    /// with a shortcut to `execute` (`includingShortcuts: false`).
    @inline(__always)
    static func functionParts(_ p: UnsafePointer<HeapObject>, includingShortcuts: Bool = true)
        -> (code: CodeObject, globals: ObjectRef, names: [Value], closure: [Value], defaults: [Value])? {
        guard case .vm(.function(let fn)) = p.pointee, includingShortcuts || fn.shortcut == nil else { return nil }
        return (fn.code, fn.globals, fn.names, fn.closure, fn.defaults)
    }
}

extension HeapObject {
    /// Whether `p` holds a Python function with a shortcut (`Interp.callShortcut`).
    @inline(__always)
    static func hasShortcut(_ p: UnsafePointer<HeapObject>) -> Bool {
        if case .vm(.function(let fn)) = p.pointee { return fn.shortcut != nil }
        return false
    }

    /// The `Heap.generatorSlots` index of the generator this is; nil for any other object.
    @inline(__always) var generatorSlotIndex: Int? {
        if case .vm(.generator(let g)) = self { return g.slot }
        return nil
    }
}
