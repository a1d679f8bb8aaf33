import Foundation

/// Terminal display width: East Asian Wide/Fullwidth = 2, combining marks and controls = 0.
enum TextWidth {
    /// Columns a string takes in a terminal.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns one grapheme cluster takes: the width of its first non-zero-width scalar.
    static func of(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 } // Hangul medial vowels, final consonants
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks, plus emoji presentation blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x25FD...0x25FE,
        0x2614...0x2615, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

/// Word wrapping by display width; breaks at spaces and between wide (CJK) characters.
enum TextWrap {
    private struct Token {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    /// Wraps `text` into lines no wider than `width`, including the prefixes.
    /// - Parameters:
    ///   - firstPrefix: put before the first line (e.g. "- ").
    ///   - restPrefix: put before every later line (e.g. "  " for a hanging indent).
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        let tokens = tokenize(text)
        var lines: [String] = []
        var current = firstPrefix
        var used = TextWidth.of(firstPrefix)
        var empty = true
        func newLine() {
            lines.append(current)
            current = restPrefix
            used = TextWidth.of(restPrefix)
            empty = true
        }
        for token in tokens {
            let gap = (!empty && token.spaceBefore) ? 1 : 0
            if !empty, used + gap + token.width > width { newLine() }
            if empty, used + token.width > width {
                // Longer than a whole line: break it by characters.
                for character in token.text {
                    let w = TextWidth.of(character)
                    if !empty, used + w > width { newLine() }
                    current.append(character)
                    used += w
                    empty = false
                }
                continue
            }
            if !empty, token.spaceBefore { current += " "; used += 1 }
            current += token.text
            used += token.width
            empty = false
        }
        if !empty || lines.isEmpty { lines.append(current) }
        return lines.map { $0.trailingSpacesRemoved }
    }

    /// Closing punctuation no line starts with, opening punctuation none ends with. The same
    /// sets as TerminalUI's `LineBreak`, which the app wraps with (LessonKit cannot import it).
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝",
        "”", "’", "…", "·", "．", "％", "～", ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    static let noLineEnd: Set<Character> = ["（", "「", "『", "【", "《", "〈", "〔", "［", "｛", "“", "‘", "(", "[", "{"]

    /// Words and single wide characters; punctuation is glued to the token it must stay with.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var wordWidth = 0
        var wordSpace = false
        var pendingSpace = false
        func endWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, spaceBefore: wordSpace)) }
            word = ""
            wordWidth = 0
        }
        for character in text {
            if character.isWhitespace {
                endWord()
                pendingSpace = true
                continue
            }
            let w = TextWidth.of(character)
            // No break here: after opening punctuation, before closing punctuation or a mark.
            let glued = !pendingSpace && (w == 0 || noLineStart.contains(character)
                || (word.last ?? tokens.last?.text.last).map { noLineEnd.contains($0) } == true)
            if glued, word.isEmpty, !tokens.isEmpty {
                if w == 2 {
                    tokens[tokens.count - 1].text.append(character)
                    tokens[tokens.count - 1].width += 2
                    continue
                }
                // Reopen the last token so a narrow word can grow on it.
                let last = tokens.removeLast()
                (word, wordWidth, wordSpace) = (last.text, last.width, last.spaceBefore)
            }
            if w == 2 && !(glued && !word.isEmpty) {
                endWord()
                tokens.append(Token(text: String(character), width: 2, spaceBefore: pendingSpace))
            } else {
                if word.isEmpty { wordSpace = pendingSpace }
                word.append(character)
                wordWidth += w
                // A wide character ends the word: the next may break after it.
                if w == 2 { endWord() }
            }
            pendingSpace = false
        }
        endWord()
        return tokens
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
