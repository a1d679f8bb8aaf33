import BigInt

/// `int(str, base)` and `str(int)` (Objects/longobject.c `PyLong_FromString`, `long_to_decimal_string`).
extension Heap {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`.
    static let maxStrDigits = 4300

    /// `int(text, base)`: whitespace, sign, base prefixes and single underscores between digits.
    mutating func intFromString(_ text: String, base: Int = 10) throws(PyError) -> Value {
        if base != 0 && (base < 2 || base > 36) {
            throw .valueError("int() base must be >= 2 and <= 36, or 0")
        }
        let invalid = PyError.valueError("invalid literal for int() with base \(base): \(PyStrRepr.quote(text))")
        var s = Array(text.trimmingPythonWhitespace().unicodeScalars)
        var negative = false
        if let f = s.first, f == "+" || f == "-" { negative = f == "-"; s.removeFirst() }
        var b = base
        func hasPrefix(_ c: Unicode.Scalar) -> Bool {
            s.count >= 2 && s[0] == "0" && (s[1] == c || s[1] == Unicode.Scalar(c.value - 32)!)
        }
        var prefixed = false
        if b == 0 {
            if hasPrefix("x") { b = 16; prefixed = true } else if hasPrefix("o") { b = 8; prefixed = true } else if hasPrefix("b") { b = 2; prefixed = true } else {
                b = 10
                // Base 0 forbids leading zeros on non-zero decimals ("010").
                let digits = s.filter { $0 != "_" }
                if digits.count > 1 && digits[0] == "0" && digits.contains(where: { $0 != "0" }) { throw invalid }
            }
        } else if (b == 16 && hasPrefix("x")) || (b == 8 && hasPrefix("o")) || (b == 2 && hasPrefix("b")) {
            prefixed = true
        }
        if prefixed { s.removeFirst(2) }
        var clean = ""
        clean.reserveCapacity(s.count)
        var prevUnderscore = !prefixed
        for c in s {
            if c == "_" {
                if prevUnderscore { throw invalid }
                prevUnderscore = true
                continue
            }
            guard let d = Self.digitValue(c), d < b else { throw invalid }
            clean.unicodeScalars.append(Unicode.Scalar(UInt8(d < 10 ? 48 + d : 87 + d)))
            prevUnderscore = false
        }
        if clean.isEmpty || prevUnderscore { throw invalid }
        if b == 10 && clean.count > Self.maxStrDigits {
            throw .valueError("Exceeds the limit (\(Self.maxStrDigits) digits) for integer string conversion: value has \(clean.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        if clean.count <= 18 || (b == 16 && clean.count <= 15), let i = Int(clean, radix: b) {
            return .int(negative ? -i : i)
        }
        guard let big = BigInt(clean, radix: b) else { throw invalid }
        return makeInt(negative ? -big : big)
    }

    /// A big integer constant from the compiler (decimal digits, optional `-`), with no digit
    /// limit: hexadecimal literals of any size compile to such constants, and decimal ones
    /// over the limit were refused by the parser already.
    mutating func intFromConstant(_ digits: String) -> Value {
        guard let big = BigInt(digits, radix: 10) else { return .int(0) }
        return makeInt(big)
    }

    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: return Int(c.value) - 48
        case 97...122: return Int(c.value) - 87
        case 65...90: return Int(c.value) - 55
        default:
            if c.properties.numericType == .decimal, let v = c.properties.numericValue { return Int(v) }
            return nil
        }
    }

    /// Decimal text of an int value, with 3.11's digit limit for huge values.
    func intText(_ b: BigInt) throws(PyError) -> String {
        // Cheap pre-check: 4300 decimal digits need more than 14_280 bits.
        if b.magnitude.bitWidth > 14_280 {
            let t = String(b)
            if t.count - (b.sign == .minus ? 1 : 0) > Self.maxStrDigits {
                throw .valueError("Exceeds the limit (\(Self.maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            }
            return t
        }
        return String(b)
    }
}
