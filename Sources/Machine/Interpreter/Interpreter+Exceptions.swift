import PyLang

/// Exception objects, unwinding through the exception table, and traceback text.
extension Interp {
    // MARK: - Making exceptions

    /// A new exception of the built-in class `className` with `message` as its one argument.
    mutating func newException(_ className: String, _ message: String?) -> Value {
        let cls = builtinClass(className)
        let args: [Value] = message.map { [heap.newStr($0)] } ?? []
        return heap.newVM(.exception(PyException(cls: cls, args: heap.newTuple(args))))
    }

    /// The exception object for an error thrown by an object-space helper.
    mutating func exceptionValue(_ error: PyError) -> Value {
        switch error {
        case .exception(let v): return v
        case .key(let k):
            let cls = builtinClass("KeyError")
            return heap.newVM(.exception(PyException(cls: cls, args: heap.newTuple([k]))))
        case .stopIteration:
            return newException("StopIteration", nil)
        case .memory(let m) where m.isEmpty:
            return newException("MemoryError", nil)   // PyErr_NoMemory: no arguments
        default:
            return newException(error.typeName, error.message)
        }
    }

    func exceptionPayload(_ v: Value) -> PyException? {
        if case .exception(let e)? = heap.vm(v) { return e }
        return nil
    }

    mutating func updateException(_ v: Value, _ body: (inout PyException) -> Void) {
        guard case .object(let r) = v, case .vm(.exception(var e)) = heap.objects[r.slot] else { return }
        heap.objects[r.slot] = .moved
        body(&e)
        heap.objects[r.slot] = .vm(.exception(e))
    }

    /// True if `exc` is an instance of the built-in exception class `name`.
    func exceptionIs(_ exc: Value, _ name: String) -> Bool {
        guard let cls = process.classes[name] else { return false }
        return isInstance(exc, cls)
    }

    // MARK: - Unwinding

    /// Raises `exc` in the current frame: finds its exception-table handler, or pops frames
    /// (adding traceback entries) until one handles it. Returns a loop exit if the exception
    /// leaves a frame whose caller is native (a nested run or the outermost frame).
    /// Mirrors ceval.c `exception_unwind` (and `PyTraceBack_Here` when `addTraceback`).
    mutating func unwind(_ exception: Value, addTraceback: Bool, stopDepth: Int) -> LoopExit? {
        var exc = exception
        var addTB = addTraceback
        while true {
            let code = top.code
            if addTB {
                let entry = TracebackEntry(code: code, line: top.line, lasti: top.lasti)
                updateException(exc) { $0.traceback.append(entry) }
            }
            // ceval.c looks the handler up at the raising instruction itself (`INSTR_OFFSET()-1`),
            // not at the lasti a RERAISE restored (that one is only for the traceback line).
            if let h = code.handler(at: top.pc - 1) {
                let depth = Int(h.depth)
                if top.stack.count > depth { top.stack.removeLast(top.stack.count - depth) }
                if h.pushLasti { top.push(.int(top.lasti)) }
                top.push(exc)
                top.pc = Int(h.handler)
                return nil
            }
            leaveGeneratorExceptionState(suspending: false)
            let (caller, generator) = frames.removeLastKeepingSpare()
            if let g = generator {
                setGenerator(g, frame: nil, state: .finished)
                // PEP 479 (genobject.c `_PyGen_SetStopIterationValue` callers): a StopIteration
                // leaving a generator becomes RuntimeError.
                if exceptionIs(exc, "StopIteration") {
                    let rt = newException("RuntimeError", "generator raised StopIteration")
                    updateException(rt) { $0.cause = exc; $0.context = exc; $0.suppressContext = true }
                    exc = rt
                }
            }
            switch caller {
            case .native:
                return .raised(exc)
            case .frame, .initializer, .send:
                addTB = true
            case .forIter(let target):
                addTB = true
                _ = target
            case .userNext(let target):
                // FOR_ITER over a user iterator: StopIteration from __next__ ends the loop.
                if exceptionIs(exc, "StopIteration") {
                    _ = top.pop()
                    top.pc = target
                    return nil
                }
                addTB = true
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the handled one (`_PyErr_SetObject`).
    mutating func chainContext(_ exc: Value) {
        guard case .object(let hr) = handled, case .object(let er) = exc, hr != er else { return }
        guard let e = exceptionPayload(exc), case .none = e.context else { return }
        // Avoid cycles: do not chain if exc is already in handled's context chain.
        var probe = handled
        var hops = 0
        while case .object(let pr) = probe, hops < 100 {
            if pr == er { return }
            guard let p = exceptionPayload(probe) else { break }
            probe = p.context
            hops += 1
        }
        let h = handled
        updateException(exc) { $0.context = h }
    }

    // MARK: - Traceback objects

    /// `exc.__traceback__`: None before the first raise, else the traceback object of the
    /// outermost frame it passed through (`tb_next` leads toward the raise). Objects are made
    /// here, once per entry, so `e.__traceback__ is e.__traceback__` and an earlier head stays
    /// the `tb_next` of what a re-raise adds (traceback.c `PyTraceBack_Here` prepends).
    mutating func tracebackObject(of exc: Value) -> Value {
        guard let e = exceptionPayload(exc) else { return .none }
        guard e.tracebackCount < e.traceback.count else { return e.traceback.isEmpty ? .none : e.tracebackHead }
        var head = e.tracebackHead
        for entry in e.traceback[e.tracebackCount...] {
            head = heap.newVM(.traceback(PyTraceback(entry: entry, next: head)))
        }
        let count = e.traceback.count
        updateException(exc) { $0.tracebackHead = head; $0.tracebackCount = count }
        return head
    }

    /// `exc.with_traceback(tb)` and `exc.__traceback__ = tb` (exceptions.c
    /// `BaseException_set_tb`): a traceback object or None.
    mutating func setTraceback(_ exc: Value, _ tb: Value) throws(PyError) {
        var entries: [TracebackEntry] = []
        var probe = tb
        while case .traceback(let t)? = heap.vm(probe), !t.isFrame {
            entries.append(t.entry)
            probe = t.next
        }
        guard tb.isIdentical(to: .none) || !entries.isEmpty else {
            throw .typeError("__traceback__ must be a traceback or None")
        }
        updateException(exc) {
            $0.traceback = entries.reversed()
            $0.tracebackHead = tb
            $0.tracebackCount = entries.count
        }
    }

    /// `tb_next`, `tb_lineno`, `tb_frame` of a traceback; `f_code`, `f_lineno` of its frame.
    mutating func tracebackAttribute(_ tb: PyTraceback, _ name: String) -> Value? {
        switch (tb.isFrame, name) {
        case (false, "tb_next"): return tb.next
        case (false, "tb_lineno"), (true, "f_lineno"): return .int(tb.entry.line)
        case (false, "tb_frame"):
            return heap.newVM(.traceback(PyTraceback(entry: tb.entry, next: .none, isFrame: true)))
        case (true, "f_code"): return heap.codeValue(tb.entry.code)
        default: return nil
        }
    }

    // MARK: - Traceback text

    /// The message part of `str(exc)`: empty for no args, the arg's str for one, else the
    /// args tuple's repr (BaseException_str); KeyError uses the key's repr.
    mutating func exceptionMessage(_ exc: Value) -> String {
        guard let e = exceptionPayload(exc) else { return (try? str(exc)) ?? "" }
        if let cls = heap.pyClass(e.cls), cls.builtin == nil,
           let m = try? lookupInMRO(e.cls, "__str__"), !isBuiltinSlot(m) {
            return (try? str(exc)) ?? ""
        }
        let args = heap.sequenceItems(e.args) ?? []
        if let s = syntaxErrorLocation(exc) {
            // SyntaxError_str: `msg (file, line N)`, the file name without its folders.
            let file = s.filename.split(separator: "/").last.map(String.init) ?? s.filename
            return "\(s.message) (\(file), line \(s.line))"
        }
        if args.isEmpty { return "" }
        // OSError_str: `[Errno N] strerror` (and `: 'filename'`).
        if args.count >= 2, case .int(let n) = args[0], exceptionIs(exc, "OSError") {
            var text = "[Errno \(n)] " + ((try? str(args[1])) ?? "")
            if let f = try? e.attributes.get(intern("filename"), rt: &self), !f.isIdentical(to: .none) {
                text += ": " + ((try? repr(f)) ?? "")
            }
            return text
        }
        if args.count == 1 {
            if exceptionIs(exc, "KeyError") { return (try? repr(args[0])) ?? "" }
            return (try? str(args[0])) ?? ""
        }
        return (try? repr(e.args)) ?? ""
    }

    /// The location a SyntaxError raised by `compile`/`exec`/`eval` carries (its `filename`
    /// and `lineno` attributes), as PyLang's error so it prints as CPython prints it.
    mutating func syntaxErrorLocation(_ exc: Value) -> SyntaxError? {
        guard exceptionIs(exc, "SyntaxError"), let e = exceptionPayload(exc) else { return nil }
        func attribute(_ name: String) -> Value? {
            for entry in e.attributes.entries where entry.hash != -1 && heap.string(entry.key) == name { return entry.value }
            return nil
        }
        guard let filename = attribute("filename").flatMap({ heap.string($0) }),
              case .int(let line)? = attribute("lineno") else { return nil }
        let message = attribute("msg").flatMap { heap.string($0) } ?? ""
        var column = 0, endColumn: Int?, endLine: Int?
        if case .int(let c)? = attribute("offset") { column = c }
        if case .int(let c)? = attribute("end_offset") { endColumn = c }
        if case .int(let l)? = attribute("end_lineno") { endLine = l }
        var text = attribute("text").flatMap { heap.string($0) }
        if text?.hasSuffix("\n") == true { text?.removeLast() }
        let kind: SyntaxError.Kind = heap.typeName(exc) == "IndentationError" ? .indentationError : .syntaxError
        return SyntaxError(kind: kind, message: message, filename: filename, line: line, column: column,
                           endColumn: endColumn, endLine: endLine, sourceLine: text)
    }

    /// The last line of a traceback: `Type: message` or just `Type`.
    mutating func exceptionLine(_ exc: Value) -> String {
        let name = heap.typeName(exc)
        var msg = exceptionMessage(exc)
        if let e = exceptionPayload(exc) {
            for entry in e.attributes.entries where entry.hash != -1 && heap.string(entry.key) == "__hint__" {
                if let h = heap.string(entry.value) { msg += h }
            }
        }
        var qual = name
        if let e = exceptionPayload(exc), let cls = heap.pyClass(e.cls), cls.module != "builtins" && cls.module != "__main__" {
            qual = cls.module + "." + name
        }
        return msg.isEmpty ? qual : qual + ": " + msg
    }

    /// CPython's traceback report (traceback.c `PyErr_Display` with chaining, and exception
    /// groups drawn as traceback.py's `TracebackException.format` draws them).
    mutating func formatTraceback(_ exc: Value, seen: inout Set<UInt32>) -> String {
        var context = ExceptionPrintContext()
        return formatException(exc, seen: &seen, context: &context)
    }

    /// Where a nested report stands: groups indent their members by two and put a margin in
    /// front of each line (traceback.py `_ExceptionPrintContext`).
    struct ExceptionPrintContext {
        var groupDepth = 0
        var needClose = false
        var indent: String { String(repeating: " ", count: 2 * groupDepth) }

        func emit(_ text: String, margin: Character = "|") -> String {
            let prefix = groupDepth > 0 ? indent + String(margin) + " " : ""
            if prefix.isEmpty { return text }
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { prefix + $0 + "\n" }.joined()
        }
    }

    /// The members of an exception group (its `exceptions` tuple), nil for any other exception.
    mutating func exceptionGroupMembers(_ exc: Value) -> [Value]? {
        guard let cls = process.classes["BaseExceptionGroup"], isInstance(exc, cls),
              let members = try? getAttrOrNil(exc, "exceptions"), let items = heap.sequenceItems(members) else { return nil }
        return items
    }

    private mutating func formatException(_ exc: Value, seen: inout Set<UInt32>, context: inout ExceptionPrintContext) -> String {
        var out = ""
        if case .object(let r) = exc { seen.insert(r.index) }
        guard let e = exceptionPayload(exc) else { return context.emit(exceptionLine(exc) + "\n") }
        if case .object(let c) = e.cause, !seen.contains(c.index) {
            out += formatException(e.cause, seen: &seen, context: &context)
            out += context.emit("\nThe above exception was the direct cause of the following exception:\n\n")
        } else if !e.suppressContext, case .object(let c) = e.context, !seen.contains(c.index) {
            out += formatException(e.context, seen: &seen, context: &context)
            out += context.emit("\nDuring handling of the above exception, another exception occurred:\n\n")
        }
        guard let members = exceptionGroupMembers(exc) else {
            if !e.traceback.isEmpty { out += context.emit("Traceback (most recent call last):\n" + stackText(e.traceback)) }
            if let s = syntaxErrorLocation(exc) { return out + context.emit(s.pythonFormatted + "\n") }
            return out + context.emit(exceptionLine(exc) + "\n")
        }
        // traceback.py: max_group_depth 10, max_group_width 15.
        if context.groupDepth > 10 { return out + context.emit("... (max_group_depth is 10)\n") }
        let topLevel = context.groupDepth == 0
        if topLevel { context.groupDepth += 1 }
        if !e.traceback.isEmpty {
            out += context.emit("Exception Group Traceback (most recent call last):\n", margin: topLevel ? "+" : "|")
            out += context.emit(stackText(e.traceback))
        }
        out += context.emit(exceptionLine(exc) + "\n")
        let shown = members.count <= 15 ? members.count : 16
        context.needClose = false
        for i in 0..<shown {
            let last = i == shown - 1
            if last { context.needClose = true }
            let truncated = i >= 15
            out += context.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            context.groupDepth += 1
            if truncated {
                let remaining = members.count - 15
                out += context.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            } else {
                out += formatException(members[i], seen: &seen, context: &context)
            }
            if last && context.needClose {
                out += context.indent + "+------------------------------------\n"
                context.needClose = false
            }
            context.groupDepth -= 1
        }
        if topLevel { context.groupDepth = 0 }
        return out
    }

    /// The `File ..., line ..., in ...` lines of a traceback, outermost first; runs of one
    /// location past three are folded as CPython's traceback.c does (TB_RECURSIVE_CUTOFF),
    /// so a RecursionError reads like python3's.
    private func stackText(_ traceback: [TracebackEntry]) -> String {
        var out = ""
        var last: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats > 3 {
                let more = repeats - 3
                out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
            }
        }
        for entry in traceback.reversed() {
            let here = (entry.code.filename, entry.line, entry.code.name)
            if let last, last == here { repeats += 1 } else { flushRepeats(); repeats = 1 }
            last = here
            if repeats > 3 { continue }
            out += "  File \"\(entry.code.filename)\", line \(entry.line), in \(entry.code.name)\n"
            if let lines = process.sources[entry.code.filename], entry.line >= 1, entry.line <= lines.count {
                let text = lines[entry.line - 1].trimmingCharacters(in: " \t\r")
                if !text.isEmpty { out += "    " + text + "\n" + Interp.caretLine(entry, lines[entry.line - 1]) }
            }
        }
        flushRepeats()
        return out
    }
}


extension Interp {
    /// The line of markers CPython 3.11 prints under a traceback's source line (traceback.c
    /// `print_error_location_carets`): `^` under the running instruction's span, or `~` under
    /// the operands and `^` under the operator or index of a binary operation or subscript
    /// (`caretAnchors`); nothing when a plain span covers the whole line. Columns count
    /// characters, as the C printer does.
    static func caretLine(_ entry: TracebackEntry, _ line: Substring) -> String {
        let positions = entry.code.positions
        guard entry.lasti >= 0, entry.lasti < positions.count else { return "" }
        let p = positions[entry.lasti]
        guard p.line == entry.line, p.column >= 0, p.endColumn >= 0, p.endLine >= p.line else { return "" }
        let scalars = Array(line.unicodeScalars)
        func blank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\u{0C}" }
        var indent = 0
        while indent < scalars.count && blank(scalars[indent]) { indent += 1 }
        var lineEnd = scalars.count
        while lineEnd > indent && blank(scalars[lineEnd - 1]) { lineEnd -= 1 }
        let start = p.column
        var end = p.endColumn
        var anchors: (leftEnd: Int, rightStart: Int)?
        if p.endLine == p.line {
            guard start < end, end <= scalars.count else { return "" }
            anchors = caretAnchors(inSegment: String(String.UnicodeScalarView(scalars[start..<end])))
        } else {
            end = lineEnd
        }
        guard start >= indent, start < end else { return "" }
        if anchors == nil && start == indent && end >= lineEnd { return "" }
        // Terminal columns: a wide character (CJK) takes two, as CPython measures them.
        func width(_ from: Int, _ to: Int) -> Int {
            var w = 0
            for i in from..<to { w += isWide(scalars[i]) ? 2 : 1 }
            return w
        }
        var marks = String(repeating: " ", count: 4 + width(indent, start))
        if let (leftEnd, rightStart) = anchors, 0 <= leftEnd, leftEnd <= rightStart, rightStart <= end - start {
            marks += String(repeating: "~", count: width(start, start + leftEnd))
            marks += String(repeating: "^", count: width(start + leftEnd, start + rightStart))
            marks += String(repeating: "~", count: width(start + rightStart, end))
        } else {
            marks += String(repeating: "^", count: width(start, end))
        }
        return marks + "\n"
    }

    /// East Asian wide and fullwidth characters (`unicodedata.east_asian_width` W or F), by
    /// the blocks that hold them.
    static func isWide(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
