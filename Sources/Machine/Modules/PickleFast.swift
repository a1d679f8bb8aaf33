import BigInt

/// The plain-data part of the `pickle` prelude's encoding, in Swift: None, bools, ints,
/// floats, str, bytes, tuples, lists and dicts of them, which is almost everything a process
/// pool sends. The encoding is exactly the prelude's (`Prelude/pickle.py`); anything else
/// (sets, functions, classes, instances, exceptions, ranges) makes these return "not handled"
/// and the prelude does the work in Python.
extension Modules {
    static let pickleNatives: [NativeEntry] = [
        // dumps of plain data: the pickle's bytes, or None when the prelude must do it.
        NativeEntry(name: "_multiprocessing:fast_dumps") { vm, args, _ throws(PyError) in
            var out = String.UnicodeScalarView()
            var budget = 1_000_000
            guard PickleFast.encode(args[0], &vm, &out, &budget) else { return .none }
            try vm.heap.reserve(bytes: out.count)
            return vm.heap.newBytes([0x80, 0x04] + Array(String(out).utf8))
        },
        // loads of plain data: (True, value), or (False, None) when the prelude must do it.
        NativeEntry(name: "_multiprocessing:fast_loads") { vm, args, _ throws(PyError) in
            guard let data = vm.heap.bytes(args[0]), data.count >= 2, data[0] == 0x80, data[1] == 0x04 else {
                return vm.heap.newTuple([.false, .none])
            }
            var decoder = PickleFast.Decoder(scalars: Array(String(decoding: data[2...], as: UTF8.self).unicodeScalars))
            guard let v = try decoder.value(&vm), decoder.position == decoder.scalars.count else {
                return vm.heap.newTuple([.false, .none])
            }
            return vm.heap.newTuple([.true, v])
        },
    ]
}

enum PickleFast {
    /// Appends `v`'s encoding; false when it holds something only the prelude encodes (or is
    /// too big or deep for this path).
    static func encode(_ v: Value, _ vm: inout Interp, _ out: inout String.UnicodeScalarView, _ budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        func text(_ s: String) { out.append(each: s.unicodeScalars) }
        switch v {
        case .none: text("N")
        case .bool(let b): text(b ? "T" : "F")
        case .int(let i): text("i\(i);")
        case .float(let x): text("f\(PyFloat.repr(x));")
        case .object(let r):
            switch vm.heap.objects[r.slot] {
            case .str(let s): text("s\(s.count):"); text(s.value)
            case .bigint(let b): text("i\(b);")
            case .bytes(let b):
                text("b\(b.count):")
                for byte in b { out.append(Unicode.Scalar(byte)) }
            case .tuple(let items), .list(let items):
                if case .tuple = vm.heap.objects[r.slot] { text("(") } else { text("[") }
                for item in items where !encode(item, &vm, &out, &budget) { return false }
                text(")")
            case .dict(let d):
                text("{")
                for e in d.entries where e.hash != -1 {
                    if !encode(e.key, &vm, &out, &budget) || !encode(e.value, &vm, &out, &budget) { return false }
                }
                text(")")
            case .vm(.function):
                // By reference, as the prelude's `_ref`: only when the name finds this function.
                guard let module = try? vm.getAttr(v, "__module__"), let m = vm.heap.string(module),
                      let qual = try? vm.getAttr(v, "__qualname__"), let q = vm.heap.string(qual),
                      !q.contains("<"), let found = lookUp(m, q, &vm), found.isIdentical(to: v) else { return false }
                let ref = m + ":" + q
                text("g\(ref.unicodeScalars.count):"); text(ref)
            default: return false
            }
        default: return false
        }
        return true
    }

    /// `module.qualname` among the modules already imported (nil if any part is missing).
    static func lookUp(_ module: String, _ qualname: String, _ vm: inout Interp) -> Value? {
        guard var found = vm.process.modules[module] else { return nil }
        for part in qualname.split(separator: ".") {
            guard let next = try? vm.getAttrOrNil(found, String(part)) else { return nil }
            found = next
        }
        return found
    }

    /// Reads the prelude's encoding of plain data.
    struct Decoder {
        let scalars: [Unicode.Scalar]
        var position = 0
        var depth = 0

        /// The next value; nil for what the prelude must read (or malformed input).
        mutating func value(_ vm: inout Interp) throws(PyError) -> Value? {
            guard position < scalars.count, depth < 500 else { return nil }
            let c = scalars[position]
            position += 1
            switch c {
            case "N": return Value.none
            case "T": return .true
            case "F": return .false
            case "i":
                guard let digits = until(";") else { return nil }
                if let i = Int(digits) { return .int(i) }
                guard let b = BigInt(digits) else { return nil }
                return vm.heap.makeInt(b)
            case "f":
                guard let digits = until(";") else { return nil }
                switch digits {
                case "inf": return .float(.infinity)
                case "-inf": return .float(-.infinity)
                case "nan": return .float(.nan)
                default: return Double(digits).map { .float($0) }
                }
            case "s":
                guard let n = count(), position + n <= scalars.count else { return nil }
                let s = String(scalars: scalars[position..<position + n])
                position += n
                return vm.heap.newStr(s)
            case "b":
                guard let n = count(), position + n <= scalars.count else { return nil }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(n)
                for s in scalars[position..<position + n] {
                    guard s.value < 256 else { return nil }
                    bytes.append(UInt8(s.value))
                }
                position += n
                return vm.heap.newBytes(bytes)
            case "g":
                guard let n = count(), position + n <= scalars.count else { return nil }
                let ref = String(scalars: scalars[position..<position + n])
                position += n
                guard let colon = ref.firstIndex(of: ":") else { return nil }
                let module = String(ref[..<colon])
                if vm.process.modules[module] == nil && module != "builtins" { _ = try vm.importModule(module, fromlist: .none) }
                return PickleFast.lookUp(module, String(ref[ref.index(after: colon)...]), &vm)
            case "(", "[", "{":
                depth += 1
                defer { depth -= 1 }
                var items: [Value] = []
                while position < scalars.count && scalars[position] != ")" {
                    guard let item = try value(&vm) else { return nil }
                    items.append(item)
                }
                guard position < scalars.count else { return nil }
                position += 1
                if c == "(" { return vm.heap.newTuple(items) }
                if c == "[" { return vm.heap.newList(items) }
                guard items.count % 2 == 0 else { return nil }
                return try vm.makeDict(stride(from: 0, to: items.count, by: 2).map { (items[$0], items[$0 + 1]) })
            default: return nil
            }
        }

        private mutating func until(_ mark: Unicode.Scalar) -> String? {
            guard let end = scalars[position...].firstIndex(of: mark) else { return nil }
            let s = String(scalars: scalars[position..<end])
            position = end + 1
            return s
        }

        private mutating func count() -> Int? { until(":").flatMap { Int($0) } }
    }
}
