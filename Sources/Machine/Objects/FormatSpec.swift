import BigInt

/// A parsed format specification (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`),
/// as in Python/formatter_unicode.c `parse_internal_render_format_spec`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var coerceNegativeZero = false
    var alternate = false
    /// The '0' flag was given (zero padding, and '=' alignment for numbers unless aligned).
    var zeroFlag = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init() {}

    /// Parses `spec`; ValueError as CPython for malformed specs.
    init(parsing spec: String) throws(PyError) {
        let c = Array(spec)
        var i = 0
        func isAlign(_ ch: Character) -> Bool { ch == "<" || ch == ">" || ch == "=" || ch == "^" }
        var fillSpecified = false
        if c.count >= 2 && isAlign(c[1]) {
            fill = c[0]; align = c[1]; i = 2; fillSpecified = true
        } else if c.count >= 1 && isAlign(c[0]) {
            align = c[0]; i = 1
        }
        if i < c.count && (c[i] == "+" || c[i] == "-" || c[i] == " ") { sign = c[i]; i += 1 }
        if i < c.count && c[i] == "z" { coerceNegativeZero = true; i += 1 }
        if i < c.count && c[i] == "#" { alternate = true; i += 1 }
        if i < c.count && c[i] == "0" {
            // CPython: the '0' flag sets the fill unless one was given; '=' alignment for
            // numbers is applied later, only when no alignment was given.
            if !fillSpecified { fill = "0"; zeroFlag = true }
            i += 1
        }
        var w = 0, sawWidth = false
        while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII {
            w = try FormatSpec.decimal(w, d); i += 1; sawWidth = true
        }
        if sawWidth { width = w }
        if i < c.count && (c[i] == "," || c[i] == "_") {
            grouping = c[i]; i += 1
            if i < c.count && (c[i] == "," || c[i] == "_") { throw .valueError("Cannot specify both ',' and '_'.") }
        }
        if i < c.count && c[i] == "." {
            i += 1
            var p = 0, any = false
            while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII { p = try FormatSpec.decimal(p, d); i += 1; any = true }
            if !any { throw .valueError("Format specifier missing precision") }
            precision = p
        }
        if c.count - i > 1 { throw .valueError("Invalid format specifier '\(spec)' for object of type '%TYPE%'") }
        if i < c.count { type = c[i] }
        if let g = grouping, let t = type {
            let ok: Bool
            if g == "," { ok = "deEfFgG%".contains(t) } else { ok = "deEfFgG%boxX".contains(t) }
            if !ok { throw .valueError("Cannot specify '\(g)' with '\(t)'.") }
        }
    }

    /// `n * 10 + digit`, or CPython's ValueError past PY_SSIZE_T_MAX (formatter_unicode.c
    /// `get_integer`).
    static func decimal(_ n: Int, _ digit: Int) throws(PyError) -> Int {
        let (t, o1) = n.multipliedReportingOverflow(by: 10)
        let (r, o2) = t.addingReportingOverflow(digit)
        if o1 || o2 { throw .valueError("Too many decimal digits in format string") }
        return r
    }

    // MARK: - Padding

    /// Pads `body` (already signed/prefixed) to `width` per alignment.
    func pad(_ body: String, defaultAlign: Character, signAndPrefix: String = "") -> String {
        let a = align ?? defaultAlign
        let n = body.count + signAndPrefix.count
        if n >= width { return signAndPrefix + body }
        let padding = width - n
        let f = String(fill)
        switch a {
        case "<": return signAndPrefix + body + String.repeated(f, count: padding)
        case "^":
            let left = padding / 2
            return String.repeated(f, count: left) + signAndPrefix + body
                + String.repeated(f, count: padding - left)
        case "=": return signAndPrefix + String.repeated(f, count: padding) + body
        default: return String.repeated(f, count: padding) + signAndPrefix + body
        }
    }

    /// Inserts grouping separators into a digit string; when zero-filling, pads with zeros
    /// (grouped too) to `minWidth` like `_PyUnicode_InsertThousandsGrouping`.
    static func group(_ digits: String, separator: Character, every: Int, minWidth: Int) -> String {
        var out: [Character] = []
        var count = 0
        for ch in digits.reversed() {
            if count == every { out.append(separator); count = 0 }
            out.append(ch); count += 1
        }
        while out.count < minWidth {
            if count == every { out.append(separator); count = 0; continue }
            out.append("0"); count += 1
        }
        if out.last == separator { out.append("0") }
        return String(out.reversed())
    }

    /// Alignment of a number: explicit, else '=' with the '0' flag, else right.
    var numericAlign: Character { align ?? (zeroFlag ? "=" : ">") }

    /// Zero-fill target for grouped numbers: the digits' share of `width`.
    func groupedMinWidth(prefixCount: Int, suffixCount: Int) -> Int {
        (numericAlign == "=" && fill == "0") ? Swift.max(0, width - prefixCount - suffixCount) : 0
    }
}

extension Runtime {
    /// `format(v, spec)` for built-in values (int, bool, float, str; others need an empty spec).
    mutating func builtinFormat(_ v: Value, _ spec: String) throws(PyError) -> String {
        if spec.isEmpty { return try str(v) }
        let typeName = heap.typeName(v)
        func named(_ e: PyError) -> PyError {
            if case .valueError(let m) = e { return .valueError(m.replacingOccurrences("%TYPE%", typeName)) }
            return e
        }
        var fs: FormatSpec
        do { fs = try FormatSpec(parsing: spec) } catch { throw named(error) }
        // The width pads the result; a float's precision makes as many digits.
        let size = Swift.max(fs.width, fs.precision ?? 0)
        if size > 0 {
            try heap.reserve(bytes: size)
            try meter(bytes: size)
        }
        if case .bool(let b) = v { return try PyFormat.formatInt(BigInt(b ? 1 : 0), fs, typeName: "int") }
        if let n = heap.num(v) {
            switch n {
            case .int(let i): return try PyFormat.formatInt(BigInt(i), fs, typeName: "int")
            case .big(let b): return try PyFormat.formatInt(b, fs, typeName: "int")
            case .float(let d): return try PyFormat.formatFloat(d, fs)
            }
        }
        if let s = heap.string(v) { return try PyFormat.formatStr(s, fs) }
        if let c = heap.complex(v) { return try PyFormat.formatComplex(c, fs) }
        throw .typeError("unsupported format string passed to \(typeName).__format__")
    }
}

extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        guard !a.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: a) {
            out += rest[..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        let n = needle.count
        guard n > 0, count >= n else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: n) }
            i = index(after: i)
        }
        return nil
    }
}

/// The per-type `__format__` renderers.
enum PyFormat {
    static func formatStr(_ s: String, _ fs: FormatSpec) throws(PyError) -> String {
        if let t = fs.type, t != "s" { throw .valueError("Unknown format code '\(t)' for object of type 'str'") }
        if fs.sign != "-" { throw .valueError("Sign not allowed in string format specifier") }
        if fs.alternate { throw .valueError("Alternate form (#) not allowed in string format specifier") }
        if fs.align == "=" { throw .valueError("'=' alignment not allowed in string format specifier") }
        if let g = fs.grouping { throw .valueError("Cannot specify '\(g)' with 's'.") }
        var body = s
        if let p = fs.precision, body.count > p { body = String(body.unicodeScalars.prefix(p)) }
        return fs.pad(body, defaultAlign: "<")
    }

    static func formatInt(_ n: BigInt, _ fs: FormatSpec, typeName: String) throws(PyError) -> String {
        let t = fs.type ?? "d"
        switch t {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(n), fs)
        case "d", "b", "o", "x", "X", "c", "n":
            break
        default:
            throw .valueError("Unknown format code '\(t)' for object of type '\(typeName)'")
        }
        if fs.precision != nil { throw .valueError("Precision not allowed in integer format specifier") }
        if t == "c" {
            if fs.sign != "-" { throw .valueError("Sign not allowed with integer format specifier 'c'") }
            if fs.alternate { throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let code = Int(exactly: n), code >= 0, code <= 0x10FFFF, let u = Unicode.Scalar(UInt32(code)) else {
                throw .overflow("%c arg not in range(0x110000)")
            }
            return fs.pad(String(Character(u)), defaultAlign: fs.numericAlign)
        }
        let mag = n.magnitude
        var digits: String
        var prefix = ""
        switch t {
        case "b": digits = String(mag, radix: 2); prefix = fs.alternate ? "0b" : ""
        case "o": digits = String(mag, radix: 8); prefix = fs.alternate ? "0o" : ""
        case "x": digits = String(mag, radix: 16); prefix = fs.alternate ? "0x" : ""
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = fs.alternate ? "0X" : ""
        default: digits = String(mag)
        }
        let signText = n.sign == .minus ? "-" : (fs.sign == "+" ? "+" : (fs.sign == " " ? " " : ""))
        let lead = signText + prefix
        if let g = fs.grouping {
            let every = (t == "d" || t == "n") ? 3 : 4
            digits = FormatSpec.group(digits, separator: g, every: every,
                                      minWidth: fs.groupedMinWidth(prefixCount: lead.count, suffixCount: 0))
        }
        return fs.pad(digits, defaultAlign: fs.numericAlign, signAndPrefix: lead)
    }

    /// No type but a precision: like 'g', except that the exponent form starts one digit
    /// earlier and fixed notation keeps a ".0" (CPython `Py_DTSF_ADD_DOT_0` in
    /// Python/pystrtod.c `format_float_short`: exponent when decpt > precision - 1).
    static func noTypeWithPrecision(_ a: Double, _ p: Int, alternate: Bool) -> String {
        let flag = alternate ? "#" : ""
        let e = PyFloat.cFormat("%\(flag).\(p - 1)e", a)
        let parts = e.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        func strip(_ s: Substring) -> String {
            guard !alternate, s.contains(".") else { return String(s) }
            var t = s
            while t.last == "0" { t.removeLast() }
            if t.last == "." { t.removeLast() }
            return String(t)
        }
        if exponent < -4 || exponent >= p - 1 {
            return strip(parts[0]) + "e" + (parts.count == 2 ? String(parts[1]) : "+00")
        }
        var fixed = strip(Substring(PyFloat.cFormat("%\(flag).\(p - 1 - exponent)f", a)))
        if !fixed.contains(".") { fixed += ".0" }
        return fixed
    }

    static func formatFloat(_ x: Double, _ fs: FormatSpec) throws(PyError) -> String {
        var t = fs.type
        if let c = t, !"eEfFgGn%".contains(c) {
            throw .valueError("Unknown format code '\(c)' for object of type 'float'")
        }
        if t == "n" { t = "g" }
        var value = x
        if fs.coerceNegativeZero && value == 0 { value = 0 }
        let negative = value.sign == .minus && !value.isNaN
        var a = Swift.abs(value)
        var body: String
        var percent = false
        if t == "%" { a *= 100; percent = true; t = "f" }
        if !a.isFinite {
            body = a.isNaN ? "nan" : "inf"
            if t == "E" || t == "F" || t == "G" { body = body.uppercased() }
        } else if t == nil && fs.precision == nil {
            body = PyFloat.repr(a)
        } else if t == nil {
            body = noTypeWithPrecision(a, Swift.max(1, fs.precision ?? 6), alternate: fs.alternate)
        } else {
            let p = fs.precision ?? 6
            let c = t!
            body = PyFloat.cFormat("%\(fs.alternate ? "#" : "").\(p)\(c)", a)
        }
        if percent { body += "%" }
        var isNegative = negative
        if fs.coerceNegativeZero && isNegative && body.allSatisfy({ "0.e+-%".contains($0) || $0 == "E" }) {
            isNegative = false
        }
        let signText = isNegative ? "-" : (fs.sign == "+" ? "+" : (fs.sign == " " ? " " : ""))
        if let g = fs.grouping, a.isFinite {
            // Group the integer digits only.
            let chars = Array(body)
            var k = 0
            while k < chars.count && chars[k].isASCII && chars[k].isNumber { k += 1 }
            let intPart = String(chars[0..<k]), rest = String(chars[k...])
            body = FormatSpec.group(intPart, separator: g, every: 3,
                                    minWidth: fs.groupedMinWidth(prefixCount: signText.count, suffixCount: rest.count))
                + rest
        }
        return fs.pad(body, defaultAlign: fs.numericAlign, signAndPrefix: signText)
    }
}
