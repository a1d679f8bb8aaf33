import BigInt
import Foundation

/// CPython's `_random` (Modules/_randommodule.c): the MT19937 generator, bit for bit, so a
/// seeded program prints what python3 prints. A generator's state lives in a heap bytearray
/// that `random.Random` keeps (`self._mt`): it is copied with the heap at fork and collected
/// with its owner, and the natives edit it in place.
enum RandomNatives {
    static let n = 624
    static let m = 397
    /// Words in a state bytearray: the 624 words, the index, and the pid (+1) of the process
    /// the module's own generator was seeded in (0: never reseeded; see `reseedAfterFork`).
    static let words = 626

    static let natives: [NativeEntry] = [
        NativeEntry(name: "_random:_mt_new") { vm, _, _ throws(PyError) in
            var b = [UInt8](repeating: 0, count: words * 4)
            b.withUnsafeMutableBytes { raw in
                raw.withMemoryRebound(to: UInt32.self) { mt in initGenrand(mt, 19_650_218) }
            }
            return vm.heap.newByteArray(b)
        },
        // random_seed: an int seeds from its absolute value, None from the run's seed (CPython
        // reads urandom; the engine stays deterministic), anything else from its hash.
        NativeEntry(name: "_random:_mt_seed") { vm, args, _ throws(PyError) in
            let r = try stateRef(vm, args)
            let a = args.count > 1 ? args[1] : .none
            var key: [UInt32]
            if case .none = a {
                key = []
                for _ in 0..<4 {
                    let x = vm.nextRandom()
                    key.append(UInt32(truncatingIfNeeded: x))
                    key.append(UInt32(truncatingIfNeeded: x >> 32))
                }
            } else {
                switch vm.heap.num(a) {
                case .int(let i)?: key = words32(BigInt(i).magnitude)
                case .big(let b)?: key = words32(b.magnitude)
                // Any other seed: its hash as a size_t (a negative hash wraps, it is not negated).
                default: key = words32(BigUInt(UInt64(bitPattern: Int64(try vm.hash(a)))))
                }
            }
            let marker = args.count > 2 && args[2].isIdentical(to: .bool(true)) ? UInt32(truncatingIfNeeded: vm.process.pid &+ 1) : 0
            try vm.heap.editByteArray(r) { b throws(PyError) in
                b.withUnsafeMutableBytes { raw in
                    raw.withMemoryRebound(to: UInt32.self) { mt in
                        initByArray(mt, key)
                        mt[n + 1] = marker
                    }
                }
            }
            return .none
        },
        NativeEntry(name: "_random:_mt_random") { vm, args, _ throws(PyError) in
            let r = try stateRef(vm, args)
            try reseedAfterFork(&vm, r)
            let x = try vm.heap.editByteArray(r) { b throws(PyError) in
                b.withUnsafeMutableBytes { raw in
                    raw.withMemoryRebound(to: UInt32.self) { mt -> Double in
                        // random_random: 53 bits from two words.
                        let a = genrand(mt) >> 5, b = genrand(mt) >> 6
                        return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
                    }
                }
            }
            return .float(x)
        },
        NativeEntry(name: "_random:_mt_getrandbits") { vm, args, _ throws(PyError) in
            let r = try stateRef(vm, args)
            guard args.count > 1 else { throw .typeError("getrandbits() takes exactly one argument (0 given)") }
            let k = try vm.intArg(args[1])
            if k < 0 { throw .valueError("number of bits must be non-negative") }
            if k == 0 { return .int(0) }
            if k > 1 << 24 { throw .exception(vm.newException("OverflowError", "getrandbits() bit count too large")) }
            vm.heap.charge(k / 8)
            try reseedAfterFork(&vm, r)
            let drawn: [UInt32] = try vm.heap.editByteArray(r) { b throws(PyError) in
                b.withUnsafeMutableBytes { raw in
                    raw.withMemoryRebound(to: UInt32.self) { mt -> [UInt32] in
                        if k <= 32 { return [genrand(mt) >> UInt32(32 - k)] }
                        // random_getrandbits: little-endian words, the last one cut to the bits left.
                        var out: [UInt32] = []
                        var left = k
                        while left > 0 {
                            var w = genrand(mt)
                            if left < 32 { w >>= UInt32(32 - left) }
                            out.append(w)
                            left -= 32
                        }
                        return out
                    }
                }
            }
            if drawn.count == 1 { return .int(Int(drawn[0])) }
            var big = BigUInt(0)
            for w in drawn.reversed() { big = (big << 32) | BigUInt(w) }
            return vm.heap.makeInt(BigInt(big))
        },
        NativeEntry(name: "_random:_mt_getstate") { vm, args, _ throws(PyError) in
            let r = try stateRef(vm, args)
            let b = vm.heap.bytes(.object(r)) ?? []
            var items: [Value] = []
            items.reserveCapacity(n + 1)
            for i in 0...n { items.append(.int(Int(word(b, i)))) }
            return vm.heap.newTuple(items)
        },
        // random_setstate: 624 words and an index in 0...624.
        NativeEntry(name: "_random:_mt_setstate") { vm, args, _ throws(PyError) in
            let r = try stateRef(vm, args)
            guard args.count > 1, let items = vm.heap.sequenceItems(args[1]), case .object(let t) = args[1], vm.heap.kind(t) == .tuple else {
                throw .typeError("state vector must be a tuple")
            }
            guard items.count == n + 1 else { throw .valueError("state vector is the wrong size") }
            var state: [UInt32] = []
            for item in items {
                let v: BigInt
                switch vm.heap.num(item) {
                case .int(let i)?: v = BigInt(i)
                case .big(let b)?: v = b
                default: throw .typeError("'\(vm.heap.typeName(item))' object cannot be interpreted as an integer")
                }
                if v < 0 { throw .exception(vm.newException("OverflowError", "can't convert negative int to unsigned")) }
                if v > BigInt(UInt64.max) { throw .exception(vm.newException("OverflowError", "Python int too large to convert to C unsigned long")) }
                state.append(UInt32(truncatingIfNeeded: UInt64(v)))
            }
            guard let last = state.last, last <= UInt32(n) else { throw .valueError("invalid state") }
            try vm.heap.editByteArray(r) { b throws(PyError) in
                b.withUnsafeMutableBytes { raw in
                    raw.withMemoryRebound(to: UInt32.self) { mt in
                        for (i, w) in state.enumerated() { mt[i] = w }
                    }
                }
            }
            return .none
        },
        // random.vonmisesvariate needs libm's acos to the last bit and the engine's math module
        // has none (random.py prefers math.acos once it exists).
        NativeEntry(name: "_random:_acos") { vm, args, _ throws(PyError) in
            guard let a = args.first else { throw .typeError("_acos() takes exactly one argument (0 given)") }
            let x = try vm.floatArg(a)
            if x < -1 || x > 1 { throw .valueError("math domain error") }
            return .float(Foundation.acos(x))
        },
    ]

    /// The state bytearray in `args[0]`, checked (a program may rebind `_mt`).
    static func stateRef(_ vm: Interp, _ args: [Value]) throws(PyError) -> ObjectRef {
        guard let a = args.first, case .object(let r) = a, vm.heap.kind(r) == .bytearray,
              vm.heap.bytes(a)?.count == words * 4 else {
            throw .typeError("random generator state must be the bytearray made by _random._mt_new()")
        }
        return r
    }

    /// CPython reseeds the module's generator in a forked child (`os.register_at_fork`);
    /// here the child draws a new seed from the run's seed and its pid.
    static func reseedAfterFork(_ vm: inout Interp, _ r: ObjectRef) throws(PyError) {
        let b = vm.heap.bytes(.object(r)) ?? []
        let marker = word(b, n + 1)
        let pid = UInt32(truncatingIfNeeded: vm.process.pid &+ 1)
        guard marker != 0, marker != pid else { return }
        let x = vm.nextRandom() ^ UInt64(pid)
        let key = [UInt32(truncatingIfNeeded: x), UInt32(truncatingIfNeeded: x >> 32), pid]
        try vm.heap.editByteArray(r) { b throws(PyError) in
            b.withUnsafeMutableBytes { raw in
                raw.withMemoryRebound(to: UInt32.self) { mt in
                    initByArray(mt, key)
                    mt[n + 1] = pid
                }
            }
        }
    }

    static func word(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[4 * i]) | UInt32(b[4 * i + 1]) << 8 | UInt32(b[4 * i + 2]) << 16 | UInt32(b[4 * i + 3]) << 24
    }

    /// The 32-bit words of `x`, least significant first (`[0]` for zero), as random_seed's key.
    static func words32(_ x: BigUInt) -> [UInt32] {
        var out: [UInt32] = []
        for w in x.words {
            out.append(UInt32(truncatingIfNeeded: w))
            out.append(UInt32(truncatingIfNeeded: UInt64(w) >> 32))
        }
        while out.count > 1, out.last == 0 { out.removeLast() }
        return out.isEmpty ? [0] : out
    }

    // MARK: - MT19937 (Makoto Matsumoto and Takuji Nishimura, as in _randommodule.c)

    static func initGenrand(_ mt: UnsafeMutableBufferPointer<UInt32>, _ s: UInt32) {
        mt[0] = s
        for i in 1..<n {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        mt[n] = UInt32(n)
    }

    static func initByArray(_ mt: UnsafeMutableBufferPointer<UInt32>, _ key: [UInt32]) {
        initGenrand(mt, 19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
        }
        mt[0] = 0x8000_0000
    }

    static func genrand(_ mt: UnsafeMutableBufferPointer<UInt32>) -> UInt32 {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff, matrixA: UInt32 = 0x9908_b0df
        if mt[n] >= UInt32(n) {
            for kk in 0..<(n - m) {
                let y = (mt[kk] & upper) | (mt[kk + 1] & lower)
                mt[kk] = mt[kk + m] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : matrixA)
            }
            for kk in (n - m)..<(n - 1) {
                let y = (mt[kk] & upper) | (mt[kk + 1] & lower)
                mt[kk] = mt[kk + m - n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : matrixA)
            }
            let y = (mt[n - 1] & upper) | (mt[0] & lower)
            mt[n - 1] = mt[m - 1] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : matrixA)
            mt[n] = 0
        }
        var y = mt[Int(mt[n])]
        mt[n] += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }
}
