/// `repr()` and `str()` of built-in values (Objects/*object.c `*_repr`).
extension Runtime {
    /// `repr(v)` for built-in kinds; containers recurse through `repr` (the hook) and print
    /// `[...]`/`{...}`/`(...)` when they meet themselves (CPython `Py_ReprEnter`).
    mutating func builtinRepr(_ v: Value) throws(PyError) -> String {
        switch v {
        case .none: return "None"
        case .notImplemented: return "NotImplemented"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyFloat.repr(d)
        case .object(let r):
            let object1 = heap.objects[r.slot]
            switch object1 {
            case .str(let s): return PyStrRepr.quote(s.value)
            case .bytes(let b): return PyStrRepr.bytesRepr(b)
            case .bytearray(let b): return "bytearray(" + PyStrRepr.bytesRepr(b, alwaysEscapeSingle: true) + ")"
            case .bigint(let b): return try heap.intText(b)
            case .complex(let c): return c.repr
            case .list(let a):
                return try reprSequence(r, a, open: "[", close: "]", oneTrailingComma: false)
            case .tuple(let a):
                return try reprSequence(r, a, open: "(", close: ")", oneTrailingComma: true)
            case .dict(let d):
                if d.isEmpty { return "{}" }
                guard enterRepr(r) else { return "{...}" }
                defer { leaveRepr(r) }
                var out = "{"
                var first = true
                for e in d.entries where e.hash != -1 {
                    if !first { out += ", " }
                    first = false
                    out += try repr(e.key)
                    out += ": "
                    out += try repr(e.value)
                }
                return out + "}"
            case .set(let d), .frozenset(let d):
                let name = heap.typeName(v)
                if d.isEmpty { return name + "()" }
                guard enterRepr(r) else { return name + "(...)" }
                defer { leaveRepr(r) }
                var out = name == "set" ? "{" : "frozenset({"
                var first = true
                for k in d.keys {
                    if !first { out += ", " }
                    first = false
                    out += try repr(k)
                }
                return out + (name == "set" ? "}" : "})")
            case .range(let rg):
                return rg.step == 1 ? "range(\(rg.start), \(rg.stop))"
                    : "range(\(rg.start), \(rg.stop), \(rg.step))"
            case .slice(let s):
                return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
            case .dictView(let view):
                guard let items = try iterableItems(v) else { return "" }
                let name = heap.typeName(v)
                guard enterRepr(r) else { return name + "(...)" }
                defer { leaveRepr(r) }
                var out = name + "(["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    out += try repr(item)
                }
                _ = view
                return out + "])"
            case .iterator(let it):
                return "<\(it.typeName) object at 0x\(String(heap.identity(r), radix: 16))>"
            case .cell:
                return "<cell at 0x\(String(heap.identity(r), radix: 16))>"
            case .instance:
                return "<object object at 0x\(String(heap.identity(r), radix: 16))>"
            case .vm:
                return "<\(heap.typeName(v)) object at 0x\(String(heap.identity(r), radix: 16))>"
            case .free, .moved:
                return "<freed object>"
            }
        }
    }

    /// `str(v)`: the string itself for str, repr for everything else built in.
    mutating func builtinStr(_ v: Value) throws(PyError) -> String {
        if let s = heap.string(v) { return s }
        return try repr(v)
    }

    private mutating func reprSequence(_ r: ObjectRef, _ a: [Value], open: String, close: String,
                                       oneTrailingComma: Bool) throws(PyError) -> String {
        if a.isEmpty { return open + close }
        guard enterRepr(r) else { return open + "..." + close }
        defer { leaveRepr(r) }
        var out = open
        for (i, item) in a.enumerated() {
            if i > 0 { out += ", " }
            out += try repr(item)
        }
        if oneTrailingComma && a.count == 1 { out += "," }
        return out + close
    }

    /// Marks `r` as being printed; false if it already is (a cycle).
    mutating func enterRepr(_ r: ObjectRef) -> Bool {
        if heap.reprInProgress.contains(r.index) { return false }
        heap.reprInProgress.append(r.index)
        return true
    }

    mutating func leaveRepr(_ r: ObjectRef) {
        if let i = heap.reprInProgress.lastIndex(of: r.index) { heap.reprInProgress.remove(at: i) }
    }
}

/// String and bytes literal quoting (Objects/unicodeobject.c `unicode_repr`,
/// Objects/bytesobject.c `PyBytes_Repr`).
enum PyStrRepr {
    /// `repr(s)`: single quotes unless the text has ' and no ".
    static func quote(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for b in s.utf8 {
            if b == UInt8(ascii: "'") { hasSingle = true } else if b == UInt8(ascii: "\"") { hasDouble = true }
        }
        let q: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(q)
        for c in s.unicodeScalars {
            switch c {
            case "\\": out.append(each: "\\\\".unicodeScalars)
            case "\n": out.append(each: "\\n".unicodeScalars)
            case "\r": out.append(each: "\\r".unicodeScalars)
            case "\t": out.append(each: "\\t".unicodeScalars)
            default:
                if c == q {
                    out.append("\\"); out.append(c)
                } else if c.value < 0x20 || c.value == 0x7F {
                    out.append(each: hex(c.value, "\\x", 2).unicodeScalars)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.append(c)
                } else if c.value <= 0xFF {
                    out.append(each: hex(c.value, "\\x", 2).unicodeScalars)
                } else if c.value <= 0xFFFF {
                    out.append(each: hex(c.value, "\\u", 4).unicodeScalars)
                } else {
                    out.append(each: hex(c.value, "\\U", 8).unicodeScalars)
                }
            }
        }
        out.append(q)
        return String(out)
    }

    static func hex(_ v: UInt32, _ prefix: String, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return prefix + String(repeating: "0", count: Swift.max(0, width - h.count)) + h
    }

    /// An approximation of `str.isprintable()` for one non-ASCII scalar: not a control,
    /// format, separator (other than space), surrogate, private-use or unassigned character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `repr(b)`: `b'...'` with \t \n \r \\ \xNN escapes.
    /// `repr(b)`; `alwaysEscapeSingle` for bytearray, whose repr escapes `'` even inside
    /// double quotes (bytearrayobject.c `bytearray_repr`).
    static func bytesRepr(_ b: [UInt8], alwaysEscapeSingle: Bool = false) -> String {
        let hasSingle = b.contains(UInt8(ascii: "'")), hasDouble = b.contains(UInt8(ascii: "\""))
        let q: UInt8 = (hasSingle && !hasDouble) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out = "b" + String(UnicodeScalar(q))
        for c in b {
            switch c {
            case q, UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(c))
            case UInt8(ascii: "'") where alwaysEscapeSingle: out += "\\'"
            case UInt8(ascii: "\t"): out += "\\t"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += hex(UInt32(c), "\\x", 2)
            }
        }
        out.unicodeScalars.append(UnicodeScalar(q))
        return out
    }
}
