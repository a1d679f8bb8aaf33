import Foundation

/// What the learner must make a challenge's program do by choosing which thread runs next.
public enum ChallengeGoal: Equatable, Sendable, CustomStringConvertible {
    /// Every live thread blocked for good.
    case deadlock
    /// An uncaught exception of this class in any thread (`AssertionError`).
    case exception(String)
    /// Two threads at once on lines marked `# critical section`.
    case criticalSection
    /// The output so far contains this text.
    case output(String)

    /// The marker comment that names a critical-section line.
    public static let criticalSectionMarker = "# critical section"

    /// The goal as `@challenge` writes it.
    public var description: String {
        switch self {
        case .deadlock: return "deadlock"
        case .exception(let type): return "exception \(type)"
        case .criticalSection: return "two threads inside the critical section"
        case .output(let text): return "output \(text)"
        }
    }

    /// Reads a goal as written after the file name; nil when it is none of the four forms.
    public static func parse(_ text: String) -> ChallengeGoal? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return nil }
        switch first {
        case "deadlock" where words.count == 1: return .deadlock
        case "exception" where words.count == 2 && isIdentifier(words[1]): return .exception(words[1])
        case "output" where words.count > 1:
            return .output(String(text.drop { $0 == " " }.dropFirst("output".count)).trimmingCharacters(in: .whitespaces))
        default:
            return words.joined(separator: " ") == "two threads inside the critical section" ? .criticalSection : nil
        }
    }

    private static func isIdentifier(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}

/// A challenge page's program and goal: the learner plays the scheduler (`@challenge`).
public struct Challenge: Equatable, Sendable {
    /// The program, beside lesson.md (also the page's example).
    public var file: String
    public var goal: ChallengeGoal
    /// The switch-point mode it runs in: `every` (any instruction, the default) or `cpython`.
    public var switchPoints: String
    /// Line of the `@challenge` directive.
    public var line: Int

    public init(file: String, goal: ChallengeGoal, switchPoints: String = "every", line: Int) {
        self.file = file
        self.goal = goal
        self.switchPoints = switchPoints
        self.line = line
    }

    /// The lines (1-based) of `source` marked `# critical section`.
    public static func criticalLines(in source: String) -> Set<Int> {
        var lines = Set<Int>()
        for (n, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(ChallengeGoal.criticalSectionMarker) {
            lines.insert(n + 1)
        }
        return lines
    }

    /// The key progress keeps a solved challenge under: `LESSON/FILE`.
    public func key(lesson: String) -> String { "\(lesson)/\(file)" }
}

extension Lesson {
    /// The lesson's challenges, in page order, with the index of the page each is on.
    public var challenges: [(page: Int, challenge: Challenge)] {
        pages.enumerated().compactMap { index, page in page.challenge.map { (index, $0) } }
    }
}
