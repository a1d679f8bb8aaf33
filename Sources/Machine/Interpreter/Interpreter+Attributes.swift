import PyLang

/// Attribute access (`PyObject_GenericGetAttr` and the per-type getattro functions).
extension Interp {
    /// Binds a class attribute found for `obj` (descriptor `__get__`).
    mutating func bindDescriptor(_ d: Value, _ obj: Value, _ cls: Value) throws(PyError) -> Value {
        // A native method (an engine type's `__exit__` at every `with`), bound without copying
        // the descriptor's payload out and through `newVM`.
        if let i = nativeFunction(d) { return Natives.bindsAsMethod[i] ? .object(heap.alloc(.vm(.native(index: i, receiver: obj)))) : d }
        switch heap.vm(d) {
        case .function?: return heap.newBoundMethod(receiver: obj, function: d)
        case .classMethod(let f)?:
            // A built-in class method (object's `__init_subclass__`) binds as a built-in
            // method, as CPython's does: not a `types.MethodType`.
            if let i = nativeFunction(f) { return heap.newVM(.native(index: i, receiver: cls)) }
            return heap.newBoundMethod(receiver: cls, function: f)
        case .staticMethod(let f)?: return f
        case .property(let fget, _, _, _)?:
            if case .none = fget { throw .attribute("property object has no getter") }
            return try callValue(fget, [obj], [])
        case .native(let i, nil)?: return heap.newVM(.native(index: i, receiver: obj))
        // A slot whose value the instance does not have (set ones are found in its table).
        case .member(let name, _)?: throw .exception(attributeError(obj, name))
        default: return d
        }
    }

    /// Whether `v` is a property, read in place (`heap.vm` copied a function found for a
    /// method name out of its slot only to be told it was no property).
    func isProperty(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        return heap.objects.withUnsafeBufferPointer { buf in
            if case .vm(.property) = buf[r.slot] { return true }
            return false
        }
    }

    /// For `LOAD_METHOD`: the plain function, or the unbound native of an engine type's class
    /// (a method descriptor, as CPython's LOAD_METHOD takes them), to call with `obj`
    /// prepended, or nil.
    mutating func methodForCall(_ obj: Value, _ name: String, key: Value? = nil) throws(PyError) -> Value? {
        // Read in place: binding the instance copied its attribute table, and binding the
        // function payload copied all its fields (~700 instructions a method call).
        guard case .object(let r) = obj, let cls = heap.instanceClass(r) else { return nil }
        let k = key ?? intern(name)
        guard let m = lookupInMRO(cls, key: k), case .object(let mr) = m, case .object(let kr) = k else { return nil }
        if case .function = heap.callTarget(mr) {} else if let i = nativeFunction(m), Natives.bindsAsMethod[i] {} else { return nil }
        let h = heap.strHash(kr)
        if let own = heap.instanceOwnAttribute(r, k, hash: h) { return own == nil ? m : nil }
        // Another kind of key shares the hash: only `find`, with `__eq__`, can decide.
        guard case .instance(let inst) = heap.objects[r.slot] else { return nil }
        if try inst.attributes.contains(k, rt: &self) { return nil }
        return m
    }

    /// `getattr(obj, name)`.
    mutating func getAttr(_ obj: Value, _ name: String, key: Value? = nil) throws(PyError) -> Value {
        if let v = try getAttrOrNil(obj, name, key: key) { return v }
        throw .exception(attributeError(obj, name))
    }

    mutating func attributeError(_ obj: Value, _ name: String) -> Value {
        var candidates: [String] = []
        var message = "'\(heap.typeName(obj))' object has no attribute '\(name)'"
        if case .object(let r) = obj {
            switch heap.objects[r.slot] {
            case .instance(let inst):
                candidates = inst.attributes.keys.compactMap { heap.string($0) }
            case .vm(.module(let m)):
                message = "module '\(m.name)' has no attribute '\(name)'"
                candidates = dictKeys(m.dict)
            case .vm(.type(let c)):
                message = "type object '\(c.name)' has no attribute '\(name)'"
            default: break
            }
        }
        // classOf may create a class (growing the heap), so it must run before `heap` is read.
        let cls = classOf(obj)
        if let c = heap.pyClass(cls) ?? heap.pyClass(obj) {
            for k in c.mro { if let kc = heap.pyClass(k) { candidates += dictKeys(kc.dict) } }
        }
        let exc = newException("AttributeError", message)
        if let s = suggestion(for: name, among: candidates.filter { !$0.hasPrefix("__") || name.hasPrefix("__") }) {
            setHint(exc, ". Did you mean: '\(s)'?")
        }
        return exc
    }

    mutating func getAttrOrNil(_ obj: Value, _ name: String, key: Value? = nil) throws(PyError) -> Value? {
        guard case .object(let r) = obj else { return try builtinAttribute(obj, name) }
        // Instances, read in place: a property first, then the instance's own attribute,
        // then the class attribute (as below); anything else takes the general path.
        // (The hash is taken before the borrowing read: `strHash` may write the heap.)
        if let cls = heap.instanceClass(r), case .object(let kr)? = key, case let h = heap.strHash(kr),
           let own = heap.instanceOwnAttribute(r, key!, hash: h) {
            let d = lookupInMRO(cls, key: key!)
            if let d, isProperty(d) { return try bindDescriptor(d, obj, cls) }
            if let v = own { return v }
            if let d { return try bindDescriptor(d, obj, cls) }
        }
        switch heap.objects[r.slot] {
        case .instance(let inst):
            let k = key ?? intern(name)
            let d = lookupInMRO(inst.cls, key: k)
            if let d, isProperty(d) { return try bindDescriptor(d, obj, inst.cls) }
            if let v = try inst.attributes.get(k, rt: &self) { return v }
            if let d { return try bindDescriptor(d, obj, inst.cls) }
            if name == "__class__" { return inst.cls }
            if name == "__dict__" { return try instanceDict(inst) }
            // The built-in type's methods, for an instance of its subclass (`d.keys()`).
            if let b = builtinBase(ofClass: inst.cls), builtinHas(b, name) {
                return heap.newVM(.builtinMethod(receiver: obj, name: name))
            }
            if let ga = try lookupInMRO(inst.cls, "__getattr__") {
                return try callValue(ga, [obj, heap.newStr(name)], [])
            }
            return nil
        case .vm(let o):
            return try vmAttribute(o, obj, name)
        default:
            return try builtinAttribute(obj, name)
        }
    }

    /// An instance's `__dict__`: nil without one (`__slots__`), else its attributes less the
    /// slots' values, which CPython keeps outside the dict.
    mutating func instanceDict(_ inst: PyInstance) throws(PyError) -> Value? {
        if slotsOnly(inst.cls) { return nil }
        var pairs: [(Value, Value)] = []
        var slotted = false
        inst.attributes.forEachLive { k, v in pairs.append((k, v)) }
        if builtinBase(ofClass: inst.cls) != nil { slotted = true }
        for (k, _) in pairs {
            if let d = lookupInMRO(inst.cls, key: k), case .member? = heap.vm(d) { slotted = true; break }
        }
        guard slotted else { return heap.newDict(inst.attributes) }
        var out = PyDict()
        for (k, v) in pairs {
            if k.isIdentical(to: Interp.baseKey) { continue }
            if let d = lookupInMRO(inst.cls, key: k), case .member? = heap.vm(d) { continue }
            try out.set(k, v, rt: &self)
        }
        return heap.newDict(out)
    }

    private mutating func vmAttribute(_ o: VMObject, _ obj: Value, _ name: String) throws(PyError) -> Value? {
        switch o {
        case .exception(let e):
            switch name {
            case "args": return e.args
            case "__cause__": return e.cause
            case "__context__": return e.context
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__traceback__": return tracebackObject(of: obj)
            case "__class__": return e.cls
            case "value" where exceptionIs(obj, "StopIteration"):
                if let v = try e.attributes.get(intern(name), rt: &self) { return v }
                return heap.sequenceItems(e.args)?.first ?? Value.none
            case "errno" where exceptionIs(obj, "OSError"), "strerror" where exceptionIs(obj, "OSError"),
                 "filename" where exceptionIs(obj, "OSError"):
                if let v = try e.attributes.get(intern(name), rt: &self) { return v }
                let a = heap.sequenceItems(e.args) ?? []
                if name == "filename" || a.count < 2 { return Value.none }
                return name == "errno" ? a[0] : a[1]
            case "code" where exceptionIs(obj, "SystemExit"):
                let a = heap.sequenceItems(e.args) ?? []
                return a.count == 1 ? a[0] : (a.isEmpty ? Value.none : e.args)
            default: break
            }
            let d = try lookupInMRO(e.cls, name)
            if let d, isProperty(d) { return try bindDescriptor(d, obj, e.cls) }
            if let v = try e.attributes.get(intern(name), rt: &self) { return v }
            if let d { return try bindDescriptor(d, obj, e.cls) }
            return nil
        case .type(let c):
            switch name {
            case "__name__": return heap.newStr(c.name)
            case "__qualname__": return heap.newStr(c.qualname)
            case "__mro__": return heap.newTuple(c.mro)
            case "__bases__": return heap.newTuple(c.bases)
            case "__base__": return c.bases.first ?? Value.none
            case "__doc__" where dictGet(c.dict, "__doc__") == nil: return Value.none
            case "__module__": return heap.newStr(c.module)
            case "__dict__": return .object(c.dict)
            case "__class__": return c.meta ?? builtinClass("type")
            default: break
            }
            guard let d = try lookupInMRO(obj, name) else {
                if name == "__doc__" { return Value.none }
                // type_getattro: then the metaclass's attributes, bound to the class.
                if let meta = c.meta, let d = try lookupInMRO(meta, name) { return try bindDescriptor(d, obj, meta) }
                if let b = c.builtin, BuiltinMethodNames.has(b, name) || Interp.subclassableBuiltins.contains(b) && builtinHas(b, name) {
                    return heap.newVM(.builtinMethod(receiver: obj, name: name))
                }
                return nil
            }
            switch heap.vm(d) {
            case .classMethod(let f)?: return heap.newBoundMethod(receiver: obj, function: f)
            case .staticMethod(let f)?: return f
            default: return d
            }
        case .module(let m):
            if name == "__dict__" { return .object(m.dict) }
            return dictGet(m.dict, name)
        case .function(let f):
            switch name {
            case "__name__": return heap.newStr(f.name)
            case "__qualname__": return heap.newStr(f.qualname)
            case "__module__": return heap.newStr(f.module)
            case "__dict__": return .object(f.attributes)
            case "__defaults__": return f.defaults.isEmpty ? Value.none : heap.newTuple(f.defaults)
            case "__kwdefaults__": return f.kwDefaults
            case "__closure__": return f.closure.isEmpty ? Value.none : heap.newTuple(f.closure)
            case "__code__": return heap.codeValue(f.code)
            case "__class__": return builtinClass("function")
            default: break
            }
            if let v = dictGet(f.attributes, name) { return v }
            if name == "__doc__" { return f.doc }
            return nil
        case .boundMethod(let receiver, let function):
            switch name {
            case "__self__": return receiver
            case "__func__": return function
            default: return try getAttrOrNil(function, name)
            }
        case .native(let i, let receiver):
            switch name {
            case "__name__", "__qualname__":
                // Table names are `module:function` or `Class.method`: CPython's qualname is
                // `function` or `Class.method`, its name the last part.
                let full = Natives.table[i].name
                let qualname = full.split(separator: ":").last.map(String.init) ?? full
                return heap.newStr(name == "__name__" ? qualname.split(separator: ".").last.map(String.init) ?? qualname : qualname)
            case "__self__": return receiver ?? Value.none
            case "__doc__": return Value.none
            default: return nil
            }
        case .builtinMethod(let receiver, let n):
            switch name {
            case "__name__", "__qualname__": return heap.newStr(n)
            case "__self__": return receiver
            default: return nil
            }
        case .generator(let g):
            switch (g.kind, name) {
            case (.generator, "send"), (.generator, "throw"), (.generator, "close"), (.generator, "__next__"), (.generator, "__iter__"),
                 (.coroutine, "send"), (.coroutine, "throw"), (.coroutine, "close"), (.coroutine, "__await__"),
                 (.asyncGenerator, "__aiter__"), (.asyncGenerator, "__anext__"), (.asyncGenerator, "asend"),
                 (.asyncGenerator, "athrow"), (.asyncGenerator, "aclose"):
                return heap.newVM(.builtinMethod(receiver: obj, name: name))
            case (_, "__name__"): return heap.newStr(g.name)
            case (_, "__qualname__"): return heap.newStr(g.qualname)
            case (_, "__class__"): return classOf(obj)
            case (.generator, "gi_running"), (.coroutine, "cr_running"), (.asyncGenerator, "ag_running"):
                return .bool(heap.generatorSlots[g.slot].state == .running)
            case (.generator, "gi_code"), (.coroutine, "cr_code"), (.asyncGenerator, "ag_code"):
                return g.code.map { heap.codeValue($0) } ?? Value.none
            case (.generator, "gi_frame"), (.coroutine, "cr_frame"), (.asyncGenerator, "ag_frame"):
                // A frame object as tracebacks make them (code and line); None once finished.
                guard case .object(let r) = obj, heap.generatorState(r) != .finished, let code = g.code else { return Value.none }
                let line = heap.generatorFrame(r).map { $0.line } ?? code.firstLineNumber
                return heap.newVM(.traceback(PyTraceback(entry: TracebackEntry(code: code, line: line), next: .none, isFrame: true)))
            case (.coroutine, "cr_await"):
                guard case .object(let r) = obj, coroutineAwaitsAnother(r), let f = heap.generatorFrame(r) else { return Value.none }
                return (f.stack.last ?? nil) ?? Value.none
            default: return nil
            }
        case .iterator(.asyncGenStep):
            switch name {
            case "send", "throw", "close", "__next__", "__iter__", "__await__": return heap.newVM(.builtinMethod(receiver: obj, name: name))
            default: return nil
            }
        case .iterator:
            if name == "__next__" || name == "__iter__" { return heap.newVM(.builtinMethod(receiver: obj, name: name)) }
            return nil
        case .property(let fget, let fset, let fdel, let doc):
            switch name {
            case "fget": return fget
            case "fset": return fset
            case "fdel": return fdel
            case "getter", "setter", "deleter": return heap.newVM(.builtinMethod(receiver: obj, name: name))
            case "__doc__":
                if !doc.isIdentical(to: .none) { return doc }
                return fget.isIdentical(to: .none) ? Value.none : try getAttrOrNil(fget, "__doc__")
            default: return nil
            }
        case .staticMethod(let f), .classMethod(let f):
            if name == "__func__" { return f }
            return try getAttrOrNil(f, name)
        case .superObject(let cls, let receiver):
            let receiverClass = classOf(receiver)
            // super_check: a class receiver whose MRO has `cls` (a classmethod), else the
            // receiver's type (an instance, or a class seen from its metaclass's methods).
            var start = heap.pyClass(receiver)?.mro ?? []
            var receiverIsClass = !start.isEmpty
            if !start.contains(where: { $0.isIdentical(to: cls) }) {
                start = heap.pyClass(receiverClass)?.mro ?? []
                receiverIsClass = false
            }
            guard let i = start.firstIndex(where: { $0.isIdentical(to: cls) }) else { return nil }
            for k in start[(i + 1)...] {
                guard let kc = heap.pyClass(k) else { continue }
                guard let d = dictGet(kc.dict, name) else {
                    // `super().__setitem__(k, v)` in a subclass of dict: the built-in's method.
                    if !receiverIsClass, let b = kc.builtin, Interp.subclassableBuiltins.contains(b), builtinHas(b, name),
                       try builtinBaseValue(receiver) != nil {
                        return heap.newVM(.builtinMethod(receiver: receiver, name: name))
                    }
                    continue
                }
                if receiverIsClass {
                    if case .classMethod(let f)? = heap.vm(d) { return heap.newBoundMethod(receiver: receiver, function: f) }
                    return d
                }
                return try bindDescriptor(d, receiver, classOf(receiver))
            }
            return nil
        case .code(let code):
            return codeAttribute(code, name)
        case .traceback(let tb):
            return tracebackAttribute(tb, name)
        case .member(let n, let owner):
            switch name {
            case "__name__", "__qualname__": return heap.newStr(name == "__name__" ? n : "\(heap.pyClass(owner)?.qualname ?? "object").\(n)")
            case "__objclass__": return owner
            case "__doc__": return Value.none
            default: return nil
            }
        }
    }

    /// The `co_*` attributes lessons and decorators read from `f.__code__`.
    mutating func codeAttribute(_ code: CodeObject, _ name: String) -> Value? {
        switch name {
        case "co_name": return heap.newStr(code.name)
        case "co_qualname": return heap.newStr(code.qualname)
        case "co_filename": return heap.newStr(code.filename)
        case "co_firstlineno": return .int(code.firstLineNumber)
        case "co_argcount": return .int(code.argCount)
        case "co_kwonlyargcount": return .int(code.keywordOnlyCount)
        case "co_posonlyargcount": return .int(code.positionalOnlyCount)
        case "co_varnames": return heap.newTuple(code.varnames.map { heap.newStr($0) })
        case "co_cellvars": return heap.newTuple(code.cellvars.map { heap.newStr($0) })
        case "co_freevars": return heap.newTuple(code.freevars.map { heap.newStr($0) })
        case "co_nlocals": return .int(code.varnames.count)
        case "co_flags": return .int(Int(code.flags.rawValue))
        default: return nil
        }
    }

    /// Attributes of built-in kinds: methods by name, a few data attributes.
    mutating func builtinAttribute(_ obj: Value, _ name: String) throws(PyError) -> Value? {
        if name == "__class__" { return classOf(obj) }
        switch (name, obj) {
        case ("real", .int), ("real", .float), ("real", .bool), ("numerator", .int): return obj
        case ("imag", .int), ("imag", .bool): return .int(0)
        case ("imag", .float): return .float(0)
        case ("denominator", .int): return .int(1)
        default: break
        }
        if case .object(let r) = obj {
            switch heap.objects[r.slot] {
            case .complex(let c) where name == "real" || name == "imag":
                return .float(name == "real" ? c.re : c.im)
            case .range(let rg):
                switch name {
                case "start": return .int(rg.start)
                case "stop": return .int(rg.stop)
                case "step": return .int(rg.step)
                default: break
                }
            case .iterator:
                if name == "__next__" || name == "__iter__" { return heap.newVM(.builtinMethod(receiver: obj, name: name)) }
            case .cell(let v):
                if name == "cell_contents" {
                    if case .notImplemented = v { throw .valueError("Cell is empty") }
                    return v
                }
            case .slice(let s):
                switch name {
                case "start": return s.start
                case "stop": return s.stop
                case "step": return s.step
                default: break
                }
            default: break
            }
        }
        let type = heap.typeName(obj)
        if let c = process.classes[type], let kc = heap.pyClass(c), let d = dictGet(kc.dict, name) {
            return try bindDescriptor(d, obj, c)
        }
        if BuiltinMethodNames.has(type, name) || (type == "bool" && BuiltinMethodNames.has("int", name)) {
            return heap.newVM(.builtinMethod(receiver: obj, name: name))
        }
        return nil
    }

    /// `setattr(obj, name, v)`.
    mutating func setAttr(_ obj: Value, _ name: String, _ v: Value, key: Value? = nil) throws(PyError) {
        guard case .object(let r) = obj else { throw .attribute("'\(heap.typeName(obj))' object has no attribute '\(name)'") }
        // Instances: the class is read in place (binding the instance copied its attribute
        // table), and a str key is set in the table in place.
        if let cls = heap.instanceClass(r) {
            if let custom = lookupInMRO(cls, key: knownKey(.setattr)), !isBuiltinSlot(custom) {
                _ = try callValue(custom, [obj, intern(name), v], [])
                return
            }
            let key = key ?? intern(name)
            if let d = lookupInMRO(cls, key: key), case .property(_, let fset, _, _)? = heap.vm(d) {
                if case .none = fset {
                    throw .attribute("property '\(name)' of '\(heap.typeName(obj))' object has no setter")
                }
                _ = try callValue(fset, [obj, v], [])
                return
            }
            try checkSlotsStore(obj, cls, name, key)
            let h = try hash(key)
            if heap.instanceSetStr(r, key, hash: h, v) { return }
            // Another kind of key shares the hash: only `find`, with `__eq__`, can decide.
            guard var i = heap.takeInstance(r) else { return }
            defer { heap.putBack(r, .instance(i)) }
            try i.attributes.set(key, v, hash: h, rt: &self)
            return
        }
        switch heap.objects[r.slot] {
        case .vm(.exception(let e)):
            if let d = try lookupInMRO(e.cls, name), case .property(_, let fset, _, _)? = heap.vm(d), !fset.isIdentical(to: .none) {
                _ = try callValue(fset, [obj, v], [])
                return
            }
            switch name {
            case "__cause__": updateException(obj) { $0.cause = v; $0.suppressContext = true }
            case "__context__": updateException(obj) { $0.context = v }
            case "__suppress_context__": updateException(obj) { if case .bool(let b) = v { $0.suppressContext = b } }
            case "args": let t = heap.newTuple((try? iterate(v)) ?? []); updateException(obj) { $0.args = t }
            case "__traceback__": try setTraceback(obj, v)
            default:
                let key = intern(name)
                var attrs = e.attributes
                try attrs.set(key, v, rt: &self)
                updateException(obj) { $0.attributes = attrs }
            }
        case .vm(.type(let c)):
            // A metaclass's __setattr__ decides (EnumType refuses to reassign a member).
            if c.meta != nil, let m = try userDunder(obj, "__setattr__") {
                _ = try callValue(m, [obj, intern(name), v], [])
                return
            }
            try typeSetAttr(obj, name, v)
        case .vm(.module(let m)):
            try dictSet(m.dict, name, v)
        case .vm(.function(var f)):
            switch name {
            case "__name__": f.name = heap.string(v) ?? f.name
            case "__qualname__": f.qualname = heap.string(v) ?? f.qualname
            case "__doc__": f.doc = v
            case "__module__": f.module = heap.string(v) ?? f.module
            case "__defaults__":
                // Calls read `defaults`; an entry in the attribute dict would change nothing.
                if case .none = v { f.defaults = [] } else if case .object(let t) = v, case .tuple(let items) = heap.objects[t.slot] {
                    f.defaults = items
                } else { throw .typeError("__defaults__ must be set to a tuple object") }
            case "__kwdefaults__":
                if case .none = v { f.kwDefaults = v } else if case .object(let d) = v, heap.kind(d) == .dict {
                    f.kwDefaults = v
                } else { throw .typeError("__kwdefaults__ must be set to a dict object") }
            case "__dict__": break
            default: try dictSet(f.attributes, name, v); return
            }
            heap.objects[r.slot] = .vm(.function(f))
        default:
            if try getAttrOrNil(obj, name) != nil {
                throw .attribute("'\(heap.typeName(obj))' object attribute '\(name)' is read-only")
            }
            throw .attribute("'\(heap.typeName(obj))' object has no attribute '\(name)'")
        }
    }

    /// `object.__setattr__` on an instance without `__dict__` (typeobject.c `__slots__`):
    /// only a name with a slot descriptor on the class can be set.
    mutating func checkSlotsStore(_ obj: Value, _ cls: Value, _ name: String, _ key: Value) throws(PyError) {
        guard slotsOnly(cls) else { return }
        let d = lookupInMRO(cls, key: key)
        if let d, case .member? = heap.vm(d) { return }
        if d != nil { throw .attribute("'\(heap.typeName(obj))' object attribute '\(name)' is read-only") }
        throw .exception(attributeError(obj, name))
    }

    /// Whether instances of `cls` lack a `__dict__` (`PyClass.slotsOnly`), read in place.
    func slotsOnly(_ cls: Value) -> Bool {
        guard case .object(let r) = cls else { return false }
        return heap.objects.withUnsafeBufferPointer { buf in
            if case .vm(.type(let c)) = buf[r.slot] { return c.slotsOnly }
            return false
        }
    }

    /// `type.__setattr__`: a class attribute, or the class's name.
    mutating func typeSetAttr(_ obj: Value, _ name: String, _ v: Value) throws(PyError) {
        guard let c = heap.pyClass(obj) else { throw .typeError("descriptor '__setattr__' requires a 'type' object") }
        if c.builtin != nil { throw .typeError("cannot set '\(name)' attribute of immutable type '\(c.name)'") }
        if name == "__name__", let s = heap.string(v) { updateClass(obj) { $0.name = s }; return }
        if name == "__qualname__", let s = heap.string(v) { updateClass(obj) { $0.qualname = s }; return }
        // The repr reads the class's module; CPython keeps `__module__` in the dict only.
        if name == "__module__", let s = heap.string(v) { updateClass(obj) { $0.module = s } }
        try dictSet(c.dict, name, v)
    }

    /// `delattr(obj, name)`: a user class's `__delattr__` decides, else `object.__delattr__`.
    mutating func delAttr(_ obj: Value, _ name: String) throws(PyError) {
        if case .object(let r) = obj, case .instance(let inst) = heap.objects[r.slot],
           let m = try lookupInMRO(inst.cls, "__delattr__"), !isBuiltinSlot(m) {
            _ = try callValue(m, [obj, heap.newStr(name)], [])
            return
        }
        try objectDelAttr(obj, name)
    }

    /// `object.__delattr__`: a property's deleter, else the instance's own attribute.
    mutating func objectDelAttr(_ obj: Value, _ name: String) throws(PyError) {
        guard case .object(let r) = obj else { throw .exception(attributeError(obj, name)) }
        switch heap.objects[r.slot] {
        case .instance(let inst):
            if let d = try lookupInMRO(inst.cls, name), case .property(_, _, let fdel, _)? = heap.vm(d) {
                if case .none = fdel {
                    throw .attribute("property '\(name)' of '\(heap.typeName(obj))' object has no deleter")
                }
                _ = try callValue(fdel, [obj], [])
                return
            }
            let key = intern(name)
            guard var i = heap.takeInstance(r) else { return }
            // `try?` flattens: nil both for an absent key and for an `__eq__` that raised.
            let removed = try? i.attributes.remove(key, rt: &self)
            heap.putBack(r, .instance(i))
            if removed == nil {
                // member_delete of an empty slot: the bare name, as 3.11 says it.
                if let d = lookupInMRO(inst.cls, key: key), case .member? = heap.vm(d) { throw .attribute(name) }
                if slotsOnly(inst.cls), lookupInMRO(inst.cls, key: key) != nil {
                    throw .attribute("'\(heap.typeName(obj))' object attribute '\(name)' is read-only")
                }
                throw .exception(attributeError(obj, name))
            }
        case .vm(.type(let c)):
            if try !dictDelete(c.dict, name) { throw .exception(attributeError(obj, name)) }
        case .vm(.module(let m)):
            if try !dictDelete(m.dict, name) { throw .exception(attributeError(obj, name)) }
        case .vm(.function(let f)):
            if try !dictDelete(f.attributes, name) { throw .exception(attributeError(obj, name)) }
        default:
            throw .exception(attributeError(obj, name))
        }
    }
}
