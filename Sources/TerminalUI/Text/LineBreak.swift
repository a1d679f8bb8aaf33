// Where a line of text may break: at spaces, and between any two characters when one of them
// is wide (Han, kana, fullwidth forms), except where the kinsoku rules forbid it.

/// Line breaking by display width for mixed Chinese, English and code.
///
/// Chinese has no spaces between words, so a line may break between any two wide characters
/// (and between a wide and a narrow one). The usual rules (kinsoku) keep closing punctuation
/// off the start of a line and opening punctuation off its end.
public enum LineBreak {
    /// Characters no line may start with: closing punctuation, Chinese and ASCII.
    public static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "〕", "］", "｝",
        "”", "’", "…", "·", "．", "％", "～",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    /// Characters no line may end with: opening punctuation.
    public static let noLineEnd: Set<Character> = [
        "（", "「", "『", "【", "《", "〈", "〔", "［", "｛", "“", "‘",
        "(", "[", "{",
    ]

    /// Whether a line may break between `before` and `after`, two characters with no space
    /// between them.
    public static func allowed(between before: Character, and after: Character) -> Bool {
        if noLineStart.contains(after) || noLineEnd.contains(before) { return false }
        let afterWidth = displayWidth(after)
        if afterWidth == 0 { return false }  // a combining mark stays with its base
        return displayWidth(before) == 2 || afterWidth == 2
    }

    /// A run of characters that no break falls inside, and whether a space separated it from
    /// the piece before.
    public struct Piece: Equatable {
        public var range: Range<Int>
        public var spaceBefore: Bool
    }

    /// The unbreakable pieces of `characters`; spaces and tabs separate pieces and are dropped.
    public static func pieces(_ characters: [Character]) -> [Piece] {
        var result: [Piece] = []
        var start: Int?
        var spaceBeforeOpen = false
        var sawSpace = false
        for (index, character) in characters.enumerated() {
            if character == " " || character == "\t" || character == "\u{3000}" {
                if let open = start { result.append(Piece(range: open..<index, spaceBefore: spaceBeforeOpen)) }
                start = nil
                sawSpace = true
                continue
            }
            if let open = start {
                guard allowed(between: characters[index - 1], and: character) else { continue }
                result.append(Piece(range: open..<index, spaceBefore: spaceBeforeOpen))
                spaceBeforeOpen = false
            } else {
                spaceBeforeOpen = sawSpace && !result.isEmpty
            }
            start = index
            sawSpace = false
        }
        if let open = start { result.append(Piece(range: open..<characters.count, spaceBefore: spaceBeforeOpen)) }
        return result
    }

    /// A part of one line: characters of the text, after one space when `spaceBefore`.
    public typealias Segment = Piece

    /// Greedy line filling: the segments of each line, no line wider than `width` columns.
    ///
    /// - Parameters:
    ///   - firstUsed: columns already taken on the first line (a prefix such as "Hint: ").
    ///   - firstHasContent: whether that prefix is text, so that a piece too long for the rest of
    ///     the first line goes to the next line rather than being broken after the prefix.
    ///   - restUsed: columns taken on every later line (a hanging indent).
    /// A piece wider than a whole line is broken between characters (never inside one); every
    /// line gets at least one character, so a width narrower than a character cannot loop.
    public static func lines(_ characters: [Character], width: Int, firstUsed: Int = 0, firstHasContent: Bool = false,
                             restUsed: Int = 0) -> [[Segment]] {
        var lines: [[Segment]] = [[]]
        var used = firstUsed
        var hasContent = firstHasContent
        func newLine() {
            lines.append([])
            used = restUsed
            hasContent = false
        }
        for piece in pieces(characters) {
            let pieceWidth = characters[piece.range].reduce(0) { $0 + displayWidth($1) }
            var spaced = piece.spaceBefore && !(lines.last?.isEmpty ?? true)
            if hasContent, used + (spaced ? 1 : 0) + pieceWidth > width {
                newLine()
                spaced = false
            }
            if used + (spaced ? 1 : 0) + pieceWidth <= width {
                lines[lines.count - 1].append(Segment(range: piece.range, spaceBefore: spaced))
                used += (spaced ? 1 : 0) + pieceWidth
                hasContent = true
                continue
            }
            // Wider than a line: break it between characters.
            var start = piece.range.lowerBound
            var segmentHasText = false
            for index in piece.range {
                let w = displayWidth(characters[index])
                if used + w > width, hasContent || segmentHasText {
                    if index > start { lines[lines.count - 1].append(Segment(range: start..<index, spaceBefore: false)) }
                    newLine()
                    start = index
                    segmentHasText = false
                }
                used += w
                segmentHasText = true
            }
            lines[lines.count - 1].append(Segment(range: start..<piece.range.upperBound, spaceBefore: false))
            hasContent = true
        }
        return lines
    }
}
