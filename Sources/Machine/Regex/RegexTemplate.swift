/// A replacement template (`re._parser.parse_template`): literal text with group references
/// between, the form `sub` and `Match.expand` fill in per match.
struct RegexTemplate {
    /// Literal pieces in order; nil where a group's text goes.
    var literals: [[UInt32]?] = []
    /// (index into `literals`, group number) for each reference.
    var groups: [(Int, Int)] = []

    /// An unknown group name is an IndexError in CPython, not an re.error.
    struct UnknownName: Error {
        let message: String
    }

    /// Parses `source` for a pattern with `groupCount` groups named by `names`.
    static func parse(_ source: [UInt32], isText: Bool, groupCount: Int,
                      names: [(String, Int)]) throws(RegexSyntaxError) -> Result<RegexTemplate, UnknownName> {
        var s = RegexParser(text: source, isText: isText, flags: 0)
        var t = RegexTemplate()
        var literal: [UInt32] = []
        func addGroup(_ index: Int, _ offset: Int, _ s: RegexParser) throws(RegexSyntaxError) {
            if index > groupCount { throw s.error("invalid group reference \(index)", offset) }
            if !literal.isEmpty { t.literals.append(literal); literal = [] }
            t.groups.append((t.literals.count, index))
            t.literals.append(nil)
        }
        try s.advance()
        while let this = try s.get() {
            guard this.count == 2 else { literal += this; continue }
            let c = this[1]
            if c == 0x67 { // \g<name>
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(0x3E, "group name")
                let len = name.unicodeScalars.count
                let index: Int
                if RegexParser.isIdentifier(name) {
                    guard let found = names.first(where: { $0.0 == name })?.1 else {
                        return .failure(UnknownName(message: "unknown group name \(PyStrRepr.quote(name))"))
                    }
                    index = found
                } else {
                    guard name.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
                        throw s.error("bad character in group name \(PyStrRepr.quote(name))", len + 1)
                    }
                    guard let n = Int(name), n < 1_073_741_823 else { throw s.error("invalid group reference \(name)", len + 1) }
                    index = n
                }
                try addGroup(index, len + 1, s)
            } else if c == 0x30 { // \0, up to two more octal digits
                let digits = [c] + (try s.getWhile(2, "01234567"))
                literal.append(digits.reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) } & 0xFF)
            } else if c >= 0x31 && c <= 0x39 {
                var digits = [c]
                if s.nextIs("0123456789"), let d = try s.get() {
                    digits += d
                    if c <= 0x37 && digits[1] <= 0x37 && s.nextIs("01234567"), let e = try s.get() {
                        digits += e
                        let v = digits.reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) }
                        if v > 0o377 {
                            throw s.error("octal escape value \\\(RegexParser.show(digits)) outside of range 0-0o377", 4)
                        }
                        literal.append(v)
                        continue
                    }
                }
                try addGroup(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }, digits.count, s)
            } else if c != 0x62, let v = RegexParser.simpleEscape(c) {
                literal.append(v)
            } else if c == 0x62 {
                literal.append(8)
            } else if RegexParser.isASCIILetter(c) {
                throw s.error("bad escape \(RegexParser.show(this))", 2)
            } else {
                literal += this
            }
        }
        if !literal.isEmpty { t.literals.append(literal) }
        return .success(t)
    }
}

extension Modules {
    static let regexTemplateNatives: [NativeEntry] = [
        // template(pattern, flags, repl) -> (((literal index, group), ...), [literal or None]);
        // ("error", message, position) or ("index", message) when CPython raises.
        NativeEntry(name: "_sre:template") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "template", 3, 3)
            guard case .success(let program) = RegexCache.program(try RegexCache.key(args[0], args[1], &vm)) else {
                throw .valueError("invalid pattern")
            }
            let isText: Bool
            let source: [UInt32]
            if let s = vm.heap.string(args[2]) {
                isText = true
                source = s.unicodeScalars.map(\.value)
            } else if let b = vm.heap.bytes(args[2]) {
                isText = false
                source = b.map { UInt32($0) }
            } else {
                throw .typeError("expected str or bytes-like object, got '\(vm.heap.typeName(args[2]))'")
            }
            let parsed: Result<RegexTemplate, RegexTemplate.UnknownName>
            do throws(RegexSyntaxError) {
                parsed = try RegexTemplate.parse(source, isText: isText, groupCount: program.groups, names: program.groupIndex)
            } catch {
                return vm.heap.newTuple([vm.heap.newStr("error"), vm.heap.newStr(error.message), .int(error.position)])
            }
            switch parsed {
            case .failure(let e):
                return vm.heap.newTuple([vm.heap.newStr("index"), vm.heap.newStr(e.message)])
            case .success(let t):
                let groups = t.groups.map { vm.heap.newTuple([.int($0.0), .int($0.1)]) }
                let literals: [Value] = t.literals.map { piece in
                    guard let piece else { return .none }
                    return isText ? vm.heap.newStr(RegexParser.show(piece)) : vm.heap.newBytes(piece.map { UInt8(truncatingIfNeeded: $0) })
                }
                return vm.heap.newTuple([vm.heap.newTuple(groups), vm.heap.newList(literals)])
            }
        },
    ]
}
