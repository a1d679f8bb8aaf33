import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A complex number with CPython's arithmetic, repr, hash and parsing
/// (Objects/complexobject.c).
struct PyComplex: Equatable {
    var re: Double
    var im: Double

    static let one = PyComplex(re: 1, im: 0)

    /// `_Py_c_prod`.
    static func * (a: PyComplex, b: PyComplex) -> PyComplex {
        PyComplex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }

    /// `_Py_c_quot` (Smith's method); nil for a zero divisor (CPython sets EDOM).
    static func quotient(_ a: PyComplex, _ b: PyComplex) -> PyComplex? {
        let absRe = Swift.abs(b.re), absIm = Swift.abs(b.im)
        if absRe >= absIm {
            if absRe == 0 { return nil }
            let ratio = b.im / b.re
            let denom = b.re + b.im * ratio
            return PyComplex(re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom)
        } else if absIm >= absRe {
            let ratio = b.re / b.im
            let denom = b.re * ratio + b.im
            return PyComplex(re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom)
        }
        return PyComplex(re: .nan, im: .nan)
    }

    /// `c_powu`: repeated squaring for a non-negative integer exponent.
    static func powu(_ x: PyComplex, _ n: Int) -> PyComplex {
        var r = PyComplex.one, p = x, mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// `complex_pow` without a modulus: small integral exponents by `c_powi`, the rest by
    /// `_Py_c_pow`, with CPython's errors.
    static func power(_ a: PyComplex, _ b: PyComplex) throws(PyError) -> PyComplex {
        var domainError = false
        var r: PyComplex
        if b.im == 0 && b.re == b.re.rounded(.down) && Swift.abs(b.re) <= 100 {
            let n = Int(b.re)
            if n >= 0 {
                r = powu(a, n)
            } else if let q = quotient(.one, powu(a, -n)) {
                r = q
            } else {
                domainError = true
                r = PyComplex(re: 0, im: 0)
            }
        } else if b.re == 0 && b.im == 0 {
            r = .one
        } else if a.re == 0 && a.im == 0 {
            if b.im != 0 || b.re < 0 { domainError = true }
            r = PyComplex(re: 0, im: 0)
        } else {
            let vabs = hypot(a.re, a.im)
            var len = Glibc.pow(vabs, b.re)
            let at = atan2(a.im, a.re)
            var phase = at * b.re
            if b.im != 0 {
                len /= exp(at * b.im)
                phase += b.im * log(vabs)
            }
            r = PyComplex(re: len * cos(phase), im: len * sin(phase))
        }
        if domainError { throw .zeroDivision("0.0 to a negative or complex power") }
        if r.re.isInfinite || r.im.isInfinite {
            // _Py_ADJUST_ERANGE2: an infinite part from finite operands overflowed.
            throw .overflow("complex exponentiation")
        }
        return r
    }

    /// `_Py_c_abs`.
    func magnitude() throws(PyError) -> Double {
        if !re.isFinite || !im.isFinite {
            if re.isInfinite { return Swift.abs(re) }
            if im.isInfinite { return Swift.abs(im) }
            return .nan
        }
        let r = hypot(re, im)
        if !r.isFinite { throw .overflow("absolute value too large") }
        return r
    }

    /// `complex_hash`: the parts' float hashes combined with `_PyHASH_IMAG`.
    var hash: Int {
        let hr = UInt(bitPattern: PyHash.double(re)), hi = UInt(bitPattern: PyHash.double(im))
        let combined = Int(bitPattern: hr &+ 1_000_003 &* hi)
        return combined == -1 ? -2 : combined
    }

    /// `complex_repr`: `2j` for a +0 real part, else `(re±imj)`, parts in repr style
    /// without a trailing `.0`.
    var repr: String {
        if re == 0 && re.sign == .plus { return Self.part(im) + "j" }
        let imText = Self.part(im)
        return "(" + Self.part(re) + (imText.hasPrefix("-") ? "" : "+") + imText + "j)"
    }

    /// A part as `PyOS_double_to_string(x, 'r', 0, 0)`: the float repr, no `.0` added.
    static func part(_ x: Double) -> String {
        let text = PyFloat.repr(x)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    // MARK: - Parsing

    /// `complex(s)` (`complex_from_string_inner`): `1`, `2j`, `j`, `-1.5+2e3j`, `(1+2j)`, with
    /// surrounding whitespace and underscores between digits.
    static func parse(_ s: String) throws(PyError) -> PyComplex {
        let malformed = PyError.valueError("complex() arg is a malformed string")
        // _Py_string_to_number_with_underscores: each `_` between two digits, else this error.
        let raw = Array(s)
        for (k, ch) in raw.enumerated() where ch == "_" {
            let before = k > 0 && raw[k - 1].isASCII && raw[k - 1].isNumber
            let after = k + 1 < raw.count && raw[k + 1].isASCII && raw[k + 1].isNumber
            if !before || !after { throw .valueError("could not convert string to complex: \(PyStrRepr.quote(s))") }
        }
        var c = Array(s.trimmingPythonWhitespace().lowercased().filter { $0 != "_" })
        if c.first == "(" {
            guard c.last == ")" else { throw malformed }
            c = Array(String(c.dropFirst().dropLast()).trimmingPythonWhitespace())
        }
        var i = 0
        func sign() -> Double? {
            guard i < c.count, c[i] == "+" || c[i] == "-" else { return nil }
            i += 1
            return c[i - 1] == "-" ? -1 : 1
        }
        let firstSign = sign()
        let first = number(c, &i)
        if i == c.count {
            guard let first else { throw malformed }
            return PyComplex(re: (firstSign ?? 1) * first, im: 0)
        }
        if c[i] == "j" {
            i += 1
            guard i == c.count else { throw malformed }
            return PyComplex(re: 0, im: (firstSign ?? 1) * (first ?? 1))
        }
        guard let first else { throw malformed }
        guard let secondSign = sign() else { throw malformed }
        let second = number(c, &i) ?? 1
        guard i < c.count, c[i] == "j", i + 1 == c.count else { throw malformed }
        return PyComplex(re: (firstSign ?? 1) * first, im: secondSign * second)
    }

    /// An unsigned float at `i` (digits, fraction, exponent, `inf`,
    /// `infinity`, `nan`), advancing `i`; nil (and `i` unchanged) when there is none.
    private static func number(_ c: [Character], _ i: inout Int) -> Double? {
        let start = i
        for word in ["infinity", "inf", "nan"] {
            let w = Array(word)
            if c.count - i >= w.count && Array(c[i..<i + w.count]) == w {
                i += w.count
                return word == "nan" ? .nan : .infinity
            }
        }
        var text = ""
        func digits() -> Bool {
            var any = false
            while i < c.count {
                if c[i].isASCII && c[i].isNumber { text.append(c[i]); i += 1; any = true; continue }
                break
            }
            return any
        }
        var mantissa = digits()
        if i < c.count && c[i] == "." {
            text.append("."); i += 1
            mantissa = digits() || mantissa
        }
        guard mantissa else { i = start; return nil }
        if i < c.count && c[i] == "e" {
            let save = i, saveText = text
            text.append("e"); i += 1
            if i < c.count && (c[i] == "+" || c[i] == "-") { text.append(c[i]); i += 1 }
            if !digits() { i = save; text = saveText }
        }
        if text.hasPrefix(".") { text = "0" + text }
        if text.hasSuffix(".") { text += "0" }
        if let r = text.firstRange(of: ".e") { text.replaceSubrange(r, with: ".0e") }
        return Double(text)
    }
}

extension Heap {
    mutating func newComplex(_ c: PyComplex) -> Value {
        .object(alloc(.complex(c)))
    }

    /// The complex at `v`, or nil.
    @inline(__always) func complex(_ v: Value) -> PyComplex? {
        if case .object(let r) = v, case .complex(let c) = objects[r.slot] { return c }
        return nil
    }

    /// `v` as a complex operand: complex, int, bool or float (`to_complex`); nil otherwise.
    func complexOperand(_ v: Value) throws(PyError) -> PyComplex? {
        if let c = complex(v) { return c }
        guard let n = num(v) else { return nil }
        return PyComplex(re: try PyFloat.from(n), im: 0)
    }

    /// `a op b` when either operand is complex and the other a number; nil otherwise.
    /// A negative real base to a fractional real power also lands here (float_pow's complex
    /// result in CPython 3).
    mutating func complexOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let ca = complex(a), cb = complex(b)
        if ca == nil && cb == nil { return nil }
        guard let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
        switch op {
        case .add: return newComplex(PyComplex(re: x.re + y.re, im: x.im + y.im))
        case .sub: return newComplex(PyComplex(re: x.re - y.re, im: x.im - y.im))
        case .mul: return newComplex(x * y)
        case .trueDiv:
            guard let q = PyComplex.quotient(x, y) else { throw .zeroDivision("complex division by zero") }
            return newComplex(q)
        case .pow: return newComplex(try PyComplex.power(x, y))
        default:
            throw .typeError("unsupported operand type(s) for \(op.symbol): '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    /// `float_pow`'s complex result: a negative finite base to a finite non-integral power
    /// (one operand a float) is complex power; nil for every other pair.
    mutating func negativeBasePower(_ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard let x = num(a), let y = num(b) else { return nil }
        switch (x, y) {
        case (.float, _), (_, .float): break
        default: return nil
        }
        let p = try PyFloat.from(x), q = try PyFloat.from(y)
        guard p < 0, p.isFinite, q.isFinite, q.rounded(.down) != q else { return nil }
        return newComplex(try PyComplex.power(PyComplex(re: p, im: 0), PyComplex(re: q, im: 0)))
    }

    /// `a == b` when either side is complex: nil when neither is.
    func complexEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool? {
        guard let x = complex(a) ?? complex(b) else { return nil }
        let other = complex(a) == nil ? a : b
        if let y = complex(other) { return x.re == y.re && x.im == y.im }
        guard let n = num(other) else { return false }
        // complex_richcompare: an int compares exactly with the real part (no rounding).
        if x.im != 0 { return false }
        switch n {
        case .float(let d): return x.re == d
        case .int(let i): return Int(exactly: x.re) == i
        case .big(let big): return BigInt(exactly: x.re) == big
        }
    }
}

/// `format(z, spec)` for complex numbers (formatter_unicode.c `format_complex_internal`).
extension PyFormat {
    static func formatComplex(_ z: PyComplex, _ fs: FormatSpec) throws(PyError) -> String {
        if fs.fill == "0" {
            throw .valueError("Zero padding is not allowed in complex format specifier")
        }
        if fs.align == "=" { throw .valueError("'=' alignment flag is not allowed in complex format specifier") }
        if let t = fs.type, !"eEfFgGn".contains(t) {
            throw .valueError("Unknown format code '\(t)' for object of type 'complex'")
        }
        var part = fs
        part.width = 0
        part.align = nil
        part.fill = " "
        part.zeroFlag = false
        var skipRe = false, parens = false
        if fs.type == nil {
            // Like str(z), with the spec's sign, width and alignment.
            if z.re == 0 && z.re.sign == .plus { skipRe = true } else { parens = true }
            if fs.precision != nil { part.type = "g" }
        }
        func render(_ x: Double, _ spec: FormatSpec) throws(PyError) -> String {
            if spec.type != nil { return try formatFloat(x, spec) }
            let text = PyComplex.part(Swift.abs(x))
            let negative = x.sign == .minus && !x.isNaN
            return (negative ? "-" : (spec.sign == "+" ? "+" : (spec.sign == " " ? " " : ""))) + text
        }
        let reText = skipRe ? "" : try render(z.re, part)
        var imSpec = part
        if !skipRe { imSpec.sign = "+" }
        let body = (parens ? "(" : "") + reText + (try render(z.im, imSpec)) + "j" + (parens ? ")" : "")
        return fs.pad(body, defaultAlign: ">")
    }
}
