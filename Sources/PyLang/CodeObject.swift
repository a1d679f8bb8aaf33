/// A compiled Python code object (CPython's `PyCodeObject`), immutable after compilation.
public final class CodeObject: @unchecked Sendable {
    /// CPython's `co_flags` bits.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: Int32
        @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }
        // Inlinable constants, not stored statics: the interpreter tests flags on every call,
        // and each stored static cost a call to its addressor from the other module.
        @inlinable public static var optimized: Flags { Flags(rawValue: 0x1) }
        @inlinable public static var newLocals: Flags { Flags(rawValue: 0x2) }
        @inlinable public static var varargs: Flags { Flags(rawValue: 0x4) }
        @inlinable public static var varkeywords: Flags { Flags(rawValue: 0x8) }
        @inlinable public static var nested: Flags { Flags(rawValue: 0x10) }
        @inlinable public static var generator: Flags { Flags(rawValue: 0x20) }
        @inlinable public static var coroutine: Flags { Flags(rawValue: 0x80) }
        @inlinable public static var asyncGenerator: Flags { Flags(rawValue: 0x200) }
    }

    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLineNumber: Int
    /// Positional parameters, including positional-only ones.
    public let argCount: Int
    public let positionalOnlyCount: Int
    public let keywordOnlyCount: Int
    public let flags: Flags
    /// Parameters first (positional, keyword-only, `*args`, `**kwargs`), then other locals.
    public let varnames: [String]
    public let cellvars: [String]
    public let freevars: [String]
    /// For each cell variable, the `varnames` index of the parameter it starts from, or -1.
    public let cellParameterIndex: [Int32]
    public let names: [String]
    /// For function code (not lambdas, comprehensions or class bodies) `constants[0]` is the
    /// docstring, or `None` when there is none (CPython 3.11's convention for `__doc__`).
    /// Only `deinit` changes it (see there).
    public private(set) var constants: [Constant]
    public let instructions: [Instruction]
    /// A copy of `instructions` in a buffer of the code object's own, for the dispatch loop's
    /// fetch: one load, where indexing the array loaded it and checked the bound each time.
    /// Valid while the code object lives (a frame running it holds it); freed with it.
    public let program: UnsafePointer<Instruction>
    /// Source line of each instruction (-1 for none, e.g. `MAKE_CELL`).
    public let lines: [Int32]
    /// Source span of each instruction (CPython 3.11's `co_positions()`), for traceback carets.
    public let positions: [SourcePosition]
    public let exceptionTable: [ExceptionTableEntry]
    /// A module's compile-time SyntaxWarnings, for whoever runs it to report (set once, by the
    /// compiler, before the code is handed out; empty for other code).
    public internal(set) var warnings: [CompileWarning] = []
    /// Maximum value-stack depth the code needs.
    public let stackSize: Int
    /// Where a new frame starts running: past the leading `MAKE_CELL` / `COPY_FREE_VARS`,
    /// which the call itself does when it fills the frame's cells.
    public let bodyStart: Int
    /// Whether a call binds nothing but positional parameters and trailing defaults: no
    /// keyword-only parameters, `*args`, `**kwargs` or cell variables, and no generator or
    /// coroutine to create. Calls of such code skip the general argument binding.
    public let bindsPositionalsOnly: Bool

    init(name: String, qualname: String, filename: String, firstLineNumber: Int, argCount: Int,
         positionalOnlyCount: Int, keywordOnlyCount: Int, flags: Flags, varnames: [String],
         cellvars: [String], freevars: [String], cellParameterIndex: [Int32], names: [String],
         constants: [Constant], instructions: [Instruction], positions: [SourcePosition],
         exceptionTable: [ExceptionTableEntry], stackSize: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLineNumber = firstLineNumber
        self.argCount = argCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.flags = flags
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellParameterIndex = cellParameterIndex
        self.names = names
        self.constants = constants
        self.instructions = instructions
        let program = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        program.initialize(from: instructions, count: instructions.count)
        self.program = UnsafePointer(program)
        self.lines = positions.map { Int32($0.line) }
        self.positions = positions
        self.exceptionTable = exceptionTable
        self.stackSize = stackSize
        var start = 0
        scan: while start < instructions.count {
            switch instructions[start] {
            case .makeCell, .copyFreeVars: start += 1
            default: break scan
            }
        }
        self.bodyStart = start
        var returnsGenerator = false
        if start < instructions.count, case .returnGenerator = instructions[start] { returnsGenerator = true }
        self.bindsPositionalsOnly = keywordOnlyCount == 0 && cellvars.isEmpty && !returnsGenerator
            && flags.isDisjoint(with: [.varargs, .varkeywords, .generator, .coroutine, .asyncGenerator])
    }

    deinit {
        UnsafeMutablePointer(mutating: program).deinitialize(count: instructions.count)
        UnsafeMutablePointer(mutating: program).deallocate()
        // Nested code objects (lambdas nest thousands deep) are freed here one after another
        // rather than each inside its parent's deinit, which would recurse as deep as they nest.
        var pending = takeNestedCode()
        while var code = pending.popLast() {
            if isKnownUniquelyReferenced(&code) { pending += code.takeNestedCode() }
        }
    }

    /// The code objects among the constants, which are emptied.
    private func takeNestedCode() -> [CodeObject] {
        var nested: [CodeObject] = []
        for c in constants { if case .code(let code) = c { nested.append(code) } }
        if !nested.isEmpty { constants = [] }
        return nested
    }

    /// The exception-table entry covering instruction `index`, if any.
    public func handler(at index: Int) -> ExceptionTableEntry? {
        exceptionTable.first { Int($0.start) <= index && index < Int($0.end) }
    }
}

/// Where an instruction came from: 1-based lines, 0-based columns counted in Unicode scalars
/// (CPython counts UTF-8 bytes; equal for ASCII source). -1 means unknown.
public struct SourcePosition: Equatable, Sendable {
    public let line: Int
    public let endLine: Int
    public let column: Int
    public let endColumn: Int
}

/// A constant in `CodeObject.constants`.
public enum Constant: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer too big for `Int`, as decimal digits with an optional leading `-`.
    case bigInt(String)
    case float(Double)
    /// An imaginary number `0+dj` (from a `dj` literal).
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
    case ellipsis
    case tuple([Constant])
    case code(CodeObject)

    /// Python's `repr()` of the constant (code objects as `dis` shows them).
    public var pythonRepr: String {
        switch self {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return pythonFloatRepr(d)
        case .imaginary(let d):
            // complex_repr: the imaginary part without the float's trailing ".0".
            let text = pythonFloatRepr(d)
            return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "j"
        case .str(let s): return pythonStringRepr(s)
        case .bytes(let b): return pythonBytesRepr(b)
        case .ellipsis: return "Ellipsis"
        case .tuple(let items):
            if items.count == 1 { return "(" + items[0].pythonRepr + ",)" }
            return "(" + items.map(\.pythonRepr).joined(separator: ", ") + ")"
        case .code(let c):
            return "<code object \(c.name) at 0x0000, file \"\(c.filename)\", line \(c.firstLineNumber)>"
        }
    }

    /// A key that is equal for constants CPython would merge (same type and value).
    var dedupKey: String? {
        switch self {
        case .none: return "N"
        case .bool(let b): return "b\(b)"
        case .int(let i): return "i\(i)"
        case .bigInt(let s): return "I\(s)"
        case .float(let d): return "f\(d.bitPattern)"
        case .imaginary(let d): return "j\(d.bitPattern)"
        case .str(let s): return "s" + s
        case .bytes(let b): return "y\(b)"
        case .ellipsis: return "E"
        case .tuple(let items):
            var parts: [String] = []
            for item in items {
                guard let k = item.dedupKey else { return nil }
                parts.append(k)
            }
            return "t(" + parts.joined(separator: "\u{1}") + ")"
        case .code: return nil
        }
    }
}

/// `repr(float)`: shortest round-trip digits, Python's exponent style (`1e+20`, `1e-05`).
func pythonFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description is shortest round-trip too; re-layout digits the way Python does.
    var s = "\(d.magnitude)"
    var exponent = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(s[s.index(after: e)...]) ?? 0
        s = String(s[..<e])
    }
    var digits = s.filter { $0 != "." }
    let pointPos = (s.firstIndex(of: ".").map { s.distance(from: s.startIndex, to: $0) } ?? s.count) + exponent
    // Normalise: strip leading zeros (adjusting the decimal exponent) and trailing zeros.
    var decExp = pointPos
    while digits.first == "0" && digits.count > 1 { digits.removeFirst(); decExp -= 1 }
    while digits.last == "0" && digits.count > 1 { digits.removeLast() }
    let sci = decExp - 1  // value = 0.d1d2... * 10^decExp = d1.d2... * 10^sci
    var out: String
    if sci < -4 || sci >= 16 {
        out = String(digits.first!)
        if digits.count > 1 { out += "." + digits.dropFirst() }
        out += "e" + (sci < 0 ? "-" : "+") + (abs(sci) < 10 ? "0" : "") + String(abs(sci))
    } else if decExp <= 0 {
        out = "0." + String(repeating: "0", count: -decExp) + digits
    } else if decExp >= digits.count {
        out = digits + String(repeating: "0", count: decExp - digits.count) + ".0"
    } else {
        let idx = digits.index(digits.startIndex, offsetBy: decExp)
        out = digits[..<idx] + "." + digits[idx...]
    }
    return d < 0 ? "-" + out : out
}

/// `repr(str)`: single quotes unless the text has `'` and no `"`; escapes as CPython does.
func pythonStringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(u) == quote { out += "\\" + String(quote) }
            else if u.value < 0x20 || u.value == 0x7F { out += "\\x" + hex2(u.value) }
            else if u.value >= 0x80 && !isPrintable(u) {
                if u.value <= 0xFF { out += "\\x" + hex2(u.value) }
                else if u.value <= 0xFFFF { out += "\\u" + hexPad(u.value, 4) }
                else { out += "\\U" + hexPad(u.value, 8) }
            } else { out.unicodeScalars.append(u) }
        }
    }
    out.append(quote)
    return out
}

/// `repr(bytes)`.
func pythonBytesRepr(_ bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(39), hasDouble = bytes.contains(34)
    let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for b in bytes {
        switch b {
        case 92: out += "\\\\"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case 9: out += "\\t"
        case quote: out += "\\" + String(UnicodeScalar(quote))
        case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(b))
        default: out += "\\x" + hex2(UInt32(b))
        }
    }
    return out + String(UnicodeScalar(quote))
}

func hex2(_ v: UInt32) -> String { hexPad(v, 2) }

func hexPad(_ v: UInt32, _ n: Int) -> String {
    let h = String(v, radix: 16)
    return String(repeating: "0", count: max(0, n - h.count)) + h
}

/// Approximates `str.isprintable()` for non-ASCII scalars.
func isPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return false
    case .spaceSeparator:
        return u == " "
    default:
        return true
    }
}
