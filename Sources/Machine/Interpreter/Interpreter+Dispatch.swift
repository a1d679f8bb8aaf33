import PyLang

/// The instruction switch (ceval.c `_PyEval_EvalFrameDefault`). Errors thrown here are caught
/// by `execute` right at the call site and turned into a VM-level raise in the current frame.
extension Interp {
    mutating func dispatch(_ ins: Instruction) throws(PyError) -> Transfer {
        switch ins {
        case .nop, .resume:
            return .next
        case .popTop:
            let v = top.pop()
            if case .object(let r) = v, heap.generatorKind(r) == .coroutine { warnIfNeverAwaited(r) }
        case .pushNull:
            top.stack.append(nil)
        case .copy(let n):
            top.stack.append(top.stack[top.stack.count - Int(n)])
        case .swap(let n):
            let i = top.stack.count - 1, j = top.stack.count - Int(n)
            top.stack.swapAt(i, j)

        case .loadConst(let i):
            switch top.code.constants[Int(i)] {
            case .str: top.push(strConstant(i))
            case .code(let code): top.push(codeConstant(i, code))
            case let c: top.push(constant(c))
            }
        case .loadFast(let i):
            guard let v = top.fast[Int(i)] else {
                throw .exception(newException("UnboundLocalError",
                    "cannot access local variable '\(top.code.varnames[Int(i)])' where it is not associated with a value"))
            }
            top.push(v)
        case .storeFast(let i):
            top.fast[Int(i)] = top.pop()
        case .deleteFast(let i):
            if top.fast[Int(i)] == nil {
                throw .exception(newException("UnboundLocalError",
                    "cannot access local variable '\(top.code.varnames[Int(i)])' where it is not associated with a value"))
            }
            top.fast[Int(i)] = nil
        case .loadName(let i):
            let key = nameKey(i)
            // Module level: the locals are the globals, which `loadGlobal` searches first.
            if let l = top.locals, l != top.globals, let v = dictGetKey(l, key) { top.push(v); break }
            top.push(try loadGlobal(key: key, nameIndex: i))
        case .storeName(let i):
            let v = top.pop()
            let key = nameKey(i)
            try dictSetValue(top.locals ?? top.globals, key, v)
        case .deleteName(let i):
            let name = top.code.names[Int(i)]
            if try !dictDelete(top.locals ?? top.globals, name) { throw .exception(nameError(name)) }
        case .loadGlobal(let i, let pushNull):
            let v = try loadGlobal(key: nameKey(i), nameIndex: i)
            if pushNull { top.stack.append(nil) }
            top.push(v)
        case .storeGlobal(let i):
            let v = top.pop()
            let key = nameKey(i)
            try dictSetValue(top.globals, key, v)
        case .deleteGlobal(let i):
            let name = top.code.names[Int(i)]
            if try !dictDelete(top.globals, name) { throw .exception(nameError(name)) }
        case .loadDeref(let i):
            top.push(try loadDeref(Int(i)))
        case .storeDeref(let i):
            let v = top.pop()
            if case .object(let c) = top.cells[Int(i)] { heap.objects[c.slot] = .cell(v) }
        case .deleteDeref(let i):
            if case .object(let c) = top.cells[Int(i)] { heap.objects[c.slot] = .cell(.notImplemented) }
        case .loadClassDeref(let i):
            let idx = Int(i)
            let ncell = top.code.cellvars.count
            let name = idx < ncell ? top.code.cellvars[idx] : top.code.freevars[idx - ncell]
            if let l = top.locals, let v = dictGet(l, name) { top.push(v) } else { top.push(try loadDeref(idx)) }
        case .loadClosure(let i):
            top.push(top.cells[Int(i)])
        case .makeCell(let i):
            let p = Int(top.code.cellParameterIndex[Int(i)])
            var initial: Value = .notImplemented   // NotImplemented marks an empty cell
            if p >= 0, let v = top.fast[p] { initial = v }
            top.cells[Int(i)] = .object(heap.alloc(.cell(initial)))
        case .copyFreeVars:
            break   // done by `makeFrame` when the function's closure is installed
        case .loadAttr(let i):
            let obj = top.pop()
            let key = nameKey(i)
            top.push(try getAttr(obj, top.code.names[Int(i)], key: key))
        case .storeAttr(let i):
            let obj = top.pop()
            let v = top.pop()
            let key = nameKey(i)
            try setAttr(obj, top.code.names[Int(i)], v, key: key)
        case .deleteAttr(let i):
            let obj = top.pop()
            try delAttr(obj, top.code.names[Int(i)])
        case .loadMethod(let i):
            let obj = top.pop()
            let name = top.code.names[Int(i)]
            let key = nameKey(i)
            if let d = builtinMethodDescriptor(obj, key) {
                top.push(d); top.push(obj)
            } else if let m = try methodForCall(obj, name, key: key) {
                top.push(m); top.push(obj)
            } else {
                let v = try getAttr(obj, name, key: key)
                top.stack.append(nil); top.push(v)
            }

        case .binaryOp(let op):
            let b = top.pop(), a = top.pop()
            top.push(try binaryOperation(Int(op), a, b))
        case .compareOp(let op):
            let b = top.pop(), a = top.pop()
            top.push(try richCompare(a, b, CompareOp(rawValue: Int(op)) ?? .eq))
        case .isOp(let invert):
            let b = top.pop(), a = top.pop()
            top.push(.bool(a.isIdentical(to: b) != (invert != 0)))
        case .containsOp(let invert):
            let container = top.pop(), item = top.pop()
            top.push(.bool(try containsOperation(container, item) != (invert != 0)))
        case .unaryNegative:
            top.push(try unaryOperation("__neg__", top.pop()))
        case .unaryPositive:
            top.push(try unaryOperation("__pos__", top.pop()))
        case .unaryInvert:
            top.push(try unaryOperation("__invert__", top.pop()))
        case .unaryNot:
            top.push(.bool(!(try truthy(top.pop()))))
        case .binarySubscr:
            let key = top.pop(), container = top.pop()
            top.push(try getSubscript(container, key))
        case .storeSubscr:
            let key = top.pop(), container = top.pop(), value = top.pop()
            try storeSubscript(container, key, value)
        case .deleteSubscr:
            let key = top.pop(), container = top.pop()
            try deleteSubscript(container, key)

        case .buildTuple(let n):
            top.push(heap.newTuple(popValues(Int(n))))
        case .buildList(let n):
            top.push(heap.newList(popValues(Int(n))))
        case .buildSet(let n):
            top.push(try makeSet(popValues(Int(n))))
        case .buildMap(let n):
            let flat = popValues(2 * Int(n))
            var pairs: [(Value, Value)] = []
            for k in 0..<Int(n) { pairs.append((flat[2 * k], flat[2 * k + 1])) }
            top.push(try makeDict(pairs))
        case .buildConstKeyMap(let n):
            let keys = heap.sequenceItems(top.pop()) ?? []
            let values = popValues(Int(n))
            top.push(try makeDict(Array(zip(keys, values))))
        case .buildString(let n):
            let parts = popValues(Int(n))
            var s = ""
            for p in parts { s += heap.string(p) ?? "" }
            top.push(heap.newStr(s))
        case .buildSlice(let n):
            let step: Value = n == 3 ? top.pop() : .none
            let stop = top.pop(), start = top.pop()
            top.push(heap.newSlice(start, stop, step))
        case .listAppend(let i):
            let v = top.pop()
            if case .object(let r)? = frames.peek(Int(i)) { try heap.appendToList(r, v) }
        case .setAdd(let i):
            let v = top.pop()
            let target = frames.peek(Int(i)) ?? .none
            try setAddValue(target, v)
        case .mapAdd(let i):
            let v = top.pop(), k = top.pop()
            let target = frames.peek(Int(i)) ?? .none
            _ = try setItemChecked(target, k, v)
        case .listExtend(let i):
            let items = try iterate(top.pop())
            if case .object(let r)? = frames.peek(Int(i)) {
                var a = heap.takeList(r); a.append(contentsOf: items); heap.putList(r, a)
            }
        case .setUpdate(let i):
            let items = try iterate(top.pop())
            let target = frames.peek(Int(i)) ?? .none
            for v in items { try setAddValue(target, v) }
        case .dictUpdate(let i):
            let m = top.pop()
            guard case .object(let r)? = frames.peek(Int(i)) else { break }
            try mergeMapping(into: r, m, checkDuplicates: nil)
        case .dictMerge(let i):
            let m = top.pop()
            guard case .object(let r)? = frames.peek(Int(i)) else { break }
            let fn = top.stack[top.stack.count - Int(i) - 2] ?? .none
            try mergeMapping(into: r, m, checkDuplicates: fn)
        case .listToTuple:
            let items = heap.sequenceItems(top.pop()) ?? []
            top.push(heap.newTuple(items))
        case .unpackSequence(let n):
            let items = try unpackItems(top.pop(), Int(n))
            for v in items.reversed() { top.push(v) }
        case .unpackEx(let arg):
            let before = Int(arg & 0xFF), after = Int(arg >> 8)
            let items = try iterate(top.pop())
            if items.count < before + after {
                throw .valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
            }
            for v in items[(items.count - after)...].reversed() { top.push(v) }
            top.push(heap.newList(Array(items[before..<(items.count - after)])))
            for v in items[..<before].reversed() { top.push(v) }
        case .formatValue(let flags):
            let spec: String = flags & 4 != 0 ? (heap.string(top.pop()) ?? "") : ""
            var v = top.pop()
            switch flags & 3 {
            case 1: v = heap.newStr(try str(v))
            case 2: v = heap.newStr(try repr(v))
            case 3: v = heap.newStr(PyStrRepr.asciiEscaped(try repr(v)))
            default: break
            }
            if spec.isEmpty, heap.string(v) != nil { top.push(v) } else { top.push(heap.newStr(try format(v, spec))) }

        case .kwNames(let i):
            if case .tuple(let names) = top.code.constants[Int(i)] {
                top.kwNames = names.map { if case .str(let s) = $0 { return s } else { return "" } }
            }
        case .call(let n):
            let count = Int(n)
            if try callBuiltinFromStack(count) { return .next }
            if try callSimple(count) { return .next }
            if try callBuiltinMethodDescriptor(count) { return .next }
            var kwNames: [String] = []
            if !top.kwNames.isEmpty { swap(&kwNames, &top.kwNames) }
            // One argument array, `self` first for a method (was: a slice copy, a map and an
            // insert at 0).
            // Bound straight from the result: a `call` tuple kept alive would hold a second
            // reference to the argument array, and `recycleArguments` could not reuse it.
            var (callable, args) = popCall(count)
            if kwNames.isEmpty, let native = nativeFunction(callable) {
                top.push(try callNative(native, args))
                recycleArguments(&args)
                return .next
            }
            if kwNames.isEmpty, let constructor = builtinConstructor(callable) {
                // As `instantiate` calls it (no native-call charge: a type is not a native).
                try checkFunctionArity(constructor, args.count)
                top.push(try Natives.table[constructor].fn(&self, args, []))
                recycleArguments(&args)
                return .next
            }
            var kwargs: [(String, Value)] = []
            if !kwNames.isEmpty {
                let positional = args.count - kwNames.count
                for (k, name) in kwNames.enumerated() { kwargs.append((name, args[positional + k])) }
                args.removeLast(kwNames.count)
            }
            return try callFromLoop(callable, args, kwargs)
        case .callFunctionEx(let flags):
            if try callUnpackedSimply(withKeywords: flags & 1 != 0) { return .next }
            var kwargs: [(String, Value)] = []
            if flags & 1 != 0 { kwargs = try keywordPairs(top.pop()) }
            let argsValue = top.pop()
            let callable = top.pop()
            _ = top.stack.popLast()
            let args = try iterate(argsValue)
            return try callFromLoop(callable, args, kwargs)
        case .makeFunction(let flags):
            top.push(try makeFunction(Int(flags)))
        case .returnValue:
            return .returnValue(top.pop())
        case .returnGenerator:
            break   // handled when the call creates the generator (see `callFunction`)
        case .yieldValue:
            return .yieldValue(top.pop())
        case .asyncGenWrap:
            break   // the value stays as it is: `yieldedByYield` reads this instruction instead
        case .send(let target):
            let v = top.pop()
            let receiver = top.top
            return try sendInto(receiver, v, target: Int(target))
        case .getIter:
            top.push(try getIter(top.pop()))
        case .forIter(let target):
            return try forIter(Int(target))
        case .getYieldFromIter:
            let v = top.top
            if case .generator(let g)? = heap.vm(v) {
                if g.kind == .coroutine && !top.code.flags.contains(.coroutine) {
                    throw .typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
                }
                break
            }
            top.push(try getIter(top.pop()))
        case .getAwaitable(let place):
            top.push(try getAwaitable(top.pop(), where: Int(place)))
        case .getAIter:
            top.push(try getAIter(top.pop()))
        case .getANext:
            top.push(try getANext(top.top))
        case .endAsyncFor:
            let exc = top.pop()
            guard exceptionIs(exc, "StopAsyncIteration") else { return .raise(exc, addTraceback: false) }
            _ = top.pop()
        case .beforeAsyncWith:
            return try beforeAsyncWith(top.pop())

        case .jumpForward(let t), .jumpBackward(let t), .jumpBackwardNoInterrupt(let t):
            top.pc = Int(t)
        case .popJumpIfTrue(let t):
            if try truthy(top.pop()) { top.pc = Int(t) }
        case .popJumpIfFalse(let t):
            if try !truthy(top.pop()) { top.pc = Int(t) }
        case .popJumpIfNone(let t):
            if case .none = top.pop() { top.pc = Int(t) }
        case .popJumpIfNotNone(let t):
            if case .none = top.pop() {} else { top.pc = Int(t) }
        case .jumpIfTrueOrPop(let t):
            if try truthy(top.top) { top.pc = Int(t) } else { _ = top.pop() }
        case .jumpIfFalseOrPop(let t):
            if try !truthy(top.top) { top.pc = Int(t) } else { _ = top.pop() }

        case .beforeWith:
            let mgr = top.pop()
            let cls = classOf(mgr)
            guard let enter = lookupInMRO(cls, key: knownKey(.enter)), let exit = lookupInMRO(cls, key: knownKey(.exit)) else {
                throw .typeError("'\(heap.typeName(mgr))' object does not support the context manager protocol")
            }
            // A native __enter__ (an engine type's, such as a lock's) is called with the manager
            // as its first argument, as CPython calls a method descriptor: no bound object. It
            // may block: `World.block` knows BEFORE_WITH as a call.
            if let native = nativeFunction(enter), Natives.bindsAsMethod[native] {
                top.push(try boundExit(exit, mgr, cls))
                // The reused one-item array (see `callBuiltinFromStack`), put back even on a throw.
                var args: [Value] = []
                swap(&args, &oneArgument)
                defer { swap(&args, &oneArgument) }
                if args.count == 1 { args[0] = mgr } else { args = [mgr] }
                top.push(try callNative(native, args))
                return .next
            }
            let boundEnter = try bindDescriptor(enter, mgr, cls)
            top.push(try bindDescriptor(exit, mgr, cls))
            // A Python __enter__ runs as a pushed frame (it may block too).
            return try callFromLoop(boundEnter, [], [])
        case .withExceptStart:
            let exc = top.stack[top.stack.count - 1] ?? .none
            let exit = top.stack[top.stack.count - 4] ?? .none
            let cls = classOf(exc)
            top.push(try callNestedValue(exit, [cls, exc, .none], []))
        case .pushExcInfo:
            let exc = top.pop()
            top.push(handled)
            top.push(exc)
            handled = exc
        case .popExcept:
            handled = top.pop()
        case .checkEgMatch:
            let type = top.pop()
            let exc = top.top
            let pair = try callExceptionGroupHelper("_eg_match", [exc, type])
            guard let parts = heap.sequenceItems(pair), parts.count == 2 else { break }
            if case .none = parts[0] {
                top.push(.none)
            } else {
                _ = top.pop()
                top.push(parts[1])
                top.push(parts[0])
                handled = parts[0]
            }
        case .getLen, .matchSequence, .matchMapping, .matchKeys, .copyDictWithoutKeys, .matchClass:
            try dispatchMatch(ins)
        case .prepReraiseStar:
            let excs = top.pop()
            let orig = top.pop()
            top.push(try callExceptionGroupHelper("_prep_reraise_star", [orig, excs]))
        case .checkExcMatch:
            let cls = top.pop()
            let exc = top.top
            try checkExceptionClass(cls)
            top.push(.bool(try matchesException(exc, cls)))
        case .reraise(let n):
            let exc = top.pop()
            if n > 0, case .int(let lasti)? = top.stack[top.stack.count - Int(n)] { top.lasti = lasti }
            return .raise(exc, addTraceback: false)
        case .raiseVarargs(let n):
            return try raiseVarargs(Int(n))
        case .loadAssertionError:
            top.push(builtinClass("AssertionError"))

        case .loadBuildClass:
            top.push(try loadGlobal("__build_class__"))
        case .importName(let i):
            let fromlist = top.pop()
            _ = top.pop()
            top.push(try importModule(top.code.names[Int(i)], fromlist: fromlist))
        case .importFrom(let i):
            let name = top.code.names[Int(i)]
            let module = top.top
            // `from package import submodule` imports the submodule when the package has no
            // such name yet (importlib's `_handle_fromlist`), and binds it on the package.
            if case .module(let m)? = heap.vm(module), dictGet(m.dict, name) == nil {
                do throws(PyError) {
                    try dictSet(m.dict, name, try importModule(m.name + "." + name, fromlist: .true))
                } catch {
                    // No such submodule: the ImportError below. Any other failure is the submodule's own.
                    let e = exceptionValue(error)
                    if !(exceptionIs(e, "ModuleNotFoundError") && exceptionMessage(e).contains("'\(m.name).\(name)'")) { throw .exception(e) }
                }
            }
            guard case .module(let m)? = heap.vm(module), let v = dictGet(m.dict, name) else {
                let mname: String
                if case .module(let m)? = heap.vm(module) { mname = m.name } else { mname = "?" }
                throw .exception(newException("ImportError", "cannot import name '\(name)' from '\(mname)' (unknown location)"))
            }
            top.push(v)
        case .setupAnnotations:
            let target = top.locals ?? top.globals
            if dictGet(target, "__annotations__") == nil { try dictSet(target, "__annotations__", heap.newDict()) }
        case .importStar:
            let module = top.pop()
            guard case .module(let m)? = heap.vm(module), case .dict(let d) = heap.objects[m.dict.slot] else { break }
            for e in d.entries where e.hash != -1 {
                if let k = heap.string(e.key), !k.hasPrefix("_") { try dictSet(top.locals ?? top.globals, k, e.value) }
            }
        }
        return .next
    }

    /// Pops `n` values, bottom first.
    mutating func popValues(_ n: Int) -> [Value] {
        if n == 0 { return [] }
        let out = top.stack[(top.stack.count - n)...].map { $0 ?? .none }
        top.stack.removeLast(n)
        return out
    }

    mutating func loadDeref(_ i: Int) throws(PyError) -> Value {
        if case .object(let c) = top.cells[i], case .cell(let v) = heap.objects[c.slot] {
            if case .notImplemented = v {} else { return v }
        }
        let ncell = top.code.cellvars.count
        if i < ncell {
            throw .exception(newException("UnboundLocalError",
                "cannot access local variable '\(top.code.cellvars[i])' where it is not associated with a value"))
        }
        throw .exception(newException("NameError",
            "cannot access free variable '\(top.code.freevars[i - ncell])' where it is not associated with a value in enclosing scope"))
    }

    /// `RAISE_VARARGS n` (ceval.c `do_raise`).
    mutating func raiseVarargs(_ n: Int) throws(PyError) -> Transfer {
        if n == 0 {
            if case .none = handled { throw .runtime("No active exception to reraise") }
            return .raise(handled, addTraceback: false)
        }
        var cause: Value? = nil
        if n == 2 { cause = top.pop() }
        let exc = try instantiateException(top.pop())
        if var c = cause {
            if case .none = c {} else { c = try instantiateException(c) }
            let cc = c
            updateException(exc) { $0.cause = cc; $0.suppressContext = true }
        }
        chainContext(exc)
        return .raise(exc, addTraceback: true)
    }

    /// `raise X`: an exception instance as is, a class called with no arguments.
    mutating func instantiateException(_ v: Value) throws(PyError) -> Value {
        if exceptionPayload(v) != nil { return v }
        if let c = heap.pyClass(v), c.isException {
            let e = try callNestedValue(v, [], [])
            if exceptionPayload(e) != nil { return e }
        }
        throw .typeError("exceptions must derive from BaseException")
    }

    mutating func checkExceptionClass(_ cls: Value) throws(PyError) {
        if let items = heap.sequenceItems(cls), heap.typeName(cls) == "tuple" {
            for c in items { try checkExceptionClass(c) }
            return
        }
        guard let c = heap.pyClass(cls), c.isException else {
            throw .typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    mutating func matchesException(_ exc: Value, _ cls: Value) throws(PyError) -> Bool {
        if let items = heap.sequenceItems(cls), heap.typeName(cls) == "tuple" {
            for c in items where isInstance(exc, c) { return true }
            return false
        }
        return isInstance(exc, cls)
    }

    mutating func unpackItems(_ v: Value, _ n: Int) throws(PyError) -> [Value] {
        if let items = heap.sequenceItems(v) {
            if items.count == n { return items }
            if items.count < n { throw .valueError("not enough values to unpack (expected \(n), got \(items.count))") }
            throw .valueError("too many values to unpack (expected \(n))")
        }
        if !isIterable(v) { throw .typeError("cannot unpack non-iterable \(heap.typeName(v)) object") }
        let items = try iterate(v)
        if items.count < n { throw .valueError("not enough values to unpack (expected \(n), got \(items.count))") }
        if items.count > n { throw .valueError("too many values to unpack (expected \(n))") }
        return items
    }
}
