import PyLang

/// The pattern-matching instructions of `match` statements (ceval.c's `MATCH_*` and `GET_LEN`,
/// with its helpers `match_keys` and `match_class`).
extension Interp {
    /// What a value is to sequence and mapping patterns.
    enum MatchShape { case sequence, mapping, neither }

    /// Runs one pattern-matching instruction; stack effects as documented on `Instruction`.
    mutating func dispatchMatch(_ ins: Instruction) throws(PyError) {
        switch ins {
        case .getLen:
            top.push(.int(try pyLength(top.top)))
        case .matchSequence:
            top.push(.bool(matchShape(top.top) == .sequence))
        case .matchMapping:
            top.push(.bool(matchShape(top.top) == .mapping))
        case .matchKeys:
            let keys = top.top
            let subject = top.stack[top.stack.count - 2] ?? .none
            top.push(try matchKeys(subject, heap.sequenceItems(keys) ?? []))
        case .copyDictWithoutKeys:
            let keys = top.pop()
            let rest = try callValue(builtinClass("dict"), [top.top], [])
            for key in heap.sequenceItems(keys) ?? [] { try deleteSubscript(rest, key) }
            top.push(rest)
        case .matchClass(let n):
            let names = top.pop()
            let cls = top.pop()
            let subject = top.pop()
            top.push(try matchClass(subject, cls, positional: Int(n), names: heap.sequenceItems(names) ?? []))
        default:
            break
        }
    }

    /// CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: the first class along the MRO
    /// that is one of the collection types decides (a subclass inherits its base's kind).
    mutating func matchShape(_ v: Value) -> MatchShape {
        let cls = classOf(v)
        guard let c = heap.pyClass(cls) else { return .neither }
        for k in c.mro {
            guard let kc = heap.pyClass(k) else { continue }
            if let b = kc.builtin {
                switch b {
                case "list", "tuple", "range", "memoryview": return .sequence
                case "dict", "mappingproxy": return .mapping
                case "str", "bytes", "bytearray": return .neither
                default: continue
                }
            }
            switch (kc.module, kc.name) {
            case ("_collections", "deque"), ("collections", "deque"), ("collections", "UserList"),
                 ("array", "array"), ("_memoryview", "memoryview"), ("builtins", "memoryview"),
                 ("collections.abc", "Sequence"), ("collections.abc", "MutableSequence"):
                return .sequence
            case ("collections", "_Mapping"), ("collections", "OrderedDict"), ("collections", "defaultdict"),
                 ("collections", "Counter"), ("collections", "UserDict"), ("collections", "ChainMap"),
                 ("collections.abc", "Mapping"), ("collections.abc", "MutableMapping"):
                return .mapping
            default: continue
            }
        }
        return .neither
    }

    /// ceval.c `match_keys`: the values of `keys` in `subject` (through its `get` method, so a
    /// defaultdict makes no entries), or None when one is missing.
    mutating func matchKeys(_ subject: Value, _ keys: [Value]) throws(PyError) -> Value {
        if keys.isEmpty { return heap.newTuple([]) }
        let get = try getAttr(subject, "get")
        // A fresh object no mapping can hold: `get`'s default tells a missing key apart.
        let missing = heap.newList([])
        var values: [Value] = []
        for (i, key) in keys.enumerated() {
            for earlier in keys[..<i] where try equal(earlier, key) {
                throw .valueError("mapping pattern checks duplicate key (\(try repr(key)))")
            }
            let v = try callValue(get, [key, missing], [])
            if v.isIdentical(to: missing) { return .none }
            values.append(v)
        }
        return heap.newTuple(values)
    }

    /// The built-in types whose one positional sub-pattern matches the subject itself
    /// (`_Py_TPFLAGS_MATCH_SELF`): `case int(n)`.
    static let matchSelfTypes: Set<String> = ["bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                              "int", "list", "set", "str", "tuple"]

    /// ceval.c `match_class`: a tuple of the positional then keyword attributes, or None.
    mutating func matchClass(_ subject: Value, _ cls: Value, positional nargs: Int, names: [Value]) throws(PyError) -> Value {
        guard let c = heap.pyClass(cls) else { throw .typeError("called match pattern must be a type") }
        let typeName = c.name
        guard try isInstanceOf(subject, cls, "isinstance") else { return .none }
        var attrs: [Value] = []
        var seen: [String] = []
        if nargs > 0 {
            var matchArgs: [Value] = []
            var matchSelf = false
            if let ma = try getAttrIfPresent(cls, "__match_args__") {
                guard heap.typeName(ma) == "tuple", let items = heap.sequenceItems(ma) else {
                    throw .typeError("\(typeName).__match_args__ must be a tuple (got \(heap.typeName(ma)))")
                }
                matchArgs = items
            } else {
                matchSelf = c.mro.contains { heap.pyClass($0)?.builtin.map { Self.matchSelfTypes.contains($0) } ?? false }
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if allowed < nargs {
                throw .typeError("\(typeName)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(nargs) given)")
            }
            if matchSelf {
                attrs.append(subject)
            } else {
                for name in matchArgs[..<nargs] {
                    guard heap.typeName(name) == "str", let s = heap.string(name) else {
                        throw .typeError("__match_args__ elements must be strings (got \(heap.typeName(name)))")
                    }
                    guard let v = try matchClassAttribute(subject, s, typeName, &seen) else { return .none }
                    attrs.append(v)
                }
            }
        }
        for name in names {
            guard let s = heap.string(name), let v = try matchClassAttribute(subject, s, typeName, &seen) else {
                return .none
            }
            attrs.append(v)
        }
        return heap.newTuple(attrs)
    }

    /// ceval.c `match_class_attr`: the attribute, or nil when the subject lacks it.
    mutating func matchClassAttribute(_ subject: Value, _ name: String, _ typeName: String,
                                      _ seen: inout [String]) throws(PyError) -> Value? {
        if seen.contains(name) {
            throw .typeError("\(typeName)() got multiple sub-patterns for attribute '\(name)'")
        }
        seen.append(name)
        return try getAttrIfPresent(subject, name)
    }

    /// `getattr(obj, name)`, nil on AttributeError (raised or not) and any other error passed on.
    mutating func getAttrIfPresent(_ obj: Value, _ name: String) throws(PyError) -> Value? {
        do throws(PyError) {
            return try getAttrOrNil(obj, name)
        } catch {
            let e = exceptionValue(error)
            if exceptionIs(e, "AttributeError") { return nil }
            throw .exception(e)
        }
    }
}
