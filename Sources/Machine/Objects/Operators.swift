/// Binary operators on built-in values (`BINARY_OP`), after CPython's `binary_op1` order:
/// numbers, then sequence concatenation/repetition, `%` formatting, set and dict operators.
extension Runtime {
    /// `a op b` for built-in operands. Returns `.notImplemented` when either operand is a
    /// non-built-in object (the interpreter then tries `__op__`/`__rop__`), else throws
    /// CPython's TypeError.
    mutating func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        try reserveIntResult(op, a, b)
        if op == .pow, let v = try heap.negativeBasePower(a, b) { return v }
        if let v = try heap.numberOp(op, a, b) { return v }
        if let v = try heap.complexOp(op, a, b) { return v }
        if case .object(let ra) = a {
            let pair7 = (op, heap.objects[ra.slot])
            switch pair7 {
            case (.add, .str(let x)):
                guard let y = heap.string(b) else {
                    if isCustom(b) { return .notImplemented }
                    throw .typeError("can only concatenate str (not \"\(heap.typeName(b))\") to str")
                }
                try reserveJoined(bytes: x.value.utf8.count, y.utf8.count)
                return heap.newStr(x.value + y)
            case (.add, .list(let x)):
                guard case .object(let rb) = b, case .list(let y) = heap.objects[rb.slot] else {
                    if isCustom(b) { return .notImplemented }
                    throw .typeError("can only concatenate list (not \"\(heap.typeName(b))\") to list")
                }
                try reserveJoined(items: x.count, y.count)
                return heap.newList(x + y)
            case (.add, .tuple(let x)):
                guard case .object(let rb) = b, case .tuple(let y) = heap.objects[rb.slot] else {
                    if isCustom(b) { return .notImplemented }
                    throw .typeError("can only concatenate tuple (not \"\(heap.typeName(b))\") to tuple")
                }
                try reserveJoined(items: x.count, y.count)
                return heap.newTuple(x + y)
            case (.add, .bytes(let x)), (.add, .bytearray(let x)):
                // The left operand's type wins: bytes + bytearray is bytes, and the reverse.
                let mutable = heap.kind(ra) == .bytearray
                if let y = heap.bytes(b) {
                    try reserveJoined(bytes: x.count, y.count)
                    return mutable ? heap.newByteArray(x + y) : heap.newBytes(x + y)
                }
                if isCustom(b) { return .notImplemented }
                throw .typeError("can't concat \(heap.typeName(b)) to \(heap.typeName(a))")
            case (.mul, .str), (.mul, .list), (.mul, .tuple), (.mul, .bytes), (.mul, .bytearray):
                return try repeatSequence(a, b)
            case (.mod, .str(let x)):
                return heap.newStr(try percentFormat(x.value, b))
            case (.mod, .bytes(let x)):
                return heap.newBytes(try bytesPercentFormat(x, b))
            case (.mod, .bytearray(let x)):
                return heap.newByteArray(try bytesPercentFormat(x, b))
            case (.or, .set), (.or, .frozenset), (.and, .set), (.and, .frozenset),
                 (.sub, .set), (.sub, .frozenset), (.xor, .set), (.xor, .frozenset):
                if let v = try setOperator(op, a, b) { return v }
            case (.or, .dict(let x)):
                if case .object(let rb) = b, case .dict(let y) = heap.objects[rb.slot] {
                    var d = x
                    for e in y.entries where e.hash != -1 { try d.set(e.key, e.value, hash: e.hash, rt: &self) }
                    return heap.newDict(d)
                }
            default: break
            }
        }
        if op == .mul, case .object(let rb) = b {
            let object1 = heap.objects[rb.slot]
            switch object1 {
            case .str, .list, .tuple, .bytes, .bytearray: return try repeatSequence(b, a)
            default: break
            }
        }
        if isCustom(a) || isCustom(b) { return .notImplemented }
        throw .typeError("unsupported operand type(s) for \(op.symbol): '\(heap.typeName(a))' and '\(heap.typeName(b))'")
    }

    /// True for values whose operators the interpreter must resolve (user instances, ...).
    func isCustom(_ v: Value) -> Bool {
        guard case .object(let r) = v else { return false }
        let object2 = heap.objects[r.slot]
        switch object2 {
        case .str, .bytes, .bytearray, .bigint, .complex, .list, .tuple, .dict, .set, .frozenset, .range, .slice, .dictView, .iterator: return false
        default: return true
        }
    }

    /// `seq * n`.
    mutating func repeatSequence(_ seq: Value, _ count: Value) throws(PyError) -> Value {
        let n: Int
        switch count {
        case .int(let i): n = Swift.max(0, i)
        case .bool(let b): n = b ? 1 : 0
        default:
            if let big = heap.bigint(count) {
                if big.sign == .minus { n = 0 } else { throw .overflow("cannot fit 'int' into an index-sized integer") }
            } else {
                if isCustom(count) { return .notImplemented }
                throw .typeError("can't multiply sequence by non-int of type '\(heap.typeName(count))'")
            }
        }
        guard case .object(let r) = seq else { return .notImplemented }
        let object3 = heap.objects[r.slot]
        switch object3 {
        case .str(let s):
            // unicodeobject.c `unicode_repeat`: a length past PY_SSIZE_T_MAX is an
            // OverflowError, a length that does not fit in memory a MemoryError.
            if n > 0 && s.count > Int.max / n { throw .overflow("repeated string is too long") }
            try reserveRepeat(bytes: s.value.utf8.count, n)
            return heap.newStr(String.repeated(s.value, count: n))
        case .list(let a), .tuple(let a):
            // listobject.c `list_repeat`, tupleobject.c `tuplerepeat`: MemoryError either way.
            try reserveRepeat(items: a.count, n)
            var out: [Value] = []
            out.reserveCapacity(a.count * n)
            for _ in 0..<n { out.append(contentsOf: a) }
            return heap.typeName(seq) == "list" ? heap.newList(out) : heap.newTuple(out)
        case .bytes(let b), .bytearray(let b):
            if n > 0 && b.count > Int.max / n { throw .overflow("repeated bytes are too long") }
            try reserveRepeat(bytes: b.count, n)
            var out: [UInt8] = []
            out.reserveCapacity(b.count * n)
            for _ in 0..<n { out.append(contentsOf: b) }
            return heap.kind(r) == .bytearray ? heap.newByteArray(out) : heap.newBytes(out)
        default:
            return .notImplemented
        }
    }

    /// Checks the memory limit and meters the copy for `count` repetitions of `bytes` bytes
    /// (a size that overflows is past any limit: MemoryError, as `list_repeat`).
    mutating func reserveRepeat(bytes: Int, _ count: Int) throws(PyError) {
        try heap.reserve(count: count, of: bytes)
        try meter(bytes: Swift.max(0, count) &* bytes)
    }

    /// `reserveRepeat` for sequences of values.
    mutating func reserveRepeat(items: Int, _ count: Int) throws(PyError) {
        try reserveRepeat(bytes: items &* MemoryLayout<Value>.stride, count)
    }

    /// Checks the memory limit and meters the copy for a concatenation of `a` and `b` bytes.
    mutating func reserveJoined(bytes a: Int, _ b: Int) throws(PyError) {
        try heap.reserve(bytes: a &+ b)
        try meter(bytes: a &+ b)
    }

    /// `reserveJoined` for sequences of values.
    mutating func reserveJoined(items a: Int, _ b: Int) throws(PyError) {
        try reserveJoined(bytes: a &* MemoryLayout<Value>.stride, b &* MemoryLayout<Value>.stride)
    }

    /// In-place `a op= b` for lists (`+=` extends, `*=` repeats in place) and sets; other
    /// kinds fall back to `binaryOp`.
    mutating func inplaceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if case .object(let ra) = a {
            switch (op, heap.kind(ra)) {
            case (.add, .list):
                guard let items = try iterableItems(b) else {
                    if isCustom(b) { return .notImplemented }
                    throw .typeError("'\(heap.typeName(b))' object is not iterable")
                }
                try reserveJoined(items: heap.listCount(ra), items.count)
                var list = heap.takeList(ra)
                list.append(contentsOf: items)
                heap.putList(ra, list)
                return a
            case (.add, .bytearray), (.mul, .bytearray):
                return try byteArrayInPlace(op, ra, b)
            case (.mul, .list):
                guard case .int(let n) = b else { return try binaryOp(op, a, b) }
                let x = heap.sequenceItems(a) ?? []
                try reserveRepeat(items: x.count, n)
                var list = heap.takeList(ra)
                if n <= 0 { list.removeAll() } else { for _ in 1..<n { list.append(contentsOf: x) } }
                heap.putList(ra, list)
                return a
            case (.or, .set), (.and, .set), (.sub, .set), (.xor, .set):
                guard case .object(let rb) = b else { break }
                let object4 = heap.objects[rb.slot]
                switch object4 {
                case .set, .frozenset:
                    guard let result = try setOperator(op, a, b), case .object(let rr) = result,
                          case .set(let d) = heap.objects[rr.slot] else { break }
                    heap.objects[ra.slot] = .set(d)
                    return a
                default: break
                }
            default: break
            }
        }
        return try binaryOp(op, a, b)
    }

    /// Unary `-x`, `+x`, `~x` and `not x` helpers live on `Heap`; truthiness is here because
    /// containers need their lengths.
    func isTruthy(_ v: Value) -> Bool? {
        switch v {
        case .none: return false
        case .notImplemented, .ellipsis: return true
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let r):
            let object5 = heap.objects[r.slot]
            switch object5 {
            case .str(let s): return !s.value.isEmpty
            case .bytes(let b), .bytearray(let b): return !b.isEmpty
            case .bigint: return true
            case .complex(let c): return c.re != 0 || c.im != 0
            case .list(let a), .tuple(let a): return !a.isEmpty
            case .dict(let d): return !d.isEmpty
            case .set(let t), .frozenset(let t): return !t.isEmpty
            case .range(let rg): return rg.count > 0
            case .dictView: return length(v).map { $0 > 0 }
            case .slice: return true
            default: return nil
            }
        }
    }

    /// `len(v)` for built-in kinds; nil if the interpreter must call `__len__`.
    func length(_ v: Value) -> Int? {
        guard case .object(let r) = v else { return nil }
        let object6 = heap.objects[r.slot]
        switch object6 {
        case .str(let s): return s.count
        case .bytes(let b), .bytearray(let b): return b.count
        case .list(let a), .tuple(let a): return a.count
        case .dict(let d): return d.count
        case .set(let t), .frozenset(let t): return t.count
        case .range(let rg): return rg.count
        case .dictView(let view):
            if case .dict(let d) = heap.objects[view.dict.slot] { return d.count }
            return nil
        default: return nil
        }
    }
}
