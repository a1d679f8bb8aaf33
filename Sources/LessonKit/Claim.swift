import Foundation

/// A behaviour a page claims for its example (`@claim every run: prints "lost 0"`), which
/// `check` verifies over several runs. The grammar is small and fixed (Lessons/README.md):
///
///     @claim QUANTIFIER run [SCOPE]: PREDICATE
///     QUANTIFIER  every | no | some
///     SCOPE       in the tutor | in python3        (default: both)
///     PREDICATE   prints "TEXT"                    stdout contains TEXT
///                 prints /REGEX/                   a line of stdout matches REGEX
///                 deadlocks                        the deadlock detector stops it
///                 number after "TEXT" OP NUMBER    OP is >= <= > < ==
public struct Claim: Equatable {
    /// How many of the runs the predicate must hold for.
    public enum Quantifier: String, Equatable {
        case every, no, some
    }

    /// Whose runs a claim is about.
    public enum Scope: String, Equatable {
        /// The engine's runs, and python3's when `check` runs it.
        case both = ""
        /// The engine's runs only: what the tutor prints (virtual time, a chosen `--cores`).
        case tutor = "in the tutor"
        /// python3's runs only (checked only with `check --python3`).
        case python3 = "in python3"
    }

    /// How a number printed by the example compares with the claim's bound.
    public enum Comparison: String, Equatable, CaseIterable {
        // Two-character operators first, so that ">=" is not read as ">".
        case atLeast = ">=", atMost = "<=", equal = "==", greater = ">", less = "<"

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .atLeast: return a >= b
            case .atMost: return a <= b
            case .equal: return a == b
            case .greater: return a > b
            case .less: return a < b
            }
        }
    }

    /// What one run must show.
    public enum Predicate: Equatable {
        case prints(String)
        case printsMatch(String)
        case deadlocks
        case number(after: String, Comparison, Double)
    }

    public var quantifier: Quantifier
    public var scope: Scope
    public var predicate: Predicate
    /// The example the claim is about: the page's last `@example` before it.
    public var example: String
    /// The claim as written after `@claim`: what messages quote and what a translation must
    /// repeat exactly.
    public var text: String
    /// Line of the `@claim` directive in lesson.md.
    public var line: Int

    public init(quantifier: Quantifier, scope: Scope = .both, predicate: Predicate, example: String, text: String, line: Int) {
        self.quantifier = quantifier
        self.scope = scope
        self.predicate = predicate
        self.example = example
        self.text = text
        self.line = line
    }

    /// One finished run of the example, as the predicate sees it.
    public struct Run {
        public var stdout: String
        public var stderr: String
        public var status: Int32

        public init(stdout: String, stderr: String, status: Int32) {
            self.stdout = stdout
            self.stderr = stderr
            self.status = status
        }
    }

    // MARK: - Parsing

    /// The quantifier, scope and predicate of `text`, or what is wrong with it.
    public static func parse(_ text: String) -> Result<(Quantifier, Scope, Predicate), ClaimSyntaxError> {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let colon = text.firstIndex(of: ":") else { return .failure(.init("expected 'every run:', 'no run:' or 'some run:'")) }
        let head = text[..<colon].split(separator: " ")
        guard head.count >= 2, head[1] == "run", let quantifier = Quantifier(rawValue: String(head[0])) else {
            return .failure(.init("expected 'every run:', 'no run:' or 'some run:' before the behaviour"))
        }
        guard let scope = Scope(rawValue: head.dropFirst(2).joined(separator: " ")) else {
            return .failure(.init("expected 'in the tutor' or 'in python3' (or nothing) between 'run' and ':'"))
        }
        let body = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch parsePredicate(body) {
        case .success(let predicate): return .success((quantifier, scope, predicate))
        case .failure(let error): return .failure(error)
        }
    }

    private static func parsePredicate(_ body: String) -> Result<Predicate, ClaimSyntaxError> {
        let expected = ClaimSyntaxError("expected 'prints \"TEXT\"', 'prints /REGEX/', 'deadlocks' or 'number after \"TEXT\" >= N'")
        if body == "deadlocks" { return .success(.deadlocks) }
        if body.hasPrefix("prints ") {
            let argument = body.dropFirst("prints ".count).trimmingCharacters(in: .whitespaces)
            if let quoted = delimited(argument, by: "\""), quoted.rest.isEmpty, !quoted.inside.isEmpty {
                return .success(.prints(quoted.inside))
            }
            if let pattern = delimited(argument, by: "/"), pattern.rest.isEmpty, !pattern.inside.isEmpty {
                guard (try? NSRegularExpression(pattern: pattern.inside)) != nil else {
                    return .failure(.init("'/\(pattern.inside)/' is not a valid regular expression"))
                }
                return .success(.printsMatch(pattern.inside))
            }
            return .failure(.init("expected '\"TEXT\"' or '/REGEX/' after 'prints'"))
        }
        if body.hasPrefix("number after ") {
            let argument = body.dropFirst("number after ".count).trimmingCharacters(in: .whitespaces)
            guard let quoted = delimited(argument, by: "\""), !quoted.inside.isEmpty else {
                return .failure(.init("expected '\"TEXT\"' after 'number after'"))
            }
            guard let comparison = Comparison.allCases.first(where: { quoted.rest.hasPrefix($0.rawValue) }),
                  let bound = Double(quoted.rest.dropFirst(comparison.rawValue.count).trimmingCharacters(in: .whitespaces))
            else {
                return .failure(.init("expected a comparison ('>=', '<=', '>', '<' or '==') and a number after '\"\(quoted.inside)\"'"))
            }
            return .success(.number(after: quoted.inside, comparison, bound))
        }
        return .failure(expected)
    }

    /// `"abc" rest` -> ("abc", "rest"); nil unless `text` starts with `mark` and has a closing one.
    private static func delimited(_ text: String, by mark: Character) -> (inside: String, rest: String)? {
        guard text.first == mark else { return nil }
        let after = text.dropFirst()
        guard let close = after.firstIndex(of: mark) else { return nil }
        return (String(after[..<close]), after[after.index(after: close)...].trimmingCharacters(in: .whitespaces))
    }

    // MARK: - Checking

    /// Whether the predicate holds for `run`, and what the run showed (for messages).
    public func evaluate(_ run: Run) -> (holds: Bool, observed: String) {
        switch predicate {
        case .prints(let text):
            let found = run.stdout.contains(text)
            return (found, found ? "it printed \"\(text)\"" : "its output has no \"\(text)\"")
        case .printsMatch(let pattern):
            let line = run.stdout.split(separator: "\n").first { Self.matches(String($0), pattern) }
            return (line != nil, line.map { "it printed '\($0)'" } ?? "no line of its output matches /\(pattern)/")
        case .deadlocks:
            let deadlocked = run.status == 3 && (run.stderr.hasPrefix("deadlock:") || run.stderr.contains("\ndeadlock:"))
            return (deadlocked, deadlocked ? "it deadlocked" : "it exited \(run.status) without a deadlock")
        case .number(let label, let comparison, let bound):
            guard let value = Self.number(after: label, in: run.stdout) else {
                return (false, "its output has no number after \"\(label)\"")
            }
            return (comparison.holds(value, bound), "the number after \"\(label)\" was \(Self.format(value))")
        }
    }

    /// The first number (digits, an optional sign, `.` and `,` as thousands separators) after
    /// the first occurrence of `label` in `output`, skipping spaces and `:` `=` between them.
    static func number(after label: String, in output: String) -> Double? {
        guard let range = output.range(of: label) else { return nil }
        var rest = output[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "=" }
        var digits = ""
        if rest.first == "-" { digits.append("-"); rest = rest.dropFirst() }
        for character in rest {
            if character.isASCII && character.isNumber || character == "." { digits.append(character) }
            else if character == "," || character == "_" { continue }
            else { break }
        }
        if digits.hasSuffix(".") { digits.removeLast() }  // a full stop ends the sentence
        return Double(digits)
    }

    static func matches(_ line: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Why the text after `@claim` is not a claim.
public struct ClaimSyntaxError: Error, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
