import Foundation

/// How far the learner is in one lesson.
public enum LessonStatus {
    case new, started, done
}

/// Where the learner was and what they read.
public struct LearnerProgress: Codable, Equatable {
    public var lastLessonID: String?
    /// lesson id -> page index
    public var lastPage: [String: Int]
    /// "id#page" -> scroll offset
    public var scroll: [String: Int]
    /// lesson id -> sorted page indexes read
    public var readPages: [String: [Int]]
    /// The language the learner last chose in the app (nil: never chose; the locale decides).
    public var language: Language?
    /// Challenges the learner solved, by `Challenge.key(lesson:)`, sorted.
    public var solvedChallenges: [String] = []
    /// Names of the fix-it exercises the learner has solved, sorted (`concurrency-tutor exercise`).
    public var solvedExercises: [String] = []

    public init() {
        lastLessonID = nil
        lastPage = [:]
        scroll = [:]
        readPages = [:]
    }

    /// Tolerates missing keys so older or hand-edited files still load.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lastLessonID = try container.decodeIfPresent(String.self, forKey: .lastLessonID)
        lastPage = try container.decodeIfPresent([String: Int].self, forKey: .lastPage) ?? [:]
        scroll = try container.decodeIfPresent([String: Int].self, forKey: .scroll) ?? [:]
        readPages = try container.decodeIfPresent([String: [Int]].self, forKey: .readPages) ?? [:]
        solvedChallenges = (try? container.decodeIfPresent([String].self, forKey: .solvedChallenges)).flatMap { $0 } ?? []
        solvedExercises = (try? container.decodeIfPresent([String].self, forKey: .solvedExercises)).flatMap { $0 } ?? []
        // An unknown language (a newer version's, a typo) is forgotten, not a corrupt file.
        language = (try? container.decodeIfPresent(String.self, forKey: .language)).flatMap { $0.flatMap(Language.init(rawValue:)) }
    }

    public func isRead(_ id: String, page: Int) -> Bool {
        readPages[id]?.contains(page) ?? false
    }

    public mutating func markRead(_ id: String, page: Int) {
        var pages = readPages[id] ?? []
        guard !pages.contains(page) else { return }
        pages.append(page)
        readPages[id] = pages.sorted()
    }

    public func isSolved(_ key: String) -> Bool { solvedChallenges.contains(key) }

    public mutating func markSolved(_ key: String) {
        guard !solvedChallenges.contains(key) else { return }
        solvedChallenges.append(key)
        solvedChallenges.sort()
    }

    /// `.done` when all pages are read, `.started` when some, `.new` when none.
    public func status(of lesson: Lesson) -> LessonStatus {
        let read = Set(readPages[lesson.id] ?? []).filter { lesson.pages.indices.contains($0) }
        if read.isEmpty { return .new }
        return read.count == lesson.pages.count ? .done : .started
    }

    /// Records exercise `name` as solved (`solved: false` forgets it, for `exercise --reset`).
    public mutating func markExercise(_ name: String, solved: Bool) {
        var names = Set(solvedExercises)
        if solved { names.insert(name) } else { names.remove(name) }
        solvedExercises = names.sorted()
    }

    /// The key used in `scroll` for a lesson's page.
    public static func scrollKey(_ id: String, page: Int) -> String { "\(id)#\(page)" }
}
