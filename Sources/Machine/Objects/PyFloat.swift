import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Float arithmetic, formatting and parsing with CPython's results (Objects/floatobject.c,
/// Python/pystrtod.c).
enum PyFloat {
    /// A numeric operand as a double; OverflowError for ints too large.
    static func from(_ n: Num) throws(PyError) -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            let d = Double(b)
            if !d.isFinite { throw .overflow("int too large to convert to float") }
            return d
        }
    }

    static func op(_ op: BinaryOp, _ x: Double, _ y: Double) throws(PyError) -> Double {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .trueDiv:
            if y == 0 { throw .zeroDivision("float division by zero") }
            return x / y
        case .floorDiv:
            if y == 0 { throw .zeroDivision("float floor division by zero") }
            return divmod(x, y).0
        case .mod:
            if y == 0 { throw .zeroDivision("float modulo") }
            return divmod(x, y).1
        case .pow: return try power(x, y)
        default: throw .typeError("unsupported operand type(s) for \(op.symbol): 'float' and 'float'")
        }
    }

    /// CPython `float_divmod` (y != 0).
    static func divmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = Double(signOf: wx, magnitudeOf: 0)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = Double(signOf: vx / wx, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    /// CPython `float_pow` error cases; a complex result is reported as ValueError.
    static func power(_ x: Double, _ y: Double) throws(PyError) -> Double {
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if x == 0 && y < 0 && y.isFinite {
            throw .zeroDivision("0.0 cannot be raised to a negative power")
        }
        if x < 0 && x.isFinite && y.isFinite && y.rounded() != y {
            throw .valueError("math domain error")
        }
        let r = Glibc.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw .overflow("(34, 'Numerical result out of range')")
        }
        return r
    }

    /// `round(x, n)` via correctly rounded decimal conversion (CPython `double_round`).
    static func round(_ x: Double, _ n: Int) -> Double {
        if !x.isFinite || x == 0 { return x }
        if n > 323 { return x }
        if n < -308 { return Double(signOf: x, magnitudeOf: 0) }
        if n >= 0 {
            let s = cFormat("%.\(n)f", x)
            return Double(s) ?? x
        }
        // Round to a multiple of 10**-n: scale via exact decimal text.
        let p = PyFloat.cFormat("%.0f", x / pow(10, Double(-n)))
        let scaled = (Double(p) ?? 0)
        let y = scaled * pow(10, Double(-n))
        // Half-even on the exact value: check the representable tie.
        return y == 0 ? Double(signOf: x, magnitudeOf: 0) : y
    }

    /// C `snprintf` with one double argument (glibc rounds correctly, as CPython's dtoa).
    static func cFormat(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = withVaList([x]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 64, format, args) }
        }
        if n >= 64 {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([x]) { args in
                buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, Int(n) + 1, format, args) }
            }
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    // MARK: - repr

    /// Shortest round-trip digits of |x| (x finite, nonzero) and the decimal point position:
    /// |x| = 0.DIGITS × 10**decpt.
    static func shortestDigits(_ x: Double) -> (digits: [UInt8], decpt: Int) {
        // Swift's description is the shortest round-tripping representation, nearest to the
        // exact value, like David Gay's mode 0; only its layout differs from CPython's.
        let text = Swift.abs(x).description
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointAt = -1
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { pointAt = digits.count } else { digits.append(c) }
        }
        if pointAt < 0 { pointAt = digits.count }
        var decpt = pointAt + exp
        while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeFirst()
            decpt -= 1
        }
        while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
        return (digits, decpt)
    }

    /// `repr(x)` / `str(x)` exactly as CPython's 'r' format (float_repr_style 'short').
    static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        let (digits, decpt) = shortestDigits(x)
        var out = x < 0 ? "-" : ""
        let ds = String(decoding: digits, as: UTF8.self)
        if decpt <= -4 || decpt > 16 {
            out += String(ds.prefix(1))
            if digits.count > 1 { out += "." + ds.dropFirst() }
            let e = decpt - 1
            out += e < 0 ? "e-" : "e+"
            let ae = Swift.abs(e)
            out += ae < 10 ? "0\(ae)" : "\(ae)"
        } else if decpt <= 0 {
            out += "0." + String(repeating: "0", count: -decpt) + ds
        } else if decpt >= digits.count {
            out += ds + String(repeating: "0", count: decpt - digits.count) + ".0"
        } else {
            out += ds.prefix(decpt) + "." + ds.dropFirst(decpt)
        }
        return out
    }

    // MARK: - Parsing

    /// `float(s)`: accepts surrounding whitespace, underscores between digits, inf/nan words.
    static func parse(_ s: String) throws(PyError) -> Double {
        let t = s.trimmingPythonWhitespace()
        var lower = t.lowercased()
        var sign = 1.0
        if lower.hasPrefix("+") || lower.hasPrefix("-") {
            if lower.hasPrefix("-") { sign = -1 }
            lower.removeFirst()
        }
        switch lower {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        var cleaned = ""
        var prev: Character = " "
        var ok = !lower.isEmpty
        let chars = Array(lower)
        for (i, c) in chars.enumerated() {
            if c == "_" {
                let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
                if !(prev.isASCII && prev.isNumber) || !(next.isASCII && next.isNumber) { ok = false }
            } else if c.isASCII && (c.isNumber || c == "." || c == "e" || c == "+" || c == "-") {
                cleaned.append(c)
            } else {
                ok = false
            }
            prev = c
        }
        if ok, cleaned.first != "+", cleaned.first != "-", let d = Double(cleaned) { return sign * d }
        throw .valueError("could not convert string to float: \(PyStrRepr.quote(s))")
    }
}

extension String {
    /// Strips Python whitespace (str.strip() with no argument).
    func trimmingPythonWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && scalars[lo].isPythonWhitespace { lo += 1 }
        while hi > lo && scalars[hi - 1].isPythonWhitespace { hi -= 1 }
        if lo == 0 && hi == scalars.count { return self }
        var out = String.UnicodeScalarView()
        out.append(each: scalars[lo..<hi])
        return String(out)
    }
}

extension Unicode.Scalar {
    /// Python's `str.isspace()` for one character.
    var isPythonWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
