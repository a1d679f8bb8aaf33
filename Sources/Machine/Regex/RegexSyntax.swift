/// A parsed regular expression, as `re._parser` builds it: a sequence of nodes per branch.
indirect enum RegexNode {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    case set(negate: Bool, items: [RegexSetItem])
    case at(RegexAnchor)
    case branch([[RegexNode]])
    /// A group: `index` nil for a non-capturing one with scoped flags (`(?i:...)`).
    case group(index: Int?, add: Int, del: Int, body: [RegexNode])
    case repeated(min: Int, max: Int, kind: RegexRepeatKind, body: [RegexNode])
    case groupRef(Int)
    case groupRefExists(Int, yes: [RegexNode], no: [RegexNode])
    case lookaround(behind: Bool, negate: Bool, body: [RegexNode])
    case atomic([RegexNode])
}

/// One member of a character set.
enum RegexSetItem: Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory)
}

/// `\d \D \s \S \w \W`.
enum RegexCategory: Equatable {
    case digit, notDigit, space, notSpace, word, notWord
}

/// Zero-width positions: `^ $ \A \Z \b \B`.
enum RegexAnchor {
    case beginning, end, beginningString, endString, boundary, nonBoundary
}

/// Greedy `*`, lazy `*?`, possessive `*+`.
enum RegexRepeatKind {
    case greedy, lazy, possessive
}

/// The `re` flag bits (Lib/re/_constants.py).
enum RegexFlag {
    static let template = 1, ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16
    static let unicode = 32, verbose = 64, debug = 128, ascii = 256
    static let typeFlags = ascii | locale | unicode
    static let globalFlags = debug | template

    static func bit(_ c: UInt32) -> Int? {
        switch c {
        case 0x69: return ignoreCase // i
        case 0x4C: return locale // L
        case 0x6D: return multiline // m
        case 0x73: return dotAll // s
        case 0x78: return verbose // x
        case 0x61: return ascii // a
        case 0x74: return template // t
        case 0x75: return unicode // u
        default: return nil
        }
    }
}

/// A pattern CPython's parser rejects: `re.error(message, pattern, position)`, or the
/// OverflowError of a repeat count past MAXREPEAT.
struct RegexSyntaxError: Error {
    let message: String
    let position: Int
    var overflow = false
}

/// Largest repeat count + 1 (`_sre.MAXREPEAT`); a count this large is an OverflowError.
let regexMaxRepeat = 4_294_967_295
/// Nesting deeper than this is refused rather than recursing in Swift without bound: a
/// RecursionError, near where CPython's recursive parser meets its recursion limit (two
/// levels a group).
let regexMaxNesting = 990
