/// One screen cell. A wide character occupies its cell and a following `continuation` cell.
public struct Cell: Equatable {
    /// One grapheme, or "" for a continuation.
    public var text: String
    public var style: Style
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()

    static func continuation(_ style: Style) -> Cell {
        Cell(text: "", style: style, isContinuation: true)
    }
}
