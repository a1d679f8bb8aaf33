import TerminalUI

/// Colours Python source line by line. Lexical only (keywords, strings, numbers, comments),
/// which is what a reader needs; it carries triple-quoted strings across lines.
struct PythonHighlighter {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    static let builtins: Set<String> = [
        "print", "len", "range", "iter", "next", "list", "dict", "tuple", "set", "frozenset", "str", "int",
        "float", "bool", "bytes", "repr", "type", "isinstance", "issubclass", "hasattr", "getattr", "setattr",
        "callable", "enumerate", "zip", "map", "filter", "sorted", "reversed", "min", "max", "sum", "abs",
        "round", "divmod", "pow", "any", "all", "chr", "ord", "hex", "bin", "oct", "id", "hash", "input",
        "super", "object", "open", "self", "cls", "Exception", "StopIteration", "RuntimeError", "ValueError",
        "TypeError", "KeyError", "IndexError", "property", "staticmethod", "classmethod",
    ]

    let theme: Theme

    /// Highlights a whole source text; one span list per line.
    func highlight(_ source: String) -> [[Span]] {
        var openQuote: String?
        return source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            highlight(line: String(line), openQuote: &openQuote)
        }
    }

    private func highlight(line: String, openQuote: inout String?) -> [Span] {
        let chars = Array(line)
        var spans: [Span] = []
        var i = 0
        var previousWord = ""

        func emit(_ text: String, _ style: Style) {
            guard !text.isEmpty else { return }
            if let last = spans.last, last.style == style {
                spans[spans.count - 1].text += text
            } else {
                spans.append(Span(text: text, style: style))
            }
        }

        func scanString(quote: String, from start: Int) -> Int {
            // Returns the index just past the closing quote, or chars.count if it stays open.
            var j = start
            let q = Array(quote)
            while j < chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if j + q.count <= chars.count && Array(chars[j..<j + q.count]) == q {
                    return j + q.count
                }
                j += 1
            }
            return chars.count
        }

        if let quote = openQuote {
            let end = scanString(quote: quote, from: 0)
            let endIndex = min(end, chars.count)
            emit(String(chars[0..<endIndex]), theme.string)
            if end >= chars.count && !line.hasSuffix(quote) { return spans }
            openQuote = nil
            i = endIndex
        }

        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                emit(String(chars[i...]), theme.comment)
                break
            }
            if c == "\"" || c == "'" {
                let triple = i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c
                let quote = triple ? String(repeating: c, count: 3) : String(c)
                let end = scanString(quote: quote, from: i + quote.count)
                emit(String(chars[i..<min(end, chars.count)]), theme.string)
                let closed = end <= chars.count && String(chars[i..<min(end, chars.count)]).hasSuffix(quote) && end - i >= 2 * quote.count
                if triple && !closed { openQuote = quote }
                i = end
                previousWord = ""
                continue
            }
            if c == "@" && spans.allSatisfy({ $0.text.allSatisfy(\.isWhitespace) }) {
                var j = i + 1
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == ".") { j += 1 }
                emit(String(chars[i..<j]), theme.decorator)
                i = j
                continue
            }
            if c.isLetter || c == "_" {
                var j = i
                while j < chars.count && (chars[j].isLetter || chars[j].isNumber || chars[j] == "_") { j += 1 }
                let word = String(chars[i..<j])
                // A string prefix such as f"..." or rb'...' belongs to the string.
                if j < chars.count, chars[j] == "\"" || chars[j] == "'", word.count <= 2,
                   word.lowercased().allSatisfy({ "rbfu".contains($0) }) {
                    emit(word, theme.string)
                    i = j
                    continue
                }
                let style: Style
                if previousWord == "def" || previousWord == "class" {
                    style = theme.definition
                } else if Self.keywords.contains(word) {
                    style = theme.keyword
                } else if Self.builtins.contains(word) {
                    style = theme.builtin
                } else {
                    style = theme.plain
                }
                emit(word, style)
                previousWord = word
                i = j
                continue
            }
            if c.isNumber {
                var j = i
                while j < chars.count && (chars[j].isHexDigit || chars[j] == "." || chars[j] == "_" || chars[j] == "x" || chars[j] == "o" || chars[j] == "e") { j += 1 }
                emit(String(chars[i..<j]), theme.number)
                i = j
                continue
            }
            emit(String(c), theme.plain)
            if !c.isWhitespace { previousWord = "" }
            i += 1
        }
        return spans
    }
}
