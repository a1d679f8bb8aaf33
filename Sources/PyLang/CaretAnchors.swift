/// Where CPython 3.11's traceback marks the operator of a failing binary operation or the
/// index of a failing subscript (traceback.py `_extract_caret_anchors_from_line_segment`):
/// `1 / 0` is underlined `~~^~~`, `d["k"]` `~^^^^^`.
///
/// `segment` is the failing expression's source text on one line. The result is two offsets
/// into it, in Unicode scalars: where the `^` run starts (`leftEnd`) and where it ends
/// (`rightStart`); nil when the segment is not one binary operation or subscript (then the
/// whole span is `^`).
public func caretAnchors(inSegment segment: String) -> (leftEnd: Int, rightStart: Int)? {
    guard let module = try? parse(source: segment), module.body.count == 1,
          case .expr(let expr) = module.body[0].kind else { return nil }
    let text = Array(segment.unicodeScalars)
    func isSpace(_ i: Int) -> Bool { text[i].properties.isWhitespace }
    switch expr.kind {
    case .binOp(let left, _, let right):
        // The operator is the first non-space text between the operands (skipping the
        // closing brackets and comments after the left one); one or two characters.
        guard left.loc.endCol >= 0, left.loc.endCol <= min(right.loc.col, text.count) else { return nil }
        let between = left.loc.endCol..<min(right.loc.col, text.count)
        var start = left.loc.endCol
        while between.contains(start) && isSpace(start) { start += 1 }
        var end = start + 1
        if end < between.upperBound && !isSpace(end) { end += 1 }
        while start < text.count && (isSpace(start) || text[start] == ")" || text[start] == "#") {
            start += 1
            end += 1
        }
        return (start, end)
    case .subscript(let value, let index):
        guard value.loc.endCol >= 0, index.loc.endCol >= 0 else { return nil }
        var start = value.loc.endCol
        var end = index.loc.endCol + 1
        while start < text.count && text[start] != "[" { start += 1 }
        while end < text.count && text[end] != "]" { end += 1 }
        if end < text.count { end += 1 }
        return (start, end)
    default:
        return nil
    }
}
