/// Built-in `==` and ordering comparisons (Objects/object.c `do_richcompare` and each
/// type's `tp_richcompare`).
extension Runtime {
    /// `a == b` for built-in kinds; identity for anything else.
    mutating func builtinEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isIdentical(to: b) {
            if case .float(let d) = a { return !d.isNaN }
            return true
        }
        if let c = heap.compareNumbers(a, b) { return c == 0 }
        if let e = try heap.complexEqual(a, b) { return e }
        guard case .object(let ra) = a, case .object(let rb) = b else { return false }
        let pair2 = (heap.objects[ra.slot], heap.objects[rb.slot])
        switch pair2 {
        case let (.str(x), .str(y)):
            return x.sameText(as: y)
        case let (.bytes(x), .bytes(y)), let (.bytes(x), .bytearray(y)),
             let (.bytearray(x), .bytes(y)), let (.bytearray(x), .bytearray(y)):
            return x == y
        case let (.list(x), .list(y)), let (.tuple(x), .tuple(y)):
            if x.count != y.count { return false }
            for i in 0..<x.count where !x[i].isIdentical(to: y[i]) {
                if try !equal(x[i], y[i]) { return false }
            }
            return true
        case let (.dict(x), .dict(y)):
            if x.count != y.count { return false }
            for e in x.entries where e.hash != -1 {
                guard let ix = try y.find(e.key, hash: e.hash, rt: &self) else { return false }
                let w = y.entries[ix].value
                if !w.isIdentical(to: e.value), try !equal(e.value, w) { return false }
            }
            return true
        case let (.set(x), .set(y)), let (.set(x), .frozenset(y)),
             let (.frozenset(x), .set(y)), let (.frozenset(x), .frozenset(y)):
            if x.count != y.count { return false }
            return try x.isSubset(of: y, rt: &self)
        case let (.range(x), .range(y)):
            let n = x.count
            if n != y.count { return false }
            if n == 0 { return true }
            if x.start != y.start { return false }
            return n == 1 || x.step == y.step
        case let (.slice(x), .slice(y)):
            if try !equal(x.start, y.start) { return false }
            if try !equal(x.stop, y.stop) { return false }
            return try equal(x.step, y.step)
        default:
            return false
        }
    }

    /// True when every element of `x` is in `y`.
    mutating func isSubset(_ x: PySetTable, _ y: PySetTable) throws(PyError) -> Bool {
        try x.isSubset(of: y, rt: &self)
    }

    /// `a op b` for `<`, `<=`, `>`, `>=` on built-in kinds, else TypeError as CPython.
    mutating func builtinOrder(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool {
        if let c = heap.compareNumbers(a, b) {
            guard let c else { return false }
            return op.holds(c)
        }
        if case .object(let ra) = a, case .object(let rb) = b {
            let pair3 = (heap.objects[ra.slot], heap.objects[rb.slot])
            switch pair3 {
            case let (.str(x), .str(y)):
                return op.holds(Self.lexicographic(x.value.utf8, y.value.utf8))
            case let (.bytes(x), .bytes(y)), let (.bytes(x), .bytearray(y)),
                 let (.bytearray(x), .bytes(y)), let (.bytearray(x), .bytearray(y)):
                return op.holds(Self.lexicographic(x, y))
            case let (.list(x), .list(y)), let (.tuple(x), .tuple(y)):
                let n = Swift.min(x.count, y.count)
                for i in 0..<n where !x[i].isIdentical(to: y[i]) {
                    if try !equal(x[i], y[i]) { return try order(x[i], y[i], op) }
                }
                return op.holds(x.count < y.count ? -1 : (x.count == y.count ? 0 : 1))
            case let (.set(x), .set(y)), let (.set(x), .frozenset(y)),
                 let (.frozenset(x), .set(y)), let (.frozenset(x), .frozenset(y)):
                switch op {
                case .le: return try isSubset(x, y)
                case .lt: return x.count < y.count ? try isSubset(x, y) : false
                case .ge: return try isSubset(y, x)
                case .gt: return y.count < x.count ? try isSubset(y, x) : false
                case .eq, .ne: break
                }
            default: break
            }
        }
        throw .typeError("'\(op.symbol)' not supported between instances of '\(heap.typeName(a))' and '\(heap.typeName(b))'")
    }

    static func lexicographic<C: Sequence>(_ x: C, _ y: C) -> Int where C.Element == UInt8 {
        var i = x.makeIterator(), j = y.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (p?, q?): if p != q { return p < q ? -1 : 1 }
            }
        }
    }

    /// The full rich comparison as a Python bool (for `COMPARE_OP` on built-ins).
    mutating func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyError) -> Bool {
        // Hot path for loop counters and comparisons of small ints: no hook calls.
        if case .int(let x) = a, case .int(let y) = b { return op.holds(x < y ? -1 : (x == y ? 0 : 1)) }
        switch op {
        case .eq: return try equal(a, b)
        case .ne: return try !equal(a, b)
        default: return try order(a, b, op)
        }
    }

    /// `x in container` for built-in containers; nil if `container` is not one.
    mutating func contains(_ container: Value, _ x: Value) throws(PyError) -> Bool? {
        guard case .object(let r) = container else { return nil }
        let object1 = heap.objects[r.slot]
        switch object1 {
        case .str(let s):
            guard let sub = heap.string(x) else {
                throw .typeError("'in <string>' requires string as left operand, not \(heap.typeName(x))")
            }
            return sub.isEmpty || PyStrOps.find(s.value, sub, isASCII: s.isASCII) != nil
        case .bytes(let b), .bytearray(let b):
            if case .int(let i) = x {
                guard (0...255).contains(i) else { throw .valueError("byte must be in range(0, 256)") }
                return b.contains(UInt8(i))
            }
            guard let sub = heap.bytes(x) else {
                throw .typeError("a bytes-like object is required, not '\(heap.typeName(x))'")
            }
            return sub.isEmpty || PyStrOps.findBytes(b, sub, from: 0) != nil
        case .list(let a), .tuple(let a):
            for (i, v) in a.enumerated() where v.isIdentical(to: x) {
                try meter(items: i)
                return true
            }
            try meter(items: a.count)
            for (i, v) in a.enumerated() where try equal(v, x) {
                try meter(items: i)
                return true
            }
            try meter(items: a.count)
            return false
        case .dict(let d):
            return try d.contains(x, rt: &self)
        case .set(let t), .frozenset(let t):
            return try t.contains(x, hash: hash(x), rt: &self)
        case .dictView(let view):
            guard case .dict(let d) = heap.objects[view.dict.slot] else { return nil }
            switch view.kind {
            case .keys: return try d.contains(x, rt: &self)
            case .values:
                for v in d.values where v.isIdentical(to: x) { return true }
                for v in d.values where try equal(v, x) { return true }
                return false
            case .items:
                guard let pair = heap.sequenceItems(x), pair.count == 2, case .object(let px) = x,
                      case .tuple = heap.objects[px.slot] else { return false }
                guard let found = try d.get(pair[0], rt: &self) else { return false }
                return found.isIdentical(to: pair[1]) ? true : try equal(found, pair[1])
            }
        case .range(let rg):
            guard let n = heap.num(x), case .int(let i) = n else {
                if case .float(let f)? = heap.num(x), let i = Int(exactly: f) {
                    return rg.containsInt(i)
                }
                return false
            }
            return rg.containsInt(i)
        default:
            return nil
        }
    }
}

extension PyRange {
    func containsInt(_ i: Int) -> Bool {
        if step > 0 { return i >= start && i < stop && (i - start) % step == 0 }
        return i <= start && i > stop && (start - i) % (-step) == 0
    }
}
