/// Modules written in Python, compiled on first import.
enum Prelude {
    static let sources: [String: String] = [:]
}
