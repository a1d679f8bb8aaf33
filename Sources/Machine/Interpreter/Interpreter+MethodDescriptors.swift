import PyLang

/// `obj.method(args)` for the built-in methods of built-in objects (`lst.append(x)`,
/// `d.get(k)`, `s.upper()`), without the attribute lookup by name and the bound-method object
/// (~3,000 instructions a call). As in CPython, `LOAD_METHOD` pushes the method of the class
/// (`list.append` itself) and the receiver; `CALL` runs it on the receiver: `list.append` and
/// `dict.get` inline, the others by name. Anything unusual (keywords, a wrong argument count,
/// another callable) calls the descriptor, which behaves as `list.append(lst, x)` does (same
/// results, same errors).
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
        let type = heap.typeName(obj)
        // A class method is not `method(self, ...)`: `dict.fromkeys(d, x)` makes a dict from
        // `d`, so a descriptor called with keywords would misbehave.
        if BuiltinMethodNames.isClassMethod(type, name) { return nil }
        guard BuiltinMethodNames.has(type, name), let cls = process.classes[type] else { return nil }
        // A method the class dict defines (prelude code) is found by the general lookup.
        if let kc = heap.pyClass(cls), dictGetKey(kc.dict, key) != nil { return nil }
        let descriptor = heap.newVM(.builtinMethod(receiver: cls, name: name))
        if case .object(let dr) = descriptor, case .object(let r) = obj {
            let arity = BuiltinMethodArity.table[type]?[name]
            heap.methodDescriptors[dr.slot & (Heap.builtinMethodCacheSize - 1)] = Heap.MethodDescriptor(
                object: dr.index, epoch: heap.classEpoch, receiver: heap.kind(r), name: name,
                min: arity?.min ?? 0, max: arity?.max ?? -1)
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
        // Only a descriptor noted when `makeBuiltinMethodDescriptor` made it, with a receiver
        // of its kind and an argument count it accepts. A decorator call leaves the same
        // shape (`@x.setter`: a bound method below the function), and a wrong count must
        // raise CPython's TypeError: both take the general path.
        guard case .object(let mr)? = frames[n].stack[sc - count - 2],
              case .object(let rr)? = frames[n].stack[sc - count - 1] else { return false }
        let d = heap.methodDescriptors[mr.slot & (Heap.builtinMethodCacheSize - 1)]
        guard d.object == mr.index, d.epoch == heap.classEpoch, heap.kind(rr) == d.receiver,
              count >= d.min, d.max < 0 || count <= d.max else { return false }
        // The two methods lesson loops call most run inline.
        if let inline = inlineMethodResult(d, rr, count) {
            frames[n].stack.removeLast(few: count + 2)
            frames[n].stack.append(inline)
            return true
        }
        var args: [Value] = []
        args.reserveCapacity(count)
        for k in (sc - count)..<sc { args.append(frames[n].stack[k] ?? .none) }
        frames[n].stack.removeLast(few: count + 2)
        top.push(try callBuiltinMethodOf(.object(rr), d.name, args, [], arityChecked: true))
        return true
    }

    /// `list.append(x)` and `dict.get(key[, default])` of a str key on the top frame's stack,
    /// done in place; nil for anything else (then the method runs by name).
    @inline(__always)
    private mutating func inlineMethodResult(_ d: Heap.MethodDescriptor, _ r: ObjectRef, _ count: Int) -> Value? {
        let n = frames.count - 1
        let sc = frames[n].stack.count
        switch (d.receiver, d.name) {
        case (.list, "append"):
            heap.listAppend(r, frames[n].stack[sc - 1] ?? .none)
            return Value.none
        case (.dict, "get"):
            guard case .object(let kr)? = frames[n].stack[sc - count], heap.kind(kr) == .str else { return nil }
            // The hash first: `strHash` may write the heap, which must not happen while
            // `dictLookupStr` borrows it (the whole object table would be copied).
            let h = heap.strHash(kr)
            guard let found = heap.dictLookupStr(r, .object(kr), hash: h) else { return nil }
            return found ?? (count == 2 ? frames[n].stack[sc - 1] ?? Value.none : Value.none)
        default:
            return nil
        }
    }
}
