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
