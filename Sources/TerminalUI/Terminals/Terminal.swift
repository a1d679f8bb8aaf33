/// What a terminal can show; the app picks colours and box characters from it.
public struct TerminalCapabilities: Equatable {
    public var colors: Bool
    public var unicode: Bool

    public init(colors: Bool, unicode: Bool) {
        self.colors = colors
        self.unicode = unicode
    }
}

/// A terminal the app draws to; the app is written only against this protocol.
public protocol Terminal: AnyObject {
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows the grid (only changed cells need be sent).
    func present(_ grid: CellGrid)
    /// Next key; waits at most `timeout` milliseconds (nil = forever, 0 = poll). nil when none arrived.
    func readKey(timeout: Int?) -> Key?
}
