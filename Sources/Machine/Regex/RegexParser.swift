/// The pattern parser: Lib/re/_parser.py 3.11 ported (Tokenizer, _parse_sub, _parse,
/// _escape, _class_escape, _parse_flags), with its error messages and positions. Recursion
/// follows the pattern's nesting only, capped at `regexMaxNesting`.
struct RegexParser {
    /// The result of a parse: the tree, the flags after inline global flags, the groups.
    struct Parsed {
        var nodes: [RegexNode]
        var flags: Int
        var groups: Int
        var groupIndex: [(String, Int)]
    }

    let text: [UInt32]
    let isText: Bool
    var index = 0
    /// The next token: one character, or a backslash and the character after it.
    var next: [UInt32]? = nil
    private var flags: Int
    private var groupNames: [String: Int] = [:]
    private var groupOrder: [(String, Int)] = []
    /// Per group: closed yet (CPython's `groupwidths[gid] is not None`).
    private var closed: [Bool] = [true]
    private var lookbehindGroups: Int? = nil
    private var groupRefPos: [Int: Int] = [:]

    /// Parses `pattern` (code points; bytes patterns arrive as latin-1) under `flags`.
    static func parse(_ pattern: [UInt32], isText: Bool, flags: Int) throws(RegexSyntaxError) -> Parsed {
        var p = RegexParser(text: pattern, isText: isText, flags: flags)
        try p.advance()
        let nodes = try p.parseSub(verbose: flags & RegexFlag.verbose != 0, nested: 0)
        if isText {
            if p.flags & RegexFlag.locale != 0 { throw RegexSyntaxError(message: "cannot use LOCALE flag with a str pattern", position: -2) }
            if p.flags & RegexFlag.ascii == 0 { p.flags |= RegexFlag.unicode } else if p.flags & RegexFlag.unicode != 0 {
                throw RegexSyntaxError(message: "ASCII and UNICODE flags are incompatible", position: -2)
            }
        } else {
            if p.flags & RegexFlag.unicode != 0 { throw RegexSyntaxError(message: "cannot use UNICODE flag with a bytes pattern", position: -2) }
            if p.flags & RegexFlag.locale != 0 && p.flags & RegexFlag.ascii != 0 {
                throw RegexSyntaxError(message: "ASCII and LOCALE flags are incompatible", position: -2)
            }
        }
        if p.next != nil { throw p.error("unbalanced parenthesis") }
        for (g, pos) in p.groupRefPos.sorted(by: { $0.key < $1.key }) where g >= p.closed.count {
            throw RegexSyntaxError(message: "invalid group reference \(g)", position: pos)
        }
        return Parsed(nodes: nodes, flags: p.flags, groups: p.closed.count - 1, groupIndex: p.groupOrder)
    }

    init(text: [UInt32], isText: Bool, flags: Int) {
        self.text = text
        self.isText = isText
        self.flags = flags
    }

    // MARK: - Tokenizer

    mutating func advance() throws(RegexSyntaxError) {
        guard index < text.count else { next = nil; return }
        var token = [text[index]]
        if text[index] == 0x5C {
            index += 1
            guard index < text.count else {
                throw RegexSyntaxError(message: "bad escape (end of pattern)", position: text.count - 1)
            }
            token.append(text[index])
        }
        index += 1
        next = token
    }

    mutating func match(_ c: Character) throws(RegexSyntaxError) -> Bool {
        if let n = next, n.count == 1, n[0] == c.unicodeScalars.first!.value {
            try advance()
            return true
        }
        return false
    }

    mutating func get() throws(RegexSyntaxError) -> [UInt32]? {
        let this = next
        try advance()
        return this
    }

    var tell: Int { index - (next?.count ?? 0) }

    private mutating func seek(_ i: Int) throws(RegexSyntaxError) {
        index = i
        try advance()
    }

    func error(_ message: String, _ offset: Int = 0) -> RegexSyntaxError {
        var msg = message
        if !isText {
            msg = String(msg.unicodeScalars.map { $0.value < 0x80 ? String($0) : "\\x" + String($0.value, radix: 16) }.joined())
        }
        return RegexSyntaxError(message: msg, position: tell - offset)
    }

    func nextIs(_ set: String) -> Bool {
        guard let n = next, n.count == 1, let s = Unicode.Scalar(n[0]) else { return false }
        return set.unicodeScalars.contains(s)
    }

    mutating func getWhile(_ n: Int, _ set: String) throws(RegexSyntaxError) -> [UInt32] {
        var out: [UInt32] = []
        for _ in 0..<n {
            guard nextIs(set), let c = next else { break }
            out.append(c[0])
            try advance()
        }
        return out
    }

    mutating func getUntil(_ terminator: UInt32, _ name: String) throws(RegexSyntaxError) -> String {
        var result: [UInt32] = []
        while true {
            let c = next
            try advance()
            guard let c else {
                if result.isEmpty { throw error("missing " + name) }
                throw error("missing \(Self.show([terminator])), unterminated name", result.count)
            }
            if c == [terminator] {
                if result.isEmpty { throw error("missing " + name, 1) }
                break
            }
            result += c
        }
        return Self.show(result)
    }

    static func show(_ chars: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for c in chars { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(s)
    }

    func checkGroupName(_ name: String, _ offset: Int) throws(RegexSyntaxError) {
        if !Self.isIdentifier(name) { throw error("bad character in group name \(PyStrRepr.quote(name))", name.unicodeScalars.count + offset) }
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        guard first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    private func checkGroup(_ gid: Int) -> Bool { gid < closed.count && closed[gid] }

    private func checkLookbehindGroup(_ gid: Int) throws(RegexSyntaxError) {
        guard let lb = lookbehindGroups else { return }
        if !checkGroup(gid) { throw error("cannot refer to an open group") }
        if gid >= lb { throw error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    // MARK: - Escapes

    private static func hexValue(_ digits: [UInt32]) -> UInt32 {
        digits.reduce(0) { acc, d in
            let v: UInt32 = d <= 0x39 ? d - 0x30 : (d | 0x20) - 0x61 + 10
            return acc &* 16 &+ v
        }
    }

    static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    static func simpleEscape(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x61: return 7 // \a
        case 0x66: return 12 // \f
        case 0x6E: return 10 // \n
        case 0x72: return 13 // \r
        case 0x74: return 9 // \t
        case 0x76: return 11 // \v
        case 0x5C: return 0x5C
        default: return nil
        }
    }

    private static func category(_ c: UInt32) -> RegexCategory? {
        switch c {
        case 0x64: return .digit
        case 0x44: return .notDigit
        case 0x73: return .space
        case 0x53: return .notSpace
        case 0x77: return .word
        case 0x57: return .notWord
        default: return nil
        }
    }

    /// The escapes both contexts share: `\x`, `\u`, `\U`; nil when `c` is none of them.
    private mutating func hexEscape(_ escape: [UInt32]) throws(RegexSyntaxError) -> UInt32? {
        let c = escape[1]
        let width: Int
        switch c {
        case 0x78: width = 2
        case 0x75 where isText: width = 4
        case 0x55 where isText: width = 8
        default: return nil
        }
        let digits = try getWhile(width, "0123456789abcdefABCDEF")
        let full = escape + digits
        if digits.count != width { throw error("incomplete escape \(Self.show(full))", full.count) }
        let v = Self.hexValue(digits)
        if c == 0x55 && (v > 0x10FFFF) { throw error("bad escape \(Self.show(full))", full.count) }
        return v
    }

    /// `\N{NAME}`: the code point named, looked up by scanning the Unicode names (only
    /// patterns that use `\N` pay for it).
    private mutating func namedCharacter() throws(RegexSyntaxError) -> UInt32 {
        if !(try match("{")) { throw error("missing {") }
        let name = try getUntil(0x7D, "character name")
        let wanted = name.uppercased()
        for v in UInt32(0x20)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if s.properties.name == wanted || s.properties.nameAlias == wanted { return v }
        }
        throw error("undefined character name \(PyStrRepr.quote(name))", name.unicodeScalars.count + 4)
    }

    private mutating func classEscape(_ escape: [UInt32]) throws(RegexSyntaxError) -> RegexSetItem {
        let c = escape[1]
        if let v = Self.simpleEscape(c) { return .literal(v) }
        if c == 0x62 { return .literal(8) } // \b in a class is backspace
        if let cat = Self.category(c) { return .category(cat) }
        if let v = try hexEscape(escape) { return .literal(v) }
        if c == 0x4E && isText { return .literal(try namedCharacter()) }
        if c >= 0x30 && c <= 0x37 {
            let more = try getWhile(2, "01234567")
            let full = escape + more
            let v = full.dropFirst().reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) }
            if v > 0o377 { throw error("octal escape value \(Self.show(full)) outside of range 0-0o377", full.count) }
            return .literal(v)
        }
        if c >= 0x30 && c <= 0x39 || Self.isASCIILetter(c) { throw error("bad escape \(Self.show(escape))", escape.count) }
        return .literal(c)
    }

    private mutating func escape(_ escape: [UInt32]) throws(RegexSyntaxError) -> RegexNode {
        let c = escape[1]
        switch c {
        case 0x41: return .at(.beginningString)
        case 0x62: return .at(.boundary)
        case 0x42: return .at(.nonBoundary)
        case 0x5A: return .at(.endString)
        default: break
        }
        if let cat = Self.category(c) { return .set(negate: false, items: [.category(cat)]) }
        if let v = Self.simpleEscape(c) { return .literal(v) }
        if let v = try hexEscape(escape) { return .literal(v) }
        if c == 0x4E && isText { return .literal(try namedCharacter()) }
        if c == 0x30 {
            let more = try getWhile(2, "01234567")
            return .literal((escape + more).dropFirst().reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) })
        }
        if c >= 0x31 && c <= 0x39 {
            var full = escape
            if nextIs("0123456789"), let d = try get() {
                full += d
                if full[1] <= 0x37 && full[2] >= 0x30 && full[2] <= 0x37 && nextIs("01234567"), let e = try get() {
                    full += e
                    let v = full.dropFirst().reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) }
                    if v > 0o377 { throw error("octal escape value \(Self.show(full)) outside of range 0-0o377", full.count) }
                    return .literal(v)
                }
            }
            let group = full.dropFirst().reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if group < closed.count {
                if !checkGroup(group) { throw error("cannot refer to an open group", full.count) }
                try checkLookbehindGroup(group)
                return .groupRef(group)
            }
            throw error("invalid group reference \(group)", full.count - 1)
        }
        if Self.isASCIILetter(c) { throw error("bad escape \(Self.show(escape))", escape.count) }
        return .literal(c)
    }

    // MARK: - Patterns

    private mutating func parseSub(verbose: Bool, nested: Int) throws(RegexSyntaxError) -> [RegexNode] {
        if nested > regexMaxNesting {
            throw RegexSyntaxError(message: "maximum recursion depth exceeded", position: -4)
        }
        var items: [[RegexNode]] = []
        var verbose = verbose
        while true {
            items.append(try parseSeq(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try match("|")) { break }
            if nested == 0 { verbose = flags & RegexFlag.verbose != 0 }
        }
        if items.count == 1 { return items[0] }
        return [.branch(items)]
    }

    private static func isUnitRepeatable(_ node: RegexNode) -> Bool {
        if case .at = node { return false }
        return true
    }

    private mutating func parseSeq(verbose: Bool, nested: Int, first: Bool) throws(RegexSyntaxError) -> [RegexNode] {
        var out: [RegexNode] = []
        var verbose = verbose
        while let this = next {
            if this == [0x7C] || this == [0x29] { break }
            try advance()
            if verbose {
                if this.count == 1 && [0x20, 9, 10, 13, 11, 12].contains(this[0]) { continue }
                if this == [0x23] {
                    while let t = try get(), t != [10] {}
                    continue
                }
            }
            if this.count == 2 {
                out.append(try escape(this))
                continue
            }
            let ch = this[0]
            switch ch {
            case 0x5B: out.append(try parseSet())
            case 0x2A, 0x2B, 0x3F, 0x7B:
                let here = tell
                var lo = 0, hi = Int.max
                switch ch {
                case 0x3F: hi = 1
                case 0x2B: lo = 1
                case 0x7B:
                    if next == [0x7D] { out.append(.literal(ch)); continue }
                    var los: [UInt32] = [], his: [UInt32] = []
                    while nextIs("0123456789"), let d = try get() { los += d }
                    if try match(",") {
                        while nextIs("0123456789"), let d = try get() { his += d }
                    } else {
                        his = los
                    }
                    if !(try match("}")) {
                        out.append(.literal(ch))
                        try seek(here)
                        continue
                    }
                    if !los.isEmpty {
                        lo = try Self.count(los)
                    }
                    if !his.isEmpty {
                        hi = try Self.count(his)
                        if hi < lo { throw error("min repeat greater than max repeat", tell - here) }
                    }
                default: break
                }
                guard let last = out.last, Self.isUnitRepeatable(last) else {
                    throw error("nothing to repeat", tell - here + 1)
                }
                if case .repeated = last { throw error("multiple repeat", tell - here + 1) }
                var body = [last]
                if case .group(nil, 0, 0, let inner) = last { body = inner }
                let kind: RegexRepeatKind = try match("?") ? .lazy : (try match("+") ? .possessive : .greedy)
                out[out.count - 1] = .repeated(min: lo, max: hi, kind: kind, body: body)
            case 0x2E: out.append(.any)
            case 0x28:
                if let node = try parseGroup(verbose: &verbose, nested: nested, first: first && out.isEmpty) { out.append(node) }
            case 0x5E: out.append(.at(.beginning))
            case 0x24: out.append(.at(.end))
            default: out.append(.literal(ch))
            }
        }
        // Unpack plain non-capturing groups, as `_parse` does at its end.
        var flat: [RegexNode] = []
        for node in out {
            if case .group(nil, 0, 0, let inner) = node { flat += inner } else { flat.append(node) }
        }
        return flat
    }

    private static func count(_ digits: [UInt32]) throws(RegexSyntaxError) -> Int {
        var v = 0
        for d in digits {
            v = v * 10 + Int(d - 0x30)
            if v >= regexMaxRepeat { throw RegexSyntaxError(message: "the repetition number is too large", position: -1, overflow: true) }
        }
        return v
    }

    private mutating func parseSet() throws(RegexSyntaxError) -> RegexNode {
        let here = tell - 1
        var items: [RegexSetItem] = []
        let negate = try match("^")
        var first = true
        while true {
            guard let this = try get() else { throw error("unterminated character set", tell - here) }
            if this == [0x5D] && !first { break }
            first = false
            let code1: RegexSetItem = this.count == 2 ? try classEscape(this) : .literal(this[0])
            if try match("-") {
                guard let that = try get() else { throw error("unterminated character set", tell - here) }
                if that == [0x5D] {
                    items.append(code1)
                    items.append(.literal(0x2D))
                    break
                }
                let code2: RegexSetItem = that.count == 2 ? try classEscape(that) : .literal(that[0])
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    throw error("bad character range \(Self.show(this))-\(Self.show(that))", this.count + 1 + that.count)
                }
                items.append(.range(lo, hi))
            } else {
                items.append(code1)
            }
        }
        var unique: [RegexSetItem] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        if unique.count == 1, case .literal(let c) = unique[0] { return negate ? .notLiteral(c) : .literal(c) }
        return .set(negate: negate, items: unique)
    }

    /// After `(`: a group, an extension, or nil for a comment or global flags.
    private mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool) throws(RegexSyntaxError) -> RegexNode? {
        let start = tell - 1
        var capture = true, atomic = false
        var name: String? = nil
        var add = 0, del = 0
        if try match("?") {
            guard let char = try get() else { throw error("unexpected end of pattern") }
            let c = char.count == 1 ? char[0] : 0
            if char == [0x50] { // P
                if try match("<") {
                    let n = try getUntil(0x3E, "group name")
                    try checkGroupName(n, 1)
                    name = n
                } else if try match("=") {
                    let n = try getUntil(0x29, "group name")
                    try checkGroupName(n, 1)
                    guard let gid = groupNames[n] else { throw error("unknown group name \(PyStrRepr.quote(n))", n.unicodeScalars.count + 1) }
                    if !checkGroup(gid) { throw error("cannot refer to an open group", n.unicodeScalars.count + 1) }
                    try checkLookbehindGroup(gid)
                    return .groupRef(gid)
                } else {
                    guard let ch = try get() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + Self.show(ch), ch.count + 2)
                }
            } else if c == 0x3A {
                capture = false
            } else if c == 0x23 {
                while true {
                    if next == nil { throw error("missing ), unterminated comment", tell - start) }
                    if try get() == [0x29] { break }
                }
                return nil
            } else if c == 0x3D || c == 0x21 || c == 0x3C {
                var kind = c
                var behind = false
                let savedLookbehind = lookbehindGroups
                if c == 0x3C {
                    guard let ch = try get() else { throw error("unexpected end of pattern") }
                    if ch != [0x3D] && ch != [0x21] { throw error("unknown extension ?<" + Self.show(ch), ch.count + 2) }
                    kind = ch[0]
                    behind = true
                    if lookbehindGroups == nil { lookbehindGroups = closed.count }
                }
                let body = try parseSub(verbose: verbose, nested: nested + 1)
                if behind && savedLookbehind == nil { lookbehindGroups = nil }
                if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
                return .lookaround(behind: behind, negate: kind == 0x21, body: body)
            } else if c == 0x28 {
                return try parseConditional(start: start, verbose: verbose, nested: nested)
            } else if c == 0x3E {
                capture = false
                atomic = true
            } else if RegexFlag.bit(c) != nil || c == 0x2D {
                if let (a, d) = try parseFlags(c) {
                    add = a
                    del = d
                    capture = false
                } else {
                    if !first { throw error("global flags not at the start of the expression", tell - start) }
                    verbose = flags & RegexFlag.verbose != 0
                    return nil
                }
            } else {
                throw error("unknown extension ?" + Self.show(char), char.count + 1)
            }
        }
        var group: Int? = nil
        if capture {
            let gid = closed.count
            if let name {
                if let old = groupNames[name] {
                    throw error("redefinition of group name \(PyStrRepr.quote(name)) as group \(gid); was group \(old)", name.unicodeScalars.count + 1)
                }
                groupNames[name] = gid
                groupOrder.append((name, gid))
            }
            closed.append(false)
            group = gid
        }
        let subVerbose = (verbose || add & RegexFlag.verbose != 0) && del & RegexFlag.verbose == 0
        let body = try parseSub(verbose: subVerbose, nested: nested + 1)
        if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
        if let group { closed[group] = true }
        if atomic { return .atomic(body) }
        return .group(index: group, add: add, del: del, body: body)
    }

    private mutating func parseConditional(start: Int, verbose: Bool, nested: Int) throws(RegexSyntaxError) -> RegexNode {
        let condName = try getUntil(0x29, "group name")
        let len = condName.unicodeScalars.count
        let condGroup: Int
        if Self.isIdentifier(condName) {
            guard let g = groupNames[condName] else { throw error("unknown group name \(PyStrRepr.quote(condName))", len + 1) }
            condGroup = g
        } else {
            guard !condName.isEmpty, condName.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }), let g = Int(condName) else {
                throw error("bad character in group name \(PyStrRepr.quote(condName))", len + 1)
            }
            if g == 0 { throw error("bad group number", len + 1) }
            if g >= 1_073_741_823 { throw error("invalid group reference \(g)", len + 1) }
            if groupRefPos[g] == nil { groupRefPos[g] = tell - len - 1 }
            condGroup = g
        }
        try checkLookbehindGroup(condGroup)
        let yes = try parseSeq(verbose: verbose, nested: nested + 1, first: false)
        var no: [RegexNode] = []
        if try match("|") {
            no = try parseSeq(verbose: verbose, nested: nested + 1, first: false)
            if next == [0x7C] { throw error("conditional backref with more than two branches") }
        }
        if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
        return .groupRefExists(condGroup, yes: yes, no: no)
    }

    /// `(?aiLmsux-imsx:...)` or `(?aiLmsux)`: (add, del) for a scoped group, nil for global flags.
    private mutating func parseFlags(_ first: UInt32) throws(RegexSyntaxError) -> (Int, Int)? {
        var add = 0, del = 0
        var char: [UInt32]? = [first]
        if first != 0x2D {
            while true {
                let c = char?[0] ?? 0
                let flag = RegexFlag.bit(c) ?? 0
                if isText {
                    if c == 0x4C { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                } else if c == 0x75 {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                }
                add |= flag
                if flag & RegexFlag.typeFlags != 0 && add & RegexFlag.typeFlags != flag {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try get()
                guard let ch = char else { throw error("missing -, : or )") }
                if ch == [0x29] || ch == [0x2D] || ch == [0x3A] { break }
                if ch.count != 1 || RegexFlag.bit(ch[0]) == nil {
                    let alpha = ch.count == 1 && Unicode.Scalar(ch[0]).map { BasicRuntime.isAlpha($0) } == true
                    throw error(alpha ? "unknown flag" : "missing -, : or )", ch.count)
                }
            }
        }
        if char == [0x29] {
            flags |= add
            return nil
        }
        if add & RegexFlag.globalFlags != 0 { throw error("bad inline flags: cannot turn on global flag", 1) }
        if char == [0x2D] {
            char = try get()
            guard let ch = char else { throw error("missing flag") }
            if ch.count != 1 || RegexFlag.bit(ch[0]) == nil {
                let alpha = ch.count == 1 && Unicode.Scalar(ch[0]).map { BasicRuntime.isAlpha($0) } == true
                throw error(alpha ? "unknown flag" : "missing flag", ch.count)
            }
            while true {
                let flag = RegexFlag.bit(char?[0] ?? 0) ?? 0
                if flag & RegexFlag.typeFlags != 0 { throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                del |= flag
                char = try get()
                guard let ch = char else { throw error("missing :") }
                if ch == [0x3A] { break }
                if ch.count != 1 || RegexFlag.bit(ch[0]) == nil {
                    let alpha = ch.count == 1 && Unicode.Scalar(ch[0]).map { BasicRuntime.isAlpha($0) } == true
                    throw error(alpha ? "unknown flag" : "missing :", ch.count)
                }
            }
        }
        if del & RegexFlag.globalFlags != 0 { throw error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }
}
