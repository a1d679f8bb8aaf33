import PyLang

/// Coroutines and async generators (genobject.c): `await`, `async with`, `async for`, and the
/// awaitables an async generator hands out. A coroutine is a generator object of another kind:
/// the same frame, suspension and resumption; only the protocol around it differs.
extension Interp {
    // MARK: - await

    /// `GET_AWAITABLE where` (`_PyCoro_GetAwaitableIter` and ceval's messages): the iterator an
    /// `await` drives. `where` is 1 after `__aenter__`, 2 after `__aexit__`, 0 for `await`.
    mutating func getAwaitable(_ v: Value, where place: Int) throws(PyError) -> Value {
        // An async generator's step (`await agen.__anext__()`) is its own awaitable.
        if case .object(let r) = v, case .vm(.iterator(.asyncGenStep)) = heap.objects[r.slot] { return v }
        if case .object(let r) = v, case .vm(.generator(let g)) = heap.objects[r.slot] {
            if g.kind == .coroutine {
                if coroutineAwaitsAnother(r) { throw .runtime("coroutine is being awaited already") }
                return v
            }
        }
        let cls = classOf(v)
        guard let method = try lookupInMRO(cls, "__await__"), !isBuiltinSlot(method) else {
            switch place {
            case 1: throw .typeError("'async with' received an object from __aenter__ that does not implement __await__: \(heap.typeName(v))")
            case 2: throw .typeError("'async with' received an object from __aexit__ that does not implement __await__: \(heap.typeName(v))")
            default: throw .typeError("object \(heap.typeName(v)) can't be used in 'await' expression")
            }
        }
        let iterator = try callValue(try bindDescriptor(method, v, cls), [], [])
        if case .object(let r) = iterator, case .vm(.generator(let g)) = heap.objects[r.slot], g.kind == .coroutine {
            throw .typeError("__await__() returned a coroutine")
        }
        if !isIterator(iterator) {
            throw .typeError("__await__() returned non-iterator of type '\(heap.typeName(iterator))'")
        }
        return iterator
    }

    /// Whether the coroutine at `r` is suspended inside an `await` of another awaitable
    /// (`_PyGen_yf`): a second `await` of it is an error.
    func coroutineAwaitsAnother(_ r: ObjectRef) -> Bool {
        guard heap.generatorState(r) == .suspended, let f = heap.generatorFrame(r), f.pc < f.code.instructions.count,
              case .resume(let kind) = f.code.instructions[f.pc] else { return false }
        return kind >= 2
    }

    // MARK: - async with

    /// `BEFORE_ASYNC_WITH`: pushes the bound `__aexit__`, then the result of `__aenter__()`.
    mutating func beforeAsyncWith(_ mgr: Value) throws(PyError) -> Transfer {
        let cls = classOf(mgr)
        guard let enter = try lookupInMRO(cls, "__aenter__"), let exit = try lookupInMRO(cls, "__aexit__") else {
            throw .typeError("'\(heap.typeName(mgr))' object does not support the asynchronous context manager protocol")
        }
        top.push(try bindDescriptor(exit, mgr, cls))
        return try callFromLoop(try bindDescriptor(enter, mgr, cls), [], [])
    }

    // MARK: - async for

    /// `GET_AITER`: `__aiter__()` of the iterable, which must have `__anext__`.
    mutating func getAIter(_ v: Value) throws(PyError) -> Value {
        if case .object(let r) = v, case .vm(.generator(let g)) = heap.objects[r.slot], g.kind == .asyncGenerator { return v }
        let cls = classOf(v)
        guard let method = try lookupInMRO(cls, "__aiter__"), !isBuiltinSlot(method) else {
            throw .typeError("'async for' requires an object with __aiter__ method, got \(heap.typeName(v))")
        }
        let iterator = try callValue(try bindDescriptor(method, v, cls), [], [])
        if !hasAsyncNext(iterator) {
            throw .typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(heap.typeName(iterator))")
        }
        return iterator
    }

    /// `GET_ANEXT`: the awaitable for the next item of the async iterator `it`.
    mutating func getANext(_ it: Value) throws(PyError) -> Value {
        if case .object(let r) = it, case .vm(.generator(let g)) = heap.objects[r.slot], g.kind == .asyncGenerator {
            return heap.newVM(.iterator(.asyncGenStep(it, send: .none, throwing: nil, state: .initial)))
        }
        let cls = classOf(it)
        guard let method = try lookupInMRO(cls, "__anext__"), !isBuiltinSlot(method) else {
            throw .typeError("'async for' requires an iterator with __anext__ method, got \(heap.typeName(it))")
        }
        let next = try callValue(try bindDescriptor(method, it, cls), [], [])
        do throws(PyError) { return try getAwaitable(next, where: 0) } catch {
            throw .typeError("'async for' received an invalid object from __anext__: \(heap.typeName(next))")
        }
    }

    mutating func hasAsyncIter(_ v: Value) -> Bool {
        if case .object(let r) = v, case .vm(.generator(let g)) = heap.objects[r.slot] { return g.kind == .asyncGenerator }
        guard let m = try? lookupInMRO(classOf(v), "__aiter__") else { return false }
        return !isBuiltinSlot(m)
    }

    mutating func hasAsyncNext(_ v: Value) -> Bool {
        if case .object(let r) = v, case .vm(.generator(let g)) = heap.objects[r.slot] { return g.kind == .asyncGenerator }
        guard let m = try? lookupInMRO(classOf(v), "__anext__") else { return false }
        return !isBuiltinSlot(m)
    }

    // MARK: - Async generator steps

    /// The methods of an async generator that hand out one step as an awaitable.
    mutating func asyncGeneratorMethod(_ agen: Value, _ name: String, _ args: [Value]) throws(PyError) -> Value? {
        switch name {
        case "__aiter__": return agen
        case "__anext__": return heap.newVM(.iterator(.asyncGenStep(agen, send: .none, throwing: nil, state: .initial)))
        case "asend": return heap.newVM(.iterator(.asyncGenStep(agen, send: args.first ?? .none, throwing: nil, state: .initial)))
        case "athrow":
            if args.isEmpty { throw .typeError("athrow expected at least 1 argument, got 0") }
            let exc = try exceptionToThrow(args)
            return heap.newVM(.iterator(.asyncGenStep(agen, send: .none, throwing: exc, state: .initial)))
        case "aclose":
            return heap.newVM(.iterator(.asyncGenStep(agen, send: .none, throwing: newException("GeneratorExit", nil), state: .initial)))
        default: return nil
        }
    }

    /// One `send` into an async generator step (`async_gen_asend_send`, `async_gen_athrow_send`):
    /// runs the generator to its next `yield` (the step ends: StopIteration carrying the
    /// value), or to an `await` inside it that suspends (its value passes out to whoever
    /// drives the coroutine, the event loop). The generator's end is StopAsyncIteration.
    mutating func asyncGenStepSend(_ step: ObjectRef, _ sent: Value, throwing thrownNow: Value?) throws(PyError) -> Value {
        guard case .vm(.iterator(.asyncGenStep(let agen, let initial, let throwing, let state))) = heap.objects[step.slot],
              case .object(let g) = agen else { return .none }
        let closing = throwing.map { exceptionIs($0, "GeneratorExit") } ?? false
        if state == .closed {
            throw .runtime(throwing == nil ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()")
        }
        var value = sent
        var exc = thrownNow
        if state == .initial {
            if case .none = sent { value = initial }
            if exc == nil { exc = throwing }
            setStepState(step, .iterating)
        }
        if heap.generatorState(g) == .finished || (closing && heap.generatorState(g) == .created) {
            setStepState(step, .closed)
            if heap.generatorState(g) == .created { setGenerator(g, frame: nil, state: .finished) }
            if closing { throw stopIteration(.none) }
            throw .exception(newException("StopAsyncIteration", nil))
        }
        do throws(PyError) {
            switch try resumeNested(g, send: value, throwing: exc) {
            case .yielded(let y):
                guard yieldedByYield(g) else { return y }
                setStepState(step, .closed)
                if closing { throw PyError.runtime("async generator ignored GeneratorExit") }
                throw stopIteration(y)
            case .returned:
                setStepState(step, .closed)
                if closing { throw stopIteration(.none) }
                throw PyError.exception(newException("StopAsyncIteration", nil))
            }
        } catch {
            setStepState(step, .closed)
            let e = exceptionValue(error)
            if closing && (exceptionIs(e, "GeneratorExit") || exceptionIs(e, "StopAsyncIteration")) { throw stopIteration(.none) }
            throw .exception(e)
        }
    }

    private mutating func setStepState(_ step: ObjectRef, _ state: AsyncGenStepState) {
        guard case .vm(.iterator(.asyncGenStep(let a, let s, let t, _))) = heap.objects[step.slot] else { return }
        heap.objects[step.slot] = .vm(.iterator(.asyncGenStep(a, send: s, throwing: t, state: state)))
    }

    /// Whether the async generator at `g` is suspended at a `yield` of its own (compiled as
    /// `ASYNC_GEN_WRAP; YIELD_VALUE`) rather than inside an `await`.
    func yieldedByYield(_ g: ObjectRef) -> Bool {
        guard let f = heap.generatorFrame(g), f.pc >= 2 else { return false }
        if case .asyncGenWrap = f.code.instructions[f.pc - 2] { return true }
        return false
    }

    /// StopIteration carrying `value` (a generator's or awaitable's return).
    mutating func stopIteration(_ value: Value) -> PyError {
        let exc = newException("StopIteration", nil)
        if case .none = value {} else {
            let t = heap.newTuple([value])
            updateException(exc) { $0.args = t }
        }
        return .exception(exc)
    }

    /// The value a StopIteration carries (its first argument, or None).
    func stopIterationValue(_ e: Value) -> Value {
        guard let p = exceptionPayload(e), let args = heap.sequenceItems(p.args), let first = args.first else { return .none }
        return first
    }

    // MARK: - Coroutine objects

    /// Methods of a coroutine object beyond a generator's (`__await__`), and the ones it lacks.
    func coroutineHasMethod(_ name: String) -> Bool {
        ["send", "throw", "close", "__await__"].contains(name)
    }

    // MARK: - throw(type, value)

    /// The exception `gen.throw(...)`, `agen.athrow(...)` and `greenlet.throw(...)` raise
    /// (genobject.c `_gen_throw`): an instance as given; a class with a value that is already
    /// one of its instances, that value; else the class called with the value (a tuple spread).
    mutating func exceptionToThrow(_ args: [Value]) throws(PyError) -> Value {
        guard let first = args.first else { throw .typeError("throw expected at least 1 argument, got 0") }
        let value = args.count > 1 ? args[1] : .none
        guard heap.pyClass(first) != nil else {
            if case .none = value { return first }
            throw .typeError("instance exception may not have a separate value")
        }
        if case .none = value { return try instantiate(first, [], []) }
        if isInstance(value, first) { return value }
        if case .tuple? = value.objectRef.map({ heap.objects[$0.slot] }), let items = heap.sequenceItems(value) {
            return try instantiate(first, items, [])
        }
        return try instantiate(first, [value], [])
    }

    // MARK: - Never awaited

    /// `f()` as a statement, `f` a coroutine function: the coroutine is dropped at once, and
    /// CPython's `_PyErr_WarnUnawaitedCoroutine` warns where that happened. The engine has no
    /// reference counts; a coroutine popped right after the call that made it is the case
    /// learners meet (others are reported at exit).
    mutating func warnIfNeverAwaited(_ r: ObjectRef) {
        guard heap.generatorState(r) == .created, !process.unawaitedReported.contains(r.index),
              case .vm(.generator(let g)) = heap.objects[r.slot], let f = frames.last, f.lasti >= 1 else { return }
        switch f.code.instructions[f.lasti - 1] {
        case .call, .callFunctionEx: break
        default: return
        }
        process.unawaitedReported.insert(r.index)
        let file = f.code.filename
        let line = f.line
        let message = "coroutine '\(g.qualname)' was never awaited"
        guard process.warningsShown.insert("\(file):\(line):\(message)").inserted else { return }
        var text = "\(file):\(line): RuntimeWarning: \(message)\n"
        if let lines = process.sources[file], line >= 1, line <= lines.count {
            let source = lines[line - 1].trimmingCharacters(in: " \t\r")
            if !source.isEmpty { text += "  \(source)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        write(text, fd: 2)
    }

    /// At exit, coroutines never started are reported as CPython reports the ones it finds
    /// at finalization, with no frame to name (`sys:1:`).
    mutating func warnUnawaitedCoroutinesAtExit() {
        guard process.madeCoroutines else { return }
        for i in heap.objects.indices {
            guard case .vm(.generator(let g)) = heap.objects[i], g.kind == .coroutine,
                  heap.generatorSlots[g.slot].state == .created, !process.unawaitedReported.contains(UInt32(i)) else { continue }
            process.unawaitedReported.insert(UInt32(i))
            let message = "coroutine '\(g.qualname)' was never awaited"
            guard process.warningsShown.insert("sys:1:\(message)").inserted else { continue }
            write("sys:1: RuntimeWarning: \(message)\n", fd: 2)
        }
    }
}
