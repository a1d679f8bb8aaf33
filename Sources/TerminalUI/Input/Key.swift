/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable {
    /// Printable, incl. UTF-8 multi-byte input and space.
    case character(Character)
    /// Ctrl-A.. as lower-case letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right, enter, escape, backspace, tab, backTab, pageUp, pageDown, home, end, delete, insert
    /// F1 is `.function(1)`.
    case function(Int)
    case resize
}
