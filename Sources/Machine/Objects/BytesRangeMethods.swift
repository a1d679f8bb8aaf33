/// `bytes` and `range` methods, and one entry point for calling any built-in method.
extension Runtime {
    /// Calls `receiver.name(*args)` for any built-in kind; nil if there is no such method
    /// (the interpreter raises AttributeError: `'int' object has no attribute 'x'`).
    mutating func callBuiltinMethod(_ name: String, _ receiver: Value, _ args: [Value]) throws(PyError) -> Value? {
        switch receiver {
        case .int, .bool: return try callIntMethod(name, receiver, args)
        case .float(let d):
            switch name {
            case "is_integer": return .bool(d.isFinite && d.rounded(.towardZero) == d)
            case "conjugate": return receiver
            default: return nil
            }
        default: break
        }
        guard case .object(let r) = receiver else { return nil }
        if heap.kind(r) == .bigint { return try callIntMethod(name, receiver, args) }
        // By kind, not by a copy of the payload: a live copy of a list's array during
        // `append` made every append copy the whole list (300,000 appends took 38 s).
        switch heap.kind(r) {
        case .str: return try callStrMethod(name, receiver, args)
        case .list: return try callListMethod(name, receiver, args)
        case .dict: return try callDictMethod(name, receiver, args)
        case .set, .frozenset: return try callSetMethod(name, receiver, args)
        case .bytes: return try callBytesMethod(name, receiver, args)
        case .bytearray: return try callByteArrayMethod(name, r, args)
        case .range: return try callRangeMethod(name, receiver, args)
        case .tuple:
            let items = heap.sequenceItems(receiver) ?? []
            switch name {
            case "count":
                var n = 0
                for v in items {
                    if v.isIdentical(to: args[0]) { n += 1 } else if try equal(v, args[0]) { n += 1 }
                }
                return .int(n)
            case "index":
                for (i, v) in items.enumerated() {
                    if v.isIdentical(to: args[0]) { return .int(i) }
                    if try equal(v, args[0]) { return .int(i) }
                }
                throw .valueError("tuple.index(x): x not in tuple")
            default: return nil
            }
        case .slice:
            guard name == "indices", let n = args.first, case .int(let len) = n else { return nil }
            return try sliceIndicesTuple(receiver, len)
        default:
            return nil
        }
    }

    /// `int` methods (also for bools and bigints).
    mutating func callIntMethod(_ name: String, _ v: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard let n = heap.num(v) else { return nil }
        switch (name, n) {
        case ("bit_length", .int(let i)): return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case ("bit_length", .big(let b)): return .int(b.magnitude.bitWidth)
        case ("bit_count", .int(let i)): return .int(i.magnitude.nonzeroBitCount)
        case ("bit_count", .big(let b)): return .int(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        case ("conjugate", _): return heap.value(n)
        default: return nil
        }
    }

    mutating func callBytesMethod(_ name: String, _ bv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard let b = heap.bytes(bv) else { return nil }
        func bytesArg(_ i: Int) throws(PyError) -> [UInt8] {
            guard i < args.count, let x = heap.bytes(args[i]) else {
                let t = i < args.count ? heap.typeName(args[i]) : "NoneType"
                throw .typeError("a bytes-like object is required, not '\(t)'")
            }
            return x
        }
        switch name {
        case "decode":
            let enc = args.first.flatMap { heap.string($0) }?.lowercased() ?? "utf-8"
            // errors="replace" puts U+FFFD for each invalid sequence, "ignore" drops it.
            let errors = args.count > 1 ? heap.string(args[1]) ?? "strict" : "strict"
            if errors == "replace" || errors == "ignore", enc == "utf-8" || enc == "utf8" || enc == "ascii" {
                var out = String.UnicodeScalarView()
                if enc == "ascii" {
                    for c in b {
                        if c < 0x80 { out.append(Unicode.Scalar(c)) } else if errors == "replace" { out.append("\u{FFFD}") }
                    }
                } else {
                    var it = b.makeIterator()
                    var decoder = UTF8()
                    decoding: while true {
                        switch decoder.decode(&it) {
                        case .scalarValue(let c): out.append(c)
                        case .emptyInput: break decoding
                        case .error: if errors == "replace" { out.append("\u{FFFD}") }
                        }
                    }
                }
                return heap.newStr(String(out))
            }
            switch enc {
            case "utf-8", "utf8":
                var it = b.makeIterator()
                var decoder = UTF8()
                var out = String.UnicodeScalarView()
                var pos = 0
                while true {
                    switch decoder.decode(&it) {
                    case .scalarValue(let s):
                        out.append(s)
                        pos += String(s).utf8.count
                    case .emptyInput:
                        return heap.newStr(String(out))
                    case .error:
                        let byte = pos < b.count ? b[pos] : 0
                        throw .unicodeDecode("'utf-8' codec can't decode byte 0x\(PyStrRepr.hex(UInt32(byte), "", 2)) in position \(pos): invalid start byte")
                    }
                }
            case "ascii":
                for (i, c) in b.enumerated() where c >= 0x80 {
                    throw .unicodeDecode("'ascii' codec can't decode byte 0x\(PyStrRepr.hex(UInt32(c), "", 2)) in position \(i): ordinal not in range(128)")
                }
                return heap.newStr(String(decoding: b, as: UTF8.self))
            case "latin-1", "latin1", "iso-8859-1":
                var out = String.UnicodeScalarView()
                for c in b { out.append(Unicode.Scalar(c)) }
                return heap.newStr(String(out))
            default:
                throw .valueError("unknown encoding: \(enc)")
            }
        case "hex":
            return heap.newStr(try bytesHex(b, args))
        case "find", "index", "rfind", "rindex", "count":
            // A single byte may be given as an int (bytes_find_internal).
            let sub: [UInt8]
            if case .int(let i) = args[0] {
                guard (0...255).contains(i) else { throw .valueError("byte must be in range(0, 256)") }
                sub = [UInt8(i)]
            } else {
                sub = try bytesArg(0)
            }
            let (start, end) = (try optionalIndex(args, 1), try optionalIndex(args, 2))
            if name == "count" { return .int(PyStrOps.count(b, sub, start, end)) }
            let i = name.first == "r" ? PyStrOps.rfind(b, sub, start, end) : PyStrOps.find(b, sub, start, end)
            if let i { return .int(i) }
            if name.hasSuffix("index") { throw .valueError("subsection not found") }
            return .int(-1)
        case "startswith", "endswith":
            var prefixes: [[UInt8]] = []
            if let items = heap.sequenceItems(args[0]), heap.typeName(args[0]) == "tuple" {
                for item in items {
                    guard let x = heap.bytes(item) else {
                        throw .typeError("a bytes-like object is required, not '\(heap.typeName(item))'")
                    }
                    prefixes.append(x)
                }
            } else if let x = heap.bytes(args[0]) {
                prefixes = [x]
            } else {
                throw .typeError("\(name) first arg must be bytes or a tuple of bytes, not \(heap.typeName(args[0]))")
            }
            let (lo, hi) = PyStrOps.adjust(try optionalIndex(args, 1), try optionalIndex(args, 2), b.count)
            let window = lo <= hi ? Array(b[lo..<hi]) : []
            if lo > b.count { return .false }
            for p in prefixes {
                if name == "startswith" ? window.starts(with: p) : (window.count >= p.count && window.suffix(p.count).elementsEqual(p)) {
                    return .true
                }
            }
            return .false
        case "isdigit": return .bool(!b.isEmpty && b.allSatisfy { (0x30...0x39).contains($0) })
        case "isalpha": return .bool(!b.isEmpty && b.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        case "isalnum":
            return .bool(!b.isEmpty && b.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        case "isspace": return .bool(!b.isEmpty && b.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) })
        case "upper": return heap.newBytes(b.map { (0x61...0x7A).contains($0) ? $0 - 32 : $0 })
        case "lower": return heap.newBytes(b.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 })
        case "strip", "lstrip", "rstrip":
            var chars: [UInt8]?
            if !args.isEmpty { chars = try bytesArg(0) }
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            return heap.newBytes(Array(PyStrOps.strip(b, chars, left: name != "rstrip", right: name != "lstrip", isSpace: isSpace)))
        case "split", "rsplit":
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            var maxsplit = -1
            if args.count > 1 { guard case .int(let m) = args[1] else { throw .typeError("'\(heap.typeName(args[1]))' object cannot be interpreted as an integer") }; maxsplit = m }
            let sep: [UInt8]? = args.isEmpty || args[0].isIdentical(to: .none) ? nil : try bytesArg(0)
            if let sep, sep.isEmpty { throw .valueError("empty separator") }
            let reversed = name == "rsplit" && maxsplit >= 0
            // rsplit with a limit: split the reversed bytes by the reversed separator.
            let subject = reversed ? Array(b.reversed()) : b
            var parts: [[UInt8]]
            if let sep { parts = PyStrOps.split(subject, reversed ? Array(sep.reversed()) : sep, maxsplit).map { Array($0) } }
            else { parts = PyStrOps.splitWhitespace(subject, maxsplit, isSpace: isSpace).map { Array($0) } }
            if reversed { parts = parts.reversed().map { Array($0.reversed()) } }
            return heap.newList(parts.map { heap.newBytes($0) })
        case "replace":
            var count = -1
            if args.count > 2, case .int(let c) = args[2] { count = c }
            return heap.newBytes(PyStrOps.replace(b, try bytesArg(0), try bytesArg(1), count))
        case "join":
            guard let items = try args.first.flatMap({ v throws(PyError) in try iterableItems(v) }) else {
                throw .typeError("can only join an iterable")
            }
            var out: [UInt8] = []
            for (i, item) in items.enumerated() {
                guard let x = heap.bytes(item) else {
                    throw .typeError("sequence item \(i): expected a bytes-like object, \(heap.typeName(item)) found")
                }
                if i > 0 { out += b }
                out += x
            }
            return heap.newBytes(out)
        default:
            return nil
        }
    }

    /// An optional start or end argument (`None` or absent: nil).
    private mutating func optionalIndex(_ args: [Value], _ i: Int) throws(PyError) -> Int? {
        guard i < args.count else { return nil }
        switch args[i] {
        case .none: return nil
        case .int(let x): return x
        case .bool(let x): return x ? 1 : 0
        default: throw .typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    /// `bytes.hex([sep[, bytes_per_sep]])`: groups counted from the right, or from the left
    /// when `bytes_per_sep` is negative (Python/pystrhex.c).
    mutating func bytesHex(_ b: [UInt8], _ args: [Value]) throws(PyError) -> String {
        var digits: [String] = b.map { PyStrRepr.hex(UInt32($0), "", 2) }
        guard let sepValue = args.first else { return digits.joined() }
        let sep: String
        if let s = heap.string(sepValue) { sep = s } else if let s = heap.bytes(sepValue) { sep = String(decoding: s, as: UTF8.self) } else {
            throw .typeError("sep must be str or bytes.")
        }
        guard sep.unicodeScalars.count == 1 else { throw .valueError("sep must be length 1.") }
        guard sep.unicodeScalars.first!.isASCII else { throw .valueError("sep must be ASCII.") }
        var per = 1
        if args.count > 1, case .int(let p) = args[1] { per = p }
        if per == 0 || digits.isEmpty { return digits.joined() }
        let group = Swift.abs(per)
        var groups: [String] = []
        if per > 0 {
            var end = digits.count
            while end > 0 { groups.insert(digits[Swift.max(0, end - group)..<end].joined(), at: 0); end -= group }
        } else {
            var start = 0
            while start < digits.count { groups.append(digits[start..<Swift.min(digits.count, start + group)].joined()); start += group }
        }
        digits = groups
        return digits.joined(separator: sep)
    }

    mutating func callRangeMethod(_ name: String, _ rv: Value, _ args: [Value]) throws(PyError) -> Value? {
        guard case .object(let r) = rv, case .range(let rg) = heap.objects[r.slot], let x = args.first else { return nil }
        switch name {
        case "index":
            if case .int(let i) = x, rg.containsInt(i) { return .int((i - rg.start) / rg.step) }
            if case .bool(let b) = x, rg.containsInt(b ? 1 : 0) { return .int(((b ? 1 : 0) - rg.start) / rg.step) }
            throw .valueError("\(try repr(x)) is not in range")
        case "count":
            return .int(try contains(rv, x) == true ? 1 : 0)
        default:
            return nil
        }
    }

    /// `range(...)` from 1-3 int arguments, with CPython's errors.
    mutating func makeRange(_ args: [Value]) throws(PyError) -> Value {
        // `range(n)` and `range(a, b)` of ints without the array of bounds (an allocation).
        switch (args.count, args.first, args.last) {
        case (1, .int(let stop)?, _): return heap.newRange(0, stop, 1)
        case (2, .int(let start)?, .int(let stop)?): return heap.newRange(start, stop, 1)
        default: break
        }
        var ints: [Int] = []
        for a in args {
            switch a {
            case .int(let i): ints.append(i)
            case .bool(let b): ints.append(b ? 1 : 0)
            default: throw .typeError("'\(heap.typeName(a))' object cannot be interpreted as an integer")
            }
        }
        switch ints.count {
        case 1: return heap.newRange(0, ints[0], 1)
        case 2: return heap.newRange(ints[0], ints[1], 1)
        case 3:
            if ints[2] == 0 { throw .valueError("range() arg 3 must not be zero") }
            return heap.newRange(ints[0], ints[1], ints[2])
        case 0: throw .typeError("range expected at least 1 argument, got 0")
        default: throw .typeError("range expected at most 3 arguments, got \(ints.count)")
        }
    }
}
