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
            var out = ""
            for c in b { out += PyStrRepr.hex(UInt32(c), "", 2) }
            return heap.newStr(out)
        case "find", "index", "rfind", "rindex":
            let sub = try bytesArg(0)
            let i = name.first == "r" ? PyStrOps.rfind(b, sub) : PyStrOps.find(b, sub)
            if let i { return .int(i) }
            if name.hasSuffix("index") { throw .valueError("subsection not found") }
            return .int(-1)
        case "count": return .int(PyStrOps.count(b, try bytesArg(0)))
        case "startswith": let p = try bytesArg(0); return .bool(b.starts(with: p))
        case "endswith": let p = try bytesArg(0); return .bool(b.count >= p.count && b.suffix(p.count).elementsEqual(p))
        case "upper": return heap.newBytes(b.map { (0x61...0x7A).contains($0) ? $0 - 32 : $0 })
        case "lower": return heap.newBytes(b.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 })
        case "strip", "lstrip", "rstrip":
            var chars: [UInt8]?
            if !args.isEmpty { chars = try bytesArg(0) }
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            return heap.newBytes(Array(PyStrOps.strip(b, chars, left: name != "rstrip", right: name != "lstrip", isSpace: isSpace)))
        case "split":
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
            let parts: [ArraySlice<UInt8>]
            if args.isEmpty { parts = PyStrOps.splitWhitespace(b, -1, isSpace: isSpace) }
            else { parts = PyStrOps.split(b, try bytesArg(0), -1) }
            return heap.newList(parts.map { heap.newBytes(Array($0)) })
        case "replace":
            return heap.newBytes(PyStrOps.replace(b, try bytesArg(0), try bytesArg(1), -1))
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
