import Foundation

/// A run of text inside a paragraph, list item or heading.
public enum Inline: Equatable {
    case text(String)
    case emphasis(String)
    case strong(String)
    case code(String)
    case link(text: String, url: String)
}

extension Inline {
    /// Parses one line's worth of inline Markdown: `*em*`, `_em_`, `**strong**`,
    /// `` `code` ``, `[text](url)` and backslash escapes. Unclosed markers stay literal.
    public static func parse(_ source: String) -> [Inline] {
        var parser = InlineParser(Array(source))
        return parser.run()
    }

    /// The text without markup, as `show` prints it (code keeps its backticks).
    public var plainText: String {
        switch self {
        case .text(let s), .emphasis(let s), .strong(let s): return s
        case .code(let s): return "`\(s)`"
        case .link(let text, let url): return text == url ? url : "\(text) (\(url))"
        }
    }
}

extension Array where Element == Inline {
    /// The runs joined as plain text.
    public var plainText: String { map(\.plainText).joined() }
}

/// A small hand-written scanner; no nesting (the model has none).
struct InlineParser {
    private let chars: [Character]
    private var i = 0
    private var buffer = ""
    private var result: [Inline] = []

    init(_ chars: [Character]) { self.chars = chars }

    mutating func run() -> [Inline] {
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuationOrSymbol:
                buffer.append(chars[i + 1])
                i += 2
            case "`":
                if let end = find("`", from: i + 1), end > i + 1 {
                    emit(.code(String(chars[(i + 1)..<end])))
                    i = end + 1
                } else { literal() }
            case "*" where peek(1) == "*":
                if let end = find("**", from: i + 2), end > i + 2 {
                    emit(.strong(String(chars[(i + 2)..<end])))
                    i = end + 2
                } else { buffer.append("**"); i += 2 }
            case "*", "_":
                if let end = closingEmphasis(c) {
                    emit(.emphasis(String(chars[(i + 1)..<end])))
                    i = end + 1
                } else { literal() }
            case "[":
                if let link = scanLink() {
                    emit(.link(text: link.text, url: link.url))
                    i = link.end
                } else { literal() }
            default:
                literal()
            }
        }
        flush()
        return result
    }

    // MARK: - Helpers

    private func peek(_ offset: Int) -> Character? {
        i + offset < chars.count ? chars[i + offset] : nil
    }

    private mutating func literal() {
        buffer.append(chars[i])
        i += 1
    }

    private mutating func flush() {
        if !buffer.isEmpty { result.append(.text(buffer)); buffer = "" }
    }

    private mutating func emit(_ inline: Inline) {
        flush()
        result.append(inline)
    }

    /// Index of the next occurrence of `marker` at or after `start`.
    private func find(_ marker: String, from start: Int) -> Int? {
        let m = Array(marker)
        var j = start
        while j + m.count <= chars.count {
            if Array(chars[j..<(j + m.count)]) == m { return j }
            j += 1
        }
        return nil
    }

    /// `*x*` or `_x_`; underscores only at word boundaries so snake_case stays text.
    private func closingEmphasis(_ marker: Character) -> Int? {
        guard let first = peek(1), !first.isWhitespace, first != marker else { return nil }
        if marker == "_", i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return nil }
        var j = i + 2
        while j < chars.count {
            if chars[j] == marker, !chars[j - 1].isWhitespace {
                let next = j + 1 < chars.count ? chars[j + 1] : nil
                if marker == "_", let n = next, n.isLetter || n.isNumber { j += 1; continue }
                if marker == "*", next == "*" { j += 2; continue }
                return j
            }
            j += 1
        }
        return nil
    }

    private func scanLink() -> (text: String, url: String, end: Int)? {
        guard let close = find("](", from: i + 1), close > i + 1,
              let paren = find(")", from: close + 2), paren > close + 2 else { return nil }
        let text = String(chars[(i + 1)..<close])
        if text.contains("[") { return nil }
        return (text, String(chars[(close + 2)..<paren]), paren + 1)
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
