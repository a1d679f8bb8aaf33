import Foundation
import PyLang

/// Code objects already compiled, by file name and source: the explorer runs a program
/// hundreds of times a second, and compiling the preludes it imports (threading's is 600
/// lines) took two thirds of each run. Code objects are immutable, so runs share them.
///
/// A run also compiles ahead, on another core, the prelude modules its program imports at
/// its top level (and theirs): `import typing, dataclasses, enum, logging, re` compiled
/// about 4,000 lines one module after another on the running thread. What is compiled is
/// the same either way; only the wall time changes.
enum CompileCache {
    private struct Key: Hashable {
        var filename: String
        var source: String
    }

    /// Guards `entries` and `compiling`; signalled when a compilation ends.
    private static let condition = NSCondition()
    private static var entries: [Key: CodeObject] = [:]
    /// Keys some thread is compiling now: another thread asking for one waits for it.
    private static var compiling: Set<Key> = []
    /// Past this many entries the cache starts again (edited programs in a long session).
    static let limit = 64

    /// `compile(source:filename:)`, once per distinct file name and source.
    static func code(source: String, filename: String) throws -> CodeObject {
        let key = Key(filename: filename, source: source)
        condition.lock()
        while compiling.contains(key) { condition.wait() }
        if let cached = entries[key] {
            condition.unlock()
            return cached
        }
        compiling.insert(key)
        condition.unlock()
        defer {
            condition.lock()
            compiling.remove(key)
            condition.broadcast()
            condition.unlock()
        }
        let code = try compile(source: source, filename: filename)
        condition.lock()
        if entries.count >= limit { entries.removeAll() }
        entries[key] = code
        condition.unlock()
        return code
    }

    /// Whether `filename` with `source` is compiled already.
    private static func isCached(source: String, filename: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return entries[Key(filename: filename, source: source)] != nil
    }

    /// Starts compiling, on a background thread, the prelude modules `code` imports at its top
    /// level and, in turn, those they import; nothing when they are all compiled already.
    static func compileImportsAhead(of code: CodeObject) {
        let first = preludeImports(of: code).filter { name in
            guard case .success(let source)? = Prelude.source(of: name) else { return false }
            return !isCached(source: source, filename: "<\(name)>")
        }
        guard !first.isEmpty else { return }
        let thread = Thread {
            // Last first: the running thread reaches the first import at once and compiles it
            // (and what it imports) itself; starting at the same end, the two took turns.
            var pending = Array(first.reversed())
            var seen = Set(first)
            while !pending.isEmpty {
                let name = pending.removeFirst()
                guard case .success(let source)? = Prelude.source(of: name),
                      let compiled = try? CompileCache.code(source: source, filename: "<\(name)>") else { continue }
                for next in preludeImports(of: compiled) where seen.insert(next).inserted { pending.append(next) }
            }
        }
        thread.name = "compile ahead"
        thread.start()
    }

    /// The modules a code object's own instructions import (`import a.b` names `a` and
    /// `a.b`), in order, that have a prelude file.
    private static func preludeImports(of code: CodeObject) -> [String] {
        var names: [String] = []
        for instruction in code.instructions {
            guard case .importName(let i) = instruction, Int(i) < code.names.count else { continue }
            var parts: [String] = []
            for part in code.names[Int(i)].split(separator: ".") {
                parts.append(String(part))
                let name = parts.joined(separator: ".")
                if !names.contains(name), Prelude.source(of: name) != nil { names.append(name) }
            }
        }
        return names
    }
}
