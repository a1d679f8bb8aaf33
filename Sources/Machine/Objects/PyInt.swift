import BigInt

/// A numeric operand after unboxing: bools are ints, heap bigints are `.big`.
enum Num {
    case int(Int)
    case big(BigInt)
    case float(Double)

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return BigInt(d)
        }
    }
}

/// The arithmetic binary operators (`BINARY_OP` arguments).
enum BinaryOp: Int {
    case add, sub, mul, trueDiv, floorDiv, mod, pow, lshift, rshift, and, or, xor, matmul

    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .trueDiv: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "** or pow()"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        case .matmul: return "@"
        }
    }
}

extension Heap {
    /// The numeric view of `v` (bool, int, bigint, float), or nil.
    @inline(__always) func num(_ v: Value) -> Num? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let r):
            if case .bigint(let b) = objects[r.slot] { return .big(b) }
            return nil
        default: return nil
        }
    }

    @inline(__always) mutating func value(_ n: Num) -> Value {
        switch n {
        case .int(let i): return .int(i)
        case .big(let b): return makeInt(b)
        case .float(let d): return .float(d)
        }
    }

    /// `a op b` for numbers; nil when either operand is not a number (NotImplemented).
    mutating func numberOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        // Fast path: two small ints.
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(y)
                if !o { return .int(r) }
            case .sub:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o { return .int(r) }
            case .mul:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if !o { return .int(r) }
            default: break
            }
        }
        if case .bool(let p) = a, case .bool(let q) = b {
            switch op {
            case .and: return .bool(p && q)
            case .or: return .bool(p || q)
            case .xor: return .bool(p != q)
            default: break
            }
        }
        guard let x = num(a), let y = num(b) else { return nil }
        if op == .matmul { return nil }
        switch (x, y) {
        case (.float(let p), _):
            return .float(try PyFloat.op(op, p, try PyFloat.from(y)))
        case (_, .float(let q)):
            if op == .lshift || op == .rshift || op == .and || op == .or || op == .xor { return nil }
            return .float(try PyFloat.op(op, try PyFloat.from(x), q))
        case (.int(let p), .int(let q)):
            return try intOp(op, p, q)
        default:
            return try bigOp(op, x.big, y.big)
        }
    }

    private mutating func intOp(_ op: BinaryOp, _ x: Int, _ y: Int) throws(PyError) -> Value {
        switch op {
        case .add, .sub, .mul:
            return try bigOp(op, BigInt(x), BigInt(y))
        case .trueDiv:
            if y == 0 { throw .zeroDivision("division by zero") }
            if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return .float(Double(x) / Double(y)) }
            return .float(PyInt.trueDivide(BigInt(x), BigInt(y)))
        case .floorDiv:
            if y == 0 { throw .zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return makeInt(-BigInt(x)) }
            return .int(PyInt.floorDiv(x, y))
        case .mod:
            if y == 0 { throw .zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            return .int(PyInt.floorMod(x, y))
        case .pow:
            if y < 0 {
                if x == 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(try PyFloat.op(.pow, Double(x), Double(y)))
            }
            var result = 1, base = x, e = y, overflow = false
            while e > 0 && !overflow {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    result = r; overflow = overflow || o
                }
                e >>= 1
                if e > 0 {
                    let (b2, o2) = base.multipliedReportingOverflow(by: base)
                    base = b2; overflow = overflow || o2
                }
            }
            if !overflow { return .int(result) }
            return makeInt(BigInt(x).power(y))
        case .lshift:
            if y < 0 { throw .valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            return try bigOp(op, BigInt(x), BigInt(y))
        case .rshift:
            if y < 0 { throw .valueError("negative shift count") }
            return .int(x >> Swift.min(y, 63))
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .matmul: return .notImplemented
        }
    }

    private mutating func bigOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws(PyError) -> Value {
        switch op {
        case .add: return makeInt(x + y)
        case .sub: return makeInt(x - y)
        case .mul: return makeInt(x * y)
        case .trueDiv:
            if y.isZero { throw .zeroDivision("division by zero") }
            return .float(PyInt.trueDivide(x, y))
        case .floorDiv:
            if y.isZero { throw .zeroDivision("integer division or modulo by zero") }
            return makeInt(PyInt.floorDivMod(x, y).0)
        case .mod:
            if y.isZero { throw .zeroDivision("integer modulo by zero") }
            return makeInt(PyInt.floorDivMod(x, y).1)
        case .pow:
            if y.sign == .minus {
                if x.isZero { throw .zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(try PyFloat.op(.pow, Double(x), Double(y)))
            }
            if x.isZero || x == 1 { return makeInt(x) }
            if x == -1 { return .int((y % 2).isZero ? 1 : -1) }
            guard let e = Int(exactly: y), e < 1 << 32 else { throw .memory("") }
            return makeInt(x.power(e))
        case .lshift:
            if y.sign == .minus { throw .valueError("negative shift count") }
            // longobject.c `long_lshift`: a count past PY_SSIZE_T_MAX is an OverflowError; a
            // result too big for memory, MemoryError (`reserveIntResult`, before this).
            guard let s = Int(exactly: y) else { throw .overflow("too many digits in integer") }
            return makeInt(x << s)
        case .rshift:
            if y.sign == .minus { throw .valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.sign == .minus ? -1 : 0) }
            return makeInt(PyInt.shiftRight(x, s))
        case .and: return makeInt(x & y)
        case .or: return makeInt(x | y)
        case .xor: return makeInt(x ^ y)
        case .matmul: return .notImplemented
        }
    }

    /// `divmod(a, b)` for numbers as a pair, or nil if not numbers.
    mutating func divmod(_ a: Value, _ b: Value) throws(PyError) -> (Value, Value)? {
        guard let x = num(a), let y = num(b) else { return nil }
        switch (x, y) {
        case (.float, _), (_, .float):
            let p = try PyFloat.from(x), q = try PyFloat.from(y)
            if q == 0 { throw .zeroDivision("float divmod()") }
            let (d, m) = PyFloat.divmod(p, q)
            return (.float(d), .float(m))
        case (.int(let p), .int(let q)) where !(p == Int.min && q == -1):
            if q == 0 { throw .zeroDivision("integer division or modulo by zero") }
            return (.int(PyInt.floorDiv(p, q)), .int(PyInt.floorMod(p, q)))
        default:
            if y.big.isZero { throw .zeroDivision("integer division or modulo by zero") }
            let (d, m) = PyInt.floorDivMod(x.big, y.big)
            return (makeInt(d), makeInt(m))
        }
    }

    /// Unary `-`, `+`, `~`, `abs` on numbers; nil if not a number.
    mutating func negate(_ v: Value) -> Value? {
        guard let n = num(v) else { return nil }
        switch n {
        case .int(let i): return i == Int.min ? makeInt(-BigInt(i)) : .int(-i)
        case .big(let b): return makeInt(-b)
        case .float(let d): return .float(-d)
        }
    }

    mutating func positive(_ v: Value) -> Value? {
        guard let n = num(v) else { return nil }
        return value(n)
    }

    mutating func invert(_ v: Value) -> Value? {
        guard let n = num(v) else { return nil }
        switch n {
        case .int(let i): return .int(~i)
        case .big(let b): return makeInt(-b - 1)
        case .float: return nil
        }
    }

    mutating func absolute(_ v: Value) -> Value? {
        guard let n = num(v) else { return nil }
        switch n {
        case .int(let i): return i == Int.min ? makeInt(-BigInt(i)) : .int(Swift.abs(i))
        case .big(let b): return makeInt(b.sign == .minus ? -b : b)
        case .float(let d): return .float(Swift.abs(d))
        }
    }

    /// Three-way comparison of two numbers (exact across int/float), nil if either is not a
    /// number; `.some(nil)` when unordered (NaN).
    func compareNumbers(_ a: Value, _ b: Value) -> Int?? {
        guard let x = num(a), let y = num(b) else { return nil }
        return .some(PyInt.compare(x, y))
    }

    /// `int(x)` for a number (truncates floats).
    mutating func intFromNumber(_ v: Value) throws(PyError) -> Value? {
        guard let n = num(v) else { return nil }
        switch n {
        case .int(let i): return .int(i)
        case .big(let b): return makeInt(b)
        case .float(let d): return try intFromDouble(d.rounded(.towardZero))
        }
    }

    /// An integral double as an int value; errors for inf/nan as CPython.
    mutating func intFromDouble(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        return makeInt(BigInt(d))
    }

    /// `round(x)` (banker's rounding to an int) and `round(x, n)`.
    mutating func round(_ v: Value, ndigits: Value = .none) throws(PyError) -> Value? {
        guard let n = num(v) else { return nil }
        if case .none = ndigits {
            switch n {
            case .int, .big: return value(n)
            case .float(let d): return try intFromDouble(d.rounded(.toNearestOrEven))
            }
        }
        guard let nd = num(ndigits), case .int(let digits) = nd else {
            throw .typeError("'\(typeName(ndigits))' object cannot be interpreted as an integer")
        }
        switch n {
        case .float(let d): return .float(PyFloat.round(d, digits))
        case .int, .big:
            if digits >= 0 { return value(n) }
            if digits < -400 { return .int(0) }
            let p = BigInt(10).power(-digits)
            let x = n.big
            var (q, r) = PyInt.floorDivMod(x, p)
            let twice = r * 2
            if twice > p || (twice == p && !(q % 2).isZero) { q += 1 }
            r = 0
            return makeInt(q * p)
        }
    }
}

/// Integer helpers with Python's floor semantics.
enum PyInt {
    @inline(__always) static func floorDiv(_ x: Int, _ y: Int) -> Int {
        let q = x / y
        return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
    }

    @inline(__always) static func floorMod(_ x: Int, _ y: Int) -> Int {
        let r = x % y
        return (r != 0 && ((r < 0) != (y < 0))) ? r + y : r
    }

    static func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && ((r.sign == .minus) != (y.sign == .minus)) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    /// Arithmetic (floor) right shift of a bigint.
    static func shiftRight(_ x: BigInt, _ s: Int) -> BigInt {
        if x.sign != .minus { return x >> s }
        // floor(x / 2**s) for negative x: -((-x - 1) >> s) - 1
        return -(((-x) - 1) >> s) - 1
    }

    /// Correctly rounded-ish int / int for operands beyond 2**53.
    static func trueDivide(_ x: BigInt, _ y: BigInt) -> Double {
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        // Scale so the quotient has 55-56 significant bits, fold the remainder into a sticky
        // low bit, and let the exact UInt64 -> Double conversion round to nearest even.
        let shift = 55 - (a.bitWidth - b.bitWidth)
        let (q, r) = shift >= 0 ? (a << shift).quotientAndRemainder(dividingBy: b)
            : a.quotientAndRemainder(dividingBy: b << -shift)
        var bits = UInt64(q)
        if !r.isZero { bits |= 1 }
        var d = Double(bits) * pow2(-shift)
        if negative { d = -d }
        return d
    }

    static func pow2(_ e: Int) -> Double {
        var r = 1.0
        var e = e
        while e > 1000 { r *= Double(sign: .plus, exponent: 1000, significand: 1); e -= 1000 }
        while e < -1000 { r *= Double(sign: .plus, exponent: -1000, significand: 1); e += 1000 }
        return r * Double(sign: .plus, exponent: e, significand: 1)
    }

    /// Exact three-way comparison; nil if unordered (a NaN).
    static func compare(_ x: Num, _ y: Num) -> Int? {
        switch (x, y) {
        case let (.int(a), .int(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.float(a), .float(b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case let (.float(a), _):
            guard let c = compareIntFloat(y.big, a) else { return nil }
            return -c
        case let (_, .float(b)):
            return compareIntFloat(x.big, b)
        default:
            let a = x.big, b = y.big
            return a < b ? -1 : (a == b ? 0 : 1)
        }
    }

    /// Compares an int with a float exactly (CPython `float_richcompare`).
    static func compareIntFloat(_ a: BigInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if let i = Int(exactly: a), i.magnitude < 1 << 53 {
            let x = Double(i)
            return x < d ? -1 : (x == d ? 0 : 1)
        }
        let fl = d.rounded(.down)
        let fb = BigInt(fl)
        if a < fb { return -1 }
        if a > fb { return 1 }
        return fl == d ? 0 : -1
    }
}
