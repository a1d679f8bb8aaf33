/// Box-drawing set; `.ascii` uses + - |
public struct BoxStyle: Equatable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character

    public init(topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                horizontal: Character, vertical: Character) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Light box-drawing characters; each is one column wide under wcwidth.
    public static let unicode = BoxStyle(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                         horizontal: "─", vertical: "│")
    public static let ascii = BoxStyle(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                       horizontal: "-", vertical: "|")

    /// The set to use on a terminal with these capabilities.
    public static func forCapabilities(_ capabilities: TerminalCapabilities) -> BoxStyle {
        capabilities.unicode ? .unicode : .ascii
    }
}
