/// Search, split and replace over code-unit arrays, shared by `str` (arrays of scalars) and
/// `bytes` (arrays of bytes): Objects/stringlib in CPython.
enum PyStrOps {
    /// Normalises `start`/`end` arguments like CPython `ADJUST_INDICES`.
    @inline(__always) static func adjust(_ start: Int?, _ end: Int?, _ n: Int) -> (Int, Int) {
        var s = start ?? 0, e = end ?? n
        if e > n { e = n } else if e < 0 { e += n; if e < 0 { e = 0 } }
        if s < 0 { s += n; if s < 0 { s = 0 } }
        return (s, e)
    }

    /// First index of `sub` in `s[start..<end]`, or nil.
    static func find<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int? = nil, _ end: Int? = nil) -> Int? {
        let (a, b) = adjust(start, end, s.count)
        if b - a < sub.count || a > s.count { return nil }
        if sub.isEmpty { return a }
        let first = sub[0]
        var i = a
        let last = b - sub.count
        while i <= last {
            if s[i] == first {
                var j = 1
                while j < sub.count && s[i + j] == sub[j] { j += 1 }
                if j == sub.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Last index of `sub` in `s[start..<end]`, or nil.
    static func rfind<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int? = nil, _ end: Int? = nil) -> Int? {
        let (a, b) = adjust(start, end, s.count)
        if b - a < sub.count || a > s.count { return nil }
        var i = b - sub.count
        while i >= a {
            var j = 0
            while j < sub.count && s[i + j] == sub[j] { j += 1 }
            if j == sub.count { return i }
            i -= 1
        }
        return nil
    }

    /// `sub in s` on Swift strings, by code point.
    static func find(_ s: String, _ sub: String, isASCII: Bool) -> Int? {
        find(Array(s.utf8), Array(sub.utf8))
    }

    static func findBytes(_ s: [UInt8], _ sub: [UInt8], from: Int) -> Int? { find(s, sub, from, nil) }

    /// Non-overlapping occurrences of `sub` in `s[start..<end]`.
    static func count<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int? = nil, _ end: Int? = nil) -> Int {
        let (a, b) = adjust(start, end, s.count)
        if a > s.count || b < a { return 0 }
        if sub.isEmpty { return b - a + 1 }
        var n = 0, i = a
        while let j = find(s, sub, i, b) {
            n += 1
            i = j + sub.count
        }
        return n
    }

    /// `s.split(sep, maxsplit)` with an explicit separator (non-empty).
    static func split<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var i = 0, splits = 0
        while maxsplit < 0 || splits < maxsplit, let j = find(s, sep, i, nil) {
            out.append(s[i..<j])
            i = j + sep.count
            splits += 1
        }
        out.append(s[i...])
        return out
    }

    static func rsplit<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var end = s.count, splits = 0
        while maxsplit < 0 || splits < maxsplit, let j = rfind(s, sep, 0, end) {
            out.append(s[(j + sep.count)..<end])
            end = j
            splits += 1
        }
        out.append(s[0..<end])
        return out.reversed()
    }

    /// `s.split()` on runs of whitespace.
    static func splitWhitespace<T>(_ s: [T], _ maxsplit: Int, isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var i = 0
        let n = s.count
        while true {
            while i < n && isSpace(s[i]) { i += 1 }
            if i == n { break }
            if maxsplit >= 0 && out.count == maxsplit {
                out.append(s[i..<n])
                break
            }
            let st = i
            while i < n && !isSpace(s[i]) { i += 1 }
            out.append(s[st..<i])
        }
        return out
    }

    static func rsplitWhitespace<T>(_ s: [T], _ maxsplit: Int, isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var i = s.count
        while true {
            while i > 0 && isSpace(s[i - 1]) { i -= 1 }
            if i == 0 { break }
            if maxsplit >= 0 && out.count == maxsplit {
                out.append(s[0..<i])
                break
            }
            let e = i
            while i > 0 && !isSpace(s[i - 1]) { i -= 1 }
            out.append(s[i..<e])
        }
        return out.reversed()
    }

    /// `s.replace(old, new, count)`.
    static func replace<T: Equatable>(_ s: [T], _ old: [T], _ new: [T], _ count: Int) -> [T] {
        var out: [T] = []
        out.reserveCapacity(s.count)
        var done = 0
        if old.isEmpty {
            for (k, c) in s.enumerated() {
                if count < 0 || done < count { out.append(contentsOf: new); done += 1 }
                out.append(c)
                _ = k
            }
            if count < 0 || done < count { out.append(contentsOf: new) }
            return out
        }
        var i = 0
        while count < 0 || done < count, let j = find(s, old, i, nil) {
            out.append(contentsOf: s[i..<j])
            out.append(contentsOf: new)
            i = j + old.count
            done += 1
        }
        out.append(contentsOf: s[i...])
        return out
    }

    /// `strip`/`lstrip`/`rstrip`: `chars` nil strips whitespace.
    static func strip<T: Equatable>(_ s: [T], _ chars: [T]?, left: Bool, right: Bool,
                                    isSpace: (T) -> Bool) -> ArraySlice<T> {
        var a = 0, b = s.count
        func strippable(_ c: T) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
        if left { while a < b && strippable(s[a]) { a += 1 } }
        if right { while b > a && strippable(s[b - 1]) { b -= 1 } }
        return s[a..<b]
    }

    /// Slice indices per CPython `PySlice_AdjustIndices`: (start, stop, step, length).
    static func sliceIndices(_ start: Int?, _ stop: Int?, _ step: Int, _ n: Int) -> (Int, Int, Int, Int) {
        var lo: Int, hi: Int
        if step > 0 {
            lo = start.map { $0 < 0 ? Swift.max(0, $0 + n) : Swift.min($0, n) } ?? 0
            hi = stop.map { $0 < 0 ? Swift.max(0, $0 + n) : Swift.min($0, n) } ?? n
            let len = hi > lo ? (hi - lo - 1) / step + 1 : 0
            return (lo, hi, step, len)
        }
        lo = start.map { $0 < 0 ? Swift.max(-1, $0 + n) : Swift.min($0, n - 1) } ?? n - 1
        hi = stop.map { $0 < 0 ? Swift.max(-1, $0 + n) : Swift.min($0, n - 1) } ?? -1
        let len = lo > hi ? (lo - hi - 1) / (-step) + 1 : 0
        return (lo, hi, step, len)
    }

    /// Elements of `s` selected by slice indices.
    static func slice<T>(_ s: [T], _ start: Int, _ step: Int, _ length: Int) -> [T] {
        if step == 1 { return Array(s[start..<(start + length)]) }
        var out: [T] = []
        out.reserveCapacity(length)
        var i = start
        for _ in 0..<length { out.append(s[i]); i += step }
        return out
    }
}

extension String {
    /// `count` copies of `unit`, copied in doublings: `String(repeating:count:)` appends one
    /// copy at a time, about 50 ns each (`'x' * 10**8` took 5 s, a `%0{10**9}d` pad 70 s).
    /// The caller has checked the size against the memory limit.
    static func repeated(_ unit: String, count: Int) -> String {
        var unit = unit
        let size = unit.utf8.count
        guard count > 0, size > 0 else { return "" }
        let total = size * count
        return unit.withUTF8 { source in
            String(unsafeUninitializedCapacity: total) { buffer in
                let base = buffer.baseAddress.unsafelyUnwrapped
                base.initialize(from: source.baseAddress.unsafelyUnwrapped, count: size)
                var filled = size
                while filled < total {
                    let n = Swift.min(filled, total - filled)
                    (base + filled).initialize(from: base, count: n)
                    filled += n
                }
                return total
            }
        }
    }
}
