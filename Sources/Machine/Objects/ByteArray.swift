/// `bytearray` (Objects/bytearrayobject.c): bytes that change in place. Its read-only methods
/// are `bytes`' own (BytesRangeMethods.swift), run on a snapshot and answered with bytearrays
/// where bytes would answer with bytes; the mutating ones edit the payload in its heap slot.
extension Heap {
    mutating func newByteArray(_ b: [UInt8]) -> Value {
        charge(b.count)
        return .object(alloc(.bytearray(b)))
    }

    /// Runs `body` on the bytearray at `r` in place: the payload is moved out of its slot so
    /// the edit does not copy it (the `take` pattern of lists).
    mutating func editByteArray<T>(_ r: ObjectRef, _ body: (inout [UInt8]) throws(PyError) -> T) throws(PyError) -> T {
        guard kind(r) == .bytearray, case .bytearray(var b) = moveOut(r) else { preconditionFailure("not a bytearray") }
        defer { putBack(r, .bytearray(b)) }
        return try body(&b)
    }
}

extension Runtime {
    /// One byte from an int, with CPython's errors (`ba[i] = x`, `append`, `insert`, `remove`).
    mutating func byteValue(_ v: Value) throws(PyError) -> UInt8 {
        let i: Int
        switch v {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        default:
            if heap.bigint(v) != nil { throw .valueError("byte must be in range(0, 256)") }
            throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
        }
        guard (0...255).contains(i) else { throw .valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    /// The bytes of an argument that may be bytes-like or an iterable of ints
    /// (`bytearray(x)`, `extend`, slice assignment); nil for other values.
    mutating func bytesOrInts(_ v: Value) throws(PyError) -> [UInt8]? {
        if let b = heap.bytes(v) { return b }
        if heap.string(v) != nil { return nil }
        guard let items = try iterableItems(v) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(items.count)
        for item in items { out.append(try byteValue(item)) }
        return out
    }

    /// `ba[key] = value`: an int at an index; bytes-like or ints at a slice.
    mutating func byteArraySetItem(_ r: ObjectRef, _ key: Value, _ value: Value) throws(PyError) {
        let count = length(.object(r)) ?? 0
        guard let s = heap.sliceValue(key) else {
            let i = try index(key, count: count, kind: "bytearray")
            let byte = try byteValue(value)
            try heap.editByteArray(r) { b throws(PyError) in b[i] = byte }
            return
        }
        // bytearray_ass_subscript: an int is not an iterable, a str needs an encoding.
        if case .int = value { throw .typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") }
        guard let new = try bytesOrInts(value) else {
            throw .typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        }
        let (start, _, step, len) = try sliceIndices(s, length: count)
        if step == 1 {
            try heap.editByteArray(r) { b throws(PyError) in b.replaceSubrange(start..<(start + len), with: new) }
            return
        }
        guard new.count == len else {
            throw .valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(len)")
        }
        try heap.editByteArray(r) { b throws(PyError) in
            var i = start
            for v in new { b[i] = v; i += step }
        }
    }

    /// `del ba[key]`.
    mutating func byteArrayDeleteItem(_ r: ObjectRef, _ key: Value) throws(PyError) {
        let count = length(.object(r)) ?? 0
        guard let s = heap.sliceValue(key) else {
            let i = try index(key, count: count, kind: "bytearray")
            try heap.editByteArray(r) { b throws(PyError) in _ = b.remove(at: i) }
            return
        }
        let (start, _, step, len) = try sliceIndices(s, length: count)
        try heap.editByteArray(r) { b throws(PyError) in
            if step == 1 { b.removeSubrange(start..<(start + len)); return }
            var drop = Set<Int>()
            var i = start
            for _ in 0..<len { drop.insert(i); i += step }
            b = b.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        }
    }

    /// `ba += x` (bytes-like only) and `ba *= n`, in place.
    mutating func byteArrayInPlace(_ op: BinaryOp, _ r: ObjectRef, _ b: Value) throws(PyError) -> Value {
        if op == .add {
            guard let y = heap.bytes(b) else {
                if isCustom(b) { return .notImplemented }
                throw .typeError("can't concat \(heap.typeName(b)) to bytearray")
            }
            try reserveJoined(bytes: length(.object(r)) ?? 0, y.count)
            try heap.editByteArray(r) { x throws(PyError) in x.append(contentsOf: y) }
            return .object(r)
        }
        guard case .int(let n) = b else { return try binaryOp(op, .object(r), b) }
        let x = heap.bytes(.object(r)) ?? []
        try reserveRepeat(bytes: x.count, n)
        try heap.editByteArray(r) { a throws(PyError) in
            if n <= 0 { a.removeAll() } else { for _ in 1..<n { a.append(contentsOf: x) } }
        }
        return .object(r)
    }

    /// The methods of the bytearray at `r`; nil if there is no such method.
    mutating func callByteArrayMethod(_ name: String, _ r: ObjectRef, _ args: [Value]) throws(PyError) -> Value? {
        let count = length(.object(r)) ?? 0
        switch name {
        case "append":
            let byte = try byteValue(args[0])
            try heap.editByteArray(r) { b throws(PyError) in b.append(byte) }
            return Value.none
        case "extend":
            guard let new = try bytesOrInts(args[0]) else {
                if heap.string(args[0]) != nil { throw .typeError("'str' object cannot be interpreted as an integer") }
                throw .typeError("can't extend bytearray with \(heap.typeName(args[0]))")
            }
            try reserveJoined(bytes: count, new.count)
            try heap.editByteArray(r) { b throws(PyError) in b.append(contentsOf: new) }
            return Value.none
        case "pop":
            if count == 0 { throw .index("pop from empty bytearray") }
            var i = count - 1
            if let a = args.first {
                guard case .int(let x) = a else { throw .typeError("'\(heap.typeName(a))' object cannot be interpreted as an integer") }
                i = x < 0 ? x + count : x
            }
            guard i >= 0 && i < count else { throw .index("pop index out of range") }
            return .int(Int(try heap.editByteArray(r) { b throws(PyError) in b.remove(at: i) }))
        case "insert":
            var i: Int
            switch args[0] {
            case .int(let x): i = x
            case .bool(let x): i = x ? 1 : 0
            default: throw .typeError("'\(heap.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            let byte = try byteValue(args[1])
            // list.insert's clamping (bytearray_insert_impl).
            if i < 0 { i = Swift.max(0, i + count) }
            let at = Swift.min(i, count)
            try heap.editByteArray(r) { b throws(PyError) in b.insert(byte, at: at) }
            return Value.none
        case "remove":
            let byte = try byteValue(args[0])
            guard let i = heap.bytes(.object(r))?.firstIndex(of: byte) else { throw .valueError("value not found in bytearray") }
            try heap.editByteArray(r) { b throws(PyError) in _ = b.remove(at: i) }
            return Value.none
        case "clear":
            try heap.editByteArray(r) { b throws(PyError) in b.removeAll() }
            return Value.none
        case "reverse":
            try heap.editByteArray(r) { b throws(PyError) in b.reverse() }
            return Value.none
        case "copy":
            return heap.newByteArray(heap.bytes(.object(r)) ?? [])
        default:
            guard BuiltinMethodNames.has("bytes", name) else { return nil }
            let snapshot = heap.newBytes(heap.bytes(.object(r)) ?? [])
            guard let result = try callBytesMethod(name, snapshot, args) else { return nil }
            return asByteArrays(result)
        }
    }

    /// A bytes method's answer as bytearray's: bytes become bytearrays, also inside a list or
    /// tuple (`split`, `partition`); anything else is returned as it is.
    private mutating func asByteArrays(_ v: Value) -> Value {
        guard case .object(let r) = v else { return v }
        switch heap.kind(r) {
        case .bytes:
            if case .bytes(let b) = heap.objects[r.slot] { heap.objects[r.slot] = .bytearray(b) }
        case .list, .tuple:
            for item in heap.sequenceItems(v) ?? [] { _ = asByteArrays(item) }
        default: break
        }
        return v
    }
}
