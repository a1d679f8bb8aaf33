import PyLang

extension Interp {
    /// Reports the compile-time SyntaxWarnings of `code` (`CodeObject.warnings`) as CPython
    /// does while it compiles: through the program's `warnings` module when it has imported
    /// it (its filters apply; `warn_explicit` with no registry, so each is shown), otherwise
    /// as the default filters would show them, on stderr: `file:line: SyntaxWarning: message`
    /// and the line's source, stripped, when the file's source is known.
    mutating func reportCompileWarnings(_ code: CodeObject) throws(PyError) {
        for warning in code.warnings {
            let lines = process.sources[code.filename]
            let line = lines.flatMap { warning.line >= 1 && warning.line <= $0.count ? $0[warning.line - 1] : nil }
            if let module = process.modules["warnings"], let category = process.classes["SyntaxWarning"] {
                let report = try getAttr(module, "warn_explicit")
                do throws(PyError) {
                    _ = try callValue(report, [heap.newStr(warning.message), category, heap.newStr(code.filename), .int(warning.line)], [])
                } catch {
                    let exc = exceptionValue(error)
                    guard exceptionIs(exc, "SyntaxWarning") else { throw error }
                    throw try syntaxError(for: warning, in: code.filename, line: line)
                }
                continue
            }
            var text = "\(code.filename):\(warning.line): SyntaxWarning: \(warning.message)\n"
            if let source = line?.trimmingCharacters(in: " \t\r\u{0C}"), !source.isEmpty { text += "  \(source)\n" }
            write(text, fd: 2)
        }
    }

    /// What an `error` filter makes of a compile-time warning: a SyntaxError at the node
    /// (compile.c `compiler_warn` replacing the SyntaxWarning, through `compiler_error`).
    private mutating func syntaxError(for warning: CompileWarning, in filename: String, line: Substring?) throws(PyError) -> PyError {
        let exc = newException("SyntaxError", warning.message)
        let details: [(String, Value)] = [
            ("msg", heap.newStr(warning.message)), ("filename", heap.newStr(filename)), ("lineno", .int(warning.line)),
            ("offset", .int(warning.column + 1)), ("text", line.map { heap.newStr($0 + "\n") } ?? .none),
            ("end_lineno", .int(warning.endLine)), ("end_offset", .int(warning.endColumn + 1)),
            ("print_file_and_line", .none),
        ]
        for (name, value) in details { try setAttr(exc, name, value) }
        return .exception(exc)
    }
}
