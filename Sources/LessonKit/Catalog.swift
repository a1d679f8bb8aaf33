import Foundation

/// The course: every lesson under a root folder, in course order.
public struct Catalog {
    /// Course order (by NN); lessons with problems are here too, each carrying its problems.
    public var lessons: [Lesson]
    public var root: URL
    /// Every problem found while loading, sorted by file and line: the lessons' own and the
    /// course's (a badly named folder, a link that cannot be followed, no lessons at all).
    public var problems: [Diagnostic]
    /// What `check` warns about without failing (a lesson with no translation), sorted.
    public var warnings: [Diagnostic] {
        lessons.flatMap(\.warnings).sortedByLocation()
    }
    /// The language the lessons are shown in (see `localized`).
    public private(set) var language: Language = .en

    public init(lessons: [Lesson], root: URL, problems: [Diagnostic] = []) {
        self.lessons = lessons
        self.root = root
        self.problems = problems
    }

    /// The course as the `language` edition shows it: each lesson's translation, or its
    /// English text marked as a fallback.
    public func localized(_ language: Language) -> Catalog {
        var copy = self
        copy.language = language
        copy.lessons = lessons.map { $0.localized(language) }
        return copy
    }

    /// Loads every NN-*/lesson.md under root. A lesson with problems is kept and carries them;
    /// one whose lesson.md cannot be read is kept as a broken entry (no pages, `isBroken`).
    ///
    /// Diagnostics come back sorted by file, then line.
    public static func load(from root: URL, reader: FileReader = .system) -> (Catalog, [Diagnostic]) {
        let loaded = CourseLoader(root: root, reader: reader).load()
        let problems = (loaded.diagnostics + loaded.lessons.flatMap(\.lesson.problems)).sortedByLocation()
        return (Catalog(lessons: loaded.lessons.map(\.lesson), root: root, problems: problems), problems)
    }

    public func lesson(id: String) -> Lesson? {
        lessons.first { $0.id == id }
    }

    /// A lesson's file as diagnostics print it: the root as given, then `NN-id/file`.
    ///
    /// For callers that add their own checks (e.g. that every example parses).
    public func displayPath(of lesson: Lesson, file: String = "lesson.md") -> String {
        CourseLoader(root: root).displayPath(lesson.directory.lastPathComponent, file)
    }

    /// The lesson after `id` in course order, if any.
    public func lesson(after id: String) -> Lesson? {
        guard let index = lessons.firstIndex(where: { $0.id == id }), index + 1 < lessons.count else { return nil }
        return lessons[index + 1]
    }
}

/// Walks a course folder; shared by `Catalog.load` and `LessonChecker.check`.
struct CourseLoader {
    let root: URL
    var reader: FileReader = .system

    struct Loaded {
        var lessons: [(lesson: Lesson, path: String, idLine: Int, idColumn: Int)] = []
        /// Problems that belong to no lesson.
        var diagnostics: [Diagnostic] = []
    }

    /// The root as the user gave it, without a trailing slash.
    var rootPath: String {
        var path = root.relativePath
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    func displayPath(_ components: String...) -> String {
        ([rootPath] + components).filter { !$0.isEmpty }.joined(separator: rootPath == "/" ? "" : "/")
            .replacingOccurrences(of: "//", with: "/")
    }

    func load() -> Loaded {
        var result = Loaded()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else {
            result.diagnostics.append(Diagnostic(path: rootPath, line: 1, column: 1,
                                                 message: "cannot read the lessons folder"))
            return result
        }
        let resolvedRoot = try? FileReader.resolved(root).get()
        var folders = 0
        for name in names.sorted() where !name.hasPrefix(".") {
            let directory = root.appendingPathComponent(name, isDirectory: true)
            func problem(_ message: String) {
                result.diagnostics.append(Diagnostic(path: displayPath(name), line: 1, column: 1, message: message))
            }
            // A link is followed; one that cannot be (a loop, a missing target) is reported, not skipped.
            let target: String
            switch FileReader.resolved(directory) {
            case .success(let path): target = path
            case .failure(.missing): problem("'\(name)' is a symbolic link to nothing (its target does not exist)"); continue
            case .failure(.cannotFollow(let reason)): problem("'\(name)' is a symbolic link that cannot be followed: \(reason)"); continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            if let resolvedRoot, FileReader.isInside(resolvedRoot, target) {
                problem("folder '\(name)' links back to the lessons folder (or a folder containing it)")
                continue
            }
            guard let (number, folderID) = Self.splitFolderName(name) else {
                problem("folder '\(name)' is not named NN-id (two digits, '-', a lowercase id like 'threads')")
                continue
            }
            folders += 1
            let entry = loadLesson(name: name, number: number, folderID: folderID, directory: directory)
            result.lessons.append(entry)
        }
        if folders == 0 {
            result.diagnostics.append(Diagnostic(path: rootPath, line: 1, column: 1,
                                                 message: "no lessons found (expected folders like 01-intro/lesson.md)"))
        }
        addClashes(to: &result.lessons, key: { $0.id }, what: { "duplicate id '\($0)'" })
        addClashes(to: &result.lessons, key: { String(format: "%02d", $0.number) }, what: { "duplicate lesson number \($0)" })
        for index in result.lessons.indices {
            result.lessons[index].lesson.problems = result.lessons[index].lesson.problems.sortedByLocation()
        }
        result.lessons.sort { ($0.lesson.number, $0.lesson.id) < ($1.lesson.number, $1.lesson.id) }
        return result
    }

    /// One lesson folder: parsed with its problems, or a broken entry when lesson.md cannot be read.
    private func loadLesson(name: String, number: Int, folderID: String,
                            directory: URL) -> (lesson: Lesson, path: String, idLine: Int, idColumn: Int) {
        let file = directory.appendingPathComponent("lesson.md")
        let path = displayPath(name, "lesson.md")
        func broken(_ message: String) -> (lesson: Lesson, path: String, idLine: Int, idColumn: Int) {
            let problem = Diagnostic(path: path, line: 1, column: 1, message: message)
            let lesson = Lesson(id: folderID, title: name, summary: message, number: number, directory: directory,
                                file: file, pages: [], problems: [problem], isBroken: true)
            return (lesson, path, 1, 1)
        }
        let data: Data
        switch reader.read(file) {
        case .contents(let contents): data = contents
        case .missing: return broken("missing lesson.md")
        case .notAFile(let kind): return broken("lesson.md is \(kind), not a file")
        case .unreadable(let reason): return broken("cannot read lesson.md: \(reason)")
        }
        var problems: [Diagnostic] = []
        if let invalid = InvalidUTF8.find(in: data) {
            problems.append(Diagnostic(path: path, line: invalid.line, column: invalid.column,
                                       message: "lesson.md is \(invalid.message)"))
        }
        var parser = LessonParser(path: path, directory: directory, reader: reader)
        let parsed = parser.parse(String(decoding: data, as: UTF8.self))
        problems += parsed.diagnostics
        if let id = parsed.id, id != folderID {
            problems.append(Diagnostic(
                path: path, line: parsed.idLine, column: parsed.idColumn,
                message: "id '\(id)' does not match the folder name '\(name)' (expected '\(folderID)')"))
        }
        var lesson = Lesson(id: parsed.id ?? folderID, title: parsed.title ?? name, summary: parsed.summary ?? "",
                            number: number, directory: directory, file: file, pages: parsed.pages,
                            problems: problems, unusableExamples: parsed.unusableExamples)
        lesson.claims = parsed.claims
        lesson.texts[.en] = LessonText(title: lesson.title, summary: lesson.summary, pages: lesson.pages, file: file)
        for language in Language.allCases where language != .en {
            loadTranslation(language, of: &lesson, original: parsed, folder: name)
        }
        return (lesson, path, parsed.idLine, parsed.idColumn)
    }

    /// Adds to each lesson that shares a key with another a problem naming the others.
    private func addClashes(to lessons: inout [(lesson: Lesson, path: String, idLine: Int, idColumn: Int)],
                            key: (Lesson) -> String, what: (String) -> String) {
        let groups = Dictionary(grouping: lessons.indices, by: { key(lessons[$0].lesson) })
        for (value, group) in groups where group.count > 1 {
            for index in group {
                let entry = lessons[index]
                let others = group.filter { lessons[$0].path != entry.path }.map { lessons[$0].path }.joined(separator: ", ")
                lessons[index].lesson.problems.append(Diagnostic(path: entry.path, line: entry.idLine, column: entry.idColumn,
                                                                 message: "\(what(value)) (also in \(others))"))
            }
        }
    }

    /// "03-processes" -> (3, "processes"); nil unless the name is two digits, '-', a lowercase id.
    static func splitFolderName(_ name: String) -> (Int, String)? {
        let chars = Array(name)
        guard chars.count >= 4, chars[0].isASCII, chars[0].isNumber, chars[1].isASCII, chars[1].isNumber,
              chars[2] == "-", let number = Int(String(chars[0...1])) else { return nil }
        let id = String(chars[3...])
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        let valid = parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
        return valid ? (number, id) : nil
    }
}

/// Validates a course folder.
public enum LessonChecker {
    /// Every problem in the course, in file/line order.
    public static func check(root: URL, reader: FileReader = .system) -> [Diagnostic] {
        Catalog.load(from: root, reader: reader).1
    }

    /// Every problem in one lesson.md text, without course-wide or file-existence checks.
    public static func check(text: String, path: String, directory: URL? = nil) -> [Diagnostic] {
        var parser = LessonParser(path: path, directory: directory)
        return parser.parse(text).diagnostics.sortedByLocation()
    }
}
