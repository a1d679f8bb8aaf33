import Foundation

/// The language the course is read in: the English originals or their Chinese translations.
public enum Language: String, CaseIterable, Codable, Equatable {
    case en
    case zh

    /// The other language, for the app's switch key.
    public var other: Language { self == .en ? .zh : .en }

    /// "en" or "zh" (also "zh_CN.UTF-8", "zh-Hans", "EN"); nil for anything else.
    public init?(code: String) {
        let lower = code.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("zh") { self = .zh }
        else if lower.hasPrefix("en") { self = .en }
        else { return nil }
    }

    /// The language to use: `explicit` (`--lang`), else `$CONCURRENCY_TUTOR_LANG`, else
    /// `remembered` (the learner's last choice in the app), else the locale: the first set of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX precedence) picks Chinese when it starts with `zh`.
    public static func resolve(explicit: Language? = nil, remembered: Language? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let explicit { return explicit }
        if let value = environment["CONCURRENCY_TUTOR_LANG"], let chosen = Language(code: value) { return chosen }
        if let remembered { return remembered }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.hasPrefix("zh") == true ? .zh : .en
    }

    /// The file a page's text lives in: `lesson.md`, or `lesson.zh.md` beside it.
    public var lessonFileName: String { self == .en ? "lesson.md" : "lesson.\(rawValue).md" }

    /// `hello.py` -> `hello.zh.py`: where an example's translated comments live.
    public func exampleFileName(_ file: String) -> String {
        guard self != .en, file.hasSuffix(".py") else { return file }
        return String(file.dropLast(3)) + ".\(rawValue).py"
    }
}
