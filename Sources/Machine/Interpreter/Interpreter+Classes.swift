import PyLang

/// Classes, instances, MRO and dict helpers.
extension Interp {
    // MARK: - Names and dicts

    /// The interned str object for `s` (identifiers and constants share one object).
    mutating func intern(_ s: String) -> Value {
        if let v = process.interned[s] { return v }
        let v = heap.newStr(s)
        process.interned[s] = v
        return v
    }

    /// Names the interpreter itself looks up on every call, attribute store or `def`.
    enum KnownKey: Int, CaseIterable {
        case setattr, initializer, name, enter, exit, new
        // What queue.Queue's natives read and write (World/QueueNatives.swift).
        // The queue's keys, then the deque's: each instance's are read as one range.
        case queuePlain, queueStorage, queueMutex, queueMaxsize
        case queueUnfinished, queueNotEmpty, queueNotFull, queuePrimitive, dequeItems, dequeHead
        var text: String {
            switch self {
            case .queuePlain: return "_plain"
            case .queueStorage: return "queue"
            case .dequeItems: return "_items"
            case .dequeHead: return "_head"
            case .queueMutex: return "_mid"
            case .queueMaxsize: return "maxsize"
            case .queueUnfinished: return "unfinished_tasks"
            case .queueNotEmpty: return "_ne"
            case .queueNotFull: return "_nf"
            case .queuePrimitive: return "_id"
            case .new: return "__new__"
            case .setattr: return "__setattr__"
            case .initializer: return "__init__"
            case .name: return "__name__"
            case .enter: return "__enter__"
            case .exit: return "__exit__"
            }
        }
    }

    /// The interned str of a `KnownKey`, cached in the heap.
    @inline(__always) mutating func knownKey(_ k: KnownKey) -> Value {
        if heap.knownKeys.isEmpty { heap.knownKeys = KnownKey.allCases.map { intern($0.text) } }
        return heap.knownKeys[k.rawValue]
    }

    /// The interned str for `top.code.names[i]` (the frame's name table, filled once).
    @inline(__always) mutating func nameKey(_ i: Int32) -> Value {
        let n = frames.count - 1
        if frames[n].names.isEmpty { fillNames() }
        return frames[n].names[Int(i)]
    }

    /// The interned str constant `top.code.constants[i]` (LOAD_CONST of a str), from the
    /// frame's table of str constants, filled once per frame from a per-code cache.
    @inline(__always) mutating func strConstant(_ i: Int32) -> Value {
        let n = frames.count - 1
        if frames[n].strConstants.isEmpty { fillStrConstants() }
        return frames[n].strConstants[Int(i)]
    }

    /// `LOAD_CONST i` of a code object: its heap value (`Heap.codeValue`), also put in the
    /// frame's constant table and the table shared per code object, where the fast loop
    /// finds it next time (a comprehension's code, loaded at every run of it). A table not
    /// filled yet is left so: filling it here would intern the strs earlier than before,
    /// moving object ids (and with them the order of sets of objects in traces).
    mutating func codeConstant(_ i: Int32, _ code: CodeObject) -> Value {
        let v = heap.codeValue(code)
        if !top.strConstants.isEmpty {
            top.strConstants[Int(i)] = v
            heap.codeNames[ObjectIdentifier(top.code)]?.strConstants?[Int(i)] = v
        }
        return v
    }

    mutating func fillStrConstants() {
        let code = top.code
        let id = ObjectIdentifier(code)
        _ = internedNames(code)   // makes sure the cache entry exists
        if let cached = heap.codeNames[id]?.strConstants {
            top.strConstants = cached
            return
        }
        var values: [Value] = []
        values.reserveCapacity(code.constants.count)
        for c in code.constants {
            if case .str(let s) = c { values.append(intern(s)) } else { values.append(.none) }
        }
        heap.codeNames[id]?.strConstants = values
        top.strConstants = values
    }

    /// Fills the top frame's interned name table, shared per code object through the heap.
    mutating func fillNames() {
        top.names = internedNames(top.code)
    }

    /// `d[key]` for an interned str key (identity hit first; no Swift string hashing).
    mutating func dictGetKey(_ d: ObjectRef, _ key: Value) -> Value? {
        guard case .object(let kr) = key else { return nil }
        let h = heap.strHash(kr)
        if let decided = heap.dictLookupStr(d, key, hash: h) { return decided }
        guard case .dict(let table) = heap.objects[d.slot] else { return nil }
        guard let ix = try? table.find(key, hash: h, rt: &self) else { return nil }
        return table.entries[ix].value
    }

    mutating func dictGet(_ d: ObjectRef, _ name: String) -> Value? {
        dictGetKey(d, intern(name))
    }

    mutating func dictSet(_ d: ObjectRef, _ name: String, _ v: Value) throws(PyError) {
        let key = intern(name)
        try dictSetValue(d, key, v)
    }

    mutating func dictSetValue(_ d: ObjectRef, _ key: Value, _ v: Value) throws(PyError) {
        if case .object(let kr) = key, heap.kind(kr) == .str, case let h = heap.strHash(kr),
           heap.dictReplaceExisting(d, key, hash: h, v) { return }
        guard case .dict = heap.objects[d.slot] else { return }
        var table = heap.takeDict(d)
        defer { heap.putDict(d, table, kind: .dict) }
        try table.set(key, v, rt: &self)
    }

    mutating func dictDelete(_ d: ObjectRef, _ name: String) throws(PyError) -> Bool {
        let key = intern(name)
        guard case .dict = heap.objects[d.slot] else { return false }
        var table = heap.takeDict(d)
        defer { heap.putDict(d, table, kind: .dict) }
        return try table.remove(key, rt: &self) != nil
    }

    func dictKeys(_ d: ObjectRef) -> [String] {
        guard case .dict(let table) = heap.objects[d.slot] else { return [] }
        return table.keys.compactMap { heap.string($0) }
    }

    /// `LOAD_GLOBAL`: globals, then builtins, else NameError with a suggestion.
    /// The name is read only for the error: fetching it from the code object for every
    /// lookup cost a retain and release of the string.
    mutating func loadGlobal(key: Value, nameIndex: Int32) throws(PyError) -> Value {
        // The fast path (`loadNameInPlace`) leaves builtins here; most are found in place.
        // (The arguments are read first: reading `top` inside the call copied the whole heap.)
        let globals = top.globals, builtins = process.builtins
        if let v = heap.builtinByIdentity(key, globals: globals, builtins: builtins) { return v }
        if let v = dictGetKey(globals, key) { return v }
        if let v = dictGetKey(builtins, key) { return v }
        let name = top.code.names[Int(nameIndex)]
        if let v = try lazyBuiltin(name) { return v }
        throw .exception(nameError(name))
    }

    mutating func loadGlobal(_ name: String) throws(PyError) -> Value {
        if let v = dictGet(top.globals, name) { return v }
        if let v = dictGet(process.builtins, name) { return v }
        if let v = try lazyBuiltin(name) { return v }
        throw .exception(nameError(name))
    }

    /// Calls a function of `Prelude/_exceptiongroup.py` (`except*`'s instructions).
    mutating func callExceptionGroupHelper(_ name: String, _ args: [Value]) throws(PyError) -> Value {
        _ = try lazyBuiltin("ExceptionGroup")
        let module = try importModule("_exceptiongroup", fromlist: .none)
        return try callValue(try getAttr(module, name), args, [])
    }

    /// Built-ins written in Python, made on first use: `memoryview`, `BaseExceptionGroup` and
    /// `ExceptionGroup` (`Prelude/_exceptiongroup.py`), which then are in the builtins dict
    /// and among the known classes.
    mutating func lazyBuiltin(_ name: String) throws(PyError) -> Value? {
        // `memoryview` (`Prelude/_memoryview.py`), likewise.
        if name == "memoryview", process.classes["memoryview"] == nil {
            let cls = try getAttr(try importModule("_memoryview", fromlist: .none), name)
            try dictSet(process.builtins, name, cls)
            process.classes[name] = cls
            return cls
        }
        guard name == "ExceptionGroup" || name == "BaseExceptionGroup", process.classes["BaseExceptionGroup"] == nil else { return nil }
        let module = try importModule("_exceptiongroup", fromlist: .none)
        for n in ["BaseExceptionGroup", "ExceptionGroup"] {
            let cls = try getAttr(module, n)
            try dictSet(process.builtins, n, cls)
            process.classes[n] = cls
        }
        return dictGet(process.builtins, name)
    }

    /// `NameError: name 'x' is not defined` with 3.11's `Did you mean` hint for tracebacks.
    mutating func nameError(_ name: String) -> Value {
        let exc = newException("NameError", "name '\(name)' is not defined")
        var candidates = top.code.varnames
        if let l = top.locals { candidates += dictKeys(l) }
        candidates += dictKeys(top.globals) + dictKeys(process.builtins)
        if let s = suggestion(for: name, among: candidates) { setHint(exc, ". Did you mean: '\(s)'?") }
        return exc
    }

    mutating func setHint(_ exc: Value, _ hint: String) {
        let k = intern("__hint__"), v = heap.newStr(hint)
        var d = exceptionPayload(exc)?.attributes ?? PyDict()
        try? d.set(k, v, rt: &self)
        updateException(exc) { $0.attributes = d }
    }

    /// CPython's `_Py_CalculateSuggestions` (Python/suggestions.c).
    func suggestion(for name: String, among candidates: [String]) -> String? {
        let a = Array(name.unicodeScalars)
        var best: String? = nil
        var bestDistance = Int.max
        for c in Set(candidates).sorted() where c != name {
            let b = Array(c.unicodeScalars)
            var maxDistance = (a.count + b.count + 3) * 2 / 6
            if best != nil { maxDistance = min(maxDistance, bestDistance - 1) }
            let d = levenshtein(a, b)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance { best = c; bestDistance = d }
        }
        return best
    }

    func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count * 2 }
        if b.isEmpty { return a.count * 2 }
        var prev = (0...b.count).map { $0 * 2 }
        for i in 1...a.count {
            var cur = [i * 2] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let x = a[i - 1], y = b[j - 1]
                let sub = x == y ? 0 : (x.properties.lowercaseMapping == y.properties.lowercaseMapping ? 1 : 2)
                cur[j] = min(prev[j] + 2, cur[j - 1] + 2, prev[j - 1] + sub)
            }
            prev = cur
        }
        return prev[b.count]
    }

    // MARK: - Classes

    /// The built-in class for a type name, created on first use.
    mutating func builtinClass(_ name: String) -> Value {
        if let c = process.classes[name] { return c }
        let object = process.classes["object"]
        return makeClass(name, bases: object.map { [$0] } ?? [], builtin: name)
    }

    /// Creates and registers a class object (C3 MRO from `bases`).
    @discardableResult
    mutating func makeClass(_ name: String, bases: [Value], builtin: String?, dict: ObjectRef? = nil) -> Value {
        let d = dict ?? heap.alloc(.dict(PyDict()))
        heap.markClassNamespace(d)
        let isExc = bases.contains { heap.pyClass($0)?.isException ?? false } || name == "BaseException"
        let cls = PyClass(name: name, qualname: name, bases: bases, mro: [], dict: d, builtin: builtin, isException: isExc)
        let v = heap.newVM(.type(cls))
        var mro = [v]
        mro += (try? c3Merge(bases.map { heap.pyClass($0)?.mro ?? [$0] } + [bases])) ?? bases
        updateClass(v) { $0.mro = mro }
        if let builtin, process.classes[builtin] == nil { process.classes[builtin] = v }
        return v
    }

    mutating func updateClass(_ v: Value, _ body: (inout PyClass) -> Void) {
        guard case .object(let r) = v, case .vm(.type(var c)) = heap.objects[r.slot] else { return }
        heap.objects[r.slot] = .moved
        body(&c)
        heap.markClassNamespace(c.dict)   // bumps the epoch: cached lookups may be stale
        heap.objects[r.slot] = .vm(.type(c))
    }

    /// C3 linearisation (typeobject.c `mro_implementation`).
    func c3Merge(_ lists: [[Value]]) throws(PyError) -> [Value] {
        var seqs = lists.filter { !$0.isEmpty }
        var out: [Value] = []
        while !seqs.isEmpty {
            var chosen: Value? = nil
            for s in seqs {
                let head = s[0]
                let inTail = seqs.contains { $0.dropFirst().contains { $0.isIdentical(to: head) } }
                if !inTail { chosen = head; break }
            }
            guard let c = chosen else {
                throw .typeError("Cannot create a consistent method resolution order (MRO)")
            }
            out.append(c)
            seqs = seqs.map { s in s.first?.isIdentical(to: c) == true ? Array(s.dropFirst()) : s }.filter { !$0.isEmpty }
        }
        return out
    }

    /// `type(v)`.
    mutating func classOf(_ v: Value) -> Value {
        if case .object(let r) = v {
            switch heap.objects[r.slot] {
            case .instance(let i): return i.cls
            case .vm(.exception(let e)): return e.cls
            case .vm(.type(let c)): if let m = c.meta { return m }
            default: break
            }
        }
        return builtinClass(heap.typeName(v))
    }

    /// `type(v)` without creating classes (for non-mutating callers).
    func knownClassOf(_ v: Value) -> Value? {
        if case .object(let r) = v {
            switch heap.objects[r.slot] {
            case .instance(let i): return i.cls
            case .vm(.exception(let e)): return e.cls
            case .vm(.type(let c)): if let m = c.meta { return m }
            default: break
            }
        }
        return process.classes[heap.typeName(v)]
    }

    func isSubclass(_ sub: Value, _ cls: Value) -> Bool {
        guard let c = heap.pyClass(sub) else { return false }
        if c.mro.contains(where: { $0.isIdentical(to: cls) }) { return true }
        // Every class is a subclass of object.
        if let object = process.classes["object"], object.isIdentical(to: cls) { return true }
        return false
    }

    func isInstance(_ v: Value, _ cls: Value) -> Bool {
        guard let k = knownClassOf(v) else {
            if let object = process.classes["object"] { return object.isIdentical(to: cls) }
            return false
        }
        return isSubclass(k, cls)
    }

    /// Looks `name` up along the MRO of class `cls` (typeobject.c `_PyType_Lookup`).
    mutating func lookupInMRO(_ cls: Value, _ name: String) throws(PyError) -> Value? {
        lookupInMRO(cls, key: intern(name))
    }

    /// `_PyType_Lookup` with an interned name, through the heap's method cache (typeobject.c's
    /// method cache; validity by `Heap.classEpoch` instead of per-type version tags).
    mutating func lookupInMRO(_ cls: Value, key: Value) -> Value? {
        guard case .object(let cr) = cls, case .object(let kr) = key else { return nil }
        let slot = Heap.mroCacheSlot(cls: cr, name: kr)
        let epoch = heap.classEpoch
        let e = heap.mroCache[slot]
        if e.cls == cr.index && e.name == kr.index && e.epoch == epoch { return e.value }
        guard case .vm(.type(let c)) = heap.objects[cr.slot] else { return nil }
        var found: Value? = nil
        for k in c.mro {
            if case .object(let kr2) = k, case .vm(.type(let kc)) = heap.objects[kr2.slot],
               let v = dictGetKey(kc.dict, key) { found = v; break }
        }
        if heap.classEpoch == epoch {
            heap.mroCache[slot] = Heap.MROCacheEntry(cls: cr.index, name: kr.index, epoch: epoch, value: found)
        }
        return found
    }

    /// True for natives put in built-in classes (`BaseException.__str__`, `object.__init__`).
    func isBuiltinSlot(_ v: Value) -> Bool {
        // Read in place: every STORE_ATTR asks this of `object.__setattr__`, and `heap.vm`
        // copied the native out of its slot (~270 instructions).
        guard case .object(let r) = v else { return false }
        return heap.objects.withUnsafeBufferPointer { buf in
            if case .vm(.native) = buf[r.slot] { return true }
            return false
        }
    }

    /// A special method of `v`'s type, bound to `v` (`_PyObject_LookupSpecial`), or nil.
    mutating func lookupSpecial(_ v: Value, _ name: String) throws(PyError) -> Value? {
        guard let m = try lookupInMRO(classOf(v), name) else { return nil }
        return try bindDescriptor(m, v, classOf(v))
    }

    /// The user-defined dunder `name` of `v`'s class, if `v` is a user instance or exception,
    /// or a class whose metaclass is written in Python.
    mutating func userDunder(_ v: Value, _ name: String) throws(PyError) -> Value? {
        guard case .object(let r) = v else { return nil }
        switch heap.objects[r.slot] {
        case .instance, .vm(.exception): break
        case .vm(.type(let c)) where c.meta != nil: break
        default: return nil
        }
        guard let m = try lookupInMRO(classOf(v), name), !isBuiltinSlot(m) else { return nil }
        return m
    }

    /// Calls the user dunder `name` on `v` if there is one.
    mutating func callDunder(_ v: Value, _ name: String, _ args: [Value]) throws(PyError) -> Value? {
        guard let m = try userDunder(v, name) else {
            // An instance of a subclass of a built-in type: the type's own method.
            if let base = try builtinBaseValue(v) { return try builtinDunder(v, base, name, args) }
            return nil
        }
        if case .function? = heap.vm(m) { return try callValue(m, [v] + args, []) }
        return try callValue(try bindDescriptor(m, v, classOf(v)), args, [])
    }

    // MARK: - Instances

    /// True when user class `cls` (or a base) defines `__new__`: its calls must go through
    /// `instantiate`, not the fast paths that make the instance themselves (which also step
    /// aside for classes with a metaclass).
    mutating func hasUserNew(_ cls: Value) -> Bool {
        guard let n = lookupInMRO(cls, key: knownKey(.new)) else { return false }
        return !isBuiltinSlot(n)
    }

    /// The `Natives.table` index of `type.__new__`, which marks a metaclass in `construct`.
    static let typeNewNative = Natives.index["type.__new__"]
    static let objectNewNative = Natives.index["object.__new__"]

    /// The metaclass of class `cls`, read in place (`heap.pyClass` copies the whole class).
    func metaclass(of cls: Value) -> Value? {
        guard case .object(let r) = cls else { return nil }
        return heap.objects.withUnsafeBufferPointer { buf -> Value? in
            if case .vm(.type(let c)) = buf[r.slot] { return c.meta }
            return nil
        }
    }

    /// Calls a class: its metaclass's `__call__` if that is written in Python, else `construct`.
    mutating func instantiate(_ cls: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        if let meta = metaclass(of: cls), let call = try lookupInMRO(meta, "__call__"), !isBuiltinSlot(call) {
            return try callValue(call, [cls] + args, kwargs)
        }
        return try construct(cls, args, kwargs)
    }

    /// `type.__call__`: built-in constructors, exceptions, metaclasses and user classes (`type_call`).
    mutating func construct(_ cls: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        guard let c = heap.pyClass(cls) else { throw .typeError("not a class") }
        // An exception class with a `__new__` of its own (BaseExceptionGroup's): it makes the
        // object, then `__init__` runs if the object is an instance of the class.
        if c.isException, let newFn = lookupInMRO(cls, key: knownKey(.new)), !isBuiltinSlot(newFn) {
            let fn: Value
            if case .staticMethod(let f)? = heap.vm(newFn) { fn = f } else { fn = newFn }
            let obj = try callValue(fn, [cls] + args, kwargs)
            if isInstance(obj, cls), let initFn = try lookupInMRO(cls, "__init__"), !isBuiltinSlot(initFn) {
                _ = try callValue(initFn, [obj] + args, kwargs)
            }
            return obj
        }
        if c.isException {
            var cls = cls
            var args = args
            var filename: Value? = nil
            if c.builtin == "OSError", args.count >= 2, case .int(let n) = args[0] {
                // OSError_new picks the subclass from errno.
                let sub = [11: "BlockingIOError", 104: "ConnectionResetError", 110: "TimeoutError", 2: "FileNotFoundError",
                           32: "BrokenPipeError", 111: "ConnectionRefusedError", 103: "ConnectionAbortedError",
                           17: "FileExistsError", 13: "PermissionError", 1: "PermissionError", 4: "InterruptedError",
                           21: "IsADirectoryError", 20: "NotADirectoryError", 10: "ChildProcessError", 3: "ProcessLookupError"]
                if let name = sub[n] { cls = builtinClass(name) }
            }
            if let k = heap.pyClass(cls), k.isException, isSubclass(cls, builtinClass("OSError")), args.count >= 3, args.count <= 5 {
                filename = args[2]
                args = Array(args[..<2])
            }
            let exc = heap.newVM(.exception(PyException(cls: cls, args: heap.newTuple(args))))
            if let filename {
                var d = PyDict()
                try d.set(intern("filename"), filename, rt: &self)
                updateException(exc) { $0.attributes = d }
            }
            if let initFn = try lookupInMRO(cls, "__init__"), !isBuiltinSlot(initFn) {
                _ = try callValue(initFn, [exc] + args, kwargs)
            } else if !kwargs.isEmpty {
                throw .typeError("\(c.name)() takes no keyword arguments")
            }
            return exc
        }
        if let b = c.builtin {
            guard let ctor = Natives.constructors[b] else { throw .typeError("cannot create '\(b)' instances") }
            try checkFunctionArity(ctor, args.count)
            return try Natives.table[ctor].fn(&self, args, kwargs)
        }
        // `object.__new__` for plain classes, `type.__new__` for metaclasses, else Python's.
        let newFn = lookupInMRO(cls, key: knownKey(.new))
        if let newFn, !isBuiltinSlot(newFn) {
            let fn: Value
            if case .staticMethod(let f)? = heap.vm(newFn) { fn = f } else { fn = newFn }
            let obj = try callValue(fn, [cls] + args, kwargs)
            if isInstance(obj, cls), let initFn = try lookupInMRO(cls, "__init__"), !isBuiltinSlot(initFn) {
                _ = try callValue(initFn, [obj] + args, kwargs)
            }
            return obj
        }
        if let newFn, case .native(let i, nil)? = heap.vm(newFn), i == Interp.typeNewNative {
            // A metaclass without its own __new__: type.__new__ makes the class.
            let obj = try typeNewCall([cls] + args, kwargs)
            if let initFn = try lookupInMRO(cls, "__init__"), !isBuiltinSlot(initFn) {
                _ = try callValue(initFn, [obj] + args, kwargs)
            }
            return obj
        }
        let instance = heap.newInstance(cls)
        if let initFn = try lookupInMRO(cls, "__init__"), !isBuiltinSlot(initFn) {
            let r = try callValue(initFn, [instance] + args, kwargs)
            if case .none = r {} else { throw .typeError("__init__() should return None, not '\(heap.typeName(r))'") }
        } else if !args.isEmpty || !kwargs.isEmpty {
            throw .typeError("\(c.name)() takes no arguments")
        }
        return instance
    }
}

extension Interp {
    // MARK: - Metaclasses

    /// The metaclass a class statement uses (typeobject.c `_PyType_CalculateMetaclass`): the
    /// explicit one or the most derived of the bases' metaclasses; nil when that is `type`.
    mutating func calculateMetaclass(_ explicit: Value?, _ bases: [Value]) throws(PyError) -> Value? {
        var winner = explicit
        for b in bases {
            guard let m = heap.pyClass(b)?.meta else { continue }
            guard let w = winner else { winner = m; continue }
            if isSubclass(m, w) {
                winner = m
            } else if !isSubclass(w, m) {
                throw .typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        if let w = winner, w.isIdentical(to: builtinClass("type")) { return nil }
        return winner
    }

    /// `type.__new__(meta, name, bases, namespace, **kwargs)`: the namespace is copied.
    mutating func typeNewCall(_ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        guard args.count == 4, heap.pyClass(args[0]) != nil, let name = heap.string(args[1]),
              let bases = heap.sequenceItems(args[2]), case .object(let src) = args[3] else {
            throw .typeError("type.__new__() takes exactly 3 arguments (\(max(0, args.count - 1)) given)")
        }
        guard case .object(let d) = heap.newDict() else { return .none }
        try dictUpdate(d, from: .object(src))
        let meta: Value? = args[0].isIdentical(to: builtinClass("type")) ? nil : args[0]
        return try typeNew(meta: meta, name: name, bases: bases, dict: d, kwargs: kwargs)
    }

    /// A new class with namespace `dict` (typeobject.c `type_new`): then each attribute's
    /// `__set_name__`, then the nearest base's `__init_subclass__` with `kwargs`.
    mutating func typeNew(meta: Value?, name: String, bases: [Value], dict d: ObjectRef,
                          kwargs: [(String, Value)]) throws(PyError) -> Value {
        let bases = bases.isEmpty ? [builtinClass("object")] : bases
        for b in bases where heap.pyClass(b) == nil {
            throw .typeError("bases must be types")
        }
        // type_new: a class defining __eq__ but not __hash__ is unhashable.
        if dictGet(d, "__eq__") != nil && dictGet(d, "__hash__") == nil { try dictSet(d, "__hash__", .none) }
        let moduleName = dictGet(d, "__module__").flatMap { heap.string($0) }
            ?? dictGet(top.globals, "__name__").flatMap { heap.string($0) } ?? "__main__"
        let qual = dictGet(d, "__qualname__").flatMap { heap.string($0) } ?? name
        let slots = try slotNames(d, className: name)
        // type_new_set_attrs: these two are class methods even when written as functions.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let f = dictGet(d, special), case .function? = heap.vm(f) { try dictSet(d, special, heap.newVM(.classMethod(f))) }
        }
        let cls = makeClass(name, bases: bases, builtin: nil, dict: d)
        var withoutDict = false
        if let slots {
            // type_new_descriptors: a member descriptor per slot; no `__dict__` unless a slot or
            // a base (one without `__slots__`, or a built-in other than object) gives one.
            for n in slots where n != "__dict__" && n != "__weakref__" {
                try dictSet(d, n, heap.newVM(.member(name: n, owner: cls)))
            }
            let object = builtinClass("object")
            withoutDict = !slots.contains("__dict__") && bases.allSatisfy { $0.isIdentical(to: object) || slotsOnly($0) }
        }
        let storage = heap.pyClass(cls).flatMap { $0.isException ? nil : inheritedBuiltinBase($0.mro) }
        if storage != nil, lookupInMRO(cls, key: knownKey(.new)).map({ isBuiltinSlot($0) }) ?? true,
           let objectNew = Interp.objectNewNative {
            // Through `construct`'s `__new__` path (which the call fast paths leave to it):
            // object.__new__ gives the instance its built-in base.
            try dictSet(d, "__new__", heap.newVM(.staticMethod(heap.newVM(.native(index: objectNew, receiver: nil)))))
        }
        updateClass(cls) {
            $0.qualname = qual; $0.module = moduleName; $0.meta = meta; $0.slotsOnly = withoutDict; $0.builtinBase = storage
        }
        try callSetName(cls, d)
        if let c = heap.pyClass(cls) {
            for k in c.mro.dropFirst() {
                guard let kc = heap.pyClass(k), let initSub = dictGet(kc.dict, "__init_subclass__") else { continue }
                if isBuiltinSlot(initSub) { break }
                let f: Value
                if case .classMethod(let x)? = heap.vm(initSub) { f = x } else { f = initSub }
                // object's default does nothing but refuse keywords: not called without them
                // (a call costs virtual time at every class statement).
                if kwargs.isEmpty, isBuiltinSlot(f) { break }
                _ = try callValue(f, [cls], kwargs)
                break
            }
        }
        return cls
    }

    /// The names in a class body's `__slots__` (a str is one name), checked as type_new does;
    /// nil when the body has none.
    mutating func slotNames(_ d: ObjectRef, className: String) throws(PyError) -> [String]? {
        guard let spec = dictGet(d, "__slots__") else { return nil }
        let items = heap.string(spec) != nil ? [spec] : try iterate(spec)
        var names: [String] = []
        for item in items {
            guard var n = heap.string(item) else {
                throw .typeError("__slots__ items must be strings, not '\(heap.typeName(item))'")
            }
            // _Py_Mangle: `__x` in class T is `_T__x`, as the methods' `self.__x` is compiled.
            let owner = className.drop { $0 == "_" }
            if n.hasPrefix("__"), !n.hasSuffix("__"), !owner.isEmpty { n = "_\(owner)\(n)" }
            guard n.first.map({ $0 == "_" || $0.isLetter }) == true, n.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else {
                throw .typeError("__slots__ must be identifiers")
            }
            if n == "__dict__" && names.contains(n) { throw .typeError("__dict__ slot disallowed: we already got one") }
            if n != "__dict__", n != "__weakref__", dictGet(d, n) != nil {
                throw .valueError("'\(n)' in __slots__ conflicts with class variable")
            }
            names.append(n)
        }
        return names
    }

    /// `__set_name__(owner, name)` of every attribute of the new class that defines it.
    mutating func callSetName(_ cls: Value, _ d: ObjectRef) throws(PyError) {
        guard case .dict(let table) = heap.objects[d.slot] else { return }
        var pairs: [(Value, Value)] = []
        table.forEachLive { k, v in pairs.append((k, v)) }
        for (k, v) in pairs { _ = try callDunder(v, "__set_name__", [cls, k]) }
    }
}

extension Heap {
    mutating func newInstance(_ cls: Value) -> Value {
        .object(alloc(.instance(PyInstance(cls: cls, attributes: PyDict()))))
    }
}
