import PyLang

/// Instances of user subclasses of built-in types (`class D(dict)`, `class L(list)`,
/// `class S(str)`): an ordinary instance whose built-in value (its "base") is kept in its
/// attribute table under a key no attribute name can be (`...`). What the class does not
/// define itself is done on the base, as CPython's inherited slots would: `len`, indexing,
/// iteration, `repr`, comparisons, arithmetic, the built-in methods, and `super().m(...)`.
extension Interp {
    /// The built-in types whose subclasses carry a base value.
    static let subclassableBuiltins: Set<String> = ["dict", "list", "set", "frozenset", "str", "int", "float",
                                                   "tuple", "bytes", "bytearray"]
    /// Those whose `__new__` makes an empty value that `__init__` then fills.
    static let mutableBuiltins: Set<String> = ["dict", "list", "set", "bytearray"]
    /// The attribute-table key of the base: a value that is never an attribute name.
    static let baseKey = Value.ellipsis

    /// The built-in type a class inherits its storage from (`PyClass.builtinBase`), read in place.
    func builtinBase(ofClass cls: Value) -> String? {
        guard case .object(let r) = cls else { return nil }
        return heap.objects.withUnsafeBufferPointer { buf in
            if case .vm(.type(let c)) = buf[r.slot] { return c.builtinBase }
            return nil
        }
    }

    /// The first class of `mro` (after the class itself) that is a subclassable built-in.
    func inheritedBuiltinBase(_ mro: [Value]) -> String? {
        for k in mro.dropFirst() {
            guard let c = heap.pyClass(k) else { continue }
            if let b = c.builtinBase { return b }
            if let b = c.builtin, Interp.subclassableBuiltins.contains(b) { return b }
        }
        return nil
    }

    /// The base value of `v` if it is an instance of a subclass of a built-in type.
    mutating func builtinBaseValue(_ v: Value) throws(PyError) -> Value? {
        guard case .object(let r) = v, let cls = heap.instanceClass(r), builtinBase(ofClass: cls) != nil,
              case .instance(let inst) = heap.objects[r.slot] else { return nil }
        return try inst.attributes.get(Interp.baseKey, rt: &self)
    }

    /// `v`'s base value, or `v` itself: what a built-in operation on it sees.
    mutating func unwrapBuiltin(_ v: Value) throws(PyError) -> Value {
        try builtinBaseValue(v) ?? v
    }

    mutating func setBuiltinBase(_ instance: Value, _ base: Value) throws(PyError) {
        guard case .object(let r) = instance, var i = heap.takeInstance(r) else { return }
        defer { heap.putBack(r, .instance(i)) }
        try i.attributes.set(Interp.baseKey, base, rt: &self)
    }

    /// The base a new instance of `cls` (a subclass of built-in `builtin`) starts with:
    /// empty for the mutable types (their `__init__` fills it), else made from the arguments.
    mutating func newBuiltinBase(_ builtin: String, _ args: [Value], _ kwargs: [(String, Value)],
                                 filledByInit: Bool) throws(PyError) -> Value {
        let empty = filledByInit && Interp.mutableBuiltins.contains(builtin)
        if filledByInit && !empty {
            // An immutable type with an `__init__` of its own that takes other arguments than
            // the type does (the namedtuple prelude's `_NT(tuple)`): an empty value rather
            // than the type's own TypeError, which CPython would only give without `__new__`.
            do throws(PyError) { return try construct(builtinClass(builtin), args, kwargs) } catch {
                if case .typeError = error { return try construct(builtinClass(builtin), [], []) }
                let e = exceptionValue(error)
                if exceptionIs(e, "TypeError") { return try construct(builtinClass(builtin), [], []) }
                throw .exception(e)
            }
        }
        return try construct(builtinClass(builtin), empty ? [] : args, empty ? [] : kwargs)
    }

    /// `object.__new__(cls, *args)` for a subclass of built-in `builtin`: an instance with its
    /// base, empty when a Python `__init__` will fill it (mutable types), else from the arguments.
    mutating func newBuiltinSubclassInstance(_ cls: Value, _ builtin: String, _ args: [Value],
                                             _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let userInit = lookupInMRO(cls, key: knownKey(.initializer)).map { !isBuiltinSlot($0) } ?? false
        let instance = heap.newInstance(cls)
        try setBuiltinBase(instance, try newBuiltinBase(builtin, args, kwargs, filledByInit: userInit))
        return instance
    }

    /// Whether the built-in type `builtin` has method or special method `name` (for attribute
    /// lookup and `super()` on instances of its subclasses).
    func builtinHas(_ builtin: String, _ name: String) -> Bool {
        if BuiltinMethodNames.has(builtin, name) { return true }
        switch name {
        case "__init__", "__repr__", "__str__", "__eq__", "__ne__", "__hash__":
            return true
        case "__iter__", "__len__", "__contains__":
            return builtin != "int" && builtin != "float"
        case "__getitem__", "__setitem__", "__delitem__", "__reversed__":
            return !["int", "float", "set", "frozenset"].contains(builtin)
        case "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__", "__mul__", "__rmul__", "__iadd__", "__imul__":
            return true
        case "__or__", "__ror__", "__ior__", "__and__", "__rand__", "__sub__", "__rsub__", "__xor__":
            return builtin != "list" && builtin != "tuple" && builtin != "str"
        case "__index__", "__int__", "__float__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__",
             "__truediv__", "__floordiv__", "__mod__", "__pow__":
            return builtin == "int" || builtin == "float"
        default: return false
        }
    }

    /// Calls built-in method `name` for an instance of a subclass (`owner`) on its base.
    mutating func callOnBuiltinBase(_ owner: Value, _ base: Value, _ name: String, _ args: [Value],
                                    _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        if name.hasPrefix("__"), let r = try builtinDunder(owner, base, name, args, kwargs) { return r }
        var plain: [Value] = []
        for a in args { plain.append(try unwrapBuiltin(a)) }
        return try callBuiltinMethodOf(base, name, plain, kwargs)
    }

    /// The built-in type's special method `name` run on `base` for `owner` (slot_* in
    /// typeobject.c, seen from the other side); nil when the type has no such method.
    mutating func builtinDunder(_ owner: Value, _ base: Value, _ name: String, _ args: [Value],
                                _ kwargs: [(String, Value)] = []) throws(PyError) -> Value? {
        func one() throws(PyError) -> Value {
            guard args.count == 1 else { throw .typeError("expected 1 argument, got \(args.count)") }
            return args[0]
        }
        let kind = heap.typeName(base)
        switch name {
        case "__getitem__":
            let key = try one()
            do throws(PyError) { return try getSubscript(base, key) } catch {
                // dict_subscript: a subclass's `__missing__` answers for an absent key.
                let e = exceptionValue(error)
                if kind == "dict", exceptionIs(e, "KeyError"), let m = try userDunder(owner, "__missing__") {
                    return try callValue(m, [owner, key], [])
                }
                throw .exception(e)
            }
        case "__setitem__":
            guard args.count == 2 else { throw .typeError("expected 2 arguments, got \(args.count)") }
            try storeSubscript(base, args[0], args[1])
            return Value.none
        case "__delitem__": try deleteSubscript(base, try one()); return Value.none
        case "__len__": return .int(try pyLength(base))
        case "__contains__": return .bool(try containsOperation(base, try one()))
        case "__iter__": return try getIter(base)
        case "__reversed__":
            guard let i = Natives.index["new:reversed"] else { return nil }
            return try callNative(i, [base])
        case "__repr__": return heap.newStr(try repr(base))
        case "__str__": return heap.newStr(try str(base))
        case "__hash__": return .int(try hash(owner))
        case "__bool__" where kind == "int" || kind == "float": return .bool(try truthy(base))
        case "__index__" where kind == "int", "__int__" where kind == "int": return base
        case "__int__" where kind == "float", "__float__" where kind == "float", "__float__" where kind == "int":
            return try construct(builtinClass(name == "__int__" ? "int" : "float"), [base], [])
        case "__init__":
            try builtinReinit(base, kind, args, kwargs)
            return Value.none
        case "__neg__" where kind == "int" || kind == "float", "__pos__" where kind == "int" || kind == "float",
             "__invert__" where kind == "int":
            return try unaryOperation(name, base)
        case "__abs__" where kind == "int" || kind == "float":
            guard let i = Natives.index["abs"] else { return nil }
            return try callNative(i, [base])
        default: break
        }
        let compares: [String: CompareOp] = ["__eq__": .eq, "__ne__": .ne, "__lt__": .lt, "__le__": .le, "__gt__": .gt, "__ge__": .ge]
        if let op = compares[name] {
            let other = try unwrapBuiltin(try one())
            do throws(PyError) { return .bool(try compare(base, other, op)) } catch { return .notImplemented }
        }
        // Arithmetic: `__op__`, `__rop__` and `__iop__` by the binary table's names.
        let trimmed = String(name.dropFirst(2).dropLast(2))
        for (op, opName) in Interp.binaryTable {
            let reflected = trimmed == "r" + opName, inplace = trimmed == "i" + opName
            guard trimmed == opName || reflected || inplace else { continue }
            let other = try unwrapBuiltin(try one())
            do throws(PyError) {
                if inplace {
                    let r = try inplaceOp(op, base, other)
                    // list_inplace_concat mutated the base in place: the result is the instance.
                    return r.isIdentical(to: base) ? owner : r
                }
                return reflected ? try binaryOp(op, other, base) : try binaryOp(op, base, other)
            } catch {
                if case .typeError = error { return .notImplemented }
                throw error
            }
        }
        return nil
    }

    /// `dict.__init__`/`list.__init__`/`set.__init__` run again on a base (a subclass's
    /// `super().__init__(...)`): list and set start over, dict updates.
    private mutating func builtinReinit(_ base: Value, _ kind: String, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) {
        guard case .object(let r) = base else { return }
        switch kind {
        case "dict":
            if args.count > 1 { throw .typeError("dict expected at most 1 argument, got \(args.count)") }
            if let a = args.first { try dictUpdate(r, from: try unwrapBuiltin(a)) }
            for (k, v) in kwargs { try dictSet(r, k, v) }
        case "list", "set", "bytearray":
            if args.count > 1 { throw .typeError("\(kind) expected at most 1argument, got \(args.count)") }
            _ = try callBuiltinMethodOf(base, "clear", [], [])
            if let a = args.first { _ = try callBuiltinMethodOf(base, kind == "set" ? "update" : "extend", [try unwrapBuiltin(a)], []) }
        default: break
        }
    }

    /// `repr` of an instance whose class keeps the built-in repr: as the base, except sets,
    /// which name their type (`S({1})`, `S()`).
    mutating func builtinSubclassRepr(_ v: Value, _ base: Value) throws(PyError) -> String {
        let kind = heap.typeName(base)
        guard kind == "set" || kind == "frozenset" else { return try repr(base) }
        if try pyLength(base) == 0 { return "\(heap.typeName(v))()" }
        return "\(heap.typeName(v))(\(try repr(base)))"
    }
}

extension Builtins {
    /// Natives for the preludes' subclasses of built-in types.
    static let langNatives: [NativeEntry] = [
        // The dict inside an instance of a dict subclass, for collections.py's mappings, which
        // keep their items there so that built-in operations on them (`{**od}`, `dict(od)`)
        // see what their own methods see.
        NativeEntry(name: "_collections:_dict_storage") { vm, args, _ throws(PyError) in
            guard let obj = args.first, let base = try vm.builtinBaseValue(obj), case .object(let r) = base,
                  vm.heap.kind(r) == .dict else {
                throw .typeError("_dict_storage() needs an instance of a dict subclass")
            }
            return base
        },
    ]
}
