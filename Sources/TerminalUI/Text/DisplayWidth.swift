/// Display width in terminal columns, wcwidth-compatible (CJK and emoji 2, combining 0).
///
/// The sum of the widths of the string's graphemes, so that it matches what `CellGrid`
/// lays out character by character.
public func displayWidth(_ s: String) -> Int {
    var total = 0
    for c in s {
        total += displayWidth(c)
    }
    return total
}

/// Display width of one grapheme: 0, 1 or 2 columns.
///
/// The sum of its scalars' wcwidth, capped at 2 because a grapheme is drawn in one cell pair
/// (ZWJ emoji sequences would otherwise count each joined emoji). Control characters count 0.
public func displayWidth(_ c: Character) -> Int {
    if c.isASCII {
        // Fast path: "\r\n" is the only multi-scalar ASCII grapheme and is a control.
        guard let v = c.asciiValue else { return 0 }
        return (v >= 0x20 && v < 0x7F) ? 1 : 0
    }
    var total = 0
    for scalar in c.unicodeScalars {
        total += scalarWidth(scalar)
    }
    return min(total, 2)
}

/// wcwidth for one scalar, except that control characters count 0 instead of -1.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) {
        return 0
    }
    if v < 0x300 {
        // Latin-1 and Latin Extended: no zero-width or wide characters (glibc gives U+00AD 1).
        return 1
    }
    if WidthTables.contains(WidthTables.zeroWidth, v) {
        return 0
    }
    if WidthTables.contains(WidthTables.doubleWidth, v) {
        return 2
    }
    return 1
}
