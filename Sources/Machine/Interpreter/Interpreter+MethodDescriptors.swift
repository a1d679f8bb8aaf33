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
        case .str, .bytes, .bytearray, .list, .tuple, .dict, .set, .frozenset: break
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
            let receiver = heap.kind(r)
            let inline: Heap.InlineMethod
            switch (receiver, name) {
            case (.list, "append"): inline = .listAppend
            case (.dict, "get"): inline = .dictGet
            default: inline = .none
            }
            heap.methodDescriptors[dr.slot & (Heap.builtinMethodCacheSize - 1)] = Heap.MethodDescriptor(
                object: dr.index, epoch: heap.classEpoch, receiver: receiver, name: name,
                min: arity?.min ?? 0, max: arity?.max ?? -1, inline: inline)
        }
        return descriptor
    }

    /// `CALL count` of a built-in method descriptor pushed by `LOAD_METHOD` with its
    /// receiver: runs the method on the receiver and pushes the result. False (nothing
    /// changed) for any other callable or with keywords, which the general path handles
    /// (calling the descriptor with the receiver first, as `list.pop(lst)` does).
    ///
    /// The frame is read once through a pointer and the descriptor's record in place:
    /// `frames[n].stack[k]` and a copied record (its name a String) cost ~600 instructions
    /// a call.
    mutating func callBuiltinMethodDescriptor(_ count: Int) throws(PyError) -> Bool {
        let n = frames.count - 1
        let head = frames.withUnsafeMutableBufferPointer { buf -> (method: ObjectRef, receiver: ObjectRef, first: Value, last: Value)? in
            let f = buf.baseAddress.unsafelyUnwrapped + n
            guard f.pointee.kwNames.isEmpty else { return nil }
            let sc = f.pointee.stack.count
            guard case .object(let mr)? = f.pointee.stack[sc - count - 2],
                  case .object(let rr)? = f.pointee.stack[sc - count - 1] else { return nil }
            let first = count > 0 ? f.pointee.stack[sc - count] ?? Value.none : Value.none
            let last = count > 0 ? f.pointee.stack[sc - 1] ?? Value.none : Value.none
            return (mr, rr, first, last)
        }
        guard let (mr, rr, first, last) = head else { return false }
        // Only a descriptor noted when `makeBuiltinMethodDescriptor` made it, with a receiver
        // of its kind and an argument count it accepts. A decorator call leaves the same
        // shape (`@x.setter`: a bound method below the function), and a wrong count must
        // raise CPython's TypeError: both take the general path.
        let epoch = heap.classEpoch
        let receiverKind = heap.kind(rr)
        let inline = heap.methodDescriptors.withUnsafeBufferPointer { ds -> Heap.InlineMethod? in
            let d = ds[mr.slot & (Heap.builtinMethodCacheSize - 1)]
            guard d.object == mr.index, d.epoch == epoch, receiverKind == d.receiver,
                  count >= d.min, d.max < 0 || count <= d.max else { return nil }
            return d.inline
        }
        guard let inline else { return false }
        // The two methods lesson loops call most run inline.
        var result: Value?
        switch inline {
        case .listAppend:
            try heap.appendToList(rr, last)
            result = Value.none
        case .dictGet:
            if case .object(let kr) = first, heap.kind(kr) == .str {
                // The hash first: `strHash` may write the heap, which must not happen while
                // `dictLookupStr` borrows it (the whole object table would be copied).
                let h = heap.strHash(kr)
                if let found = heap.dictLookupStr(rr, first, hash: h) { result = found ?? (count == 2 ? last : Value.none) }
            }
        case .none:
            break
        }
        if let result {
            frames.withUnsafeMutableBufferPointer { buf in
                buf[n].stack.removeLast(few: count + 2)
                buf[n].stack.append(result)
            }
            return true
        }
        let name = heap.methodDescriptors[mr.slot & (Heap.builtinMethodCacheSize - 1)].name
        let args = frames.withUnsafeMutableBufferPointer { buf -> [Value] in
            let sc = buf[n].stack.count
            var args: [Value] = []
            args.reserveCapacity(count)
            for k in (sc - count)..<sc { args.append(buf[n].stack[k] ?? .none) }
            buf[n].stack.removeLast(few: count + 2)
            return args
        }
        top.push(try callBuiltinMethodOf(.object(rr), name, args, [], arityChecked: true))
        return true
    }
}
