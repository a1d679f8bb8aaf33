import BigInt

/// CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1 (Python/pyhash.c,
/// Objects/longobject.c `long_hash`, `_Py_HashDouble`), so `hash(1) == hash(1.0) == hash(True)`.
enum PyHash {
    static let modulus: Int = (1 << 61) - 1
    static let infinity = 314159

    @inline(__always) static func int(_ n: Int) -> Int {
        if n >= 0 { return n < modulus ? n : n % modulus }
        let h = -Int(n.magnitude % UInt(modulus))
        return h == -1 ? -2 : h
    }

    static func big(_ b: BigInt) -> Int {
        let m = BigInt(modulus)
        let r = Int(b.magnitude % m.magnitude)
        let h = b.sign == .minus ? -r : r
        return h == -1 ? -2 : h
    }

    /// `_Py_HashDouble`: integral floats hash like the equal int.
    static func double(_ v: Double) -> Int {
        if !v.isFinite {
            if v.isNaN { return 0 }
            return v > 0 ? infinity : -infinity
        }
        let bits = 61
        if v == 0 { return 0 }
        // frexp: |v| = m * 2**e with 0.5 <= m < 1
        var e = Int(abs(v).exponent) + 1
        var m = abs(v).significand / 2
        var x: UInt = 0
        let p = UInt(modulus)
        while m != 0 {
            x = ((x << 28) & p) | x >> (bits - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt(m)
            m -= Double(y)
            x += y
            if x >= p { x -= p }
        }
        let ee = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << ee) & p) | x >> (bits - ee)
        var h = Int(bitPattern: x)
        if v < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// A deterministic string hash (CPython's is randomised per run, so no program can rely
    /// on its value; we only need it stable within a run and well mixed). FNV-1a over UTF-8.
    static func string(_ s: String) -> Int {
        // Over the contiguous bytes: iterating `utf8` cost ~15 instructions a byte.
        var s = s
        return s.withUTF8 { bytes -> Int in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            let r = Int(bitPattern: UInt(h))
            return r == -1 ? -2 : r
        }
    }

    static func bytes(_ s: [UInt8]) -> Int {
        var h: UInt64 = 0x8422_2325_cbf2_9ce4
        for b in s { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }

    // CPython's tuplehash (xxHash-derived, Objects/tupleobject.c).
    static let prime1: UInt = 11_400_714_785_074_694_791
    static let prime2: UInt = 14_029_467_366_897_019_727
    static let prime5: UInt = 2_870_177_450_012_600_261

    @inline(__always) static func tupleStep(_ acc: UInt, _ lane: Int) -> UInt {
        var a = acc &+ UInt(bitPattern: lane) &* prime2
        a = (a << 31) | (a >> 33)
        return a &* prime1
    }

    static func tupleFinish(_ acc: UInt, count: Int) -> Int {
        let a = acc &+ (UInt(count) ^ (prime5 ^ 3_527_539))
        if a == UInt.max { return 1_546_275_796 }
        return Int(bitPattern: a)
    }

    /// CPython's frozenset hash (Objects/setobject.c `frozenset_hash`).
    @inline(__always) static func shuffle(_ h: Int) -> UInt {
        let u = UInt(bitPattern: h)
        return ((u ^ 89_869_747) ^ (u << 16)) &* 3_644_798_167
    }

    static func frozensetFinish(_ xor: UInt, count: Int) -> Int {
        var h = xor ^ ((UInt(count) &+ 1) &* 1_927_868_237)
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907_133_923
        if h == UInt.max { return 590_923_713 }
        return Int(bitPattern: h)
    }
}


extension Runtime {
    /// `hash(v)` for built-in kinds; TypeError `unhashable type: 'list'` for mutable ones.
    mutating func builtinHash(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .none: return 0x7f00_0000_5a5a >> 4
        case .notImplemented: return 0x7f00_0000_4e4e >> 4
        case .ellipsis: return 0x7f00_0000_2e2e >> 4
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return PyHash.int(i)
        case .float(let d): return PyHash.double(d)
        case .object(let r):
            let object1 = heap.objects[r.slot]
            switch object1 {
            case .str(let s):
                if s.hash != -1 { return s.hash }
                // Cache through a Heap method: writing `heap` while this switch still holds
                // a read of it would copy the whole object table.
                return heap.cacheStrHash(r)
            case .bytes(let b): return PyHash.bytes(b)
            case .bigint(let b): return PyHash.big(b)
            case .complex(let c): return c.hash
            case .tuple(let items):
                var acc = PyHash.prime5
                for item in items { acc = PyHash.tupleStep(acc, try hash(item)) }
                return PyHash.tupleFinish(acc, count: items.count)
            case .frozenset(let d):
                var x: UInt = 0
                d.forEachActive { _, h in x ^= PyHash.shuffle(h) }
                return PyHash.frozensetFinish(x, count: d.count)
            case .range(let rg):
                // CPython hashes (len, start, step) with start/step None-ed for short ranges.
                var acc = PyHash.prime5
                let n = rg.count
                acc = PyHash.tupleStep(acc, PyHash.int(n))
                acc = PyHash.tupleStep(acc, n == 0 ? try hash(.none) : PyHash.int(rg.start))
                acc = PyHash.tupleStep(acc, n <= 1 ? try hash(.none) : PyHash.int(rg.step))
                return PyHash.tupleFinish(acc, count: 3)
            case .list, .dict, .set, .slice, .dictView, .bytearray:
                throw .typeError("unhashable type: '\(heap.typeName(v))'")
            case .free, .moved, .cell, .instance, .iterator, .vm:
                return heap.identity(r) >> 4
            }
        }
    }
}

extension Heap {
    /// Computes and caches the hash of the str at `r`.
    mutating func cacheStrHash(_ r: ObjectRef) -> Int {
        // The str is moved out and back: binding it copied the whole heap object, and
        // assigning it back destroyed the old one (~400 instructions a new key).
        objects.withUnsafeMutableBufferPointer { buf -> Int in
            let p = buf.baseAddress.unsafelyUnwrapped + r.slot
            guard case .str = p.pointee else { return 0 }
            guard case .str(var s) = p.move() else { preconditionFailure("not a str") }
            if s.hash == -1 { s.hash = PyHash.string(s.value) }
            let h = s.hash
            p.initialize(to: .str(s))
            return h
        }
    }
}
