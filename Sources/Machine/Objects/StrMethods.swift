/// `str` methods and operators (Objects/unicodeobject.c). Strings are processed as arrays of
/// Unicode scalars, so indices are code points as in Python.
extension Runtime {
    /// Calls `s.name(*args)` for a built-in str method; nil if there is no such method.
    /// Keyword arguments must be mapped to positions by the caller (`split(sep, maxsplit)`).
    mutating func callStrMethod(_ name: String, _ sv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard let s = heap.string(sv) else { return nil }
        // Every method reads the whole string (into `u`, at least).
        try meter(bytes: s.utf8.count)
        let u = Array(s.unicodeScalars)
        func arg(_ i: Int) -> Value? { i < args.count ? args[i] : nil }
        func strArg(_ i: Int) throws(PyError) -> [Unicode.Scalar] {
            guard let v = arg(i), let t = heap.string(v) else {
                throw .typeError("must be str, not \(arg(i).map { heap.typeName($0) } ?? "NoneType")")
            }
            return Array(t.unicodeScalars)
        }
        func optStrArg(_ i: Int) throws(PyError) -> [Unicode.Scalar]? {
            guard let v = arg(i) else { return nil }
            if case .none = v { return nil }
            guard let t = heap.string(v) else { throw .typeError("must be str or None, not \(heap.typeName(v))") }
            return Array(t.unicodeScalars)
        }
        func intArg(_ i: Int, _ dflt: Int) throws(PyError) -> Int {
            guard let v = arg(i) else { return dflt }
            switch v {
            case .int(let n): return n
            case .bool(let b): return b ? 1 : 0
            default:
                if heap.bigint(v) != nil { throw .overflow("Python int too large to convert to C ssize_t") }
                throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
            }
        }
        /// Checks the limit and meters the work for a result of `count` scalars like `fill`.
        func reserveScalars(_ count: Int, like fill: Unicode.Scalar = " ") throws(PyError) {
            try heap.reserve(count: count, of: UTF8.width(fill))
            try meter(bytes: count)
        }
        func optIndex(_ i: Int) throws(PyError) -> Int? {
            guard let v = arg(i) else { return nil }
            switch v {
            case .none: return nil
            case .int(let n): return n
            case .bool(let b): return b ? 1 : 0
            default: throw .typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        func make(_ x: some Sequence<Unicode.Scalar>) -> Value {
            var v = String.UnicodeScalarView()
            v.append(each: x)
            return heap.newStr(String(v))
        }
        func list(_ parts: [ArraySlice<Unicode.Scalar>]) -> Value {
            var items: [Value] = []
            items.reserveCapacity(parts.count)
            for p in parts { items.append(make(p)) }
            return heap.newList(items)
        }
        let space: (Unicode.Scalar) -> Bool = { $0.isPythonWhitespace }
        switch name {
        case "split", "rsplit":
            let sep = try optStrArg(0)
            let maxsplit = try intArg(1, -1)
            if let sep {
                if sep.isEmpty { throw .valueError("empty separator") }
                return list(name == "split" ? PyStrOps.split(u, sep, maxsplit) : PyStrOps.rsplit(u, sep, maxsplit))
            }
            return list(name == "split" ? PyStrOps.splitWhitespace(u, maxsplit, isSpace: space)
                        : PyStrOps.rsplitWhitespace(u, maxsplit, isSpace: space))
        case "join":
            guard let items = try arg(0).flatMap({ v throws(PyError) in try iterableItems(v) }) else {
                throw .typeError("can only join an iterable")
            }
            // unicodeobject.c `_PyUnicode_JoinArray`: the length first, then one allocation.
            var total = 0
            for (k, item) in items.enumerated() {
                guard let t = heap.string(item) else {
                    throw .typeError("sequence item \(k): expected str instance, \(heap.typeName(item)) found")
                }
                total &+= t.utf8.count &+ (k > 0 ? s.utf8.count : 0)
            }
            try heap.reserve(bytes: total)
            try meter(bytes: total)
            var out = ""
            out.reserveCapacity(total)
            for (k, item) in items.enumerated() {
                if k > 0 { out += s }
                out += heap.string(item) ?? ""
            }
            return heap.newStr(out)
        case "strip", "lstrip", "rstrip":
            let chars = try optStrArg(0)
            return make(PyStrOps.strip(u, chars, left: name != "rstrip", right: name != "lstrip", isSpace: space))
        case "replace":
            let old = try strArg(0), new = try strArg(1), limit = try intArg(2, -1)
            if new.count > old.count {
                // The result's length before building it (`replace` in unicodeobject.c).
                var n = old.isEmpty ? u.count + 1 : PyStrOps.count(u, old, nil, nil)
                if limit >= 0 { n = Swift.min(n, limit) }
                let (grown, overflow) = n.multipliedReportingOverflow(by: new.count - old.count)
                if overflow { throw .overflow("replace string is too long") }
                try reserveScalars(u.count &+ grown)
            }
            return make(PyStrOps.replace(u, old, new, limit))
        case "find", "rfind", "index", "rindex":
            let sub = try strArg(0)
            let r = name.hasSuffix("find") && name.first == "r" || name == "rindex"
                ? PyStrOps.rfind(u, sub, try optIndex(1), try optIndex(2))
                : PyStrOps.find(u, sub, try optIndex(1), try optIndex(2))
            if let r { return .int(r) }
            if name.hasSuffix("index") { throw .valueError("substring not found") }
            return .int(-1)
        case "count":
            return .int(PyStrOps.count(u, try strArg(0), try optIndex(1), try optIndex(2)))
        case "startswith", "endswith":
            guard let p = arg(0) else { throw .typeError("\(name)() takes at least 1 argument (0 given)") }
            var candidates: [[Unicode.Scalar]] = []
            if let t = heap.string(p) { candidates = [Array(t.unicodeScalars)] }
            else if case .object(let r) = p, case .tuple(let items) = heap.objects[r.slot] {
                for item in items {
                    guard let t = heap.string(item) else {
                        throw .typeError("tuple for \(name) must only contain str, not \(heap.typeName(item))")
                    }
                    candidates.append(Array(t.unicodeScalars))
                }
            } else {
                throw .typeError("\(name) first arg must be str or a tuple of str, not \(heap.typeName(p))")
            }
            let (a, b) = PyStrOps.adjust(try optIndex(1), try optIndex(2), u.count)
            for c in candidates {
                if b - a < c.count || a > u.count { continue }
                let ok = name == "startswith" ? u[a..<(a + c.count)].elementsEqual(c)
                    : u[(b - c.count)..<b].elementsEqual(c)
                if ok { return .bool(true) }
            }
            return .bool(false)
        case "upper": return heap.newStr(s.uppercased())
        case "lower": return heap.newStr(s.lowercased())
        case "casefold": return heap.newStr(s.pythonCasefolded)
        case "swapcase":
            var out = ""
            for c in u {
                let t = String(c)
                out += c.properties.isUppercase ? t.lowercased() : (c.properties.isLowercase ? t.uppercased() : t)
            }
            return heap.newStr(out)
        case "capitalize":
            guard let f = u.first else { return sv }
            var rest = String.UnicodeScalarView()
            rest.append(each: u.dropFirst())
            return heap.newStr(String(f).titlecased + String(rest).lowercased())
        case "title":
            var out = ""
            var prevCased = false
            for c in u {
                let t = String(c)
                out += prevCased ? t.lowercased() : t.titlecased
                prevCased = c.properties.isCased
            }
            return heap.newStr(out)
        case "center", "ljust", "rjust":
            let width = try intArg(0, 0)
            var fill: Unicode.Scalar = " "
            if let fv = arg(1) {
                guard let f = heap.string(fv), f.unicodeScalars.count == 1 else {
                    throw .typeError("The fill character must be exactly one character long")
                }
                fill = f.unicodeScalars.first!
            }
            if width <= u.count { return sv }
            try reserveScalars(width, like: fill)
            let marg = width - u.count
            let left: Int
            switch name {
            case "ljust": left = 0
            case "rjust": left = marg
            default: left = marg / 2 + (marg & width & 1)
            }
            let pad = String(fill)
            return heap.newStr(String.repeated(pad, count: left) + s + String.repeated(pad, count: marg - left))
        case "zfill":
            let width = try intArg(0, 0)
            if width <= u.count { return sv }
            try reserveScalars(width)
            let zeros = String.repeated("0", count: width - u.count)
            guard let first = u.first, first == "+" || first == "-" else { return heap.newStr(zeros + s) }
            return heap.newStr(String(first) + zeros + String(s.unicodeScalars.dropFirst()))
        case "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isprintable":
            if u.isEmpty { return .bool(name == "isascii" || name == "isprintable") }
            return .bool(u.allSatisfy { Self.scalarIs(name, $0) })
        case "isupper", "islower":
            var cased = false
            for c in u {
                if name == "isupper" ? c.properties.isLowercase : c.properties.isUppercase { return .bool(false) }
                if c.properties.isCased { cased = true }
            }
            return .bool(cased)
        case "istitle":
            var cased = false, prevCased = false
            for c in u {
                if c.properties.isUppercase || c.properties.generalCategory == .titlecaseLetter {
                    if prevCased { return .bool(false) }
                    prevCased = true; cased = true
                } else if c.properties.isLowercase {
                    if !prevCased { return .bool(false) }
                    prevCased = true; cased = true
                } else {
                    prevCased = false
                }
            }
            return .bool(cased)
        case "isidentifier":
            guard let f = u.first, f == "_" || f.properties.isXIDStart else { return .bool(false) }
            return .bool(u.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        case "partition", "rpartition":
            let sep = try strArg(0)
            if sep.isEmpty { throw .valueError("empty separator") }
            let at = name == "partition" ? PyStrOps.find(u, sep) : PyStrOps.rfind(u, sep)
            guard let at else {
                let e = heap.newStr("")
                return heap.newTuple(name == "partition" ? [sv, e, e] : [e, heap.newStr(""), sv])
            }
            return heap.newTuple([make(u[0..<at]), make(sep), make(u[(at + sep.count)...])])
        case "splitlines":
            let keep: Bool
            switch arg(0) {
            case .bool(let b)?: keep = b
            case .int(let n)?: keep = n != 0
            default: keep = false
            }
            var parts: [ArraySlice<Unicode.Scalar>] = []
            var i = 0, start = 0
            while i < u.count {
                let c = u[i]
                var eol = 0
                switch c.value {
                case 0x0D: eol = (i + 1 < u.count && u[i + 1] == "\n") ? 2 : 1
                case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: eol = 1
                default: break
                }
                if eol > 0 {
                    parts.append(u[start..<(keep ? i + eol : i)])
                    i += eol
                    start = i
                } else {
                    i += 1
                }
            }
            if start < u.count { parts.append(u[start...]) }
            return list(parts)
        case "removeprefix", "removesuffix":
            let p = try strArg(0)
            if name == "removeprefix" && u.starts(with: p) { return make(u.dropFirst(p.count)) }
            if name == "removesuffix" && !p.isEmpty && u.count >= p.count && u.suffix(p.count).elementsEqual(p) {
                return make(u.dropLast(p.count))
            }
            return sv
        case "encode":
            let enc = (try optStrArg(0)).map { String(String.UnicodeScalarView($0)).lowercased() } ?? "utf-8"
            switch enc {
            case "utf-8", "utf8": return heap.newBytes(Array(s.utf8))
            case "ascii", "latin-1", "latin1", "iso-8859-1":
                let limit: UInt32 = enc == "ascii" ? 0x80 : 0x100
                // The error handlers lessons meet: strict (raise), replace ('?'), ignore (drop).
                let errors = (try optStrArg(1)).map { String(String.UnicodeScalarView($0)) } ?? "strict"
                guard ["strict", "replace", "ignore"].contains(errors) else {
                    throw .lookup("unknown error handler name '\(errors)'")
                }
                var out: [UInt8] = []
                for (k, c) in u.enumerated() {
                    guard c.value < limit else {
                        if errors == "replace" { out.append(0x3F); continue }
                        if errors == "ignore" { continue }
                        let codec = enc == "ascii" ? "ascii" : "latin-1"
                        throw .unicodeEncode("'\(codec)' codec can't encode character '\(PyStrRepr.asciiEscaped(String(c)))' in position \(k): ordinal not in range(\(limit))")
                    }
                    out.append(UInt8(c.value))
                }
                return heap.newBytes(out)
            default: throw .valueError("unknown encoding: \(enc)")
            }
        case "format":
            // Positional fields only here; the interpreter passes keywords to `strFormat`.
            return heap.newStr(try strFormat(s, args: args, kwargs: []))
        case "expandtabs":
            let size = try intArg(0, 8)
            if size > Int(Int32.max) || size < Int(Int32.min) { throw .overflow("Python int too large to convert to C int") }
            // The result's length first (`unicode_expandtabs_impl` counts before it copies).
            var length = 0, column = 0
            for c in u {
                if c == "\t" {
                    if size > 0 { let n = size - column % size; length &+= n; column &+= n }
                } else {
                    length &+= 1
                    column = (c == "\n" || c == "\r") ? 0 : column &+ 1
                }
            }
            try reserveScalars(length)
            var out = String.UnicodeScalarView()
            var col = 0
            for c in u {
                if c == "\t" {
                    if size > 0 { let n = size - col % size; out.append(each: repeatElement(" ", count: n)); col += n }
                } else {
                    out.append(c)
                    col = (c == "\n" || c == "\r") ? 0 : col + 1
                }
            }
            return heap.newStr(String(out))
        default:
            return nil
        }
    }

    static func scalarIs(_ test: String, _ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        switch test {
        case "isdigit": return p.numericType == .decimal || p.numericType == .digit
        case "isdecimal": return p.numericType == .decimal
        case "isnumeric": return p.numericType != nil
        case "isalpha": return Self.isAlpha(c)
        case "isalnum": return Self.isAlpha(c) || p.numericType != nil
        case "isspace": return c.isPythonWhitespace
        case "isascii": return c.value < 0x80
        case "isprintable": return (c.value >= 0x20 && c.value < 0x7F) || (c.value > 0x7F && PyStrRepr.isPrintable(c))
        default: return false
        }
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// The elements of a built-in iterable (list, tuple, str, bytes, dict keys, set, range);
    /// nil if the interpreter must iterate it.
    mutating func iterableItems(_ v: Value) throws(PyError) -> [Value]? {
        guard case .object(let r) = v else { return nil }
        let object1 = heap.objects[r.slot]
        switch object1 {
        case .list(let a), .tuple(let a): return a
        case .dict(let d): return d.keys
        case .set(let t), .frozenset(let t): return t.keys
        case .str(let s):
            try reserveItems(s.count)
            var out: [Value] = []
            for c in s.value.unicodeScalars { out.append(heap.newStr(String(c))) }
            return out
        case .bytes(let b), .bytearray(let b):
            try reserveItems(b.count)
            return b.map { .int(Int($0)) }
        case .iterator:
            // Draining consumes the iterator, as list(it) does.
            var out: [Value] = []
            while let x = try iteratorNext(r) { try appendDrained(x, to: &out) }
            return out
        case .dictView(let view):
            guard case .dict(let d) = heap.objects[view.dict.slot] else { return nil }
            switch view.kind {
            case .keys: return d.keys
            case .values: return d.values
            case .items:
                try reserveItems(d.count)
                var out: [Value] = []
                out.reserveCapacity(d.count)
                for e in d.entries where e.hash != -1 { out.append(heap.newTuple([e.key, e.value])) }
                return out
            }
        case .range(let rg):
            let n = rg.count
            try reserveItems(n)
            var out: [Value] = []
            out.reserveCapacity(n)
            for i in 0..<n { out.append(.int(rg.element(i))) }
            return out
        default: return nil
        }
    }

    /// Checks the memory limit and meters the work for materialising `count` items.
    mutating func reserveItems(_ count: Int) throws(PyError) {
        try heap.reserve(count: count, of: MemoryLayout<Value>.stride)
        try meter(items: count)
    }

    /// Appends an item drawn from an iterator to `out`, metering a step every `itemsPerStep`
    /// items and checking the limit before the array grows past `Heap.checkedGrowth` items.
    @inline(__always)
    mutating func appendDrained(_ x: Value, to out: inout [Value]) throws(PyError) {
        if out.count & (Self.itemsPerStep - 1) == 0 { try meter(steps: 1) }
        if out.count == out.capacity {
            try heap.reserveGrowth(count: out.count, capacity: out.capacity, adding: 1, itemBytes: MemoryLayout<Value>.stride)
        }
        out.append(x)
    }
}

extension String {
    /// Title-case of a one-character string (Python `str.capitalize`/`title` use titlecase).
    var titlecased: String {
        guard let c = unicodeScalars.first else { return self }
        return c.properties.titlecaseMapping
    }
}
