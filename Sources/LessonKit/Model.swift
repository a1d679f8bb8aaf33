import Foundation

/// A "predict the output" multiple-choice question.
public struct Question: Equatable {
    public var prompt: String
    /// Choice texts as written (may contain inline Markdown; see `Inline.parse`).
    public var choices: [String]
    /// Index of the right choice, 0-based.
    public var answer: Int
    public var explanation: String
    /// Line of the `@question` directive in lesson.md.
    public var line: Int

    public init(prompt: String, choices: [String], answer: Int, explanation: String, line: Int) {
        self.prompt = prompt
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.line = line
    }
}

/// One piece of a page's content.
public enum Block: Equatable {
    /// A sub-heading inside a page (`### ...` is level 3).
    case heading(level: Int, text: [Inline])
    case paragraph([Inline])
    case list(ordered: Bool, items: [[Inline]])
    case code(language: String, text: String)
    /// A runnable .py beside the lesson (path relative to the lesson's folder).
    case example(file: String)
    /// Hint text as written (may contain inline Markdown).
    case hint(String)
    case question(Question)
    /// A collapsible `@details SUMMARY` ... `@end` block: measurements and history a page can
    /// hide; its blocks are headings, paragraphs, lists and code only.
    case details(summary: [Inline], blocks: [Block])
}

/// A page of a lesson: everything under one `## ` heading.
public struct Page: Equatable {
    public var title: String
    public var blocks: [Block]
    /// Line of the page's `## ` heading.
    public var line: Int
    /// The challenge the page declares (`@challenge`), if any.
    public var challenge: Challenge?

    public init(title: String, blocks: [Block], line: Int) {
        self.title = title
        self.blocks = blocks
        self.line = line
    }
}

/// A lesson's words in one language: what a translation replaces.
struct LessonText: Equatable {
    var title: String
    var summary: String
    var pages: [Page]
    var file: URL
}

/// One lesson: `Lessons/NN-id/lesson.md` and the files beside it.
public struct Lesson: Equatable {
    public var id: String
    public var title: String
    public var summary: String
    /// NN from the folder name.
    public var number: Int
    public var directory: URL
    /// `.../NN-id/lesson.md`
    public var file: URL
    public var pages: [Page]
    /// What `check` reports in this lesson's files (lesson.md, its examples, clashes with other
    /// lessons), sorted by file and line; the app and `list` mark a lesson that has any.
    public var problems: [Diagnostic]
    /// Examples that must not be shown or run (missing, unreadable, outside the folder, not
    /// UTF-8); each has a problem.
    public var unusableExamples: Set<String>
    /// lesson.md itself could not be read: the lesson has no pages, only its problems.
    public var isBroken: Bool
    /// The language of `title`, `summary` and `pages`.
    public private(set) var language: Language = .en
    /// Shown in English in another language's edition because it has no translation yet: the
    /// app and `show` mark it.
    public private(set) var isFallback = false
    /// What the pages claim about their examples, checked by `check` (the same in every
    /// language: a translation must repeat each claim exactly).
    public var claims: [Claim] = []
    /// What `check` warns about (a missing translation) without failing.
    public var warnings: [Diagnostic] = []
    /// The lesson's text in each language it has (English always, unless broken).
    var texts: [Language: LessonText] = [:]
    /// Examples whose translated file (`NAME.zh.py`) is usable, by language.
    var translatedExamples: [Language: Set<String>] = [:]

    public init(id: String, title: String, summary: String, number: Int,
                directory: URL, file: URL, pages: [Page], problems: [Diagnostic] = [],
                unusableExamples: Set<String> = [], isBroken: Bool = false) {
        self.id = id
        self.title = title
        self.summary = summary
        self.number = number
        self.directory = directory
        self.file = file
        self.pages = pages
        self.problems = problems
        self.unusableExamples = unusableExamples
        self.isBroken = isBroken
    }

    /// Every example file referenced, in order (paths relative to `directory`).
    public var examples: [String] {
        var seen = Set<String>()
        var result: [String] = []
        for page in pages {
            for case .example(let file) in page.blocks where seen.insert(file).inserted {
                result.append(file)
            }
        }
        return result
    }

    /// Where an example file referenced by the lesson lives: in a translated edition the file
    /// with translated comments (`NAME.zh.py`) when there is a usable one.
    public func url(ofExample file: String) -> URL {
        let translated = translatedExamples[language]?.contains(file) == true
        return directory.appendingPathComponent(translated ? language.exampleFileName(file) : file)
    }

    /// The lesson as the `language` edition shows it: its translation, or the English text
    /// marked `isFallback` when it has none.
    public func localized(_ language: Language) -> Lesson {
        var copy = self
        copy.language = language
        guard let text = texts[language] ?? texts[.en] else { return copy }
        copy.isFallback = texts[language] == nil && language != .en
        copy.title = text.title
        copy.summary = text.summary
        copy.pages = text.pages
        copy.file = text.file
        return copy
    }

    /// Every question of the lesson, in page order.
    public var questions: [Question] {
        pages.flatMap { page in
            page.blocks.compactMap { block -> Question? in
                if case .question(let q) = block { return q }
                return nil
            }
        }
    }
}
