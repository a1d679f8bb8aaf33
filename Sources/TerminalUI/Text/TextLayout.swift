// Text fitting by display width (columns), never by Character count, so CJK and emoji line up.

/// Greedy wrap by display width (see `LineBreak`): breaks at spaces and between Chinese
/// characters, never putting closing punctuation at a line's start or opening punctuation at
/// its end; breaks overlong words (by grapheme, never inside one); keeps empty lines.
///
/// Runs of spaces between words collapse to one; a paragraph's leading indentation is kept on
/// its first line (lesson text uses it for lists). A tab counts as one space, as `CellGrid`
/// draws it. A grapheme wider than `width` still gets a line of its own rather than looping forever.
public func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var result: [String] = []
    // isNewline, not == "\n": "\r\n" is a single Character and would otherwise never split.
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
        wrapParagraph(paragraph, width: width, into: &result)
    }
    return result
}

private func wrapParagraph(_ paragraph: Substring, width: Int, into result: inout [String]) {
    let characters = Array(paragraph)
    let leading = characters.prefix(while: { $0 == " " || $0 == "\t" }).count
    guard leading < characters.count else {
        result.append("")
        return
    }
    // An indent as wide as the line is not worth keeping.
    let indent = leading < width ? String(repeating: " ", count: leading) : ""
    for (number, segments) in LineBreak.lines(characters, width: width, firstUsed: indent.count).enumerated() {
        var line = number == 0 ? indent : ""
        for segment in segments {
            if segment.spaceBefore { line += " " }
            line += String(characters[segment.range])
        }
        result.append(line)
    }
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
