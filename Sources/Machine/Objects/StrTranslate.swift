/// `str.maketrans`/`str.translate`/`str.casefold` and their bytes forms (unicodeobject.c
/// `unicode_maketrans_impl`, `_PyUnicode_TranslateCharmap`; bytesobject.c `bytes_translate_impl`).
extension Interp {
    /// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
    mutating func strMaketrans(_ args: [Value]) throws(PyError) -> Value {
        try expectArgs(args, "maketrans", 1, 3)
        var table = PyDict()
        if args.count == 1 {
            guard case .object(let r) = args[0], case .dict(let d) = heap.objects[r.slot] else {
                throw .typeError("if you give only one argument to maketrans it must be a dict")
            }
            var pairs: [(Value, Value)] = []
            d.forEachLive { k, v in pairs.append((k, v)) }
            for (k, v) in pairs {
                if let s = heap.string(k) {
                    let u = Array(s.unicodeScalars)
                    guard u.count == 1 else { throw .valueError("string keys in translate table must be of length 1") }
                    try table.set(.int(Int(u[0].value)), v, rt: &self)
                } else if case .int = k {
                    try table.set(k, v, rt: &self)
                } else if case .bool(let b) = k {
                    try table.set(.int(b ? 1 : 0), v, rt: &self)
                } else {
                    throw .typeError("keys in translate table must be strings or integers")
                }
            }
            return heap.newDict(table)
        }
        guard let x = heap.string(args[0]) else {
            throw .typeError("first maketrans argument must be a string if there is a second argument")
        }
        guard let y = heap.string(args[1]) else { throw .typeError("maketrans() argument 2 must be str, not \(heap.typeName(args[1]))") }
        let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
        guard xs.count == ys.count else { throw .valueError("the first two maketrans arguments must have equal length") }
        for (a, b) in zip(xs, ys) { try table.set(.int(Int(a.value)), .int(Int(b.value)), rt: &self) }
        if args.count == 3 {
            guard let z = heap.string(args[2]) else { throw .typeError("maketrans() argument 3 must be str, not \(heap.typeName(args[2]))") }
            for c in z.unicodeScalars { try table.set(.int(Int(c.value)), .none, rt: &self) }
        }
        return heap.newDict(table)
    }

    /// `s.translate(table)`: each code point looked up with `table[ord(c)]` (any mapping or
    /// sequence); a LookupError keeps the character, None deletes it.
    mutating func strTranslate(_ s: String, _ table: Value) throws(PyError) -> Value {
        var out = String.UnicodeScalarView()
        var cache: [UInt32: String?] = [:]
        for c in s.unicodeScalars {
            if let hit = cache[c.value] {
                if let t = hit { out.append(each: t.unicodeScalars) }
                continue
            }
            let mapped: Value
            do throws(PyError) { mapped = try getSubscript(table, .int(Int(c.value))) } catch {
                let e = exceptionValue(error)
                if exceptionIs(e, "LookupError") { cache[c.value] = String(c); out.append(c); continue }
                throw .exception(e)
            }
            let piece: String?
            switch mapped {
            case .none: piece = nil
            case .int(let i):
                guard i >= 0, i <= 0x10FFFF, let u = Unicode.Scalar(UInt32(i)) else {
                    throw .valueError("character mapping must be in range(0x110000)")
                }
                piece = String(u)
            case .bool(let b): piece = String(Unicode.Scalar(UInt8(b ? 1 : 0)))
            default:
                guard let t = heap.string(mapped) else {
                    if heap.bigint(mapped) != nil { throw .valueError("character mapping must be in range(0x110000)") }
                    throw .typeError("character mapping must return integer, None or str")
                }
                piece = t
            }
            cache[c.value] = .some(piece)
            if let piece { out.append(each: piece.unicodeScalars) }
        }
        return heap.newStr(String(out))
    }

    /// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to `to`'s.
    mutating func bytesMaketrans(_ args: [Value]) throws(PyError) -> Value {
        try expectArgs(args, "maketrans", 2, 2)
        guard let frm = heap.bytes(args[0]) else { throw .typeError("a bytes-like object is required, not '\(heap.typeName(args[0]))'") }
        guard let to = heap.bytes(args[1]) else { throw .typeError("a bytes-like object is required, not '\(heap.typeName(args[1]))'") }
        guard frm.count == to.count else { throw .valueError("maketrans arguments must have same length") }
        var table = (0...255).map { UInt8($0) }
        for (a, b) in zip(frm, to) { table[Int(a)] = b }
        return heap.newBytes(table)
    }

    /// `b.translate(table, delete=b'')`: bytes in `delete` dropped, the rest mapped by `table`
    /// (None keeps them).
    mutating func bytesTranslate(_ receiver: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        guard let b = heap.bytes(receiver) else { return .none }
        let tableArg = arg(args, 0) ?? kwarg(kwargs, "table")
        guard let tableArg else { throw .typeError("translate() missing required argument 'table' (pos 1)") }
        let deleteArg = arg(args, 1) ?? kwarg(kwargs, "delete")
        var table: [UInt8]? = nil
        if case .none = tableArg {} else {
            guard let t = heap.bytes(tableArg) else { throw .typeError("a bytes-like object is required, not '\(heap.typeName(tableArg))'") }
            guard t.count == 256 else { throw .valueError("translation table must be 256 characters long") }
            table = t
        }
        var drop = [Bool](repeating: false, count: 256)
        if let deleteArg {
            guard let d = heap.bytes(deleteArg) else { throw .typeError("a bytes-like object is required, not '\(heap.typeName(deleteArg))'") }
            for x in d { drop[Int(x)] = true }
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for x in b where !drop[Int(x)] { out.append(table?[Int(x)] ?? x) }
        return heap.typeName(receiver) == "bytearray" ? heap.newByteArray(out) : heap.newBytes(out)
    }
}

extension String {
    /// Full Unicode case folding (`str.casefold`), as lower(upper(lower(c))) per code point:
    /// that gives CaseFolding.txt's full foldings (ß and ẞ → ss, ﬁ → fi, ς → σ, µ → μ) except
    /// Cherokee, which folds to its capitals.
    var pythonCasefolded: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var out = ""
        for c in unicodeScalars {
            switch c.value {
            case 0x13A0...0x13F5: out.unicodeScalars.append(c)
            case 0x13F8...0x13FD, 0xAB70...0xABBF: out += String(c).uppercased()
            default: out += String(c).lowercased().uppercased().lowercased()
            }
        }
        return out
    }
}
