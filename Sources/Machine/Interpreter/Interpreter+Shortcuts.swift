import PyLang

/// A library function whose fast path the engine may run without pushing its frame.
///
/// `queue.Queue.put` and `get` are Python (Prelude/queue.py), as in CPython, and their fast
/// path is one native call (`_put_fast`, `_get_fast`) between a few loads and a return.
/// Pushing and popping their frame cost more than the rest of the call. A function marked by
/// `_tutor.shortcut(f)` has its straight path, from the body's start to its first
/// `RETURN_VALUE`, run by a small evaluator (`Interp.callShortcut`) on the caller's behalf:
/// the same instructions, charged as the same steps and virtual time, calling the same native
/// the same way. The frame is made only when something else must happen, and at that very
/// instruction: a jump taken, an instruction the evaluator does not run, the native raising,
/// or a switch point, collection or fence falling inside the call. Then the ordinary loop
/// goes on from there, so a run with shortcuts is the run without them, instruction for
/// instruction (Tests: `ShortcutTests` compares whole traces). The native must not look at the
/// frame stack, which lacks the function's frame while it runs (`Shortcut.frameless`).
final class Shortcut {
    /// Instructions on the straight path from `code.bodyStart` to the first `RETURN_VALUE`,
    /// that one included: a call is run without a frame only when the slice has room for all.
    let length: Int
    /// Where each global the path loads was last found in the function's globals, by name
    /// index (-1: not yet). A cache, checked against the table before use, so copies of a
    /// process (fork) may share it; raw storage, so a write is one store.
    let globalEntries: UnsafeMutablePointer<Int>

    init(length: Int, names: Int) {
        self.length = length
        globalEntries = .allocate(capacity: max(names, 1))
        globalEntries.initialize(repeating: -1, count: max(names, 1))
    }

    deinit { globalEntries.deallocate() }

    /// Natives known to look at neither the frame stack nor the caller (by `Natives.table`
    /// index): only these run without the function's frame; a straight path reaching another
    /// makes the frame first. `_tutor.shortcut` is open to programs, and `sys._getframe()`
    /// without its frame would answer differently.
    static let frameless: [Bool] = {
        let names: Set<String> = ["_queue:_put_fast", "_queue:_get_fast", "math:sqrt", "time:monotonic"]
        return Natives.table.map { names.contains($0.name) }
    }()

    /// The length of `code`'s straight path, or nil when it holds an instruction the evaluator
    /// does not run, no call or more than one, or no return.
    static func straightPath(of code: CodeObject) -> Int? {
        var calls = 0
        var pc = code.bodyStart
        while pc < code.instructions.count {
            switch code.instructions[pc] {
            case .resume, .nop, .loadFast, .storeFast, .loadConst, .loadGlobal, .isOp, .popJumpIfFalse, .popJumpIfTrue,
                 .popJumpIfNone, .popJumpIfNotNone:
                break
            case .call:
                calls += 1
            case .returnValue:
                return calls == 1 ? pc - code.bodyStart + 1 : nil
            default:
                return nil
            }
            pc += 1
        }
        return nil
    }
}

extension Interp {
    static let shortcutNatives: [NativeEntry] = [
        // shortcut(f): marks the plain Python function f (see `Shortcut`); f is returned.
        NativeEntry(name: "_tutor:shortcut") { vm, args, _ throws(PyError) in
            guard args.count == 1, case .object(let r) = args[0],
                  case .vm(.function(var fn)) = vm.heap.objects[r.slot] else {
                throw .exception(vm.newException("TypeError", "shortcut() takes a Python function"))
            }
            guard fn.code.bindsPositionalsOnly, fn.code.freevars.isEmpty, let length = Shortcut.straightPath(of: fn.code) else {
                throw .exception(vm.newException("TypeError", "\(fn.qualname)() has no straight path to a native call"))
            }
            fn.shortcut = Shortcut(length: length, names: fn.code.names.count)
            vm.heap.objects[r.slot] = .vm(.function(fn))
            return args[0]
        },
    ]

    /// `CALL count` of a function marked by `_tutor.shortcut`, run without its frame when the
    /// slice has room for its whole straight path; false (nothing changed) when the ordinary
    /// call must run. `remaining` is `execute`'s budget, charged as the loop would charge it.
    /// Returns true also when the call made its frame part-way (see `Shortcut`): the loop then
    /// goes on in that frame.
    mutating func callShortcut(_ count: Int, remaining: inout Int) throws(PyError) -> Bool {
        // A dropped generator is finalized at the next native call, with the frame stack as
        // it stands then: only the ordinary path has the function's frame there.
        guard process.frameShortcuts, heap.finalizers.generators.isEmpty, frames.count < process.recursionLimit else { return false }
        let n = frames.count - 1
        guard let (callable, pushedSelf, sc) = callHead(count), case .object(var r) = callable else { return false }
        var selfArg = pushedSelf
        // A method pushed with its object (`LOAD_METHOD`) is the function itself.
        if selfArg == nil, case .boundMethod(let receiver, let function) = heap.callTarget(r) {
            guard case .object(let fr) = function else { return false }
            selfArg = receiver
            r = fr
        }
        let slot = r.slot
        guard let (shortcut, code, globals, names, defaults) = heap.objects.withUnsafeBufferPointer({
            HeapObject.shortcutParts($0.baseAddress.unsafelyUnwrapped + slot)
        }) else { return false }
        let first = selfArg == nil ? 0 : 1
        guard Interp.isSimpleCall(code, count + first, defaults: defaults.count),
              Swift.min(remaining, sliceEnd &- steps, stepFence &- steps) > shortcut.length else { return false }
        // Values are plain data (no reference counts): the locals and the value stack live in
        // scratch space for the call.
        return try withUnsafeTemporaryAllocation(of: Value?.self, capacity: code.varnames.count + code.stackSize + 2) {
            scratch throws(PyError) -> Bool in
            let locals = scratch.baseAddress.unsafelyUnwrapped
            let stack = locals + code.varnames.count
            locals.initialize(repeating: nil, count: scratch.count)
            // The frame's locals as `Frame.enterSimpleCall` binds them; the call leaves the stack.
            if let selfArg { locals[0] = selfArg }
            frames.withUnsafeMutableBufferPointer { buf in
                let f = buf.baseAddress.unsafelyUnwrapped + n
                for k in 0..<count { locals[first + k] = f.pointee.stack[sc - count + k] }
                f.pointee.stack.removeLast(few: count + 2)
            }
            let firstDefault = code.argCount - defaults.count
            for j in (first + count)..<code.argCount { locals[j] = defaults[j - firstDefault] }
            var run = ShortcutRun(code: code, locals: locals, stack: stack)
            return try runShortcut(&run, shortcut, globals, names, remaining: &remaining)
        }
    }

    /// Runs the straight path of `run.code` from its body's start (see `callShortcut`). Each
    /// instruction is counted in `run.ran` when it runs; the count is charged to the steps,
    /// the clock and `remaining` before the native runs, and before the call ends either way.
    private mutating func runShortcut(_ run: inout ShortcutRun, _ shortcut: Shortcut, _ globals: ObjectRef, _ names: [Value],
                                      remaining: inout Int) throws(PyError) -> Bool {
        let program = run.code.program
        let constants = run.code.constants
        while true {
            let ins = program[run.pc]
            switch ins {
            case .resume, .nop:
                break
            case .loadFast(let i):
                guard let v = run.locals[Int(i)] else { return materialize(&run, globals, names, remaining: &remaining) }
                run.push(v)
            case .storeFast(let i):
                run.locals[Int(i)] = run.pop()
            case .loadConst(let i):
                switch constants[Int(i)] {
                case .none: run.push(Value.none)
                case .int(let k): run.push(.int(k))
                case .bool(let b): run.push(.bool(b))
                default: return materialize(&run, globals, names, remaining: &remaining)
                }
            case .loadGlobal(let i, let null):
                guard let v = shortcutGlobal(shortcut, globals, names, Int(i)) else {
                    return materialize(&run, globals, names, remaining: &remaining)
                }
                if null { run.push(nil) }
                run.push(v)
            case .isOp(let invert):
                let b = run.pop() ?? .none, a = run.pop() ?? .none
                run.push(.bool(a.isIdentical(to: b) != (invert != 0)))
            case .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone:
                // Only a jump not taken stays on the straight path (and only a bool is tested
                // here: another value's truth may call its `__bool__`).
                let stays: Bool
                switch (ins, run.sp > 0 ? run.stack[run.sp - 1] : nil) {
                case (.popJumpIfFalse, .bool(let b)?): stays = b
                case (.popJumpIfTrue, .bool(let b)?): stays = !b
                case (.popJumpIfNone, let v?): stays = !v.isIdentical(to: .none)
                case (.popJumpIfNotNone, let v?): stays = v.isIdentical(to: .none)
                default: stays = false
                }
                guard stays else { return materialize(&run, globals, names, remaining: &remaining) }
                run.sp -= 1
            case .call(let k):
                let argc = Int(k)
                guard run.sp >= argc + 2, run.stack[run.sp - argc - 2] == nil,
                      let native = run.stack[run.sp - argc - 1].flatMap({ nativeFunction($0) }), Shortcut.frameless[native] else {
                    return materialize(&run, globals, names, remaining: &remaining)
                }
                run.step()
                charge(&run, remaining: &remaining)
                // The arguments in a reused array of their count, as `callBuiltinFromStack`
                // passes them.
                var args: [Value] = []
                swapArguments(&args, argc)
                if args.count != argc { args = Array(repeating: .none, count: argc) }
                let from = run.sp - argc
                args.withUnsafeMutableBufferPointer { a in
                    for j in 0..<argc { a[j] = run.stack[from + j] ?? .none }
                }
                run.sp -= argc + 2
                let result: Value
                do {
                    result = try callNative(native, args)
                } catch {
                    swapArguments(&args, argc)
                    _ = materialize(&run, globals, names, remaining: &remaining)
                    throw error
                }
                swapArguments(&args, argc)
                run.push(result)
                // What the loop checks before its next instruction: the slice's end, a fence
                // the native set, a collection due.
                let rest = shortcut.length - (run.pc - run.code.bodyStart)
                if Swift.min(remaining, sliceEnd &- steps, stepFence &- steps) <= rest
                    || heap.allocationsSinceCollect >= process.collectThreshold {
                    return materialize(&run, globals, names, remaining: &remaining)
                }
                continue
            case .returnValue:
                run.step()
                charge(&run, remaining: &remaining)
                let v = run.pop() ?? .none
                let n = frames.count - 1
                frames.withUnsafeMutableBufferPointer { buf in buf[n].stack.append(v) }
                process.shortcutsRun &+= 1
                return true
            default:
                return materialize(&run, globals, names, remaining: &remaining)
            }
            run.step()
        }
    }

    /// Charges the instructions `run` has run since the last charge.
    @inline(__always)
    private mutating func charge(_ run: inout ShortcutRun, remaining: inout Int) {
        steps &+= run.ran
        remaining &-= run.ran
        process.clockNanos &+= run.ran &* Interp.nanosPerInstruction
        run.ran = 0
    }

    /// Pushes the frame of `run` as the ordinary path would have it before its next
    /// instruction, charging what ran; true (the loop goes on in that frame).
    private mutating func materialize(_ run: inout ShortcutRun, _ globals: ObjectRef, _ names: [Value],
                                      remaining: inout Int) -> Bool {
        charge(&run, remaining: &remaining)
        frames.pushRefilled(code: run.code, globals: globals, names: names)
        let r = run
        frames.withUnsafeMutableBufferPointer { buf in
            let f = buf.baseAddress.unsafelyUnwrapped + (buf.count - 1)
            f.pointee.caller = .frame
            f.pointee.pc = r.pc
            f.pointee.lasti = r.lasti
            for i in 0..<r.code.varnames.count { f.pointee.fast[i] = r.locals[i] }
            for i in 0..<r.sp { f.pointee.stack.append(r.stack[i]) }
        }
        return true
    }

    /// Global `names[i]` of `globals` when found there by identity (the name cache's way),
    /// or nil: then the frame is made and `LOAD_GLOBAL` runs as usual (builtins, NameError).
    private mutating func shortcutGlobal(_ s: Shortcut, _ globals: ObjectRef, _ names: [Value], _ i: Int) -> Value? {
        guard i < names.count, case .object(let kr) = names[i] else { return nil }
        let key = names[i]
        return heap.objects.withUnsafeBufferPointer { buf -> Value? in
            let base = buf.baseAddress.unsafelyUnwrapped
            let remembered = s.globalEntries[i]
            if remembered >= 0, let v = base[globals.slot].dictValue(at: remembered, ifKey: key) { return v }
            let hash = base[kr.slot].cachedStrHash
            guard hash != -1, let ix = base[globals.slot].dictIndexByIdentity(key, hash: hash) else { return nil }
            s.globalEntries[i] = ix
            return base[globals.slot].dictValue(at: ix, ifKey: key)
        }
    }
}

/// The state of one frameless run of a shortcut: the frame it would be, in scratch space.
struct ShortcutRun {
    let code: CodeObject
    let locals: UnsafeMutablePointer<Value?>
    let stack: UnsafeMutablePointer<Value?>
    var sp = 0
    var pc: Int
    /// As a frame's: the last instruction run (0 before any, as `Frame.refill` leaves it).
    var lasti = 0
    /// Instructions run and not yet charged (`Interp.charge`).
    var ran = 0

    init(code: CodeObject, locals: UnsafeMutablePointer<Value?>, stack: UnsafeMutablePointer<Value?>) {
        self.code = code
        self.locals = locals
        self.stack = stack
        pc = code.bodyStart
    }

    /// Past the instruction at `pc`, which has run.
    @inline(__always) mutating func step() {
        lasti = pc
        pc &+= 1
        ran &+= 1
    }
    @inline(__always) mutating func push(_ v: Value?) { stack[sp] = v; sp &+= 1 }
    @inline(__always) mutating func pop() -> Value? { sp &-= 1; return stack[sp] }
}

extension HeapObject {
    /// What `callShortcut` needs of the Python function at `p` if it has a shortcut.
    @inline(__always)
    static func shortcutParts(_ p: UnsafePointer<HeapObject>)
        -> (shortcut: Shortcut, code: CodeObject, globals: ObjectRef, names: [Value], defaults: [Value])? {
        guard case .vm(.function(let fn)) = p.pointee, let s = fn.shortcut else { return nil }
        return (s, fn.code, fn.globals, fn.names, fn.defaults)
    }
}
