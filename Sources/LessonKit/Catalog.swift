import Foundation

/// The course: every lesson under a root folder, in course order.
public struct Catalog {
    /// Course order (by NN).
    public var lessons: [Lesson]
    public var root: URL

    public init(lessons: [Lesson], root: URL) {
        self.lessons = lessons
        self.root = root
    }

    /// Loads every NN-*/lesson.md under root; lessons with errors are skipped and reported.
    ///
    /// Diagnostics come back sorted by file, then line.
    public static func load(from root: URL) -> (Catalog, [Diagnostic]) {
        let loaded = CourseLoader(root: root).load()
        let broken = Set(loaded.diagnostics.map(\.path))
        let lessons = loaded.lessons.filter { !broken.contains($0.path) }.map(\.lesson)
        return (Catalog(lessons: lessons, root: root), loaded.diagnostics.sortedByLocation())
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

    struct Loaded {
        var lessons: [(lesson: Lesson, path: String, idLine: Int, idColumn: Int)] = []
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
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: root.path) else {
            result.diagnostics.append(Diagnostic(path: rootPath, line: 1, column: 1,
                                                 message: "cannot read the lessons folder"))
            return result
        }
        var folders = 0
        for name in names.sorted() where !name.hasPrefix(".") {
            let directory = root.appendingPathComponent(name, isDirectory: true)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            guard let (number, folderID) = Self.splitFolderName(name) else {
                result.diagnostics.append(Diagnostic(
                    path: displayPath(name), line: 1, column: 1,
                    message: "folder '\(name)' is not named NN-id (two digits, '-', a lowercase id like 'threads')"))
                continue
            }
            folders += 1
            let file = directory.appendingPathComponent("lesson.md")
            let path = displayPath(name, "lesson.md")
            guard let data = manager.contents(atPath: file.path) else {
                result.diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "missing lesson.md"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                result.diagnostics.append(Diagnostic(path: path, line: 1, column: 1, message: "lesson.md is not UTF-8 text"))
                continue
            }
            var parser = LessonParser(path: path, directory: directory)
            let parsed = parser.parse(text)
            result.diagnostics += parsed.diagnostics
            if let id = parsed.id, id != folderID {
                result.diagnostics.append(Diagnostic(
                    path: path, line: parsed.idLine, column: parsed.idColumn,
                    message: "id '\(id)' does not match the folder name '\(name)' (expected '\(folderID)')"))
            }
            let lesson = Lesson(id: parsed.id ?? folderID, title: parsed.title ?? "", summary: parsed.summary ?? "",
                                number: number, directory: directory, file: file, pages: parsed.pages)
            result.lessons.append((lesson, path, parsed.idLine, parsed.idColumn))
        }
        if folders == 0 {
            result.diagnostics.append(Diagnostic(path: rootPath, line: 1, column: 1,
                                                 message: "no lessons found (expected folders like 01-intro/lesson.md)"))
        }
        result.diagnostics += duplicates(in: result.lessons, key: { $0.id }, what: { "duplicate id '\($0)'" })
        result.diagnostics += duplicates(in: result.lessons, key: { String(format: "%02d", $0.number) },
                                         what: { "duplicate lesson number \($0)" })
        result.lessons.sort { ($0.lesson.number, $0.lesson.id) < ($1.lesson.number, $1.lesson.id) }
        return result
    }

    /// One diagnostic per lesson that shares a key with another, naming the others.
    private func duplicates(in lessons: [(lesson: Lesson, path: String, idLine: Int, idColumn: Int)],
                            key: (Lesson) -> String, what: (String) -> String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let groups = Dictionary(grouping: lessons, by: { key($0.lesson) })
        for (value, group) in groups where group.count > 1 {
            for entry in group {
                let others = group.filter { $0.path != entry.path }.map(\.path).joined(separator: ", ")
                diagnostics.append(Diagnostic(path: entry.path, line: entry.idLine, column: entry.idColumn,
                                              message: "\(what(value)) (also in \(others))"))
            }
        }
        return diagnostics
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
    public static func check(root: URL) -> [Diagnostic] {
        Catalog.load(from: root).1
    }

    /// Every problem in one lesson.md text, without course-wide or file-existence checks.
    public static func check(text: String, path: String, directory: URL? = nil) -> [Diagnostic] {
        var parser = LessonParser(path: path, directory: directory)
        return parser.parse(text).diagnostics.sortedByLocation()
    }
}
