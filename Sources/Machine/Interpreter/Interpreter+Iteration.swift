import PyLang

/// Iterators, `FOR_ITER`, generators (genobject.c) and `SEND`.
extension Interp {
    /// `iter(v)` (`PyObject_GetIter`).
    mutating func getIter(_ v: Value) throws(PyError) -> Value {
        guard case .object(let r) = v else { throw .typeError("'\(heap.typeName(v))' object is not iterable") }
        switch heap.objects[r.slot] {
        case .list: return heap.newVM(.iterator(.sequence(v, index: 0, kind: "list_iterator")))
        case .tuple: return heap.newVM(.iterator(.sequence(v, index: 0, kind: "tuple_iterator")))
        case .range(let rg): return heap.newVM(.iterator(.range(next: rg.start, step: rg.step, remaining: rg.count)))
        case .vm(.generator(let g)):
            if g.kind != .generator { throw .typeError("'\(g.typeName)' object is not iterable") }
            return v
        case .vm(.iterator), .iterator: return v
        // Live iterators (PyIter.swift): changing the size of a dict or set while iterating
        // it raises CPython's RuntimeError.
        case .dict, .dictView, .set, .frozenset:
            if let it = try makeIterator(v) { return it }
        case .vm(.type(let c)) where c.meta != nil:
            if let r = try callDunder(v, "__iter__", []) {
                if !isIterator(r) { throw .typeError("iter() returned non-iterator of type '\(heap.typeName(r))'") }
                return r
            }
            throw .typeError("'\(heap.typeName(v))' object is not iterable")
        case .instance, .vm(.exception):
            if let r = try callDunder(v, "__iter__", []) {
                if !isIterator(r) { throw .typeError("iter() returned non-iterator of type '\(heap.typeName(r))'") }
                return r
            }
            if try userDunder(v, "__getitem__") != nil {
                var items: [Value] = []
                var i = 0
                while true {
                    do throws(PyError) { items.append(try getSubscript(v, .int(i))) } catch {
                        let e = exceptionValue(error)
                        if exceptionIs(e, "IndexError") || exceptionIs(e, "StopIteration") { break }
                        throw .exception(e)
                    }
                    i += 1
                }
                return heap.newVM(.iterator(.items(items, index: 0, kind: "iterator")))
            }
        default:
            if let items = try iterableItems(v) {
                let kind: String
                switch heap.typeName(v) {
                case "str": kind = "str_ascii_iterator"
                case "dict", "dict_keys": kind = "dict_keyiterator"
                case "dict_values": kind = "dict_valueiterator"
                case "dict_items": kind = "dict_itemiterator"
                case "set", "frozenset": kind = "set_iterator"
                case "bytes": kind = "bytes_iterator"
                case "bytearray": kind = "bytearray_iterator"
                default: kind = "iterator"
                }
                return heap.newVM(.iterator(.items(items, index: 0, kind: kind)))
            }
        }
        throw .typeError("'\(heap.typeName(v))' object is not iterable")
    }

    func isIterator(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        switch heap.objects[r.slot] {
        case .vm(.generator(let g)): return g.kind == .generator
        case .vm(.iterator), .iterator: return true
        case .instance(let i):
            guard let c = heap.pyClass(i.cls) else { return false }
            for k in c.mro { if let kc = heap.pyClass(k), dictKeys(kc.dict).contains("__next__") { return true } }
            return false
        default: return false
        }
    }

    func isIterable(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        if let cls = knownClassOf(v), let b = builtinBase(ofClass: cls) { return b != "int" && b != "float" }
        switch heap.objects[r.slot] {
        case .str, .bytes, .bytearray, .list, .tuple, .dict, .set, .frozenset, .range, .dictView: return true
        case .vm(.generator), .vm(.iterator), .iterator: return true
        case .instance(let i):
            guard let c = heap.pyClass(i.cls) else { return false }
            for k in c.mro {
                if let kc = heap.pyClass(k) {
                    let keys = dictKeys(kc.dict)
                    if keys.contains("__iter__") || keys.contains("__getitem__") { return true }
                }
            }
            return false
        default: return false
        }
    }

    /// `next(it)`: the next value, or nil when exhausted. Generators and user iterators run
    /// in a nested run (the loop's `FOR_ITER` pushes generator frames instead).
    mutating func iterNext(_ it: Value) throws(PyError) -> Value? {
        guard case .object(let r) = it else { throw .typeError("'\(heap.typeName(it))' object is not an iterator") }
        switch heap.objects[r.slot] {
        case .vm(.iterator(let state)):
            switch state {
            case .sequence(let seq, let index, let kind):
                guard let items = heap.sequenceItems(seq), index < items.count else { return nil }
                heap.objects[r.slot] = .vm(.iterator(.sequence(seq, index: index + 1, kind: kind)))
                return items[index]
            case .items(let items, let index, let kind):
                guard index < items.count else { return nil }
                heap.objects[r.slot] = .moved
                heap.objects[r.slot] = .vm(.iterator(.items(items, index: index + 1, kind: kind)))
                return items[index]
            case .range(let next, let step, let remaining):
                guard remaining > 0 else { return nil }
                heap.objects[r.slot] = .vm(.iterator(.range(next: next + step, step: step, remaining: remaining - 1)))
                return .int(next)
            case .enumerate(let inner, let count):
                guard let v = try iterNext(inner) else { return nil }
                heap.objects[r.slot] = .vm(.iterator(.enumerate(inner, count: count + 1)))
                return heap.newTuple([.int(count), v])
            case .zip(let iters, let strict):
                var out: [Value] = []
                for (n, i) in iters.enumerated() {
                    guard let v = try iterNext(i) else {
                        if strict { try zipStrictCheck(iters, exhausted: n) }
                        return nil
                    }
                    out.append(v)
                }
                return heap.newTuple(out)
            case .map(let fn, let iters):
                var args: [Value] = []
                for i in iters { guard let v = try iterNext(i) else { return nil }; args.append(v) }
                return try callValue(fn, args, [])
            case .filter(let fn, let inner):
                while let v = try iterNext(inner) {
                    let keep = fn.isIdentical(to: .none) ? v : try callValue(fn, [v], [])
                    if try truthy(keep) { return v }
                }
                return nil
            case .callable(let fn, let sentinel):
                let v = try callValue(fn, [], [])
                if v.isIdentical(to: sentinel) { return nil }
                if try equal(v, sentinel) { return nil }
                return v
            case .asyncGenStep:
                do throws(PyError) { return try asyncGenStepSend(r, .none, throwing: nil) } catch {
                    let e = exceptionValue(error)
                    if exceptionIs(e, "StopIteration") { return nil }
                    throw .exception(e)
                }
            }
        case .iterator: return try iteratorNext(r)
        case .vm(.generator):
            switch try resumeNested(r, send: .none, throwing: nil) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        default:
            guard let m = try userDunder(it, "__next__") else {
                throw .typeError("'\(heap.typeName(it))' object is not an iterator")
            }
            do throws(PyError) { return try callValue(m, [it], []) } catch {
                let e = exceptionValue(error)
                if exceptionIs(e, "StopIteration") { return nil }
                throw .exception(e)
            }
        }
    }

    /// `zip(strict=True)` when iterator `exhausted` ended (bltinmodule.c `zip_next`): a later
    /// one ended first is "shorter", else any later one with an item left is "longer".
    mutating func zipStrictCheck(_ iters: [Value], exhausted n: Int) throws(PyError) {
        func others(_ i: Int) -> String { i == 1 ? " 1" : "s 1-\(i)" }
        if n > 0 { throw .valueError("zip() argument \(n + 1) is shorter than argument\(others(n))") }
        for i in 1..<iters.count where try iterNext(iters[i]) != nil {
            throw .valueError("zip() argument \(i + 1) is longer than argument\(others(i))")
        }
    }

    /// All items of an iterable.
    mutating func iterate(_ v: Value) throws(PyError) -> [Value] {
        if let items = try iterableItems(v) { return items }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try iterNext(it) { try appendDrained(x, to: &out) }
        return out
    }

    /// Runs `body` on each item of `v` as `for x in v` would: an iterator is asked for its next
    /// item only after `body` has handled the previous one, so `sum` or `max` stop consuming a
    /// generator at the first error, as CPython's do (`iterate` first ran it to the end).
    /// The iteration is metered against the step budget, a step per `itemsPerStep` items; a
    /// range is not materialised (`sum(range(10**10))` asked for 160 GB).
    mutating func forEachItem(_ v: Value, _ body: (inout Interp, Value) throws(PyError) -> Void) throws(PyError) {
        if case .object(let r) = v, case .range(let rg) = heap.objects[r.slot] {
            for i in 0..<rg.count {
                if i & (Self.itemsPerStep - 1) == 0 { try meter(steps: 1) }
                try body(&self, .int(rg.element(i)))
            }
            return
        }
        if let items = try iterableItems(v) {
            try meter(items: items.count)
            for x in items { try body(&self, x) }
            return
        }
        let it = try getIter(v)
        var count = 0
        while let x = try iterNext(it) {
            if count & (Self.itemsPerStep - 1) == 0 { try meter(steps: 1) }
            count &+= 1
            try body(&self, x)
        }
    }

    /// `FOR_ITER target`: generator frames are pushed (resumable); others step here.
    mutating func forIter(_ target: Int) throws(PyError) -> Transfer {
        let it = top.top
        if case .object(let r) = it, let state = heap.generatorState(r) {
            if state == .finished { _ = top.pop(); top.pc = target; return .next }
            try resumeInLoop(r, send: .none, caller: .forIter(target))
            return .next
        }
        // A user iterator whose __next__ is a Python function runs as a pushed frame.
        if isUserObject(it), let m = try userDunder(it, "__next__"), case .function(let fn)? = heap.vm(m),
           let frame = try makeFrame(fn, [it], [], caller: .userNext(target)) {
            try pushFrame(frame)
            return .next
        }
        if let v = try iterNext(it) { top.push(v) } else { _ = top.pop(); top.pc = target }
        return .next
    }

    /// `SEND target` (`yield from`).
    mutating func sendInto(_ receiver: Value, _ v: Value, target: Int) throws(PyError) -> Transfer {
        if case .object(let r) = receiver, let state = heap.generatorState(r) {
            if state == .finished {
                if heap.generatorKind(r) == .coroutine { throw .runtime("cannot reuse already awaited coroutine") }
                _ = top.pop(); top.push(.none); top.pc = target; return .next
            }
            try resumeInLoop(r, send: v, caller: .send(target))
            return .next
        }
        // Any other iterator (an async generator's step, a user `__await__`'s iterator): its
        // StopIteration's value is the result of the `yield from`/`await` (`PyIter_Send`).
        do throws(PyError) {
            let next: Value?
            if case .object(let r) = receiver, case .vm(.iterator(.asyncGenStep)) = heap.objects[r.slot] {
                next = try asyncGenStepSend(r, v, throwing: nil)
            } else if case .none = v, try userDunder(receiver, "__next__") == nil {
                next = try iterNext(receiver)
            } else if case .none = v {
                next = try callValue(try getAttr(receiver, "__next__"), [], [])
            } else {
                next = try callValue(try getAttr(receiver, "send"), [v], [])
            }
            if let n = next { top.push(n) } else { _ = top.pop(); top.push(.none); top.pc = target }
        } catch {
            let e = exceptionValue(error)
            guard exceptionIs(e, "StopIteration") else { throw .exception(e) }
            _ = top.pop(); top.push(stopIterationValue(e)); top.pc = target
        }
        return .next
    }

    /// Checks a generator can be resumed and takes its frame (gen_send_ex2's checks).
    mutating func takeGeneratorFrame(_ r: ObjectRef, send: Value) throws(PyError) -> Frame? {
        guard let state = heap.generatorState(r) else { return nil }
        switch state {
        case .running: throw .valueError("\(heap.generatorKind(r) == .coroutine ? "coroutine" : "generator") already executing")
        case .finished:
            if heap.generatorKind(r) == .coroutine { throw .runtime("cannot reuse already awaited coroutine") }
            return nil
        case .created:
            if case .none = send {} else { throw .typeError("can't send non-None value to a just-started generator") }
        case .suspended: break
        }
        guard var frame = heap.takeGeneratorFrame(r, state: .running) else { return nil }
        frame.push(send)
        return frame
    }

    /// Resumes a generator as a frame of the current loop (FOR_ITER / SEND).
    mutating func resumeInLoop(_ r: ObjectRef, send: Value, caller: Frame.Caller) throws(PyError) {
        if resumeParking(r, send: send, caller: caller) {
            enterGeneratorExceptionState()
            return
        }
        guard var frame = try takeGeneratorFrame(r, send: send) else {
            if case .forIter(let t) = caller { _ = top.pop(); top.pc = t }
            return
        }
        frame.caller = caller
        do throws(PyError) { try pushFrame(consume frame) } catch {
            setGenerator(r, frame: nil, state: .finished)
            throw error
        }
        enterGeneratorExceptionState()
    }

    enum GeneratorStep { case yielded(Value), returned(Value) }

    /// Resumes a generator to its next yield in a nested run (`gen.send`, `next(gen)`,
    /// `gen.throw`).
    mutating func resumeNested(_ r: ObjectRef, send: Value, throwing thrown: Value?) throws(PyError) -> GeneratorStep {
        try checkNestedStack()
        var exc = thrown
        // gen_throw: a generator suspended in `yield from` passes the exception to its delegate.
        if let e = exc, heap.generatorState(r) == .suspended, var f = heap.generatorFrame(r),
           f.pc + 1 < f.code.instructions.count, case .resume(let kind) = f.code.instructions[f.pc], kind >= 2,
           case .jumpBackwardNoInterrupt(let loop) = f.code.instructions[f.pc + 1],
           case .send(let target) = f.code.instructions[Int(loop)],
           case .object(let sub)? = f.stack.last ?? nil, case .vm(.generator) = heap.objects[sub.slot] {
            if exceptionIs(e, "GeneratorExit") {
                _ = try generatorClose(sub)
            } else {
                do throws(PyError) {
                    switch try resumeNested(sub, send: .none, throwing: e) {
                    case .yielded(let y): return .yielded(y)
                    case .returned(let rv):
                        f.stack.removeLast()
                        f.pc = Int(target)
                        setGenerator(r, frame: f, state: .suspended)
                        exc = nil
                        return try resumeNested(r, send: rv, throwing: nil)
                    }
                } catch {
                    exc = exceptionValue(error)
                }
            }
        }
        if let exc, heap.generatorState(r) == .created {
            setGenerator(r, frame: nil, state: .finished)
            throw .exception(exc)
        }
        if exc == nil, resumeParking(r, send: send, caller: .native) {
            // Pushed in place of the frame stack's spare.
        } else {
            guard var frame = try takeGeneratorFrame(r, send: send) else {
                if let exc { throw .exception(exc) }
                return .returned(.none)
            }
            frame.caller = .native
            if exc != nil { _ = frame.pop() }
            try pushFrame(consume frame)
        }
        nestedDepth += 1
        defer { nestedDepth -= 1 }
        let savedHandled = handled
        defer { handled = savedHandled }
        enterGeneratorExceptionState()
        let depth = frames.count
        var exit: LoopExit? = nil
        if let exc { exit = unwind(exc, addTraceback: true, stopDepth: depth) }
        if exit == nil { exit = executeNested(stopDepth: depth) }
        switch exit! {
        case .yielded(let v): return .yielded(v)
        case .returned(let v): return .returned(v)
        case .raised(let e): throw .exception(e)
        case .budgetUsed: throw nestedRunStopped()
        }
    }

    /// `gen.send(v)` / `next(gen)`: the value, or StopIteration carrying the return value.
    mutating func generatorSend(_ r: ObjectRef, _ v: Value, throwing: Value? = nil) throws(PyError) -> Value {
        switch try resumeNested(r, send: v, throwing: throwing) {
        case .yielded(let y): return y
        case .returned(let ret):
            let exc = newException("StopIteration", nil)
            if case .none = ret {} else {
                let t = heap.newTuple([ret])
                updateException(exc) { $0.args = t }
            }
            throw .exception(exc)
        }
    }

    /// `gen.close()` (genobject.c `gen_close`).
    mutating func generatorClose(_ r: ObjectRef) throws(PyError) -> Value {
        guard let state = heap.generatorState(r) else { return .none }
        if state == .created || state == .finished { setGenerator(r, frame: nil, state: .finished); return .none }
        let exit = newException("GeneratorExit", nil)
        do throws(PyError) {
            if case .yielded = try resumeNested(r, send: .none, throwing: exit) {
                throw PyError.runtime("generator ignored GeneratorExit")
            }
        } catch {
            let e = exceptionValue(error)
            if exceptionIs(e, "GeneratorExit") || exceptionIs(e, "StopIteration") { return .none }
            throw .exception(e)
        }
        return .none
    }
}
