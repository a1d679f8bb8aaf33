/// `str.format` (Objects/stringlib/unicode_format.h): the field parser and renderer.
/// Attribute access in fields (`{0.name}`) goes through `Runtime.getAttribute`, item access
/// (`{0[key]}`) through `subscriptForFormat`, values through `Runtime.format`.
enum FormatTemplate {
    enum Accessor {
        case attribute(String)
        /// `[digits]` indexes with an int; anything else is a str key.
        case index(Int)
        case key(String)
    }

    struct Field {
        /// nil for automatic numbering (`{}`).
        var index: Int?
        var keyword: String?
        var accessors: [Accessor]
        var conversion: Unicode.Scalar?
        /// The spec text, possibly holding nested fields (`{:{w}}`).
        var spec: String
    }

    enum Piece {
        case literal(String)
        case field(Field)
    }

    /// Splits a template into literal text and fields; ValueError as CPython.
    static func parse(_ template: String) throws(PyError) -> [Piece] {
        let s = Array(template.unicodeScalars)
        var pieces: [Piece] = []
        var lit = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "}" {
                if i + 1 < s.count && s[i + 1] == "}" { lit.append("}"); i += 2; continue }
                throw .valueError("Single '}' encountered in format string")
            }
            if c != "{" { lit.append(c); i += 1; continue }
            if i + 1 < s.count && s[i + 1] == "{" { lit.append("{"); i += 2; continue }
            if i + 1 >= s.count { throw .valueError("Single '{' encountered in format string") }
            // Find the matching close brace, allowing nesting in the spec.
            var depth = 1
            var j = i + 1
            while j < s.count {
                if s[j] == "{" { depth += 1 } else if s[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            if j >= s.count { throw .valueError("expected '}' before end of string") }
            if !lit.isEmpty { pieces.append(.literal(String(lit))); lit = String.UnicodeScalarView() }
            pieces.append(.field(try parseField(Array(s[(i + 1)..<j]))))
            i = j + 1
        }
        if !lit.isEmpty { pieces.append(.literal(String(lit))) }
        return pieces
    }

    static func parseField(_ f: [Unicode.Scalar]) throws(PyError) -> Field {
        var i = 0
        // Field name runs to '!' or ':' (outside brackets).
        var nameEnd = 0
        var inBracket = false
        while nameEnd < f.count {
            let c = f[nameEnd]
            if c == "[" { inBracket = true } else if c == "]" { inBracket = false }
            else if !inBracket && (c == "!" || c == ":") { break }
            nameEnd += 1
        }
        let name = Array(f[0..<nameEnd])
        i = nameEnd
        var conversion: Unicode.Scalar?
        if i < f.count && f[i] == "!" {
            guard i + 1 < f.count else { throw .valueError("end of string while looking for conversion specifier") }
            conversion = f[i + 1]
            i += 2
            if i < f.count && f[i] != ":" { throw .valueError("expected ':' after conversion specifier") }
            if let cv = conversion, cv != "r" && cv != "s" && cv != "a" {
                throw .valueError("Unknown conversion specifier \(Character(cv))")
            }
        }
        var spec = String.UnicodeScalarView()
        if i < f.count && f[i] == ":" { spec.append(contentsOf: f[(i + 1)...]) }
        // First part of the name: digits (index), identifier (keyword), or empty (auto).
        var k = 0
        while k < name.count && name[k] != "." && name[k] != "[" { k += 1 }
        var head = String.UnicodeScalarView()
        head.append(contentsOf: name[0..<k])
        let headText = String(head)
        var field = Field(index: nil, keyword: nil, accessors: [], conversion: conversion, spec: String(spec))
        if !headText.isEmpty {
            if let n = Int(headText), headText.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
                field.index = n
            } else {
                field.keyword = headText
            }
        }
        while k < name.count {
            if name[k] == "." {
                var e = k + 1
                while e < name.count && name[e] != "." && name[e] != "[" { e += 1 }
                var a = String.UnicodeScalarView()
                a.append(contentsOf: name[(k + 1)..<e])
                if a.isEmpty { throw .valueError("Empty attribute in format string") }
                field.accessors.append(.attribute(String(a)))
                k = e
            } else if name[k] == "[" {
                var e = k + 1
                while e < name.count && name[e] != "]" { e += 1 }
                guard e < name.count else { throw .valueError("Missing ']' in format string") }
                var a = String.UnicodeScalarView()
                a.append(contentsOf: name[(k + 1)..<e])
                let t = String(a)
                if t.isEmpty { throw .valueError("Empty attribute in format string") }
                if let n = Int(t), t.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
                    field.accessors.append(.index(n))
                } else {
                    field.accessors.append(.key(t))
                }
                k = e + 1
                if k < name.count && name[k] != "." && name[k] != "[" {
                    throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
                }
            } else {
                throw .valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return field
    }
}

extension Runtime {
    /// `template.format(*args, **kwargs)`.
    mutating func strFormat(_ template: String, args: [Value], kwargs: [(String, Value)]) throws(PyError) -> String {
        var auto = 0
        var mode = 0 // 0 unknown, 1 automatic, 2 manual
        return try renderTemplate(template, args: args, kwargs: kwargs, auto: &auto, mode: &mode, depth: 2)
    }

    private mutating func renderTemplate(_ template: String, args: [Value], kwargs: [(String, Value)],
                                         auto: inout Int, mode: inout Int, depth: Int) throws(PyError) -> String {
        if depth < 0 { throw .valueError("Max string recursion exceeded") }
        var out = ""
        for piece in try FormatTemplate.parse(template) {
            switch piece {
            case .literal(let t): out += t
            case .field(let f):
                var v: Value
                if let kw = f.keyword {
                    guard let found = kwargs.first(where: { $0.0 == kw }) else { throw .key(heap.newStr(kw)) }
                    v = found.1
                } else {
                    let n: Int
                    if let ix = f.index {
                        if mode == 1 { throw .valueError("cannot switch from automatic field numbering to manual field specification") }
                        mode = 2
                        n = ix
                    } else {
                        if mode == 2 { throw .valueError("cannot switch from manual field specification to automatic field numbering") }
                        mode = 1
                        n = auto
                        auto += 1
                    }
                    guard n < args.count else {
                        throw .index("Replacement index \(n) out of range for positional args tuple")
                    }
                    v = args[n]
                }
                for a in f.accessors {
                    switch a {
                    case .attribute(let name): v = try getAttribute(v, name)
                    case .index(let n): v = try subscriptForFormat(v, .int(n))
                    case .key(let k): v = try subscriptForFormat(v, heap.newStr(k))
                    }
                }
                switch f.conversion {
                case "r"?: v = heap.newStr(try repr(v))
                case "s"?: v = heap.newStr(try str(v))
                case "a"?: v = heap.newStr(PyStrRepr.asciiEscaped(try repr(v)))
                default: break
                }
                var spec = f.spec
                if spec.contains("{") {
                    spec = try renderTemplate(spec, args: args, kwargs: kwargs, auto: &auto, mode: &mode, depth: depth - 1)
                }
                out += try format(v, spec)
            }
        }
        return out
    }

    /// `v[key]` for built-in sequences and dicts (used by `{0[1]}` fields).
    mutating func subscriptForFormat(_ v: Value, _ key: Value) throws(PyError) -> Value {
        guard case .object(let r) = v else { throw .typeError("'\(heap.typeName(v))' object is not subscriptable") }
        let object1 = heap.objects[r.slot]
        switch object1 {
        case .list(let a), .tuple(let a):
            guard case .int(var i) = key else {
                throw .typeError("\(heap.typeName(v)) indices must be integers or slices, not str")
            }
            if i < 0 { i += a.count }
            guard i >= 0 && i < a.count else { throw .index("\(heap.typeName(v)) index out of range") }
            return a[i]
        case .dict(let d):
            guard let x = try d.get(key, rt: &self) else { throw .key(key) }
            return x
        default:
            throw .typeError("'\(heap.typeName(v))' object is not subscriptable")
        }
    }
}
