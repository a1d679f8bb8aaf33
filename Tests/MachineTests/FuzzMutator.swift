/// The mutations of `FuzzTests`: line edits, inserted tokens and brackets, truncation, deep
/// nesting around the limits CPython sets, huge literals, and raw bytes (NUL, invalid UTF-8,
/// odd whitespace), one to four per program.
struct Mutator {
    let seeds: [[UInt8]]
    var random: FuzzRandom

    static let tokens: [String] = [
        "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "=", "==", ":=", "->", "*", "**", "/", "//",
        "%", "@", "+", "-", "~", "<", ">", "<=", "!=", "|", "&", "^", "<<", ">>", "+=", "...", "\\",
        "\n", "\r\n", "\r", "\t", " ", "    ", "#", "'", "\"", "'''", "\"\"\"", "f'{", "}'", "f\"{x!r:>{w}}\"",
        "b'\\xff'", "r'\\'", "'\\N{BULLET}'", "0", "1", "0x", "0b2", "1_000", "1__0", "1e", "1.5j", "09",
        "x", "_", "self", "print", "len", "range", "None", "True", "False", "lambda", "if", "else",
        "elif", "for", "in", "while", "not", "and", "or", "is", "def", "class", "return", "yield",
        "yield from", "await", "async", "with", "as", "try", "except", "except*", "finally", "raise",
        "from", "import", "global", "nonlocal", "del", "pass", "break", "continue", "assert", "match",
        "case", "type", "print(", "__class__", "super()", "*args", "**kw", "é", "变量", "\u{00A0}", "\u{FEFF}",
    ]
    static let nestings: [(open: String, close: String)] = [
        ("(", ")"), ("[", "]"), ("{", "}"), ("-", ""), ("not ", ""), ("~", ""), ("lambda: ", ""),
        ("1 if 1 else ", ""), ("1**", ""), ("await ", ""), ("f(", ")"), ("", ".a"), ("", "()"),
        ("", "[0]"), ("", "+1"), ("(x:=", ")"), ("[", " for x in y]"), ("f'{", "}'"),
    ]
    static let depths = [2, 20, 99, 100, 199, 200, 201, 999, 2983, 2984, 2998, 2999, 3000, 5968, 20_000]

    init(seeds: [[UInt8]], random: FuzzRandom) {
        self.seeds = seeds
        self.random = random
    }

    mutating func mutatedProgram() -> [UInt8] {
        var program = seeds[random.below(seeds.count)]
        // Half the programs get one mutation, so that many still compile and run.
        let count = random.chance(2) ? 1 : 2 + random.below(3)
        for _ in 0..<count { mutate(&program) }
        return program
    }

    mutating func mutate(_ p: inout [UInt8]) {
        switch random.below(14) {
        case 0: editLines(&p)
        case 1, 2, 3: insert(Array(Self.tokens[random.below(Self.tokens.count)].utf8), into: &p)
        case 4: p.removeSubrange(randomRange(p))
        case 5: if !p.isEmpty { p.removeLast(random.below(p.count)) }
        case 6: nest(&p)
        case 7: insert(hugeLiteral(), into: &p)
        case 8: insert(rawBytes(), into: &p)
        case 9: reindent(&p)
        case 10: spliceFromAnotherSeed(&p)
        case 11: duplicateRange(&p)
        case 12: if !p.isEmpty { p[random.below(p.count)] = UInt8(truncatingIfNeeded: random.next()) }
        default: insert(Array(Self.tokens[random.below(Self.tokens.count)].utf8), into: &p)
        }
    }

    mutating func position(_ p: [UInt8]) -> Int { random.below(p.count + 1) }

    mutating func randomRange(_ p: [UInt8]) -> Range<Int> {
        let a = position(p)
        return a..<min(p.count, a + random.below(40))
    }

    mutating func insert(_ bytes: [UInt8], into p: inout [UInt8]) {
        p.insert(contentsOf: bytes, at: position(p))
    }

    /// Deletes, duplicates or swaps whole lines.
    mutating func editLines(_ p: inout [UInt8]) {
        var lines = p.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return }
        let a = random.below(lines.count), b = random.below(lines.count)
        switch random.below(3) {
        case 0: lines.remove(at: a)
        case 1: lines.insert(lines[a], at: b)
        default: lines.swapAt(a, b)
        }
        p = Array(lines.joined(separator: [0x0A]))
    }

    /// Wraps a stretch of the program (or a fresh atom) in `depth` copies of one nesting.
    mutating func nest(_ p: inout [UInt8]) {
        let (open, close) = Self.nestings[random.below(Self.nestings.count)]
        let depth = Self.depths[random.below(Self.depths.count)]
        let inner: [UInt8] = random.chance(2) ? Array("x".utf8) : Array(p[randomRange(p)])
        let wrapped = Array(String(repeating: open, count: depth).utf8) + inner
            + Array(String(repeating: close, count: depth).utf8)
        if random.chance(2) {
            p += Array("\ny = ".utf8) + wrapped + [0x0A]
        } else {
            insert(wrapped, into: &p)
        }
    }

    mutating func hugeLiteral() -> [UInt8] {
        let digits = [4300, 4301, 5000, 20_000][random.below(4)]
        switch random.below(5) {
        case 0: return Array(("1" + String(repeating: "7", count: digits - 1)).utf8)
        case 1: return Array(("0x" + String(repeating: "f", count: digits)).utf8)
        case 2: return Array(("1_" + String(repeating: "0_0", count: digits / 2) + "1").utf8)
        case 3: return Array(("'" + String(repeating: "ab", count: digits * 10) + "'").utf8)
        default: return Array(("1." + String(repeating: "9", count: digits) + "e999").utf8)
        }
    }

    mutating func rawBytes() -> [UInt8] {
        let choices: [[UInt8]] = [[0], [0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xE2, 0x82], [0x0C], [0x0D], [0x09], [0x1B], [0x7F], [0xEF, 0xBB, 0xBF]]
        return choices[random.below(choices.count)]
    }

    /// Adds or removes leading spaces or tabs on one line.
    mutating func reindent(_ p: inout [UInt8]) {
        var lines = p.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return }
        let k = random.below(lines.count)
        switch random.below(3) {
        case 0: lines[k].insert(contentsOf: Array(repeating: 0x20, count: 1 + random.below(8)), at: 0)
        case 1: lines[k].insert(0x09, at: 0)
        default: while lines[k].first == 0x20 || lines[k].first == 0x09 { lines[k].removeFirst() }
        }
        p = Array(lines.joined(separator: [0x0A]))
    }

    mutating func spliceFromAnotherSeed(_ p: inout [UInt8]) {
        let other = seeds[random.below(seeds.count)]
        insert(Array(other[randomRange(other)]), into: &p)
    }

    mutating func duplicateRange(_ p: inout [UInt8]) {
        let piece = Array(p[randomRange(p)])
        let times = [1, 2, 10, 300][random.below(4)]
        insert(Array(Array(repeating: piece, count: times).joined()), into: &p)
    }
}
