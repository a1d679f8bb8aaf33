import PyLang

/// `obj.method(args)` for the built-in methods lesson code calls in loops (`list.append`,
/// `dict.get`), without the bound-method object and the by-name dispatch of
/// `callBuiltinMethodOf` (~3,000 instructions a call). As in CPython, `LOAD_METHOD` pushes
/// the unbound method descriptor (`list.append` itself) and the receiver; `CALL` runs the
/// method directly when the receiver and arguments are the plain expected ones, and otherwise
/// calls the descriptor, which behaves as `list.append(lst, x)` does (same results, errors).
extension Interp {
    enum HotMethod: Int, CaseIterable {
        case listAppend, dictGet

        var kind: Heap.Kind {
            switch self {
            case .listAppend: return .list
            case .dictGet: return .dict
            }
        }
        var typeName: String {
            switch self {
            case .listAppend: return "list"
            case .dictGet: return "dict"
            }
        }
        var name: String {
            switch self {
            case .listAppend: return "append"
            case .dictGet: return "get"
            }
        }
    }

    /// The descriptor `LOAD_METHOD` pushes for `obj.<key>`, when `obj` is a plain list or dict
    /// and `key` names one of its hot methods; nil otherwise.
    @inline(__always)
    mutating func hotMethodDescriptor(_ obj: Value, _ key: Value) -> Value? {
        guard case .object(let r) = obj else { return nil }
        let kind = heap.kind(r)
        guard kind == .list || kind == .dict else { return nil }
        if heap.hotMethods.isEmpty { makeHotMethods() }
        for m in HotMethod.allCases where m.kind == kind && heap.hotMethodNames[m.rawValue].isIdentical(to: key) {
            let d = heap.hotMethods[m.rawValue]
            if case .none = d { return nil }
            return d
        }
        return nil
    }

    private mutating func makeHotMethods() {
        heap.hotMethodNames = HotMethod.allCases.map { intern($0.name) }
        heap.hotMethods = HotMethod.allCases.map { m in
            let cls = builtinClass(m.typeName)
            // A method the class dict defines (prelude code) is found before the built-in.
            if let kc = heap.pyClass(cls), dictGet(kc.dict, m.name) != nil { return Value.none }
            return heap.newVM(.builtinMethod(receiver: cls, name: m.name))
        }
    }

    /// `CALL count` of a hot method descriptor pushed by `LOAD_METHOD`: runs it and pushes the
    /// result. False (nothing changed) when the general path must run: another callable,
    /// keywords, an unexpected receiver or argument count, or a key that is not a str.
    @inline(__always)
    mutating func callHotMethod(_ count: Int) -> Bool {
        if heap.hotMethods.isEmpty { return false }
        let n = frames.count - 1
        let sc = frames[n].stack.count
        guard case .object(let mr)? = frames[n].stack[sc - count - 2], frames[n].kwNames.isEmpty,
              case .object(let r)? = frames[n].stack[sc - count - 1] else { return false }
        var method: HotMethod?
        for m in HotMethod.allCases {
            if case .object(let hr) = heap.hotMethods[m.rawValue], hr == mr { method = m; break }
        }
        guard let method else { return false }
        let result: Value
        switch method {
        case .listAppend:
            guard count == 1, heap.kind(r) == .list, let item = frames[n].stack[sc - 1] else { return false }
            heap.listAppend(r, item)
            result = .none
        case .dictGet:
            guard count == 1 || count == 2, heap.kind(r) == .dict,
                  let key = frames[n].stack[sc - count], case .object(let kr) = key, heap.kind(kr) == .str else { return false }
            // The hash first: `strHash` may write the heap, which must not happen while
            // `dictLookupStr` borrows it (the whole object table would be copied).
            let h = heap.strHash(kr)
            guard let found = heap.dictLookupStr(r, key, hash: h) else { return false }
            result = found ?? (count == 2 ? frames[n].stack[sc - 1] ?? .none : .none)
        }
        frames[n].stack.removeLast(count + 2)
        frames[n].stack.append(result)
        return true
    }
}

/// The other built-in methods of built-in objects (`lst.pop()`, `s.upper()`, `d.items()`):
/// `LOAD_METHOD` pushes the unbound descriptor (`list.pop`) and the receiver, as for the hot
/// methods, and `CALL` runs the method by name on the receiver. This skips the attribute
/// lookup by name and the bound-method object (~1,300 instructions a call); the method runs
/// as before, so results and errors are the same.
extension Interp {
    /// The descriptor for `obj.<key>` when `obj` is a built-in str, bytes, list, tuple, dict,
    /// set or frozenset and `key` names one of its built-in methods; nil otherwise (then the
    /// general lookup runs). Cached per (kind, name) and class epoch.
    @inline(__always)
    mutating func builtinMethodDescriptor(_ obj: Value, _ key: Value) -> Value? {
        guard case .object(let r) = obj, case .object(let kr) = key else { return nil }
        let kind = heap.kind(r)
        switch kind {
        case .str, .bytes, .list, .tuple, .dict, .set, .frozenset: break
        default: return nil
        }
        let slot = Int((UInt32(kind.rawValue) &* 0x9E37_79B1) ^ kr.index) & (Heap.builtinMethodCacheSize - 1)
        let epoch = heap.classEpoch
        let e = heap.builtinMethodCache[slot]
        if e.kind == kind && e.name == kr.index && e.epoch == epoch { return e.descriptor }
        let descriptor = makeBuiltinMethodDescriptor(obj, key)
        if heap.classEpoch == epoch {
            heap.builtinMethodCache[slot] = Heap.BuiltinMethodEntry(kind: kind, name: kr.index, epoch: epoch,
                                                                    descriptor: descriptor)
        }
        return descriptor
    }

    private mutating func makeBuiltinMethodDescriptor(_ obj: Value, _ key: Value) -> Value? {
        guard let name = heap.string(key) else { return nil }
        // Called on the class these two are not `method(self, ...)`: `dict.fromkeys(d, x)`
        // makes a dict from `d`, so a descriptor called with keywords would misbehave.
        if name == "fromkeys" || name == "fromhex" { return nil }
        let type = heap.typeName(obj)
        guard BuiltinMethodNames.has(type, name), let cls = process.classes[type] else { return nil }
        // A method the class dict defines (prelude code) is found by the general lookup.
        if let kc = heap.pyClass(cls), dictGetKey(kc.dict, key) != nil { return nil }
        let descriptor = heap.newVM(.builtinMethod(receiver: cls, name: name))
        if case .object(let dr) = descriptor {
            let arity = BuiltinMethodArity.table[type]?[name]
            heap.descriptorArity[dr.slot & (Heap.builtinMethodCacheSize - 1)] = Heap.DescriptorArity(
                descriptor: dr.index, epoch: heap.classEpoch, min: arity?.min ?? 0, max: arity?.max ?? -1)
        }
        return descriptor
    }

    /// `CALL count` of a built-in method descriptor pushed by `LOAD_METHOD` with its
    /// receiver: runs the method on the receiver and pushes the result. False (nothing
    /// changed) for any other callable or with keywords, which the general path handles
    /// (calling the descriptor with the receiver first, as `list.pop(lst)` does).
    mutating func callBuiltinMethodDescriptor(_ count: Int) throws(PyError) -> Bool {
        let n = frames.count - 1
        guard frames[n].kwNames.isEmpty else { return false }
        let sc = frames[n].stack.count
        // A decorator call has the same shape (`@x.setter`: the bound method below the
        // function), so the callable must be a method of a built-in class and the receiver
        // of that type. Called with the receiver first, such a method runs on it by name,
        // which is what is done here directly; `fromkeys` and `fromhex` would not (see
        // `makeBuiltinMethodDescriptor`).
        guard case .object(let mr)? = frames[n].stack[sc - count - 2],
              let receiver = frames[n].stack[sc - count - 1],
              let (name, type) = heap.builtinClassMethod(mr), name != "fromkeys", name != "fromhex",
              heap.typeName(receiver) == type else { return false }
        // The argument count is checked here, against the descriptor's arity noted when it
        // was made; a wrong count (or an unknown descriptor) takes the general path, which
        // raises CPython's TypeError.
        let arity = heap.descriptorArity[mr.slot & (Heap.builtinMethodCacheSize - 1)]
        guard arity.descriptor == mr.index, arity.epoch == heap.classEpoch,
              count >= arity.min, arity.max < 0 || count <= arity.max else { return false }
        var args: [Value] = []
        args.reserveCapacity(count)
        for k in (sc - count)..<sc { args.append(frames[n].stack[k] ?? .none) }
        frames[n].stack.removeLast(count + 2)
        top.push(try callBuiltinMethodOf(receiver, name, args, [], arityChecked: true))
        return true
    }
}

extension Heap {
    /// The name of the built-in method at `r` when it is looked up on a built-in class
    /// (`list.pop`), with the class's type name, read in place; nil for anything else.
    func builtinClassMethod(_ r: ObjectRef) -> (name: String, type: String)? {
        objects.withUnsafeBufferPointer { buf -> (name: String, type: String)? in
            guard case .vm(.builtinMethod(let receiver, let name)) = buf[r.slot], case .object(let cr) = receiver,
                  case .vm(.type(let cls)) = buf[cr.slot], let type = cls.builtin else { return nil }
            return (name, type)
        }
    }
}
