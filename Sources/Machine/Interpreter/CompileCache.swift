import Foundation
import PyLang

/// Code objects already compiled, by file name and source: the explorer runs a program
/// hundreds of times a second, and compiling the preludes it imports (threading's is 600
/// lines) took two thirds of each run. Code objects are immutable, so runs share them.
enum CompileCache {
    private struct Key: Hashable {
        var filename: String
        var source: String
    }

    private static let lock = NSLock()
    private static var entries: [Key: CodeObject] = [:]
    /// Past this many entries the cache starts again (edited programs in a long session).
    static let limit = 64

    /// `compile(source:filename:)`, once per distinct file name and source.
    static func code(source: String, filename: String) throws -> CodeObject {
        let key = Key(filename: filename, source: source)
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached { return cached }
        let code = try compile(source: source, filename: filename)
        lock.lock()
        if entries.count >= limit { entries.removeAll() }
        entries[key] = code
        lock.unlock()
        return code
    }
}
