/// `list` methods (Objects/listobject.c). `sort` takes precomputed keys: the interpreter
/// calls the `key=` function for each element first, then hands the keys here.
extension Runtime {
    /// Calls `list.name(*args)`; nil if there is no such built-in method.
    mutating func callListMethod(_ name: String, _ lv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard case .object(let r) = lv, case .list = heap.objects[r.slot] else { return nil }
        // Read the items only in branches that do not mutate: a live second reference to the
        // array would make the in-place mutation below copy it.
        func items() -> [Value] { heap.sequenceItems(lv) ?? [] }
        func need(_ n: Int) throws(PyError) {
            if args.count != n {
                throw .typeError("list.\(name)() takes exactly one argument (\(args.count) given)")
            }
        }
        switch name {
        case "append":
            try need(1)
            try heap.appendToList(r, args[0])
            return Value.none
        case "extend":
            try need(1)
            guard let items = try iterableItems(args[0]) else {
                throw .typeError("'\(heap.typeName(args[0]))' object is not iterable")
            }
            try reserveJoined(items: heap.listCount(r), items.count)
            var list = heap.takeList(r)
            list.append(contentsOf: items)
            heap.putList(r, list)
            return Value.none
        case "insert":
            guard args.count == 2 else { throw .typeError("insert expected 2 arguments, got \(args.count)") }
            guard case .int(var i) = args[0] else {
                throw .typeError("'\(heap.typeName(args[0]))' object cannot be interpreted as an integer")
            }
            let n = length(lv) ?? 0
            if i < 0 { i = Swift.max(0, i + n) } else if i > n { i = n }
            try heap.reserveGrowth(count: n, capacity: heap.listCapacity(r), adding: 1, itemBytes: MemoryLayout<Value>.stride)
            try meter(items: n - i)
            var list = heap.takeList(r)
            list.insert(args[1], at: i)
            heap.putList(r, list)
            return Value.none
        case "pop":
            let n = length(lv) ?? 0
            if n == 0 { throw .index("pop from empty list") }
            var i = n - 1
            if let a = args.first {
                guard case .int(let x) = a else {
                    throw .typeError("'\(heap.typeName(a))' object cannot be interpreted as an integer")
                }
                i = x < 0 ? x + n : x
                guard i >= 0 && i < n else { throw .index("pop index out of range") }
            }
            try meter(items: n - i)
            var list = heap.takeList(r)
            let v = list.remove(at: i)
            heap.putList(r, list)
            return v
        case "remove":
            try need(1)
            guard let i = try firstIndex(of: args[0], in: items()) else {
                throw .valueError("list.remove(x): x not in list")
            }
            var list = heap.takeList(r)
            list.remove(at: i)
            heap.putList(r, list)
            return Value.none
        case "index":
            guard !args.isEmpty else { throw .typeError("index expected at least 1 argument, got 0") }
            let current = items()
            var start = 0, stop = current.count
            if args.count > 1, case .int(let s) = args[1] { start = s < 0 ? Swift.max(0, s + current.count) : s }
            if args.count > 2, case .int(let s) = args[2] { stop = s < 0 ? Swift.max(0, s + current.count) : Swift.min(s, current.count) }
            var i = start
            while i < stop {
                let found = current[i].isIdentical(to: args[0]) ? true : try equal(current[i], args[0])
                if found {
                    try meter(items: i - start)
                    return .int(i)
                }
                i += 1
            }
            try meter(items: i - start)
            throw .valueError("\(try repr(args[0])) is not in list")
        case "count":
            try need(1)
            var n = 0
            let all = items()
            try meter(items: all.count)
            for v in all {
                if v.isIdentical(to: args[0]) { n += 1 } else if try equal(v, args[0]) { n += 1 }
            }
            return .int(n)
        case "reverse":
            try meter(items: heap.listCount(r))
            var list = heap.takeList(r)
            list.reverse()
            heap.putList(r, list)
            return Value.none
        case "clear":
            var list = heap.takeList(r)
            list.removeAll()
            heap.putList(r, list)
            return Value.none
        case "copy":
            try reserveItems(heap.listCount(r))
            return heap.newList(items())
        case "sort":
            try sortList(r, keys: nil, reverse: false)
            return Value.none
        default:
            return nil
        }
    }

    /// The first index whose element is `x` or equals it.
    private mutating func firstIndex(of x: Value, in a: [Value]) throws(PyError) -> Int? {
        for (i, v) in a.enumerated() {
            let found = v.isIdentical(to: x) ? true : try equal(v, x)
            if found {
                try meter(items: i)
                return i
            }
        }
        try meter(items: a.count)
        return nil
    }

    /// `list.sort(key=..., reverse=...)`: stable; `keys[i]` is the key of element `i` (nil:
    /// the elements themselves). Comparisons use `order(_, _, .lt)` only, as CPython does.
    mutating func sortList(_ r: ObjectRef, keys: [Value]?, reverse: Bool) throws(PyError) {
        guard case .list(let items) = heap.objects[r.slot] else { return }
        // Timsort's worst case, n log2 n comparisons, charged before sorting; the order
        // array and the sorted copy are made beside the list.
        let n = items.count
        try heap.reserve(count: n, of: MemoryLayout<Value>.stride + MemoryLayout<Int>.stride)
        try meter(items: n &* (Int.bitWidth - n.leadingZeroBitCount))
        let k = keys ?? items
        // reverse=True keeps stability: reverse, stable sort, reverse (as CPython).
        var perm = Array(0..<items.count)
        if reverse { perm.reverse() }
        try stableSort(&perm, keys: k)
        if reverse { perm.reverse() }
        heap.objects[r.slot] = .list(perm.map { items[$0] })
    }

    /// Sorts `perm` (positions into the original list) by `keys`, stably.
    private mutating func stableSort(_ perm: inout [Int], keys k: [Value]) throws(PyError) {
        let n = perm.count
        if n < 2 { return }
        func key(_ p: Int) -> Value { k[p] }
        if n <= 64 {
            // Binary insertion sort, like timsort's `binarysort` for short runs.
            for i in 1..<n {
                let pivot = perm[i]
                var lo = 0, hi = i
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if try order(key(pivot), key(perm[mid]), .lt) { hi = mid } else { lo = mid + 1 }
                }
                if lo < i {
                    perm.remove(at: i)
                    perm.insert(pivot, at: lo)
                }
            }
            return
        }
        var buffer = perm
        var width = 1
        // Bottom-up merge sort: stable, O(n log n) comparisons.
        var src = perm
        while width < n {
            var i = 0
            while i < n {
                let mid = Swift.min(i + width, n), hi = Swift.min(i + 2 * width, n)
                var a = i, b = mid, o = i
                // Runs already in order are copied with one comparison, so sorting a sorted
                // (or nearly sorted) list costs O(n) comparisons, as timsort's does.
                if mid < hi, try !order(key(src[mid]), key(src[mid - 1]), .lt) {
                    for j in i..<hi { buffer[j] = src[j] }
                    i += 2 * width
                    continue
                }
                while a < mid && b < hi {
                    if try order(key(src[b]), key(src[a]), .lt) { buffer[o] = src[b]; b += 1 } else { buffer[o] = src[a]; a += 1 }
                    o += 1
                }
                while a < mid { buffer[o] = src[a]; a += 1; o += 1 }
                while b < hi { buffer[o] = src[b]; b += 1; o += 1 }
                i += 2 * width
            }
            swap(&src, &buffer)
            width *= 2
        }
        perm = src
    }
}
