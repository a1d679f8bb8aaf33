import Foundation
import PyLang

/// Why `Interp.run(budget:)` returned.
enum StopReason {
    /// The budget ran out at an instruction boundary; call `run` again to continue.
    case budgetUsed
    /// The outermost frame returned this value.
    case finished(Value)
    /// An exception left the outermost frame.
    case raised(Value)
    /// The global step limit (`--max-steps`) was reached.
    case stepLimit
}

/// How a run of the dispatch loop ended (nested runs included).
enum LoopExit {
    case returned(Value)
    case yielded(Value)
    case raised(Value)
    case budgetUsed
}

/// One Python process with its (single, for now) thread of execution.
///
/// The process part (heap, modules, builtins, I/O buffers, virtual clock, random state) and
/// the thread part (`frames`, the handled exception) are plain values: copying an `Interp`
/// copies the whole process (fork). Python→Python calls push a `Frame` on `frames` and never
/// recurse in Swift, so a run can stop after any instruction and resume later.
struct Interp: Runtime {
    var heap = Heap()
    var process = ProcessState()
    /// The thread's frame stack, innermost last.
    var frames = FrameStack()
    /// The exception being handled (`sys.exc_info()[1]`), None outside handlers.
    var handled: Value = .none
    /// Instructions executed so far (all frames, nested runs included).
    var steps = 0
    /// When set, `run(budget:)` stops only at eval-breaker points once the budget is used up
    /// (the scheduler's `cpython` switch mode).
    var stopOnlyAtBreakers = false
    /// Depth of nested runs started by native functions (`callNested`).
    var nestedDepth = 0
    /// The frame `makeFrame` prepared for generator code, picked up by `makeGenerator`.
    var pendingGeneratorFrame: Frame?
    /// An emptied argument array whose buffer the next `CALL` reuses (`popCall`): allocating
    /// one per call of `str(k)` or `range(n)` cost ~400 instructions with its release.
    var spareArguments: [Value] = []
    /// The argument arrays of built-in calls with one to four arguments
    /// (`callBuiltinFromStack`, `BEFORE_WITH`, shortcuts), rewritten in place for each call.
    /// Four properties, not an array of arrays: swapping an element out of one cost ~80
    /// instructions a call in uniqueness checks.
    var oneArgument: [Value] = [.none]
    var twoArguments: [Value] = [.none, .none]
    var threeArguments: [Value] = [.none, .none, .none]
    var fourArguments: [Value] = [.none, .none, .none, .none]
    /// Set by the fast loop when the `CALL` it hands over calls a function with a shortcut.
    var shortcutCall = false
    /// The `__exit__` objects `BEFORE_WITH` bound to engine objects (a lock's), direct-mapped by
    /// the manager's slot (`boundExit`).
    var boundExits = [BoundExit](repeating: BoundExit(), count: 16)
    /// Where the queue natives find a queue's attributes (World/QueueNatives.swift).
    let queueLayout = QueueLayout()
    /// The primitives of the lock objects last acquired or released (World/LockTypes.swift).
    var lockPrimitiveHints = [LockPrimitiveHint](repeating: LockPrimitiveHint(), count: 32)
    /// Built-in constructors by the slot of their type object, direct-mapped
    /// (`builtinConstructor`); -1 slots are empty.
    var constructorSlots = [Int](repeating: -1, count: 64)
    var constructorIndices = [Int](repeating: 0, count: 64)
    /// The loop stops before the instruction once `steps` reaches this: the step limit, or
    /// earlier when the scheduler must take over (a blocking call, the end of the run).
    var stepFence = 2_000_000_000
    /// Where the current scheduler slice ends (in `steps`): nested runs stop there too.
    var sliceEnd = Int.max
    /// Native functions in progress on this thread (`callValue`), so a blocking native knows
    /// whether the dispatch loop called it directly.
    var nativeDepth = 0
    /// Nested runs stop with RecursionError below this stack address (Interpreter+Stack.swift),
    /// for the host thread `stackThread` that runs the slices (the run view may change it).
    var stackFloor: UInt = 0
    var stackThread: pthread_t?
    /// The virtual world (threads, GIL, primitives) when the program runs under the scheduler.
    var world: World?

    /// Virtual nanoseconds each instruction costs (the documented cost model).
    static let nanosPerInstruction = 30
    /// Extra virtual nanoseconds a call of a built-in (native) function costs.
    static let nanosPerNativeCall = 70

    @inline(__always) var top: Frame {
        get { frames.slots[frames.count - 1] }
        _modify { yield &frames.slots[frames.count - 1] }
    }

    /// Executes at most `budget` instructions of this thread.
    mutating func run(budget: Int) -> StopReason {
        if frames.isEmpty { return .finished(.none) }
        let thread = pthread_self()
        if stackThread.map({ pthread_equal($0, thread) == 0 }) ?? true {
            stackThread = thread
            stackFloor = Interp.stackFloor()
        }
        let exit = execute(stopDepth: 1, budget: budget)
        // The budget may have run out in a nested run or a built-in: the exception they raise
        // to unwind (`stepBudgetExhausted`) can reach the outermost frame, which must not
        // read as the program's end.
        if process.stepLimitHit { return .stepLimit }
        switch exit {
        case .returned(let v): return .finished(v)
        case .raised(let e): return .raised(e)
        case .budgetUsed: return process.stepLimitHit ? .stepLimit : .budgetUsed
        case .yielded(let v): return .finished(v)
        }
    }

    /// The dispatch loop: runs until the frame at depth `stopDepth` (1-based) returns, yields or
    /// raises (a frame whose caller is `.native`), or the budget is used.
    mutating func execute(stopDepth: Int, budget: Int) -> LoopExit {
        // The slice also ends at `sliceEnd`: instructions of nested runs count against it,
        // and a nested run that continued after a switch set a new one.
        sliceEnd = budget >= Int.max &- steps ? Int.max : steps &+ budget
        var remaining = budget
        while true {
            let left = Swift.min(remaining, sliceEnd &- steps)
            if left <= 0 {
                if !stopOnlyAtBreakers || isBreaker(top.code.instructions[top.pc], at: top.pc) {
                    return .budgetUsed
                }
            }
            if steps >= stepFence {
                if steps >= process.maxSteps { process.stepLimitHit = true }
                return .budgetUsed
            }
            if heap.allocationsSinceCollect >= process.collectThreshold {
                if nestedDepth == 0 && world?.holdsSwiftValues != true { collectGarbage() }
                if heap.isOverMemoryLimit {
                    // Raised once per collection due: a handler may then free memory.
                    heap.allocationsSinceCollect = 0
                    if let exit = unwind(newException("MemoryError", nil), addTraceback: true, stopDepth: stopDepth) { return exit }
                    continue
                }
            }
            // Fetch (sets lasti and pc) and run the simple instructions in place, several in a
            // row; see Interpreter+FastPath.swift. They allocate nothing and read no clock, so
            // the checks above hold for all of them, and the accounting below is what one
            // instruction at a time would have added. Past the budget (waiting for a breaker)
            // instructions go one at a time, so each is checked as before.
            let limit = left <= 0 ? 1 : Swift.min(left, stepFence &- steps)
            let (fetched, pending) = fetchAndRunFast(limit: limit, stopDepth: stopDepth)
            remaining &-= fetched
            steps &+= fetched
            process.clockNanos &+= fetched &* Interp.nanosPerInstruction
            guard let ins = pending else { continue }
            let outcome: Transfer
            do {
                if shortcutCall {
                    shortcutCall = false
                    if case .call(let n) = ins, try callShortcut(Int(n), remaining: &remaining) { continue }
                }
                // A yield to a built-in (the fast loop yields to frames): `dispatch`'s entry
                // cost ~60 instructions a `sum(generator)` item.
                if case .yieldValue = ins {
                    if let exit = suspendFrame(yielding: top.pop()) { return exit }
                    continue
                }
                outcome = try dispatch(ins)
            } catch {
                let exc = exceptionValue(error)
                let reraise = isReraise(ins)
                // An exception a native raises inside an `except` block is chained to the one
                // being handled, as `_PyErr_SetObject` chains every exception C code sets
                // (`1/0` there prints "During handling of the above exception...").
                if !reraise { chainContext(exc) }
                if let exit = unwind(exc, addTraceback: !reraise, stopDepth: stopDepth) { return exit }
                continue
            }
            switch outcome {
            case .next:
                continue
            case .returnValue(let v):
                if let exit = finishFrame(returning: v) { return exit }
            case .yieldValue(let v):
                if let exit = suspendFrame(yielding: v) { return exit }
            case .raise(let exc, let addTraceback):
                if let exit = unwind(exc, addTraceback: addTraceback, stopDepth: stopDepth) { return exit }
            case .aborted:
                return .budgetUsed
            }
            if frames.count < stopDepth { return .budgetUsed }
        }
    }

    /// CPython 3.11 eval-breaker points (ceval.c `CHECK_EVAL_BREAKER`). `ins` is the top
    /// frame's next instruction.
    func isBreaker(_ ins: Instruction, at pc: Int) -> Bool {
        switch ins {
        case .call(let n): return !callSkipsEvalBreaker(Int(n), at: pc)
        case .resume, .jumpBackward, .callFunctionEx: return true
        case .popJumpIfTrue(let t), .popJumpIfFalse(let t), .popJumpIfNone(let t), .popJumpIfNotNone(let t):
            return Int(t) <= pc
        default: return false
        }
    }

    /// Whether the top frame's `CALL count` at `pc` is one that CPython 3.11 specialises into
    /// an instruction without the eval-breaker check, so no thread switch happens there
    /// (ceval.c: PRECALL_NO_KW_LEN, PRECALL_NO_KW_ISINSTANCE, PRECALL_NO_KW_TYPE_1, and
    /// PRECALL_NO_KW_LIST_APPEND for `lst.append(x)` whose result is discarded; every other
    /// call checks, Python callees at their RESUME). Checked with race probes under python3
    /// (conformance threads/052). The first executions, before specialisation, are treated
    /// as specialised too: a switch there is a matter of a few instructions at a loop's start.
    func callSkipsEvalBreaker(_ count: Int, at pc: Int) -> Bool {
        guard let f = frames.last, f.kwNames.isEmpty, count <= 2 else { return false }
        let sc = f.stack.count
        guard sc >= count + 2 else { return false }
        if let method = f.stack[sc - count - 2] {
            // `lst.append(x)`: the method descriptor of a list, its result popped at once.
            guard count == 1, case .object(let mr) = method, case .object(let rr)? = f.stack[sc - 2],
                  heap.kind(rr) == .list, pc + 1 < f.code.instructions.count,
                  case .popTop = f.code.instructions[pc + 1] else { return false }
            let d = heap.methodDescriptors[mr.slot & (Heap.builtinMethodCacheSize - 1)]
            return d.object == mr.index && d.epoch == heap.classEpoch && d.inline == .listAppend
        }
        guard let callable = f.stack[sc - count - 1] else { return false }
        if let native = nativeFunction(callable) {
            let name = Natives.table[native].name
            return (name == "len" && count == 1) || (name == "isinstance" && count == 2)
        }
        if count == 1, let type = process.classes["type"] { return callable.isIdentical(to: type) }
        return false
    }

    private func isReraise(_ ins: Instruction) -> Bool {
        if case .reraise = ins { return true }
        return false
    }

    // MARK: - Frame exits

    /// `RETURN_VALUE`: pops the frame and hands `v` to whoever waits for it.
    mutating func finishFrame(returning v: Value) -> LoopExit? {
        leaveGeneratorExceptionState(suspending: false)
        let (caller, generator) = frames.removeLastKeepingSpare()
        if let g = generator { setGenerator(g, frame: nil, state: .finished) }
        switch caller {
        case .native:
            return .returned(v)
        case .frame, .userNext:
            top.push(v)
        case .initializer(let instance):
            if case .none = v { top.push(instance) } else {
                let exc = newException("TypeError", "__init__() should return None, not '\(heap.typeName(v))'")
                chainContext(exc)
                return unwind(exc, addTraceback: true, stopDepth: 1)
            }
        case .forIter(let target):
            _ = top.pop()
            top.pc = target
        case .send(let target):
            _ = top.pop()
            top.push(v)
            top.pc = target
        }
        return nil
    }

    /// `YIELD_VALUE`: parks the generator frame in its generator and hands `v` to the consumer.
    mutating func suspendFrame(yielding v: Value) -> LoopExit? {
        leaveGeneratorExceptionState(suspending: true)
        let caller: Frame.Caller
        if let parked = suspendParked() {
            caller = parked
        } else {
            var done = frames.removeLast()
            caller = done.caller
            done.caller = .frame
            if let g = done.generator { setGenerator(g, frame: consume done, state: .suspended) }
        }
        switch caller {
        case .native: return .yielded(v)
        case .frame, .initializer, .forIter, .send, .userNext: top.push(v)
        }
        return nil
    }

    /// A generator frame just resumed by the ordinary path becomes the top frame: its own
    /// handled exception (if any) is the thread's while it runs, the resumer's kept to restore
    /// (genobject.c pushes `gi_exc_state` on the thread's exception stack). Only for code with
    /// an exception table: others cannot hold one and are resumed by the fast path as well.
    mutating func enterGeneratorExceptionState() {
        frames.withUnsafeMutableBufferPointer { buf in
            let f = buf.baseAddress.unsafelyUnwrapped + (buf.count - 1)
            guard f.pointee.generator != nil, !f.pointee.code.exceptionTable.isEmpty, f.pointee.exceptionState?.outer == nil else { return }
            let state = f.pointee.exceptionState ?? GeneratorExceptionState()
            f.pointee.exceptionState = state
            state.outer = handled
            if case .none = state.own {} else { handled = state.own }
        }
    }

    /// The top generator frame yields (`suspending`) or ends: the resumer's handled exception
    /// is the thread's again, and a suspending one keeps its own.
    mutating func leaveGeneratorExceptionState(suspending: Bool) {
        frames.withUnsafeMutableBufferPointer { buf in
            guard !buf.isEmpty else { return }
            let f = buf.baseAddress.unsafelyUnwrapped + (buf.count - 1)
            guard let state = f.pointee.exceptionState, let outer = state.outer else { return }
            if suspending { state.own = handled.isIdentical(to: outer) ? .none : handled }
            state.outer = nil
            handled = outer
        }
    }

    /// Suspends the top frame, a generator's with its yielded value popped, by exchanging it
    /// with the spare parked in its generator at the resume (`GeneratorSlot.suspend`); returns
    /// the frame's caller, or nil (nothing changed) when no spare is parked.
    private mutating func suspendParked() -> Frame.Caller? {
        frames.withSlots { base, _, live -> Frame.Caller? in
            let f = base + (live - 1)
            guard let g = f.pointee.generator, let s = heap.generatorSlot(g) else { return nil }
            let caller = f.pointee.caller
            guard heap.generatorSlots.withUnsafeMutableBufferPointer({
                GeneratorSlot.suspend($0.baseAddress.unsafelyUnwrapped + s, from: f, popping: false)
            }) else { return nil }
            live -= 1
            return caller
        }
    }

    /// Resumes the generator at `r` (not started, or suspended) with `send` by exchanging its
    /// frame with the frame stack's spare (`GeneratorSlot.resume`), as `resumeInLoop` would
    /// push it. False (nothing changed) when there is no spare, at the recursion limit, or
    /// for any state or value the checks of `takeGeneratorFrame` must judge.
    mutating func resumeParking(_ r: ObjectRef, send: Value, caller: Frame.Caller) -> Bool {
        guard let s = heap.generatorSlot(r), frames.count < process.recursionLimit else { return false }
        // `GeneratorSlot.resume` checks the state; a value sent to a generator that has not
        // started is `takeGeneratorFrame`'s TypeError.
        if heap.generatorSlots[s].state == .created, !send.isIdentical(to: .none) { return false }
        return frames.withSlots { base, slots, live -> Bool in
            guard live < slots else { return false }
            let spare = base + live
            guard heap.generatorSlots.withUnsafeMutableBufferPointer({
                GeneratorSlot.resume($0.baseAddress.unsafelyUnwrapped + s, into: spare)
            }) else { return false }
            spare.pointee.stack.append(send)
            spare.pointee.caller = caller
            live += 1
            return true
        }
    }

    mutating func setGenerator(_ g: ObjectRef, frame: consuming Frame?, state: PyGenerator.State) {
        heap.setGenerator(g, frame: consume frame, state: state)   // in place: no copy of the frame
    }

    /// Mark and sweep from the VM's roots. Only called between instructions of the outermost
    /// run (`nestedDepth == 0`), where no native function holds values in Swift locals.
    mutating func collectGarbage() {
        heap.collect(roots: collectorRoots())
        heap.measureAfterCollection()
        process.collectThreshold = max(2_000, heap.liveCount * 2)
        runPendingFinalizers()
        runWeakCallbacks()
    }

    // MARK: - The step budget inside built-ins

    /// Charges `n` steps of work done inside a built-in to the step budget (`--max-steps`),
    /// before the work is done: past the budget the work is not started, and the run stops
    /// with the step-limit exit (`stepBudgetExhausted`).
    mutating func meter(steps n: Int) throws(PyError) {
        guard n > 0 else { return }
        let (s, overflow) = steps.addingReportingOverflow(n)
        if overflow || s >= process.maxSteps { throw stepBudgetExhausted() }
        steps = s
    }

    /// Marks the step budget used up and returns the exception that unwinds whatever Swift
    /// frames (natives, nested runs) are in progress. With `steps` at the limit, every
    /// dispatch loop stops before its next instruction, so no handler runs; `run` then
    /// reports `.stepLimit` whatever the unwinding reached.
    mutating func stepBudgetExhausted() -> PyError {
        process.stepLimitHit = true
        steps = Swift.max(steps, process.maxSteps)
        return .exception(newException("SystemExit", nil))
    }

    /// Pushes a new frame, raising RecursionError past the recursion limit (ceval.c
    /// `_Py_EnterRecursiveCallTstate`).
    mutating func pushFrame(_ frame: consuming Frame) throws(PyError) {
        if frames.count >= process.recursionLimit {
            let suffix = frame.caller.isNative ? " while calling a Python object" : ""
            throw recursionLimitError("maximum recursion depth exceeded" + suffix)
        }
        frames.append(consume frame)   // a move: a copied frame shares its stack buffer, and the next push copies it
    }
}

extension Frame.Caller {
    var isNative: Bool { if case .native = self { return true } else { return false } }
}

/// What one instruction asks the loop to do next.
enum Transfer {
    case next
    case returnValue(Value)
    case yieldValue(Value)
    case raise(Value, addTraceback: Bool)
    /// The step limit was hit inside a nested run: stop everything.
    case aborted
}
