/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    case cannotStart(String)

    public var description: String {
        switch self {
        case .cannotStart(let reason): return "cannot start the terminal UI: \(reason)"
        }
    }
}
