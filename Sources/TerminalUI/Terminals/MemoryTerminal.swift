/// In-memory terminal for tests: queued keys, records presented grids, resizable.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public var capabilities: TerminalCapabilities
    public private(set) var lastGrid: CellGrid?
    public private(set) var presentCount: Int = 0
    private var keys: [Key] = []

    public init(size: Size, capabilities: TerminalCapabilities = .init(colors: true, unicode: true)) {
        self.size = size
        self.capabilities = capabilities
    }

    public func enqueue(_ keys: Key...) {
        enqueue(keys)
    }

    public func enqueue(_ keys: [Key]) {
        self.keys += keys
    }

    /// Changes size and enqueues `.resize`, as a real terminal reports a window change.
    public func resize(to size: Size) {
        self.size = size
        keys.append(.resize)
    }

    /// Keys queued and not yet read.
    public var pendingKeyCount: Int { keys.count }

    /// The last presented screen as text ("" before the first present).
    public var screenText: String { lastGrid?.text ?? "" }

    public func present(_ grid: CellGrid) {
        lastGrid = grid
        presentCount += 1
    }

    /// The next queued key or nil; never blocks, whatever the timeout, so tests stay fast.
    public func readKey(timeout: Int?) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }
}
