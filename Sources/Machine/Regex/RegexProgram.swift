/// One instruction of a compiled pattern (the role of `_sre`'s opcodes).
enum RegexOp {
    case char(UInt32)
    /// A cased literal under IGNORECASE: the subject's character, folded, equals this.
    case charFold(UInt32, ascii: Bool)
    case notChar(UInt32)
    case notCharFold(UInt32, ascii: Bool)
    /// `.` without DOTALL.
    case any
    case anyAll
    case set(Int)
    case anchor(RegexAnchor, multiline: Bool, ascii: Bool)
    /// Try the first target; on failure, the second.
    case split(Int, Int)
    case jump(Int)
    case save(Int)
    case backref(Int, fold: Bool)
    /// Go on if the group matched, else jump.
    case ifGroup(Int, Int)
    /// A repeat of the single-character instruction at pc + 1; `next` follows it.
    case repeatOne(min: Int, max: Int, kind: RegexRepeatKind, next: Int)
    case repeatStart(Int)
    /// A general repeat's loop head: the body follows; `exit` is past the body's back-jump.
    case repeatLoop(id: Int, min: Int, max: Int, lazy: Bool, exit: Int)
    /// A lookaround whose body runs from pc + 1 to its `succeed`; `end` follows it.
    case look(behind: Bool, negate: Bool, width: Int, end: Int)
    case atomic(end: Int)
    case succeed
    case match
}

/// A character set with its answers for code points below 256 precomputed.
struct RegexCharSet {
    let negate: Bool
    let items: [RegexSetItem]
    let fold: Bool
    let ascii: Bool
    private var low: [Bool] = []

    init(negate: Bool, items: [RegexSetItem], fold: Bool, ascii: Bool) {
        self.negate = negate
        self.items = items
        self.fold = fold
        self.ascii = ascii
        var table = [Bool](repeating: false, count: 256)
        for c in 0..<256 { table[c] = slowContains(UInt32(c)) }
        low = table
    }

    @inline(__always) func contains(_ c: UInt32) -> Bool {
        c < 256 ? low[Int(c)] : slowContains(c)
    }

    private func slowContains(_ c: UInt32) -> Bool {
        var hit = has(c)
        if !hit && fold {
            let l = RegexChars.lower(c, ascii: ascii), u = RegexChars.upper(c, ascii: ascii)
            hit = (l != c && has(l)) || (u != c && has(u))
        }
        return hit != negate
    }

    private func has(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .literal(let x): if x == c { return true }
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .category(let cat): if RegexChars.inCategory(cat, c, ascii: ascii) { return true }
            }
        }
        return false
    }
}

/// Character classification as `_sre` does it (Unicode for str patterns, ASCII for bytes
/// patterns and under the ASCII flag).
enum RegexChars {
    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == 0x5F }
        guard !ascii, let s = Unicode.Scalar(c) else { return false }
        return BasicRuntime.isAlpha(s) || s.properties.numericType != nil
    }

    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c >= 0x30 && c <= 0x39 }
        guard !ascii, let s = Unicode.Scalar(c) else { return false }
        return s.properties.numericType == .decimal
    }

    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c == 0x20 || (c >= 9 && c <= 13) || (!ascii && c >= 0x1C && c <= 0x1F) }
        guard !ascii, let s = Unicode.Scalar(c) else { return false }
        return s.isPythonWhitespace
    }

    static func inCategory(_ cat: RegexCategory, _ c: UInt32, ascii: Bool) -> Bool {
        switch cat {
        case .digit: return isDigit(c, ascii: ascii)
        case .notDigit: return !isDigit(c, ascii: ascii)
        case .space: return isSpace(c, ascii: ascii)
        case .notSpace: return !isSpace(c, ascii: ascii)
        case .word: return isWord(c, ascii: ascii)
        case .notWord: return !isWord(c, ascii: ascii)
        }
    }

    /// The simple lowercase mapping (`sre_lower_unicode`), ASCII-only when `ascii`.
    @inline(__always) static func lower(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 128 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
        if ascii { return c }
        return single(Unicode.Scalar(c)?.properties.lowercaseMapping, c)
    }

    static func upper(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 128 { return c >= 0x61 && c <= 0x7A ? c - 32 : c }
        if ascii { return c }
        return single(Unicode.Scalar(c)?.properties.uppercaseMapping, c)
    }

    private static func single(_ mapped: String?, _ c: UInt32) -> UInt32 {
        guard let m = mapped, m.unicodeScalars.count == 1, let v = m.unicodeScalars.first?.value else { return c }
        return v
    }
}

/// A compiled pattern: instructions, sets, and what the Python side reports.
struct RegexProgram {
    var ops: [RegexOp] = []
    var sets: [RegexCharSet] = []
    var groups = 0
    var flags = 0
    var groupIndex: [(String, Int)] = []
    var repeatCount = 0
    /// Widths of the closed groups, for lookbehinds that refer to them.
    private var groupWidths: [Int: (Int, Int)] = [:]
    /// The single-character op every match's first character must pass (`_sre`'s INFO
    /// charset), so a search skips the positions where it fails without starting a match.
    private(set) var leading: Int?

    /// Compiles `pattern` (code points; bytes as latin-1).
    static func compile(_ pattern: [UInt32], isText: Bool, flags: Int) throws(RegexSyntaxError) -> RegexProgram {
        let parsed = try RegexParser.parse(pattern, isText: isText, flags: flags)
        var p = RegexProgram()
        p.groups = parsed.groups
        p.flags = parsed.flags
        p.groupIndex = parsed.groupIndex
        let ascii = !isText || parsed.flags & RegexFlag.ascii != 0
        try p.emit(parsed.nodes, parsed.flags, ascii: ascii)
        p.ops.append(.match)
        p.leading = leadingTest(p.ops)
        return p
    }

    /// Past the ops that consume nothing and always go on (group marks, word-boundary tests,
    /// the entry of a repeat that must run at least once), the op that takes a match's first
    /// character: a single-character op, or one a `repeatOne` must match at least once. Nil
    /// when a match may start otherwise (an alternation, an optional part, a lookaround, an
    /// anchor that is not a word boundary, a backreference).
    private static func leadingTest(_ ops: [RegexOp]) -> Int? {
        var pc = 0
        while pc < ops.count {
            switch ops[pc] {
            case .save, .repeatStart:
                pc += 1
            case .anchor(.boundary, _, _), .anchor(.nonBoundary, _, _):
                pc += 1
            case .repeatLoop(_, let min, _, _, _):
                guard min >= 1 else { return nil }
                pc += 1
            case .char, .charFold, .notChar, .notCharFold, .any, .anyAll, .set:
                return pc
            case .repeatOne(let min, _, _, _):
                return min >= 1 ? pc + 1 : nil
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func emit(_ nodes: [RegexNode], _ flags: Int, ascii: Bool) throws(RegexSyntaxError) {
        for node in nodes { try emit(node, flags, ascii: ascii) }
    }

    private mutating func emit(_ node: RegexNode, _ flags: Int, ascii: Bool) throws(RegexSyntaxError) {
        let fold = flags & RegexFlag.ignoreCase != 0
        switch node {
        case .literal(let c):
            let cased = fold && (RegexChars.lower(c, ascii: ascii) != c || RegexChars.upper(c, ascii: ascii) != c)
            ops.append(cased ? .charFold(RegexChars.lower(c, ascii: ascii), ascii: ascii) : .char(c))
        case .notLiteral(let c):
            let cased = fold && (RegexChars.lower(c, ascii: ascii) != c || RegexChars.upper(c, ascii: ascii) != c)
            ops.append(cased ? .notCharFold(RegexChars.lower(c, ascii: ascii), ascii: ascii) : .notChar(c))
        case .any:
            ops.append(flags & RegexFlag.dotAll != 0 ? .anyAll : .any)
        case .set(let negate, let items):
            sets.append(RegexCharSet(negate: negate, items: items, fold: fold, ascii: ascii))
            ops.append(.set(sets.count - 1))
        case .at(let anchor):
            ops.append(.anchor(anchor, multiline: flags & RegexFlag.multiline != 0, ascii: ascii))
        case .branch(let alternatives):
            var jumps: [Int] = []
            for (i, alt) in alternatives.enumerated() {
                if i < alternatives.count - 1 {
                    let split = ops.count
                    ops.append(.jump(0))
                    try emit(alt, flags, ascii: ascii)
                    jumps.append(ops.count)
                    ops.append(.jump(0))
                    ops[split] = .split(split + 1, ops.count)
                } else {
                    try emit(alt, flags, ascii: ascii)
                }
            }
            for j in jumps { ops[j] = .jump(ops.count) }
        case .group(let index, let add, let del, let body):
            let inner = (flags | add) & ~del
            if let index { ops.append(.save(2 * index)) }
            try emit(body, inner, ascii: ascii)
            if let index {
                ops.append(.save(2 * index + 1))
                groupWidths[index] = width(body)
            }
        case .repeated(let lo, let hi, let kind, let body):
            try emitRepeat(lo, hi, kind, body, flags, ascii: ascii)
        case .groupRef(let g):
            ops.append(.backref(g, fold: fold))
        case .groupRefExists(let g, let yes, let no):
            let test = ops.count
            ops.append(.jump(0))
            try emit(yes, flags, ascii: ascii)
            let skip = ops.count
            ops.append(.jump(0))
            ops[test] = .ifGroup(g, ops.count)
            try emit(no, flags, ascii: ascii)
            ops[skip] = .jump(ops.count)
        case .lookaround(let behind, let negate, let body):
            var w = 0
            if behind {
                let (lo, hi) = width(body)
                guard lo == hi else { throw RegexSyntaxError(message: "look-behind requires fixed-width pattern", position: -3) }
                w = lo
            }
            let head = ops.count
            ops.append(.succeed)
            try emit(body, flags, ascii: ascii)
            ops.append(.succeed)
            ops[head] = .look(behind: behind, negate: negate, width: w, end: ops.count)
        case .atomic(let body):
            try emitAtomic(body, flags, ascii: ascii)
        }
    }

    private mutating func emitAtomic(_ body: [RegexNode], _ flags: Int, ascii: Bool) throws(RegexSyntaxError) {
        let head = ops.count
        ops.append(.succeed)
        try emit(body, flags, ascii: ascii)
        ops.append(.succeed)
        ops[head] = .atomic(end: ops.count)
    }

    private static func isSingle(_ body: [RegexNode]) -> Bool {
        guard body.count == 1 else { return false }
        switch body[0] {
        case .literal, .notLiteral, .any, .set: return true
        default: return false
        }
    }

    private mutating func emitRepeat(_ lo: Int, _ hi: Int, _ kind: RegexRepeatKind, _ body: [RegexNode], _ flags: Int,
                                     ascii: Bool) throws(RegexSyntaxError) {
        if Self.isSingle(body) {
            let head = ops.count
            ops.append(.succeed)
            try emit(body, flags, ascii: ascii)
            ops[head] = .repeatOne(min: lo, max: hi, kind: kind, next: ops.count)
            return
        }
        if kind == .possessive {
            try emitAtomic([.repeated(min: lo, max: hi, kind: .greedy, body: body)], flags, ascii: ascii)
            return
        }
        let id = repeatCount
        repeatCount += 1
        ops.append(.repeatStart(id))
        let loop = ops.count
        ops.append(.succeed)
        try emit(body, flags, ascii: ascii)
        ops.append(.jump(loop))
        ops[loop] = .repeatLoop(id: id, min: lo, max: hi, lazy: kind == .lazy, exit: ops.count)
    }

    /// (min, max) characters a subpattern matches (`SubPattern.getwidth`), max capped.
    private func width(_ nodes: [RegexNode]) -> (Int, Int) {
        let cap = regexMaxRepeat - 1
        var lo = 0, hi = 0
        for node in nodes {
            var l = 0, h = 0
            switch node {
            case .literal, .notLiteral, .any, .set: l = 1; h = 1
            case .at, .lookaround: break
            case .branch(let alts):
                l = Int.max; h = 0
                for a in alts { let (x, y) = width(a); l = Swift.min(l, x); h = Swift.max(h, y) }
            case .group(_, _, _, let body), .atomic(let body): (l, h) = width(body)
            case .repeated(let mn, let mx, _, let body):
                let (x, y) = width(body)
                l = x.multipliedReportingOverflow(by: mn).overflow ? cap : Swift.min(cap, x * mn)
                h = y.multipliedReportingOverflow(by: mx).overflow ? cap : Swift.min(cap, y * mx)
            case .groupRef(let g): (l, h) = groupWidths[g] ?? (0, cap)
            case .groupRefExists(_, let yes, let no):
                let (a, b) = width(yes), (c, d) = width(no)
                l = Swift.min(a, c); h = Swift.max(b, d)
            }
            lo = Swift.min(cap, lo + l)
            hi = Swift.min(cap, hi + h)
        }
        return (lo, hi)
    }
}
