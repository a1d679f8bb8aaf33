import PyLang

/// `eval`, `exec`, `compile` and `sys.displayhook` (Python/bltinmodule.c): source compiled by
/// PyLang at run time and run as a nested frame over the given namespaces.
extension Builtins {
    static let evalNatives: [NativeEntry] = [
        NativeEntry(name: "compile") { vm, args, kw throws(PyError) in
            let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"]
            var bound: [Value?] = names.indices.map { vm.arg(args, $0) }
            for (k, v) in kw {
                guard let i = names.firstIndex(of: k) else {
                    throw .typeError("compile() got an unexpected keyword argument '\(k)'")
                }
                if bound[i] != nil { throw .typeError("argument for compile() given by name ('\(k)') and position (\(i + 1))") }
                bound[i] = v
            }
            for (i, name) in names.prefix(3).enumerated() where bound[i] == nil {
                throw .typeError("compile() missing required argument '\(name)' (pos \(i + 1))")
            }
            guard let filename = vm.heap.string(bound[1]!) else {
                throw .typeError("compile() argument 'filename' must be str, not \(vm.heap.typeName(bound[1]!))")
            }
            guard let modeText = vm.heap.string(bound[2]!) else {
                throw .typeError("compile() argument 'mode' must be str, not \(vm.heap.typeName(bound[2]!))")
            }
            guard let mode = CompileMode(rawValue: modeText) else {
                throw .valueError("compile() mode must be 'exec', 'eval' or 'single'")
            }
            let source = try vm.sourceText(bound[0]!, "compile")
            return vm.heap.codeValue(try vm.compileRuntime(source, filename: filename, mode: mode))
        },
        NativeEntry(name: "eval") { vm, args, kw throws(PyError) in
            try vm.evalOrExec("eval", args, kw)
        },
        NativeEntry(name: "exec") { vm, args, kw throws(PyError) in
            _ = try vm.evalOrExec("exec", args, kw)
            return .none
        },
        // types.ModuleType(name, doc=None): an empty module (moduleobject.c `module___init___impl`).
        NativeEntry(name: "new:module") { vm, args, kw throws(PyError) in
            guard let nameValue = vm.arg(args, 0) ?? vm.kwarg(kw, "name") else {
                throw .typeError("module.__init__() missing required argument 'name' (pos 1)")
            }
            guard vm.heap.string(nameValue) != nil else {
                throw .typeError("module.__init__() argument 'name' must be str, not \(vm.heap.typeName(nameValue))")
            }
            let d = vm.heap.alloc(.dict(PyDict()))
            try vm.dictSet(d, "__name__", nameValue)
            try vm.dictSet(d, "__doc__", vm.arg(args, 1) ?? vm.kwarg(kw, "doc") ?? .none)
            for key in ["__package__", "__loader__", "__spec__"] { try vm.dictSet(d, key, .none) }
            return vm.heap.newVM(.module(PyModule(name: vm.heap.string(nameValue) ?? "", dict: d)))
        },
        // sysmodule.c `sys_displayhook`: what an interactive statement's value goes through.
        NativeEntry(name: "sys:displayhook") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "displayhook", 1, 1)
            if args[0].isIdentical(to: .none) { return .none }
            try vm.dictSet(vm.process.builtins, "_", .none)
            try vm.printValues([vm.heap.newStr(try vm.repr(args[0]))], [])
            try vm.dictSet(vm.process.builtins, "_", args[0])
            return .none
        },
    ]
}

extension Interp {
    /// The source text of `eval`/`exec`/`compile`'s first argument (str, or bytes as UTF-8).
    mutating func sourceText(_ v: Value, _ function: String) throws(PyError) -> String {
        let text: String
        if let s = heap.string(v) {
            text = s
        } else if let b = heap.bytes(v) {
            text = String(decoding: b, as: UTF8.self)
        } else {
            throw .typeError("\(function)() arg 1 must be a string, bytes or \(function == "compile" ? "AST" : "code") object")
        }
        if text.unicodeScalars.contains("\0") { throw .exception(newException("SyntaxError", "source code string cannot contain null bytes")) }
        return text
    }

    /// Compiles source at run time; a PyLang `SyntaxError` becomes the Python exception, with
    /// CPython's attributes (`msg`, `filename`, `lineno`, `offset`, `text`, ...).
    mutating func compileRuntime(_ source: String, filename: String, mode: CompileMode) throws(PyError) -> CodeObject {
        let code: CodeObject
        do {
            code = try PyLang.compile(source: source, filename: filename, mode: mode)
        } catch let e as SyntaxError {
            guard e.hasLocation else {
                throw .exception(newException(e.kind.rawValue, e.message.isEmpty ? nil : e.message))
            }
            let cls = process.classes[e.kind.rawValue] != nil ? e.kind.rawValue : "IndentationError"
            let exc = newException(cls, e.message)
            // The offending line keeps its newline when the source had one after it (and
            // always in exec mode, whose tokenizer adds one), as CPython's `text`.
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let followed = e.line >= 1 && e.line < lines.count
            let text: Value = e.sourceLine.map { heap.newStr($0 + (mode == .exec || followed ? "\n" : "")) } ?? .none
            let details: [(String, Value)] = [
                ("msg", heap.newStr(e.message)), ("filename", heap.newStr(e.filename)), ("lineno", .int(e.line)),
                ("offset", .int(e.column)), ("text", text), ("end_lineno", e.endLine.map { .int($0) } ?? .int(e.line)),
                ("end_offset", e.endColumn.map { .int($0) } ?? .int(e.column + (e.line == 0 ? 0 : 1))),
                ("print_file_and_line", .none),
            ]
            for (name, value) in details { try setAttr(exc, name, value) }
            throw .exception(exc)
        } catch {
            throw .runtime("compile failed: \(error)")
        }
        try reportCompileWarnings(code)
        return code
    }

    /// `eval(source, globals=None, locals=None)` / `exec(...)`: the code runs with the given
    /// namespaces, or the caller's; a globals dict without `__builtins__` gets the builtins.
    mutating func evalOrExec(_ function: String, _ args: [Value], _ kw: [(String, Value)]) throws(PyError) -> Value {
        if !kw.isEmpty { throw .typeError("\(function)() takes no keyword arguments") }
        try expectArgs(args, function, 1, 3)
        let globalsArg = arg(args, 1).flatMap { $0.isIdentical(to: .none) ? nil : $0 }
        let localsArg = arg(args, 2).flatMap { $0.isIdentical(to: .none) ? nil : $0 }
        var globals = top.globals
        var locals: ObjectRef? = top.locals
        if let g = globalsArg {
            guard case .object(let r) = g, case .dict = heap.objects[r.slot] else {
                if function == "eval" {
                    throw .typeError(isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict")
                }
                throw .typeError("exec() globals must be a dict, not \(heap.typeName(g))")
            }
            globals = r
            locals = r
        }
        if let l = localsArg {
            guard case .object(let r) = l, case .dict = heap.objects[r.slot] else {
                throw .typeError("locals must be a mapping")
            }
            locals = r
        }
        if locals == nil {
            // Called in a function with no namespaces: a snapshot of its locals, as locals().
            var pairs: [(Value, Value)] = []
            for (i, n) in top.code.varnames.enumerated() { if let v = top.fast[i] { pairs.append((intern(n), v)) } }
            guard case .object(let r) = try makeDict(pairs) else { return .none }
            locals = r
        }
        if dictGet(globals, "__builtins__") == nil { try dictSet(globals, "__builtins__", .object(process.builtins)) }
        let code: CodeObject
        if case .object(let r) = args[0], case .vm(.code(let c)) = heap.objects[r.slot] {
            if !c.freevars.isEmpty {
                throw .typeError("code object passed to \(function)() may not contain free variables")
            }
            code = c
        } else {
            var source = try sourceText(args[0], function)
            // builtin_eval_impl skips leading spaces and tabs of a string.
            if function == "eval" { source = String(source.drop(while: { $0 == " " || $0 == "\t" })) }
            code = try compileRuntime(source, filename: "<string>", mode: function == "eval" ? .eval : .exec)
        }
        return try runNested(Frame(code: code, globals: globals, locals: locals))
    }

    /// `PyMapping_Check`: objects that can be subscripted (sequences too).
    mutating func isMapping(_ v: Value) -> Bool {
        if ["list", "tuple", "str", "bytes", "bytearray", "range", "dict"].contains(heap.typeName(v)) { return true }
        return ((try? userDunder(v, "__getitem__")) ?? nil) != nil
    }
}

extension Interp {
    /// `import builtins`: a module over the builtins namespace itself, so `builtins.x = 1`
    /// makes `x` visible to every module as a builtin.
    mutating func builtinsModule() throws(PyError) -> Value {
        let module = heap.newVM(.module(PyModule(name: "builtins", dict: process.builtins)))
        process.modules["builtins"] = module
        if let mods = process.sysModules { try dictSet(mods, "builtins", module) }
        return module
    }
}
