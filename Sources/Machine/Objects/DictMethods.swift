/// `dict` methods (Objects/dictobject.c).
extension Runtime {
    /// Calls `dict.name(*args)`; nil if no such built-in method. Keyword arguments of
    /// `update(**kw)` are passed by the interpreter as a trailing dict argument.
    mutating func callDictMethod(_ name: String, _ dv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard case .object(let r) = dv, case .dict = heap.objects[r.slot] else { return nil }
        // Mutating branches take the table out first; read-only ones use `table()`.
        func table() -> PyDict {
            if case .dict(let d) = heap.objects[r.slot] { return d }
            return PyDict()
        }
        func arity(_ lo: Int, _ hi: Int) throws(PyError) {
            if args.count < lo {
                throw .typeError("\(name) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(args.count)")
            }
            if args.count > hi {
                throw .typeError("\(name) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(args.count)")
            }
        }
        switch name {
        case "get":
            try arity(1, 2)
            if let v = try table().get(args[0], rt: &self) { return v }
            return args.count > 1 ? args[1] : .none
        case "setdefault":
            try arity(1, 2)
            let h = try hash(args[0])
            var d = heap.takeDict(r)
            defer { heap.putDict(r, d, kind: .dict) }
            if let ix = try d.find(args[0], hash: h, rt: &self) { return d.entries[ix].value }
            let v = args.count > 1 ? args[1] : .none
            try d.reserveInsert(&heap)
            d.insertNew(args[0], v, hash: h)
            return v
        case "pop":
            try arity(1, 2)
            let h = try hash(args[0])
            var d = heap.takeDict(r)
            defer { heap.putDict(r, d, kind: .dict) }
            guard let ix = try d.find(args[0], hash: h, rt: &self) else {
                if args.count > 1 { return args[1] }
                throw .key(args[0])
            }
            return d.removeEntry(ix)
        case "popitem":
            try arity(0, 0)
            var d = heap.takeDict(r)
            let pair = d.popLast()
            heap.putDict(r, d, kind: .dict)
            guard let (k, v) = pair else { throw .key(heap.newStr("popitem(): dictionary is empty")) }
            return heap.newTuple([k, v])
        case "keys", "values", "items":
            try arity(0, 0)
            let kind: DictView.Kind = name == "keys" ? .keys : name == "values" ? .values : .items
            return .object(heap.alloc(.dictView(DictView(dict: r, kind: kind))))
        case "update":
            try arity(0, 2)
            for a in args { try dictUpdate(r, from: a) }
            return Value.none
        case "copy":
            return heap.newDict(table())
        case "clear":
            var d = heap.takeDict(r)
            d.removeAll()
            heap.putDict(r, d, kind: .dict)
            return Value.none
        default:
            return nil
        }
    }

    /// `d.update(other)`: from a dict, or an iterable of pairs.
    mutating func dictUpdate(_ r: ObjectRef, from other: Value) throws(PyError) {
        var pairs: [(Value, Value, Int?)] = []
        if case .object(let ro) = other, case .dict(let src) = heap.objects[ro.slot] {
            for e in src.entries where e.hash != -1 { pairs.append((e.key, e.value, e.hash)) }
        } else {
            guard let items = try iterableItems(other) else {
                throw .typeError("'\(heap.typeName(other))' object is not iterable")
            }
            for (i, item) in items.enumerated() {
                guard let pair = try iterableItems(item) else {
                    throw .typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
                }
                guard pair.count == 2 else {
                    throw .valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
                }
                pairs.append((pair[0], pair[1], nil))
            }
        }
        var hashes: [Int] = []
        hashes.reserveCapacity(pairs.count)
        for p in pairs {
            if let h = p.2 { hashes.append(h) } else { hashes.append(try hash(p.0)) }
        }
        var d = heap.takeDict(r)
        defer { heap.putDict(r, d, kind: .dict) }
        for (i, p) in pairs.enumerated() { try d.set(p.0, p.1, hash: hashes[i], rt: &self) }
    }

    /// `dict.fromkeys(iterable, value)`.
    mutating func dictFromKeys(_ iterable: Value, _ value: Value = .none) throws(PyError) -> Value {
        guard let items = try iterableItems(iterable) else {
            throw .typeError("'\(heap.typeName(iterable))' object is not iterable")
        }
        var d = PyDict()
        for k in items { try d.set(k, value, rt: &self) }
        return heap.newDict(d)
    }

    /// `dict(pairs)` / a dict from Swift pairs (for literals: `BUILD_MAP`).
    mutating func makeDict(_ pairs: [(Value, Value)]) throws(PyError) -> Value {
        var d = PyDict()
        for (k, v) in pairs { try d.set(k, v, rt: &self) }
        return heap.newDict(d)
    }
}
