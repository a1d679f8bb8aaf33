import BigInt

/// `int.to_bytes` and `int.from_bytes` (Objects/longobject.c `int_to_bytes_impl`,
/// `int_from_bytes_impl`), with 3.11's defaults: length 1, byteorder 'big', unsigned.
extension Interp {
    /// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
    mutating func intToBytes(_ n: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let named = try intBytesArguments(args, kwargs, first: "length", function: "to_bytes")
        var length = 1
        if let l = named.first { length = try intArg(l) }
        if length < 0 { throw .valueError("length argument must be non-negative") }
        let little = try littleEndian(named.byteorder)
        let value: BigInt
        switch heap.num(n) {
        case .int(let i)?: value = BigInt(i)
        case .big(let b)?: value = b
        case .float?, nil: throw .typeError("descriptor 'to_bytes' requires an 'int' object")
        }
        if value.sign == .minus && !named.signed { throw .overflow("can't convert negative int to unsigned") }
        // Two's complement in `length` bytes: the value must fit in 8 * length bits.
        let bits = 8 * length
        let fits = named.signed ? (value >= -(BigInt(1) << (bits - 1)) && value < (BigInt(1) << (bits - 1)))
                                : value < (BigInt(1) << bits)
        if !fits || (length == 0 && value != 0) { throw .overflow("int too big to convert") }
        try heap.reserve(bytes: length)
        var v = value.sign == .minus ? (BigInt(1) << bits) + value : value
        var out = [UInt8](repeating: 0, count: length)
        for i in 0..<length {
            out[length - 1 - i] = UInt8(truncatingIfNeeded: Int(v & 0xFF))
            v >>= 8
        }
        return heap.newBytes(little ? out.reversed() : out)
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
    mutating func intFromBytes(_ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let named = try intBytesArguments(args, kwargs, first: "bytes", function: "from_bytes")
        guard let source = named.first else { throw .typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
        guard let data = try bytesOrInts(source) else {
            throw .typeError("cannot convert '\(heap.typeName(source))' object to bytes")
        }
        let big = try littleEndian(named.byteorder) ? Array(data.reversed()) : data
        var v = BigInt(0)
        for byte in big { v = (v << 8) | BigInt(byte) }
        if named.signed, let top = big.first, top & 0x80 != 0 { v -= BigInt(1) << (8 * big.count) }
        return heap.makeInt(v)
    }

    private func littleEndian(_ order: Value?) throws(PyError) -> Bool {
        guard let order else { return false }
        guard let s = heap.string(order) else {
            throw .typeError("to_bytes() argument 'byteorder' must be str, not \(heap.typeName(order))")
        }
        switch s {
        case "little": return true
        case "big": return false
        default: throw .valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// The arguments of both methods: one positional-or-keyword (`first`), `byteorder`, and
    /// the keyword-only `signed`.
    private func intBytesArguments(_ args: [Value], _ kwargs: [(String, Value)], first: String,
                                   function: String) throws(PyError) -> (first: Value?, byteorder: Value?, signed: Bool) {
        if args.count > 2 { throw .typeError("\(function)() takes at most 2 positional arguments (\(args.count) given)") }
        var a = args.first, order = args.count > 1 ? args[1] : nil, signed = false
        for (k, v) in kwargs {
            switch k {
            case first where a == nil: a = v
            case "byteorder" where order == nil: order = v
            case "signed": signed = isTruthy(v) ?? true
            case first, "byteorder":
                throw .typeError("argument for \(function)() given by name ('\(k)') and position (\(k == first ? 1 : 2))")
            default: throw .typeError("\(function)() got an unexpected keyword argument '\(k)'")
            }
        }
        return (a, order, signed)
    }
}
