/// `set`/`frozenset` methods and operators (Objects/setobject.c), following CPython's
/// algorithms step by step so results iterate in CPython's order.
extension Runtime {
    /// `set_update_internal`: adds the elements of any built-in iterable to `t`.
    mutating func setUpdate(_ t: inout PySetTable, from other: Value) throws(PyError) {
        if let o = heap.setTable(other) { try t.merge(o, rt: &self); return }
        if case .object(let r) = other, case .dict(let d) = heap.objects[r.slot] {
            try t.merge(dict: d, rt: &self)
            return
        }
        guard let items = try iterableItems(other) else {
            throw .typeError("'\(heap.typeName(other))' object is not iterable")
        }
        for x in items { try t.add(x, hash: hash(x), rt: &self) }
    }

    /// A table holding the elements of `v` (a copy for sets, as `make_new_set`).
    mutating func tableOf(_ v: Value) throws(PyError) -> PySetTable {
        var t = PySetTable()
        try setUpdate(&t, from: v)
        return t
    }

    /// `set(iterable)` / `frozenset(iterable)` / `{a, b}` from element values, in order.
    mutating func makeSet(_ items: [Value], frozen: Bool = false) throws(PyError) -> Value {
        var t = PySetTable()
        for x in items { try t.add(x, hash: hash(x), rt: &self) }
        return frozen ? heap.newFrozenSet(t) : heap.newSet(t)
    }

    /// `set_intersection`: iterates the smaller set (the argument on ties).
    mutating func setIntersection(_ so: PySetTable, _ other: Value) throws(PyError) -> PySetTable {
        var result = PySetTable()
        if var o = heap.setTable(other) {
            var s = so
            if o.count > s.count { swap(&s, &o) }
            for (k, h) in o.slots.lazy.filter({ $0.state == 1 }).map({ ($0.key, $0.hash) }) {
                if try s.contains(k, hash: h, rt: &self) { try result.add(k, hash: h, rt: &self) }
            }
            return result
        }
        guard let items = try iterableItems(other) else {
            throw .typeError("'\(heap.typeName(other))' object is not iterable")
        }
        for k in items {
            let h = try hash(k)
            if try so.contains(k, hash: h, rt: &self) { try result.add(k, hash: h, rt: &self) }
        }
        return result
    }

    /// `set_difference`.
    mutating func setDifference(_ so: PySetTable, _ other: Value) throws(PyError) -> PySetTable {
        guard let o = heap.setTable(other), (so.count >> 2) <= o.count else {
            var result = PySetTable()
            try result.merge(so, rt: &self)
            guard let items = try iterableItems(other) else {
                throw .typeError("'\(heap.typeName(other))' object is not iterable")
            }
            for k in items { _ = try result.discard(k, hash: hash(k), rt: &self) }
            return result
        }
        var result = PySetTable()
        for s in so.slots where s.state == 1 {
            if try !o.contains(s.key, hash: s.hash, rt: &self) { try result.add(s.key, hash: s.hash, rt: &self) }
        }
        return result
    }

    /// `set_symmetric_difference_update`.
    mutating func setSymmetricDifferenceUpdate(_ t: inout PySetTable, _ other: Value) throws(PyError) {
        let o = try tableOf(other)
        for s in o.slots where s.state == 1 {
            if try !t.discard(s.key, hash: s.hash, rt: &self) { try t.add(s.key, hash: s.hash, rt: &self) }
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets; the result has `a`'s type. nil if `b` is
    /// not a set.
    mutating func setOperator(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard case .object(let ra) = a, let x = heap.setTable(a), heap.setTable(b) != nil else { return nil }
        let frozen = heap.kind(ra) == .frozenset
        var out: PySetTable
        switch op {
        case .or:
            out = PySetTable()
            try out.merge(x, rt: &self)
            try setUpdate(&out, from: b)
        case .and: out = try setIntersection(x, b)
        case .sub: out = try setDifference(x, b)
        case .xor:
            out = try tableOf(b)
            try setSymmetricDifferenceUpdate(&out, a)
        default: return nil
        }
        return frozen ? heap.newFrozenSet(out) : heap.newSet(out)
    }

    /// Calls `set.name(*args)` / `frozenset.name(*args)`; nil if no such method.
    mutating func callSetMethod(_ name: String, _ sv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard case .object(let r) = sv else { return nil }
        let frozen: Bool
        switch heap.kind(r) {
        case .set: frozen = false
        case .frozenset: frozen = true
        default: return nil
        }
        // Read-only branches copy the table; mutating ones take it (no second reference).
        func table() -> PySetTable { heap.setTable(sv) ?? PySetTable() }
        func checkMutable() throws(PyError) {
            if frozen { throw .attribute("'frozenset' object has no attribute '\(name)'") }
        }
        func wrap(_ t: PySetTable) -> Value { frozen ? heap.newFrozenSet(t) : heap.newSet(t) }
        func one() throws(PyError) -> Value {
            guard args.count == 1 else {
                throw .typeError("\(frozen ? "frozenset" : "set").\(name)() takes exactly one argument (\(args.count) given)")
            }
            return args[0]
        }
        switch name {
        case "add":
            try checkMutable()
            let x = try one()
            let h = try hash(x)
            var t = heap.takeSet(r)
            defer { heap.putSet(r, t) }
            try t.add(x, hash: h, rt: &self)
            return Value.none
        case "discard", "remove":
            try checkMutable()
            let x = try one()
            let h = try hash(x)
            var t = heap.takeSet(r)
            let found: Bool
            do { found = try t.discard(x, hash: h, rt: &self) } catch { heap.putSet(r, t); throw error }
            heap.putSet(r, t)
            if !found && name == "remove" { throw .key(x) }
            return Value.none
        case "pop":
            try checkMutable()
            var t = heap.takeSet(r)
            let item = t.pop()
            heap.putSet(r, t)
            guard let item else { throw .key(heap.newStr("pop from an empty set")) }
            return item
        case "clear":
            try checkMutable()
            heap.putSet(r, PySetTable())
            return Value.none
        case "copy":
            if frozen { return sv }
            var t = PySetTable()
            try t.merge(table(), rt: &self)
            return heap.newSet(t)
        case "union":
            var t = PySetTable()
            try t.merge(table(), rt: &self)
            for a in args { try setUpdate(&t, from: a) }
            return wrap(t)
        case "intersection":
            var t = table()
            if args.isEmpty { var c = PySetTable(); try c.merge(t, rt: &self); return wrap(c) }
            for a in args { t = try setIntersection(t, a) }
            return wrap(t)
        case "difference":
            var t = table()
            if args.isEmpty { var c = PySetTable(); try c.merge(t, rt: &self); return wrap(c) }
            for a in args { t = try setDifference(t, a) }
            return wrap(t)
        case "symmetric_difference":
            let x = try one()
            var t = try tableOf(x)
            try setSymmetricDifferenceUpdate(&t, sv)
            return wrap(t)
        case "update", "intersection_update", "difference_update", "symmetric_difference_update":
            try checkMutable()
            var t = table()
            switch name {
            case "update": for a in args { try setUpdate(&t, from: a) }
            case "intersection_update": for a in args { t = try setIntersection(t, a) }
            case "difference_update":
                for a in args {
                    let o = try tableOf(a)
                    for s in o.slots where s.state == 1 { _ = try t.discard(s.key, hash: s.hash, rt: &self) }
                }
            default: try setSymmetricDifferenceUpdate(&t, try one())
            }
            heap.putSet(r, t)
            return Value.none
        case "issubset", "issuperset", "isdisjoint":
            let o = try tableOf(try one())
            let current = table()
            switch name {
            case "issubset": return .bool(try current.isSubset(of: o, rt: &self))
            case "issuperset": return .bool(try o.isSubset(of: current, rt: &self))
            default: return .bool(try setIntersection(current, heap.newSet(o)).isEmpty)
            }
        default:
            return nil
        }
    }
}
