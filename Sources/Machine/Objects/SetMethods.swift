/// `set`/`frozenset` methods and operators (Objects/setobject.c). Sets are `PyDict` tables
/// whose values are unused.
extension Runtime {
    /// A table of the elements of any built-in iterable (for set arguments).
    mutating func tableOf(_ v: Value) throws(PyError) -> PyDict? {
        if case .object(let r) = v {
            let object1 = heap.objects[r.slot]
            switch object1 {
            case .set(let d), .frozenset(let d): return d
            default: break
            }
        }
        guard let items = try iterableItems(v) else { return nil }
        var d = PyDict()
        for x in items { try d.set(x, .none, rt: &self) }
        return d
    }

    /// `set(iterable)` / `frozenset(iterable)` from built-in iterables.
    mutating func makeSet(_ items: [Value], frozen: Bool = false) throws(PyError) -> Value {
        var d = PyDict()
        for x in items { try d.set(x, .none, rt: &self) }
        return frozen ? heap.newFrozenSet(d) : heap.newSet(d)
    }

    private mutating func combine(_ op: BinaryOp, _ x: PyDict, _ y: PyDict) throws(PyError) -> PyDict {
        var out = PyDict()
        switch op {
        case .or:
            out = x
            for e in y.entries where e.hash != -1 { try out.set(e.key, .none, hash: e.hash, rt: &self) }
        case .and:
            let (small, big) = x.count <= y.count ? (x, y) : (y, x)
            // CPython iterates the smaller set; keep the order of `x` when it is the smaller.
            for e in small.entries where e.hash != -1 {
                if try big.find(e.key, hash: e.hash, rt: &self) != nil { out.insertNew(e.key, .none, hash: e.hash) }
            }
        case .sub:
            for e in x.entries where e.hash != -1 {
                if try y.find(e.key, hash: e.hash, rt: &self) == nil { out.insertNew(e.key, .none, hash: e.hash) }
            }
        case .xor:
            for e in x.entries where e.hash != -1 {
                if try y.find(e.key, hash: e.hash, rt: &self) == nil { out.insertNew(e.key, .none, hash: e.hash) }
            }
            for e in y.entries where e.hash != -1 {
                if try x.find(e.key, hash: e.hash, rt: &self) == nil { out.insertNew(e.key, .none, hash: e.hash) }
            }
        default: break
        }
        return out
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; the result has `a`'s type. nil if `b` is
    /// not a set.
    mutating func setOperator(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard case .object(let ra) = a, case .object(let rb) = b else { return nil }
        let x: PyDict, y: PyDict
        let frozen: Bool
        let object2 = heap.objects[ra.slot]
        switch object2 {
        case .set(let d): x = d; frozen = false
        case .frozenset(let d): x = d; frozen = true
        default: return nil
        }
        let object3 = heap.objects[rb.slot]
        switch object3 {
        case .set(let d), .frozenset(let d): y = d
        default: return nil
        }
        let out = try combine(op, x, y)
        return frozen ? heap.newFrozenSet(out) : heap.newSet(out)
    }

    /// Calls `set.name(*args)` / `frozenset.name(*args)`; nil if no such method.
    mutating func callSetMethod(_ name: String, _ sv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard case .object(let r) = sv else { return nil }
        let frozen: Bool
        let object4 = heap.objects[r.slot]
        switch object4 {
        case .set: frozen = false
        case .frozenset: frozen = true
        default: return nil
        }
        // Read-only branches copy the table; mutating ones take it (no second reference).
        func table() -> PyDict {
            let object5 = heap.objects[r.slot]
            switch object5 {
            case .set(let d), .frozenset(let d): return d
            default: return PyDict()
            }
        }
        func others() throws(PyError) -> [PyDict] {
            var out: [PyDict] = []
            for a in args {
                guard let t = try tableOf(a) else { throw .typeError("'\(heap.typeName(a))' object is not iterable") }
                out.append(t)
            }
            return out
        }
        func mutate(_ body: (inout PyDict, inout Self) throws(PyError) -> Void) throws(PyError) {
            if frozen { throw .attribute("'frozenset' object has no attribute '\(name)'") }
            var d = heap.takeDict(r)
            defer { heap.putDict(r, d, kind: .set) }
            try body(&d, &self)
        }
        let wrap: (PyDict, inout Heap) -> Value = { d, h in frozen ? h.newFrozenSet(d) : h.newSet(d) }
        switch name {
        case "add":
            try mutate { d, rt throws(PyError) in try d.set(args[0], .none, rt: &rt) }
            return Value.none
        case "discard", "remove":
            var found = false
            try mutate { d, rt throws(PyError) in found = try d.remove(args[0], rt: &rt) != nil }
            if !found && name == "remove" { throw .key(args[0]) }
            return Value.none
        case "pop":
            var item: Value?
            try mutate { d, _ throws(PyError) in item = d.popFirst()?.0 }
            guard let item else { throw .key(heap.newStr("pop from an empty set")) }
            return item
        case "clear":
            try mutate { d, _ throws(PyError) in d.removeAll() }
            return Value.none
        case "copy":
            return frozen ? sv : heap.newSet(table())
        case "union", "intersection", "difference", "symmetric_difference":
            let op: BinaryOp = name == "union" ? .or : name == "intersection" ? .and : name == "difference" ? .sub : .xor
            var acc = table()
            for o in try others() { acc = try combine(op, acc, o) }
            return wrap(acc, &heap)
        case "update", "intersection_update", "difference_update", "symmetric_difference_update":
            let op: BinaryOp = name == "update" ? .or : name == "intersection_update" ? .and
                : name == "difference_update" ? .sub : .xor
            var acc = table()
            for o in try others() { acc = try combine(op, acc, o) }
            let result = acc
            try mutate { d, _ throws(PyError) in d = result }
            return Value.none
        case "issubset", "issuperset", "isdisjoint":
            guard let o = try others().first else { throw .typeError("\(name)() takes exactly one argument (0 given)") }
            let current = table()
            switch name {
            case "issubset": return .bool(try isSubset(current, o))
            case "issuperset": return .bool(try isSubset(o, current))
            default: return .bool(try combine(.and, current, o).isEmpty)
            }
        default:
            return nil
        }
    }
}
