import PyLang

/// Calls: argument binding, frame pushes, native functions and nested runs.
extension Interp {
    /// `CALL`/`CALL_FUNCTION_EX`: Python functions get a new frame on the frame stack (no Swift
    /// recursion); natives run now and their result is pushed.
    mutating func callFromLoop(_ callable: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Transfer {
        guard case .object(let r) = callable, case .vm(let o) = heap.objects[r.slot] else {
            top.push(try callValue(callable, args, kwargs))
            return .next
        }
        switch o {
        case .function(let fn):
            if try pushFunctionFrame(fn, args, kwargs, caller: .frame) { return .next }
            if let frame = try makeFrame(fn, args, kwargs, caller: .frame) {
                try pushFrame(frame)
            } else {
                top.push(try makeGenerator(fn, args, kwargs))
            }
            return .next
        case .boundMethod(let receiver, let function):
            return try callFromLoop(function, [receiver] + args, kwargs)
        case .type(let cls) where cls.builtin == nil && !cls.isException && cls.meta == nil && !hasUserNew(callable):
            let instance = heap.newInstance(callable)
            if let initFn = lookupInMRO(callable, key: knownKey(.initializer)), case .function(let fn)? = heap.vm(initFn) {
                if try pushFunctionFrame(fn, [instance] + args, kwargs, caller: .initializer(instance)) { return .next }
                if let frame = try makeFrame(fn, [instance] + args, kwargs, caller: .initializer(instance)) {
                    try pushFrame(frame)
                    return .next
                }
            }
            top.push(try callValue(callable, args, kwargs))
            return .next
        default:
            top.push(try callValue(callable, args, kwargs))
            return .next
        }
    }

    /// `CALL n` of a plain Python function given exactly its positional parameters (no
    /// keywords, defaults, `*args`, cells or generator code): the frame's locals are filled
    /// straight from the value stack, with no argument arrays. False when the general path
    /// must run (nothing has changed then).
    mutating func callSimple(_ count: Int) throws(PyError) -> Bool {
        let n = frames.count - 1
        guard let (callable, pushedSelf, sc) = callHead(count), case .object(var r) = callable else { return false }
        var selfArg = pushedSelf
        var makesInstance = false
        switch heap.callTarget(r) {
        case .function:
            break
        case .boundMethod(let receiver, let function):
            guard selfArg == nil, case .object(let fr) = function else { return false }
            selfArg = receiver
            r = fr
        case .userClass:
            // A user class whose __init__ is a plain function: the instance is made below and
            // the frame returns it (`Frame.Caller.initializer`), as `callFromLoop` does.
            guard selfArg == nil, case .object(let ir)? = lookupInMRO(callable, key: knownKey(.initializer)),
                  !hasUserNew(callable) else {
                return false
            }
            makesInstance = true
            r = ir
        case .other:
            return false
        }
        let slot = r.slot
        let parts = heap.objects.withUnsafeBufferPointer { HeapObject.functionParts($0.baseAddress.unsafelyUnwrapped + slot) }
        guard let (code, globals, names, closure, defaults) = parts else { return false }
        let first = selfArg == nil && !makesInstance ? 0 : 1
        guard Interp.isSimpleCall(code, count + first, defaults: defaults.count) else { return false }
        var caller: Frame.Caller = .frame
        if makesInstance {
            let instance = heap.newInstance(callable)
            selfArg = instance
            caller = .initializer(instance)
        }
        if frames.count >= process.recursionLimit { throw recursionLimitError() }
        pushSimpleFrame(code, globals, names, closure, defaults, caller: caller,
                        selfArg: selfArg, arguments: sc - count, count: count, in: n)
        return true
    }

    /// The callable of `CALL count` on the top frame, the object pushed with it by
    /// `LOAD_METHOD` (nil after a NULL) and the value stack's height; nil when keywords are
    /// pending. Read in place: `frames[n].stack[k]` checked the frame stack's uniqueness per read.
    @inline(__always)
    mutating func callHead(_ count: Int) -> (callable: Value, pushedSelf: Value?, height: Int)? {
        let n = frames.count - 1
        return frames.withUnsafeMutableBufferPointer { buf -> (Value, Value?, Int)? in
            let f = buf.baseAddress.unsafelyUnwrapped + n
            guard f.pointee.kwNames.isEmpty else { return nil }
            let sc = f.pointee.stack.count
            let a = f.pointee.stack[sc - count - 2], b = f.pointee.stack[sc - count - 1]
            if let a { return (a, b ?? Value.none, sc) }
            return (b ?? .none, nil, sc)
        }
    }

    /// `CALL_FUNCTION_EX` of a tuple of arguments and no keywords (none, or an empty plain
    /// dict: a decorator's `fn(*args, **kwargs)` called without keywords) on what `callSimple`
    /// takes: the tuple's items replace the tuple and the mapping on the stack, which then
    /// reads as a `CALL n`. The general path (`keywordPairs`, `iterate`, `callFromLoop`) cost
    /// ~2,000 instructions. False, with the stack as it was, otherwise.
    mutating func callUnpackedSimply(withKeywords: Bool) throws(PyError) -> Bool {
        let n = frames.count - 1
        let operands = frames.withUnsafeMutableBufferPointer { buf -> (args: Value, kwargs: Value?)? in
            let f = buf.baseAddress.unsafelyUnwrapped + n
            let sc = f.pointee.stack.count
            let argsAt = sc - (withKeywords ? 2 : 1)
            guard argsAt >= 2, f.pointee.kwNames.isEmpty, let args = f.pointee.stack[argsAt] else { return nil }
            return (args, withKeywords ? f.pointee.stack[sc - 1] ?? Value.none : nil)
        }
        guard let (args, kwargs) = operands, case .object(let ar) = args, heap.kind(ar) == .tuple else { return false }
        if let kwargs {
            guard case .object(let kr) = kwargs, heap.objects.withUnsafeBufferPointer({ $0[kr.slot].isEmptyDict }) else { return false }
        }
        let items = heap.sequenceItems(args) ?? []
        let popped = withKeywords ? 2 : 1
        frames.withUnsafeMutableBufferPointer { buf in
            buf[n].stack.removeLast(few: popped)
            for v in items { buf[n].stack.append(v) }
        }
        if try callSimple(items.count) { return true }
        frames.withUnsafeMutableBufferPointer { buf in
            buf[n].stack.removeLast(few: items.count)
            buf[n].stack.append(args)
            if let kwargs { buf[n].stack.append(kwargs) }
        }
        return false
    }

    /// Pushes the frame of a `callSimple` call, arguments moved from frame `n`'s value stack
    /// at `arguments` (the callable and its arguments are popped). The frame is a spare
    /// refilled in place when there is one (`FrameStack.pushRefilled`).
    @inline(__always)
    private mutating func pushSimpleFrame(_ code: CodeObject, _ globals: ObjectRef, _ names: [Value],
                                          _ closure: [Value], _ defaults: [Value], caller: Frame.Caller,
                                          selfArg: Value?, arguments: Int, count: Int, in n: Int) {
        frames.pushRefilled(code: code, globals: globals, names: names)
        frames.withUnsafeMutableBufferPointer { buf in
            Frame.enterSimpleCall(buf.baseAddress.unsafelyUnwrapped + (buf.count - 1), from: buf.baseAddress.unsafelyUnwrapped + n,
                                  closure, defaults, caller: caller, selfArg: selfArg, arguments: arguments, count: count)
        }
    }

    /// Whether a call with `argc` positional arguments binds `code`'s parameters with no more
    /// than positional arguments and trailing defaults (`defaults` of them), and nothing else
    /// must be bound or created (`CodeObject.bindsPositionalsOnly`).
    @inline(__always) static func isSimpleCall(_ code: CodeObject, _ argc: Int, defaults: Int) -> Bool {
        code.bindsPositionalsOnly && argc <= code.argCount && argc + defaults >= code.argCount
    }

    /// The interned strs of `code.names`, shared per code object through the heap.
    mutating func internedNames(_ code: CodeObject) -> [Value] {
        let id = ObjectIdentifier(code)
        if let cached = heap.codeNames[id], cached.code === code { return cached.names }
        let names = code.names.map { intern($0) }
        heap.codeNames[id] = Heap.CodeNames(code: code, names: names)
        return names
    }

    /// What `callSimple` may call, read in place (a pattern-bound payload copies its fields).
    enum CallTarget {
        case function
        case boundMethod(receiver: Value, function: Value)
        /// A class defined in Python (not built-in, not an exception class).
        case userClass
        case other
    }

    /// Calls any callable to completion and returns its result. Python code runs in a nested,
    /// bounded run of the dispatch loop (a documented simplification: no thread switch can
    /// happen inside it).
    mutating func callValue(_ callable: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        if case .object(let r) = callable, case .instance = heap.objects[r.slot] {
            if let call = try lookupInMRO(classOf(callable), "__call__") {
                return try callValue(call, [callable] + args, kwargs)
            }
        }
        guard case .object(let r) = callable, case .vm(let o) = heap.objects[r.slot] else {
            throw .typeError("'\(heap.typeName(callable))' object is not callable")
        }
        switch o {
        case .function(let fn):
            guard let frame = try makeFrame(fn, args, kwargs, caller: .native) else {
                return try makeGenerator(fn, args, kwargs)
            }
            return try runNested(frame)
        case .boundMethod(let receiver, let function):
            return try callValue(function, [receiver] + args, kwargs)
        case .native(let index, let receiver):
            return try callNative(index, receiver.map { [$0] + args } ?? args, kwargs)
        case .builtinMethod(let receiver, let name):
            return try callBuiltinMethodOf(receiver, name, args, kwargs)
        case .type:
            return try instantiate(callable, args, kwargs)
        case .staticMethod(let f):
            return try callValue(f, args, kwargs)
        case .exception, .generator, .module, .iterator, .property, .classMethod, .superObject, .code, .traceback, .member:
            break
        }
        if case .instance = heap.objects[r.slot], let call = try lookupInMRO(classOf(callable), "__call__") {
            return try callValue(call, [callable] + args, kwargs)
        }
        throw .typeError("'\(heap.typeName(callable))' object is not callable")
    }

    /// Pops a `CALL count`'s callable and arguments off the top frame's stack: one array,
    /// `self` first for a method pushed by `LOAD_METHOD`. Read through a frame pointer:
    /// `frames[n].stack[k]` outside the fast path copied the whole frame per read.
    /// `first` goes before them all: the receiver of a native bound to it (`with`'s
    /// `__exit__`), so the array is built once instead of shifted by an insert.
    @inline(__always)
    mutating func popCall(_ count: Int, first: Value? = nil) -> (Value, [Value]) {
        var spare: [Value] = []
        swap(&spare, &spareArguments)
        return frames.withUnsafeMutableBufferPointer { buf -> (Value, [Value]) in
            let f = buf.baseAddress.unsafelyUnwrapped + (buf.count - 1)
            let sc = f.pointee.stack.count
            let a = f.pointee.stack[sc - count - 2], b = f.pointee.stack[sc - count - 1]
            var args: [Value] = []
            swap(&args, &spare)   // moved, not copied: a second reference would make `append` copy
            if args.capacity < count + 2 { args.reserveCapacity(count + 2) }
            if let first { args.append(first) }
            let callable: Value
            if let a { callable = a; args.append(b ?? .none) } else { callable = b ?? .none }
            for k in (sc - count)..<sc { args.append(f.pointee.stack[k] ?? .none) }
            f.pointee.stack.removeLast(few: count + 2)
            return (callable, args)
        }
    }

    /// Keeps `args`'s buffer, emptied, for the next `popCall`. If a callee kept the array,
    /// emptying it allocates a fresh buffer, so what it kept is untouched.
    @inline(__always)
    mutating func recycleArguments(_ args: inout [Value]) {
        guard spareArguments.capacity == 0, args.capacity <= 16 else { return }
        // One at a time: `removeAll(keepingCapacity:)` went through `replaceSubrange`
        // (~150 instructions) for the few arguments a call has.
        while !args.isEmpty { args.removeLast() }
        swap(&args, &spareArguments)
    }

    /// Calls native function `index`: counted as a native call in progress and charged the
    /// cost model's native-call time.
    @inline(__always)
    mutating func callNative(_ index: Int, _ args: [Value], _ kwargs: [(String, Value)] = []) throws(PyError) -> Value {
        let fn = Natives.table[index].fn
        try checkFunctionArity(index, args.count)
        if !heap.finalizers.generators.isEmpty && nativeDepth == 0 && nestedDepth == 0 && world?.holdsSwiftValues != true {
            finalizeDroppedGenerators(args)
        }
        nativeDepth &+= 1
        defer { nativeDepth &-= 1 }
        process.clockNanos &+= Interp.nanosPerNativeCall
        return try fn(&self, args, kwargs)
    }

    /// Same as `callValue` (name kept for call sites that are hooks of natives).
    mutating func callNestedValue(_ callable: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        try callValue(callable, args, kwargs)
    }

    /// Runs `frame` (caller `.native`) to completion in a nested loop.
    mutating func runNested(_ frame: Frame) throws(PyError) -> Value {
        try checkNestedStack()
        var f = frame
        f.caller = .native
        try pushFrame(consume f)
        nestedDepth += 1
        defer { nestedDepth -= 1 }
        let savedHandled = handled
        let exit = executeNested(stopDepth: frames.count)
        handled = savedHandled
        switch exit {
        case .returned(let v): return v
        case .yielded(let v): return v
        case .raised(let e): throw .exception(e)
        case .budgetUsed: throw nestedRunStopped()
        }
    }

    /// The dispatch loop for a nested run (Python called by a native): slices end at the
    /// scheduler's switch points as at the top level, and the world may park this thread there
    /// and run others (World/Carriers.swift). `.budgetUsed` only when the run is ending.
    mutating func executeNested(stopDepth: Int) -> LoopExit {
        // The world is bound only once the slice runs out: binding it at entry retained and
        // released it, ~40 instructions of every generator resumed by a built-in.
        if world == nil {
            // No scheduler: the nested run goes to its end, and the caller's slice stays.
            let outer = sliceEnd
            defer { sliceEnd = outer }
            return execute(stopDepth: stopDepth, budget: Int.max)
        }
        if world.unsafelyUnwrapped.watched { return executeNestedWatched(stopDepth: stopDepth, world.unsafelyUnwrapped) }
        while true {
            let exit = execute(stopDepth: stopDepth, budget: Swift.max(0, sliceEnd &- steps))
            guard case .budgetUsed = exit, frames.count >= stopDepth, let world else { return exit }
            if !world.continueNested(&self) { return exit }
        }
    }

    /// `executeNested` in a watched run: one instruction at a time, recording a step at each
    /// new line (as `World.runWatched` does at the top level), so the run view follows a key
    /// function or a generator that a built-in drives.
    private mutating func executeNestedWatched(stopDepth: Int, _ world: World) -> LoopExit {
        let atBreakersOnly = stopOnlyAtBreakers
        while true {
            let end = sliceEnd
            stopOnlyAtBreakers = false
            let exit = execute(stopDepth: stopDepth, budget: 1)
            stopOnlyAtBreakers = atBreakersOnly
            sliceEnd = end
            guard case .budgetUsed = exit, frames.count >= stopDepth else { return exit }
            if steps >= stepFence {
                if !world.continueNested(&self) { return exit }
                continue
            }
            world.recordStepIfNewLine(world.current, self)
            guard steps >= sliceEnd else { continue }
            if atBreakersOnly, let f = frames.last, f.pc < f.code.instructions.count,
               !isBreaker(f.code.instructions[f.pc], at: f.pc) { continue }
            if !world.continueNested(&self) { return exit }
        }
    }

    /// What a nested run that stopped before its frame returned throws: the step budget ran
    /// out or the run is ending (`World.end`); either way every loop stops at its next check.
    mutating func nestedRunStopped() -> PyError {
        if steps >= process.maxSteps { return stepBudgetExhausted() }
        return .exception(newException("SystemExit", nil))
    }

    // MARK: - Frames

    /// A frame for calling `fn` with bound arguments, or nil for generator code (the caller
    /// makes a generator instead). CPython `initialize_locals`.
    mutating func makeFrame(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)], caller: Frame.Caller) throws(PyError) -> Frame? {
        let code = fn.code
        var frame = Frame(code: code, globals: fn.globals, locals: nil, storage: frames.spareStorage())
        frame.caller = caller
        frame.names = fn.names
        try bindArguments(fn, args, kwargs, into: &frame.fast)
        fillCells(fn, fast: frame.fast, cells: &frame.cells)
        let pc = code.bodyStart
        frame.pc = pc
        if case .returnGenerator = code.instructions[pc] {
            frame.pc = pc + 1
            frame.lasti = pc
            pendingGeneratorFrame = frame
            return nil
        }
        return frame
    }

    /// MAKE_CELL / COPY_FREE_VARS, run when the frame is made (they precede any other
    /// instruction): the closure's cells after the code's own, each own cell made holding its
    /// parameter's value, if any.
    mutating func fillCells(_ fn: PyFunction, fast: [Value?], cells: inout [Value]) {
        let code = fn.code
        let ncell = code.cellvars.count
        for (i, c) in fn.closure.enumerated() where ncell + i < cells.count { cells[ncell + i] = c }
        for i in 0..<ncell {
            let p = Int(code.cellParameterIndex[i])
            var initial: Value = .notImplemented
            if p >= 0, let v = fast[p] { initial = v }
            cells[i] = .object(heap.alloc(.cell(initial)))
        }
    }

    /// `makeFrame` and `pushFrame` in one for code that is no generator: the frame is a spare
    /// of the frame stack refilled in place (`FrameStack.pushRefilled`) and the arguments are
    /// bound into it, where building a `Frame` apart and moving it in copied and destroyed
    /// every field (~2,000 instructions a call through `*args, **kwargs`). Errors are the
    /// same and come in the same order: binding first, then the recursion limit. False
    /// (nothing done) for generator code.
    mutating func pushFunctionFrame(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)],
                                    caller: Frame.Caller) throws(PyError) -> Bool {
        let code = fn.code
        let pc = code.bodyStart
        if case .returnGenerator = code.instructions[pc] { return false }
        frames.pushRefilled(code: code, globals: fn.globals, names: fn.names)
        let n = frames.count - 1
        // The locals and cells are bound outside the frame stack (binding may allocate, which
        // needs `self`) and moved back.
        var fast: [Value?] = []
        var cells: [Value] = []
        func exchange(_ frames: inout FrameStack) {
            frames.withUnsafeMutableBufferPointer { buf in
                swap(&fast, &buf[n].fast)
                swap(&cells, &buf[n].cells)
            }
        }
        exchange(&frames)
        do {
            try bindArguments(fn, args, kwargs, into: &fast)
        } catch {
            exchange(&frames)
            _ = frames.removeLastKeepingSpare()
            throw error
        }
        fillCells(fn, fast: fast, cells: &cells)
        exchange(&frames)
        frames.withUnsafeMutableBufferPointer { buf in
            buf[n].caller = caller
            buf[n].pc = pc
        }
        if frames.count > process.recursionLimit {
            _ = frames.removeLastKeepingSpare()
            throw recursionLimitError()
        }
        return true
    }

    /// Creates the generator for a call of generator code (`RETURN_GENERATOR`).
    mutating func makeGenerator(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        guard var frame = pendingGeneratorFrame else { throw .runtime("no generator frame") }
        pendingGeneratorFrame = nil
        let flags = fn.code.flags
        let kind: PyGenerator.Kind = flags.contains(.coroutine) ? .coroutine : flags.contains(.asyncGenerator) ? .asyncGenerator : .generator
        let g = heap.newGenerator(name: fn.name, qualname: fn.qualname, kind: kind, code: fn.code)
        if kind == .coroutine { process.madeCoroutines = true }
        registerFinalizable(g, fn.code)
        frame.generator = g
        setGenerator(g, frame: frame, state: .created)
        return .object(g)
    }

    /// Binds call arguments to parameters (ceval.c `initialize_locals`), with CPython's errors.
    mutating func bindArguments(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)], into fast: inout [Value?]) throws(PyError) {
        let code = fn.code
        let nargs = code.argCount
        let nkw = code.keywordOnlyCount
        let hasVarargs = code.flags.contains(.varargs)
        let hasVarkw = code.flags.contains(.varkeywords)
        let name = fn.qualname
        for i in 0..<min(args.count, nargs) { fast[i] = args[i] }
        if args.count > nargs {
            if hasVarargs {
                fast[nargs + nkw] = heap.newTuple(Array(args[nargs...]))
            } else {
                let required = nargs - fn.defaults.count
                let given = args.count
                let kwGiven = kwargs.filter { kw in code.varnames[nargs..<(nargs + nkw)].contains(kw.0) }.count
                let what = fn.defaults.isEmpty ? "\(nargs)" : "from \(required) to \(nargs)"
                let plural = (fn.defaults.isEmpty ? nargs : nargs) == 1 && fn.defaults.isEmpty ? "" : "s"
                var msg = "\(name)() takes \(what) positional argument\(plural) but \(given)"
                if kwGiven > 0 { msg += " positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given" } else {
                    msg += given == 1 ? " was given" : " were given"
                }
                throw .typeError(msg)
            }
        } else if hasVarargs {
            fast[nargs + nkw] = heap.newTuple([])
        }
        var extra: [(Value, Value)] = []
        for (k, v) in kwargs {
            var idx: Int? = nil
            for i in code.positionalOnlyCount..<(nargs + nkw) where code.varnames[i] == k { idx = i; break }
            if let idx {
                if fast[idx] != nil { throw .typeError("\(name)() got multiple values for argument '\(k)'") }
                fast[idx] = v
            } else if hasVarkw {
                extra.append((heap.newStr(k), v))
            } else if code.varnames[..<code.positionalOnlyCount].contains(k) {
                throw .typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(k)'")
            } else {
                throw .typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if hasVarkw {
            fast[nargs + nkw + (hasVarargs ? 1 : 0)] = try makeDict(extra)
        }
        // Defaults and missing arguments.
        let firstDefault = nargs - fn.defaults.count
        var missing: [String] = []
        for i in 0..<nargs where fast[i] == nil {
            if i >= firstDefault { fast[i] = fn.defaults[i - firstDefault] } else { missing.append(code.varnames[i]) }
        }
        if !missing.isEmpty { throw .typeError(missingMessage(name, missing, "positional")) }
        var missingKw: [String] = []
        for i in nargs..<(nargs + nkw) where fast[i] == nil {
            if case .object(let d) = fn.kwDefaults, let v = dictGet(d, code.varnames[i]) { fast[i] = v } else {
                missingKw.append(code.varnames[i])
            }
        }
        if !missingKw.isEmpty { throw .typeError(missingMessage(name, missingKw, "keyword-only")) }
    }

    func missingMessage(_ name: String, _ missing: [String], _ kind: String) -> String {
        let quoted = missing.map { "'\($0)'" }
        var list: String
        if quoted.count == 1 { list = quoted[0] } else if quoted.count == 2 { list = quoted[0] + " and " + quoted[1] } else {
            list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        _ = list
        list = quoted.count <= 2 ? list : list
        return "\(name)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(list)"
    }

    /// `MAKE_FUNCTION flags`.
    mutating func makeFunction(_ flags: Int) throws(PyError) -> Value {
        let codeValue = top.pop()
        guard case .code(let code)? = heap.vm(codeValue) else { throw .runtime("bad code constant") }
        // A list, dict or set comprehension's function is called at once and dropped: no
        // Python code can reach it (its frame keeps the code, not the function), so without a
        // closure or defaults one function per code object and globals serves every run of
        // the comprehension. Made anew each time it cost ~2,000 instructions with its freeing.
        let reusable = flags == 0 && Interp.isComprehensionBody(code)
        if reusable, let f = heap.comprehensionFunctions[ObjectIdentifier(code)], f.code === code,
           f.globals == frames.topGlobals {
            noteComprehension(codeValue, f.globals, f.ref)   // its line may have gone to another code
            return .object(f.ref)
        }
        var closure: [Value] = []
        var kwDefaults: Value = .none
        var defaults: [Value] = []
        if flags & 0x08 != 0 { closure = heap.sequenceItems(top.pop()) ?? [] }
        if flags & 0x04 != 0 { _ = top.pop() }
        if flags & 0x02 != 0 { kwDefaults = top.pop() }
        if flags & 0x01 != 0 { defaults = heap.sequenceItems(top.pop()) ?? [] }
        var doc: Value = .none
        if let first = code.constants.first, case .str(let s) = first, code.name != "<lambda>" {
            doc = heap.newStr(s)
        }
        let moduleName = dictGetKey(top.globals, knownKey(.name)).flatMap { heap.string($0) } ?? "__main__"
        let fn = PyFunction(code: code, globals: top.globals, defaults: defaults, kwDefaults: kwDefaults,
                            closure: closure, name: code.name, qualname: code.qualname, doc: doc,
                            attributes: heap.alloc(.dict(PyDict())), module: moduleName,
                            names: internedNames(code))
        let function = heap.newVM(.function(fn))
        if reusable, case .object(let r) = function {
            heap.comprehensionFunctions[ObjectIdentifier(code)] = (code, fn.globals, r)
            noteComprehension(codeValue, fn.globals, r)
        }
        return function
    }

    /// Writes the `Heap.comprehensionLines` line of the comprehension code at `codeValue`.
    private mutating func noteComprehension(_ codeValue: Value, _ globals: ObjectRef, _ function: ObjectRef) {
        guard case .object(let cr) = codeValue else { return }
        heap.comprehensionLines[cr.slot & 63] = Heap.ComprehensionLine(code: cr.index, globals: globals.index,
                                                                       function: function.index)
    }

    /// Whether `code` is the body of a list, dict or set comprehension (not a generator
    /// expression, whose function's generator outlives the call).
    static func isComprehensionBody(_ code: CodeObject) -> Bool {
        switch code.name {
        case "<listcomp>", "<dictcomp>", "<setcomp>": return true
        default: return false
        }
    }

    /// Whether the code's first statement is a docstring (the compiler puts it at consts[0]).
    func docstringFirst(_ code: CodeObject) -> Bool {
        for (i, ins) in code.instructions.enumerated() {
            switch ins {
            case .resume, .nop, .makeCell, .copyFreeVars, .returnGenerator, .popTop: continue
            case .loadConst(0):
                if i + 1 < code.instructions.count, case .popTop = code.instructions[i + 1] { return true }
                if i + 1 < code.instructions.count, case .returnValue = code.instructions[i + 1] { return false }
                return false
            default: return false
            }
        }
        return false
    }

    // MARK: - Keyword helpers

    /// The (name, value) pairs of a `**mapping`.
    mutating func keywordPairs(_ m: Value) throws(PyError) -> [(String, Value)] {
        let m = try unwrapBuiltin(m)   // a dict subclass's own items (dict_merge's fast path)
        guard case .object(let r) = m, case .dict(let d) = heap.objects[r.slot] else {
            throw .typeError("argument after ** must be a mapping, not \(heap.typeName(m))")
        }
        var out: [(String, Value)] = []
        for e in d.entries where e.hash != -1 {
            guard let k = heap.string(e.key) else { throw .typeError("keywords must be strings") }
            out.append((k, e.value))
        }
        return out
    }

    /// `DICT_UPDATE` / `DICT_MERGE`.
    mutating func mergeMapping(into r: ObjectRef, _ m: Value, checkDuplicates fn: Value?) throws(PyError) {
        let m = try unwrapBuiltin(m)   // a dict subclass's own items (dict_merge's fast path)
        guard case .object(let mr) = m, case .dict(let src) = heap.objects[mr.slot] else {
            if let fn {
                throw .typeError("\(functionDisplayName(fn)) argument after ** must be a mapping, not \(heap.typeName(m))")
            }
            throw .typeError("'\(heap.typeName(m))' object is not a mapping")
        }
        var d = heap.takeDict(r)
        defer { heap.putDict(r, d, kind: .dict) }
        for e in src.entries where e.hash != -1 {
            if let fn, try d.contains(e.key, rt: &self) {
                let k = heap.string(e.key) ?? ""
                throw .typeError("\(functionDisplayName(fn)) got multiple values for keyword argument '\(k)'")
            }
            try d.set(e.key, e.value, hash: e.hash, rt: &self)
        }
    }

    func functionDisplayName(_ fn: Value) -> String {
        switch heap.vm(fn) {
        case .function(let f)?: return (f.module == "builtins" ? "" : f.module + ".") + f.qualname + "()"
        case .boundMethod(_, let f)?: return functionDisplayName(f)
        case .native(let i, _)?: return Natives.table[i].name + "()"
        case .type(let c)?: return c.name + "()"
        default: return heap.typeName(fn) + " object"
        }
    }
}

extension Heap {
    /// What kind of callable the object at `r` is, for `Interp.callSimple`.
    @inline(__always)
    func callTarget(_ r: ObjectRef) -> Interp.CallTarget {
        objects.withUnsafeBufferPointer { $0[r.slot].callTarget }
    }
}

extension HeapObject {
    /// What kind of callable this object is (`Interp.CallTarget`).
    @inline(__always) var callTarget: Interp.CallTarget {
        switch self {
        case .vm(.function): return .function
        case .vm(.boundMethod(let receiver, let function)): return .boundMethod(receiver: receiver, function: function)
        case .vm(.type(let cls)): return cls.builtin == nil && !cls.isException && cls.meta == nil ? .userClass : .other
        default: return .other
        }
    }
}

/// A native `__exit__` bound to the manager at `manager` (a heap slot) while the heap is at
/// collection `epoch`.
struct BoundExit {
    var manager: UInt32 = .max
    var native = -1
    var epoch = -1
    var bound: Value = .none
}

extension Interp {
    /// `exit` bound to `mgr` for `BEFORE_WITH`. A native one (an engine type's, such as a lock's)
    /// is bound once per manager and reused by later `with` blocks until a collection: the bound
    /// object never leaves the value stack, is never changed, and a new one per block was an
    /// allocation (and its share of collections) at every `with lock:`.
    @inline(__always)
    mutating func boundExit(_ exit: Value, _ mgr: Value, _ cls: Value) throws(PyError) -> Value {
        guard case .object(let m) = mgr, let native = nativeFunction(exit) else { return try bindDescriptor(exit, mgr, cls) }
        let k = Int(m.index & 15)
        let e = boundExits[k]
        if e.manager == m.index && e.native == native && e.epoch == heap.classEpoch { return e.bound }
        let bound = try bindDescriptor(exit, mgr, cls)
        boundExits[k] = BoundExit(manager: m.index, native: native, epoch: heap.classEpoch, bound: bound)
        return bound
    }
}
