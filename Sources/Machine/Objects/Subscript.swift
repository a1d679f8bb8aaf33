/// Indexing and slicing of built-in sequences and mappings (`BINARY_SUBSCR`, `STORE_SUBSCR`,
/// `DELETE_SUBSCR`; CPython `list_subscript`, `list_ass_subscript`, `PySlice_Unpack`).
extension Runtime {
    /// A slice's (start, stop, step, length) for a sequence of length `n`.
    mutating func sliceIndices(_ s: PySlice, length n: Int) throws(PyError) -> (Int, Int, Int, Int) {
        func bound(_ v: Value) throws(PyError) -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            default:
                if let b = heap.bigint(v) { return b.sign == .minus ? Int.min / 2 : Int.max / 2 }
                throw .typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try bound(s.step) ?? 1
        if step == 0 { throw .valueError("slice step cannot be zero") }
        return PyStrOps.sliceIndices(try bound(s.start), try bound(s.stop), Swift.max(step, -Int.max), n)
    }

    /// `slice.indices(n)` as a tuple.
    mutating func sliceIndicesTuple(_ slice: Value, _ n: Int) throws(PyError) -> Value {
        guard case .object(let r) = slice, case .slice(let s) = heap.objects[r.slot] else {
            throw .typeError("descriptor 'indices' requires a 'slice' object")
        }
        if n < 0 { throw .valueError("length should not be negative") }
        let (start, stop, step, _) = try sliceIndices(s, length: n)
        return heap.newTuple([.int(start), .int(stop), .int(step)])
    }

    /// Normalises an integer index into `0..<n`; the error names the container.
    mutating func index(_ key: Value, count n: Int, kind: String, assignment: Bool = false) throws(PyError) -> Int {
        var i: Int
        switch key {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        default:
            if heap.bigint(key) != nil {
                throw .index("cannot fit 'int' into an index-sized integer")
            }
            throw .typeError("\(kind) indices must be integers or slices, not \(heap.typeName(key))")
        }
        if i < 0 { i += n }
        guard i >= 0 && i < n else {
            throw .index(assignment ? "\(kind) assignment index out of range" : "\(kind) index out of range")
        }
        return i
    }

    /// `container[key]` for built-in kinds; nil if the container is not built in.
    mutating func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value? {
        guard case .object(let r) = container else { return nil }
        var slice: PySlice?
        if case .object(let k) = key, case .slice(let s) = heap.objects[k.slot] { slice = s }
        let object1 = heap.objects[r.slot]
        switch object1 {
        case .list(let a), .tuple(let a):
            let kind = heap.typeName(container)
            if let slice {
                let (start, _, step, len) = try sliceIndices(slice, length: a.count)
                // The whole of an immutable sequence is itself (tuplesubscript, as for str and bytes).
                if step == 1, len == a.count, kind == "tuple" { return container }
                let items = PyStrOps.slice(a, start, step, len)
                return kind == "list" ? heap.newList(items) : heap.newTuple(items)
            }
            return a[try index(key, count: a.count, kind: kind)]
        case .str(let s):
            if s.isASCII {
                let u = s.value.utf8
                if let slice {
                    let (start, _, step, len) = try sliceIndices(slice, length: u.count)
                    if step == 1, len == u.count { return container }
                    // A contiguous piece is copied alone: copying the whole text first made
                    // every slice of a long string O(its length) (re's spans over a 1 MB log).
                    if step == 1, let piece = u.withContiguousStorageIfAvailable({
                        String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + len]), as: UTF8.self)
                    }) { return heap.newStr(piece) }
                    return heap.newStr(String(decoding: PyStrOps.slice(Array(u), start, step, len), as: UTF8.self))
                }
                let i = try index(key, count: u.count, kind: "string")
                let b = u[u.index(u.startIndex, offsetBy: i)]
                return heap.newStr(String(UnicodeScalar(b)))
            }
            let u = heap.strScalars(r)
            if let slice {
                let (start, _, step, len) = try sliceIndices(slice, length: u.count)
                if step == 1, len == u.count { return container }
                return heap.newStr(String(scalars: PyStrOps.slice(u, start, step, len)[...]))
            }
            return heap.newStr(String(u[try index(key, count: u.count, kind: "string")]))
        case .bytes(let b):
            if let slice {
                let (start, _, step, len) = try sliceIndices(slice, length: b.count)
                if step == 1, len == b.count { return container }
                return heap.newBytes(PyStrOps.slice(b, start, step, len))
            }
            return .int(Int(b[try index(key, count: b.count, kind: "index")]))
        case .bytearray(let b):
            if let slice {
                let (start, _, step, len) = try sliceIndices(slice, length: b.count)
                return heap.newByteArray(PyStrOps.slice(b, start, step, len))
            }
            return .int(Int(b[try index(key, count: b.count, kind: "bytearray")]))
        case .range(let rg):
            if let slice {
                let (start, _, step, len) = try sliceIndices(slice, length: rg.count)
                let first = rg.start + start * rg.step
                let st = rg.step * step
                return heap.newRange(first, first + len * st, st)
            }
            return .int(rg.element(try index(key, count: rg.count, kind: "range object")))
        case .dict(let d):
            guard let v = try d.get(key, rt: &self) else { throw .key(key) }
            return v
        default:
            return nil
        }
    }

    /// `container[key] = value` for lists and dicts; false if not built in.
    mutating func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) -> Bool {
        guard case .object(let r) = container else { return false }
        switch heap.kind(r) {
        case .list:
            if let s = heap.sliceValue(key) {
                try assignSlice(r, s, value)
                return true
            }
            let i = try index(key, count: length(container) ?? 0, kind: "list", assignment: true)
            var list = heap.takeList(r)
            list[i] = value
            heap.putList(r, list)
            return true
        case .dict:
            let h = try hash(key)
            var d = heap.takeDict(r)
            defer { heap.putDict(r, d, kind: .dict) }
            try d.set(key, value, hash: h, rt: &self)
            return true
        case .bytearray:
            try byteArraySetItem(r, key, value)
            return true
        case .tuple, .str, .bytes, .range:
            throw .typeError("'\(heap.typeName(container))' object does not support item assignment")
        default:
            return false
        }
    }

    /// `del container[key]` for lists and dicts; false if not built in.
    mutating func deleteItem(_ container: Value, _ key: Value) throws(PyError) -> Bool {
        guard case .object(let r) = container else { return false }
        switch heap.kind(r) {
        case .list:
            let count = length(container) ?? 0
            if let s = heap.sliceValue(key) {
                let (start, _, step, len) = try sliceIndices(s, length: count)
                var list = heap.takeList(r)
                if step == 1 {
                    list.removeSubrange(start..<(start + len))
                } else if len > 0 {
                    var drop = Set<Int>()
                    var i = start
                    for _ in 0..<len { drop.insert(i); i += step }
                    var kept: [Value] = []
                    kept.reserveCapacity(list.count - len)
                    for (j, v) in list.enumerated() where !drop.contains(j) { kept.append(v) }
                    list = kept
                }
                heap.putList(r, list)
                return true
            }
            let i = try index(key, count: count, kind: "list", assignment: true)
            var list = heap.takeList(r)
            list.remove(at: i)
            heap.putList(r, list)
            return true
        case .dict:
            let h = try hash(key)
            var d = heap.takeDict(r)
            let ix = try d.find(key, hash: h, rt: &self)
            if let ix { _ = d.removeEntry(ix) }
            heap.putDict(r, d, kind: .dict)
            if ix == nil { throw .key(key) }
            return true
        case .bytearray:
            try byteArrayDeleteItem(r, key)
            return true
        case .tuple, .str, .bytes, .range:
            throw .typeError("'\(heap.typeName(container))' object doesn't support item deletion")
        default:
            return false
        }
    }

    /// `list[slice] = iterable`, with CPython's extended-slice size check.
    mutating func assignSlice(_ r: ObjectRef, _ s: PySlice, _ value: Value) throws(PyError) {
        guard case .list = heap.objects[r.slot] else { return }
        let (start, _, step, len) = try sliceIndices(s, length: length(.object(r)) ?? 0)
        guard let items = try iterableItems(value) else {
            throw .typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
        }
        var list = heap.takeList(r)
        defer { heap.putList(r, list) }
        if step == 1 {
            list.replaceSubrange(start..<(start + len), with: items)
            return
        }
        guard items.count == len else {
            throw .valueError("attempt to assign sequence of size \(items.count) to extended slice of size \(len)")
        }
        var i = start
        for v in items { list[i] = v; i += step }
    }
}
