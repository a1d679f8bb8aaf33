// Text fitting by display width (columns), never by Character count, so CJK and emoji line up.

/// Greedy word wrap by display width; breaks overlong words (by grapheme, never inside one); keeps empty lines.
///
/// Runs of spaces between words collapse to one; a paragraph's leading indentation is kept on
/// its first line (lesson text uses it for lists). A tab counts as one space, as `CellGrid`
/// draws it. A grapheme wider than `width` still gets a line of its own rather than looping forever.
public func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var result: [String] = []
    // isNewline, not == "\n": "\r\n" is a single Character and would otherwise never split.
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
        let spaced = paragraph.contains("\t") ? Substring(paragraph.replacingTabs()) : paragraph
        wrapParagraph(spaced, width: width, into: &result)
    }
    return result
}

private extension Substring {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}

private func wrapParagraph(_ paragraph: Substring, width: Int, into result: inout [String]) {
    let indent = String(paragraph.prefix(while: { $0 == " " }))
    let words = paragraph.split(separator: " ")
    guard !words.isEmpty else {
        result.append("")
        return
    }
    var line = displayWidth(indent) < width ? indent : ""
    var lineWidth = displayWidth(line)
    var lineHasWord = false
    for word in words {
        let wordWidth = displayWidth(String(word))
        let needed = lineHasWord ? lineWidth + 1 + wordWidth : lineWidth + wordWidth
        if needed <= width {
            if lineHasWord {
                line += " "
            }
            line += word
            lineWidth = needed
            lineHasWord = true
            continue
        }
        if lineHasWord {
            result.append(line)
            line = ""
            lineWidth = 0
        }
        // The word does not fit on an empty (or indent-only) line: break it by grapheme.
        for character in word {
            let w = displayWidth(character)
            if lineWidth + w > width, lineWidth > 0 {
                // An indent alone is not worth a line of its own.
                if lineHasWord {
                    result.append(line)
                }
                line = ""
                lineWidth = 0
            }
            line.append(character)
            lineWidth += w
            lineHasWord = true
        }
    }
    result.append(line)
}

/// Cuts to at most `width` columns, adding "…" (or "~" when `ascii`) when cut.
public func truncate(_ s: String, width: Int, ascii: Bool = false) -> String {
    guard width > 0 else { return "" }
    if displayWidth(s) <= width {
        return s
    }
    var result = ""
    var used = 0
    for character in s {
        let w = displayWidth(character)
        if used + w > width - 1 { break }
        result.append(character)
        used += w
    }
    return result + (ascii ? "~" : "…")
}

/// Truncates or right-pads with spaces to exactly `width` columns.
public func pad(_ s: String, width: Int) -> String {
    guard width > 0 else { return "" }
    let cut = truncate(s, width: width)
    let missing = width - displayWidth(cut)
    return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
}
