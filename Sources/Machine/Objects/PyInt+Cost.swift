import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What big-int arithmetic costs, checked before it is done: the result's bytes against the
/// memory limit (`10**10**10`, `1 << 10**10`) and the work against the step budget
/// (`math.factorial(10**6)` under `--max-steps 1000`). Work is counted in machine-word
/// operations, `wordsPerStep` to a step, multiplication as schoolbook: the BigInt package
/// switches to Karatsuba past `BigUInt.directMultiplicationLimit` words, but measured no
/// faster (a product of two 12,500-word ints took 0.45 s, 2.9 ns a word product; a step of
/// module-level code takes 10-40 ns).
enum PyIntCost {
    /// Word operations of big-int arithmetic to a step of the budget.
    static let wordsPerStep = 4

    /// Bits of an int's magnitude (0 for 0), nil for any other value.
    static func bits(_ v: Value, _ heap: Heap) -> Int? {
        switch v {
        case .int(let i): return Int.bitWidth - i.magnitude.leadingZeroBitCount
        case .bool(let b): return b ? 1 : 0
        case .object:
            return heap.bigint(v).map { $0.magnitude.bitWidth }
        default: return nil
        }
    }

    /// Words of a magnitude of `bits` bits.
    static func words(_ bits: Int) -> Int { bits / UInt.bitWidth + 1 }

    /// Word operations to multiply magnitudes of `m` and `n` words.
    static func multiplication(_ m: Int, _ n: Int) -> Int {
        let (cost, overflow) = m.multipliedReportingOverflow(by: n)
        return overflow ? Int.max / 2 : cost
    }

    /// Word operations to square repeatedly up to a result of `words` words (`x ** e`): a
    /// geometric series dominated by the last squaring.
    static func power(resultWords words: Int) -> Int {
        let last = multiplication(words / 2 + 1, words / 2 + 1)
        return last > Int.max / 4 ? Int.max / 2 : last * 2
    }
}

extension Runtime {
    /// Checks the memory limit for the result of the int operation `a op b` and meters its
    /// work, before `Heap.numberOp` does it; nothing for operands that are not ints or for
    /// results that fit a machine word.
    mutating func reserveIntResult(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) {
        // Two machine ints make at most 128 bits, but by `**` and `<<`.
        if case .int = a, case .int = b, op != .pow && op != .lshift { return }
        guard let x = PyIntCost.bits(a, heap), let y = PyIntCost.bits(b, heap),
              x + y > Int.bitWidth - 2 || op == .pow || op == .lshift else { return }
        let wx = PyIntCost.words(x), wy = PyIntCost.words(y)
        var resultBits = 0, work = 0
        switch op {
        case .pow:
            // `x ** e` has about bits(x) * e bits; 0, 1 and -1 stay small, a negative power is a float.
            guard x > 1, case .int(let e) = b, e > 0 else { return }
            let (bits, overflow) = (x - 1).multipliedReportingOverflow(by: e)
            if overflow { throw .memory("") }
            resultBits = bits
            work = PyIntCost.power(resultWords: PyIntCost.words(bits))
        case .lshift:
            guard x > 0, case .int(let s) = b, s > 0 else { return }
            let (bits, overflow) = x.addingReportingOverflow(s)
            if overflow { throw .memory("") }
            resultBits = bits
            work = PyIntCost.words(bits)
        case .mul:
            resultBits = x + y
            work = PyIntCost.multiplication(wx, wy)
        case .floorDiv, .mod:
            work = wx &* wy
        default:
            work = wx &+ wy
        }
        if resultBits > 0 { try heap.reserve(bytes: resultBits / 8 + 1) }
        try meter(steps: work / PyIntCost.wordsPerStep)
    }
}

extension PyIntCost {
    /// `lo * (lo+1) * ... * hi` by binary splitting (mathmodule.c's factorial splits the
    /// product too): halves of similar size keep the BigInt package's Karatsuba busy, where
    /// multiplying one factor at a time was quadratic (`math.factorial(10**6)` ran for
    /// minutes).
    static func product(_ lo: Int, _ hi: Int) -> BigInt {
        if hi < lo { return 1 }
        if hi - lo < 16 {
            var r = BigInt(lo)
            var i = lo + 1
            while i <= hi { r *= BigInt(i); i += 1 }
            return r
        }
        let mid = lo + (hi - lo) / 2
        return product(lo, mid) * product(mid + 1, hi)
    }

    /// Bits of `n!`, from Stirling's formula (n log2 n - n log2 e), rounded up.
    static func factorialBits(_ n: Int) -> Int {
        if n < 2 { return 1 }
        let x = Double(n)
        let bits = x * log2(x) - x * 1.4426950408889634 + 0.5 * log2(2 * Double.pi * x) + 1
        return bits >= Double(Int.max / 2) ? Int.max / 2 : Int(bits)
    }
}

extension Runtime {
    /// Checks the memory limit for `math.factorial(n)` and meters its work: the product
    /// tree's levels cost W²/4, W²/8, ... for a W-word result, twice the last product.
    mutating func reserveFactorial(_ n: Int) throws(PyError) {
        let bits = PyIntCost.factorialBits(n)
        guard bits > Int.bitWidth else { return }
        try heap.reserve(bytes: bits / 8 + 1)
        let half = PyIntCost.words(bits) / 2 + 1
        let (work, overflow) = PyIntCost.multiplication(half, half).multipliedReportingOverflow(by: 2)
        try meter(steps: (overflow ? Int.max / 2 : work &+ n) / PyIntCost.wordsPerStep)
    }
}
