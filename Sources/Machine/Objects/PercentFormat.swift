import BigInt
import PyLang

/// printf-style `str % args` (Objects/unicodeobject.c `PyUnicode_Format`).
extension Runtime {
    /// `bytes % args` and `bytearray % args` (Objects/bytesobject.c `_PyBytes_FormatEx`): the
    /// str algorithm over the bytes read as Latin-1, with bytes' own `%s`/`%b`, `%r`/`%a`, `%c`.
    mutating func bytesPercentFormat(_ format: [UInt8], _ args: Value) throws(PyError) -> [UInt8] {
        var text = String.UnicodeScalarView()
        for b in format { text.append(Unicode.Scalar(b)) }
        let out = try percentFormat(String(text), args, bytesMode: true)
        return out.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// `format % args`: `args` is a tuple (positional), a mapping (for `%(name)s`), or one value.
    /// `bytesMode`: `format` is bytes read as Latin-1 (`bytesPercentFormat`).
    mutating func percentFormat(_ format: String, _ args: Value, bytesMode: Bool = false) throws(PyError) -> String {
        if !bytesMode, let plain = try plainPercentFormat(format, args) { return plain }
        var positional: [Value]
        var mapping: PyDict?
        var isTuple = false
        if case .object(let r) = args {
            let object1 = heap.objects[r.slot]
            switch object1 {
            case .tuple(let items): positional = items; isTuple = true
            case .dict(let d): positional = [args]; mapping = d
            default: positional = [args]
            }
        } else {
            positional = [args]
        }
        var next = 0
        var usedMapping = false
        let f = Array(format.unicodeScalars)
        // Built as a String from whole runs: appending scalar by scalar to a
        // `UnicodeScalarView` cost ~6,000 instructions for `"user%d" % n`.
        var out = ""
        var i = 0
        var literalStart = 0
        func nextArg() throws(PyError) -> Value {
            guard next < positional.count else { throw .typeError("not enough arguments for format string") }
            next += 1
            return positional[next - 1]
        }
        while i < f.count {
            if f[i] != "%" { i += 1; continue }
            if literalStart < i { out += String(scalars: f[literalStart..<i]) }
            let start = i
            i += 1
            guard i < f.count else { throw .valueError("incomplete format") }
            var arg: Value?
            if f[i] == "(" {
                guard let m = mapping else { throw .typeError("format requires a mapping") }
                var depth = 1
                var j = i + 1
                while j < f.count && depth > 0 {
                    if f[j] == "(" { depth += 1 } else if f[j] == ")" { depth -= 1 }
                    j += 1
                }
                guard depth == 0 else { throw .valueError("incomplete format key") }
                let name = String(scalars: f[(i + 1)..<(j - 1)])
                let key = bytesMode ? heap.newBytes(name.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) : heap.newStr(name)
                guard let v = try m.get(key, rt: &self) else { throw .key(key) }
                arg = v
                usedMapping = true
                i = j
            }
            var minus = false, plus = false, space = false, alt = false, zero = false
            flags: while i < f.count {
                switch f[i] {
                case "-": minus = true
                case "+": plus = true
                case " ": space = true
                case "#": alt = true
                case "0": zero = true
                default: break flags
                }
                i += 1
            }
            var width = 0
            if i < f.count && f[i] == "*" {
                guard case .int(let w) = try nextArg() else { throw .typeError("* wants int") }
                if w == Int.min { throw .valueError("width too big") }
                if w < 0 { minus = true }
                width = Swift.abs(w)
                i += 1
            } else {
                while i < f.count, let d = Heap.digitValue(f[i]), d < 10 {
                    width = try Self.decimal(width, d, "width too big"); i += 1
                }
            }
            var precision: Int?
            if i < f.count && f[i] == "." {
                i += 1
                if i < f.count && f[i] == "*" {
                    guard case .int(let p) = try nextArg() else { throw .typeError("* wants int") }
                    precision = Swift.max(0, p)
                    i += 1
                } else {
                    var p = 0
                    while i < f.count, let d = Heap.digitValue(f[i]), d < 10 {
                        p = try Self.decimal(p, d, "precision too big"); i += 1
                    }
                    precision = p
                }
            }
            while i < f.count && (f[i] == "h" || f[i] == "l" || f[i] == "L") { i += 1 }
            guard i < f.count else { throw .valueError("incomplete format") }
            let type = f[i]
            i += 1
            // formatfloat: a float's precision is a C int.
            if let p = precision, p > Int(Int32.max), "eEfFgG".unicodeScalars.contains(type) {
                throw .valueError("precision too big")
            }
            // The padding and a precision's digits are made in full: check and meter them first.
            let size = Swift.max(width, precision ?? 0)
            if size > 0 {
                try heap.reserve(bytes: size)
                try meter(bytes: size)
            }
            if type == "%" && i - start == 2 { out += "%"; literalStart = i; continue }
            let v: Value
            if let a = arg { v = a } else { v = try nextArg() }
            var body = ""
            var sign = ""
            var numeric = false
            switch type {
            case "s" where bytesMode, "b" where bytesMode:
                guard let b = heap.bytes(v) else {
                    throw .typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(heap.typeName(v))'")
                }
                var latin = String.UnicodeScalarView()
                for c in b.prefix(precision ?? b.count) { latin.append(Unicode.Scalar(c)) }
                body = String(latin)
            case "c" where bytesMode:
                if let b = heap.bytes(v), b.count == 1 {
                    body = String(Unicode.Scalar(b[0]))
                } else if case .int(let code) = v {
                    guard (0..<256).contains(code) else { throw .overflow("%c arg not in range(256)") }
                    body = String(Unicode.Scalar(UInt8(code)))
                } else {
                    throw .typeError("%c requires an integer in range(256) or a single byte")
                }
            case "r" where bytesMode, "a" where bytesMode:
                body = PyStrRepr.asciiEscaped(try repr(v))
                if let p = precision { body = String(body.unicodeScalars.prefix(p)) }
            case "s": body = try str(v); if let p = precision { body = String(body.unicodeScalars.prefix(p)) }
            case "r", "a":
                body = try repr(v)
                if type == "a" { body = PyStrRepr.asciiEscaped(body) }
                if let p = precision { body = String(body.unicodeScalars.prefix(p)) }
            case "%": body = "%"
            case "d", "i", "u", "x", "X", "o":
                numeric = true
                // Digits, radix prefix, precision zeros and sign of an integer's magnitude.
                func integer<M: BinaryInteger>(_ magnitude: M, negative: Bool) {
                    switch type {
                    case "x": body = String(magnitude, radix: 16); if alt { sign = "0x" }
                    case "X": body = String(magnitude, radix: 16).uppercased(); if alt { sign = "0X" }
                    case "o": body = String(magnitude, radix: 8); if alt { sign = "0o" }
                    default: body = String(magnitude)
                    }
                    if let p = precision, body.count < p { body = String.repeated("0", count: p - body.count) + body }
                    sign = (negative ? "-" : (plus ? "+" : (space ? " " : ""))) + sign
                }
                if case .int(let x) = v {
                    // Machine ints need no BigInt round trip (the common "%d" case).
                    integer(x.magnitude, negative: x < 0)
                    break
                }
                let n: BigInt
                var v = v
                if heap.num(v) == nil, let converted = try numberFor(v, float: false, index: !(type == "d" || type == "i" || type == "u")) {
                    v = converted
                }
                switch heap.num(v) {
                case .int(let x)?: n = BigInt(x)
                case .big(let b)?: n = b
                case .float(let d)? where type == "d" || type == "i" || type == "u":
                    guard d.isFinite else {
                        throw d.isNaN ? .valueError("cannot convert float NaN to integer")
                            : .overflow("cannot convert float infinity to integer")
                    }
                    n = BigInt(d.rounded(.towardZero))
                case .float?:
                    throw .typeError("%\(type) format: an integer is required, not float")
                case nil:
                    let kind = (type == "d" || type == "i" || type == "u") ? "a real number" : "an integer"
                    throw .typeError("%\(type) format: \(kind) is required, not \(heap.typeName(v))")
                }
                integer(n.magnitude, negative: n.sign == .minus)
            case "e", "E", "f", "F", "g", "G":
                numeric = true
                var number = heap.num(v)
                if number == nil, let converted = try numberFor(v, float: true, index: false) { number = heap.num(converted) }
                guard let n = number else { throw .typeError("must be real number, not \(heap.typeName(v))") }
                let d = try PyFloat.from(n)
                let p = precision ?? 6
                if d.isFinite {
                    body = PyFloat.cFormat("%\(alt ? "#" : "").\(p)\(type)", Swift.abs(d))
                } else {
                    body = d.isNaN ? "nan" : "inf"
                    if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
                    zero = false
                }
                sign = (d.sign == .minus && !d.isNaN) ? "-" : (plus ? "+" : (space ? " " : ""))
            case "c":
                switch v {
                case .int(let code) where code >= 0 && code <= 0x10FFFF:
                    guard let u = Unicode.Scalar(UInt32(code)) else { throw .overflow("%c arg not in range(0x110000)") }
                    body = String(Character(u))
                case .int:
                    throw .overflow("%c arg not in range(0x110000)")
                default:
                    guard let s = heap.string(v), s.unicodeScalars.count == 1 else {
                        throw .typeError("%c requires int or char")
                    }
                    body = s
                }
            default:
                let hex = String(type.value, radix: 16)
                throw .valueError("unsupported format character '\(Character(type))' (0x\(hex)) at index \(i - 1)")
            }
            let len = body.unicodeScalars.count + sign.unicodeScalars.count
            var piece = sign + body
            if width > len {
                let pad = width - len
                if minus {
                    piece += String.repeated(" ", count: pad)
                } else if zero && numeric {
                    piece = sign + String.repeated("0", count: pad) + body
                } else {
                    piece = String.repeated(" ", count: pad) + piece
                }
            }
            out += piece
            literalStart = i
        }
        if mapping == nil || (isTuple && !usedMapping) {
            if next < positional.count {
                throw .typeError("not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
            }
        }
        if literalStart < f.count { out += String(scalars: f[literalStart...]) }
        return out
    }
}

extension Runtime {
    /// `n * 10 + digit` of a width or precision, or CPython's ValueError (`message`) past
    /// PY_SSIZE_T_MAX (unicodeobject.c `unicode_format_arg_parse`).
    static func decimal(_ n: Int, _ digit: Int, _ message: String) throws(PyError) -> Int {
        let (t, o1) = n.multipliedReportingOverflow(by: 10)
        let (r, o2) = t.addingReportingOverflow(digit)
        if o1 || o2 { throw .valueError(message) }
        return r
    }
}

extension Runtime {
    /// `format % args` for the common shape, read as UTF-8 bytes in place (the general
    /// path's scalar array cost ~3,300 instructions for `"user%d" % n`): an ASCII format
    /// whose conversions are all bare `%s`, `%r`, `%d`, `%i` or `%%` (at most 64), given
    /// exactly as many values (one, or a tuple), an int for each `%d`/`%i`. Nil for anything
    /// else, before any value has been converted, so the general path gives the result or
    /// CPython's error. Values are converted left to right, as CPython does, then spliced in.
    mutating func plainPercentFormat(_ format: String, _ args: Value) throws(PyError) -> String? {
        var format = format
        // The conversions, with bit k set when conversion k is %d/%i (`integers`) or %r
        // (`reprs`); nil when the format is not plain.
        let shape = format.withUTF8 { bytes -> (count: Int, integers: UInt64, reprs: UInt64)? in
            var count = 0
            var integers: UInt64 = 0
            var reprs: UInt64 = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if b != PercentFormatByte.percent { i += 1; continue }
                guard i + 1 < bytes.count, count < 64 else { return nil }
                switch bytes[i + 1] {
                case PercentFormatByte.s: count += 1
                case PercentFormatByte.r: reprs |= 1 << UInt64(count); count += 1
                case PercentFormatByte.d, PercentFormatByte.i: integers |= 1 << UInt64(count); count += 1
                case PercentFormatByte.percent: break
                default: return nil
                }
                i += 2
            }
            return (count, integers, reprs)
        }
        guard let shape else { return nil }
        var items: [Value] = []
        var isTuple = false
        if case .object(let r) = args, heap.kind(r) == .tuple {
            items = heap.sequenceItems(args) ?? []
            isTuple = true
        }
        guard (isTuple ? items.count : 1) == shape.count else { return nil }
        for k in 0..<shape.count where shape.integers & (1 << UInt64(k)) != 0 {
            guard case .int = isTuple ? items[k] : args else { return nil }
        }
        // One value (the usual `"user%d" % n`) needs no array of pieces.
        var single: String?
        var pieces: [String] = []
        if isTuple {
            pieces.reserveCapacity(shape.count)
            for k in 0..<shape.count { pieces.append(try plainPiece(items[k], shape.integers, shape.reprs, k)) }
        } else {
            single = try plainPiece(args, shape.integers, shape.reprs, 0)
        }
        let extra = single?.utf8.count ?? pieces.reduce(0) { $0 + $1.utf8.count }
        // Written straight into the result's storage: appending piece by piece cost a
        // temporary String for every literal run.
        return format.withUTF8 { f -> String in
            String(unsafeUninitializedCapacity: f.count + extra) { out -> Int in
                var n = 0, next = 0, i = 0
                while i < f.count {
                    let b = f[i]
                    if b != PercentFormatByte.percent { out[n] = b; n += 1; i += 1; continue }
                    if f[i + 1] == PercentFormatByte.percent {
                        out[n] = b; n += 1
                    } else {
                        var piece = single ?? pieces[next]
                        next += 1
                        piece.withUTF8 { p in
                            for x in p { out[n] = x; n += 1 }
                        }
                    }
                    i += 2
                }
                return n
            }
        }
    }

    /// Value `k` of a plain format, converted as its conversion says (`%d`/`%i` given an int).
    @inline(__always)
    private mutating func plainPiece(_ v: Value, _ integers: UInt64, _ reprs: UInt64, _ k: Int) throws(PyError) -> String {
        if case .int(let x) = v, integers & (1 << UInt64(k)) != 0 { return String(x) }
        if reprs & (1 << UInt64(k)) != 0 { return try repr(v) }
        return try str(v)
    }
}

/// The ASCII bytes `plainPercentFormat` looks for.
private enum PercentFormatByte {
    static let percent = UInt8(ascii: "%")
    static let s = UInt8(ascii: "s")
    static let r = UInt8(ascii: "r")
    static let d = UInt8(ascii: "d")
    static let i = UInt8(ascii: "i")
}

extension PyStrRepr {
    /// `ascii()`: the repr with every non-ASCII character escaped.
    static func asciiEscaped(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if c.value < 0x80 { out.unicodeScalars.append(c) }
            else if c.value <= 0xFF { out += hex(c.value, "\\x", 2) }
            else if c.value <= 0xFFFF { out += hex(c.value, "\\u", 4) }
            else { out += hex(c.value, "\\U", 8) }
        }
        return out
    }
}

