import Foundation
import LessonKit

/// A fix-it exercise: a broken program, what its fix must still do, and its words in each language.
public struct Exercise: Equatable {
    /// The folder's name without its order prefix: `01-race` is `race`.
    public var name: String
    /// `Exercises/01-race`.
    public var directory: URL
    /// The broken program, `NAME.py` in the folder: what the learner gets to fix.
    public var program: URL
    /// What a fixed program prints on stdout (`expected.out`, recorded from python3 running
    /// the reference solution).
    public var expectedOutput: [UInt8]
    /// Threads the program must still start besides the main one: a "fix" that removes the
    /// concurrency is no fix.
    public var threads: Int
    var texts: [Language: Texts]

    /// The title, hint and explanation in one language.
    struct Texts: Equatable {
        var title = ""
        var hint = ""
        var explanation = ""
    }

    public func title(_ language: Language) -> String { texts(language).title }
    public func hint(_ language: Language) -> String { texts(language).hint }
    /// Shown once the exercise is solved: why the bug happened and why the fix works.
    public func explanation(_ language: Language) -> String { texts(language).explanation }

    /// A language's texts, each missing one in English (`ExerciseSet.load` reports it).
    func texts(_ language: Language) -> Texts {
        let english = texts[.en] ?? Texts()
        guard let own = texts[language] else { return english }
        return Texts(title: own.title.isEmpty ? english.title : own.title, hint: own.hint.isEmpty ? english.hint : own.hint,
                     explanation: own.explanation.isEmpty ? english.explanation : own.explanation)
    }
}

/// The exercises of an `Exercises/` folder, in order (their folders' `NN-` prefixes).
public struct ExerciseSet {
    public var exercises: [Exercise]

    public func exercise(named name: String) -> Exercise? { exercises.first { $0.name == name } }

    /// The exercise folders under `root` and every problem found in them. Never fails: a
    /// folder that cannot be used is left out with a diagnostic saying why.
    public static func load(from root: URL) -> (ExerciseSet, [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var exercises: [Exercise] = []
        var problems: [Diagnostic] = []
        for folder in names {
            let directory = root.appendingPathComponent(folder, isDirectory: true)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let dash = folder.firstIndex(of: "-"), Int(folder[..<dash]) != nil else { continue }
            let (exercise, found) = loadExercise(name: String(folder[folder.index(after: dash)...]), directory: directory)
            problems += found
            if let exercise, found.isEmpty { exercises.append(exercise) }
        }
        return (ExerciseSet(exercises: exercises), problems)
    }

    /// The keys of `exercise.txt`; each text key also has a `.zh` form.
    static let textKeys = ["title", "hint", "explanation"]

    static func loadExercise(name: String, directory: URL) -> (Exercise?, [Diagnostic]) {
        let infoURL = directory.appendingPathComponent("exercise.txt")
        var problems: [Diagnostic] = []
        func problem(_ url: URL, _ line: Int, _ message: String) { problems.append(Diagnostic(path: url.path, line: line, column: 1, message: message)) }
        guard let data = FileManager.default.contents(atPath: infoURL.path), let text = String(data: data, encoding: .utf8) else {
            problem(infoURL, 1, "exercise.txt is missing or not UTF-8")
            return (nil, problems)
        }
        let (fields, formatProblems) = parseFields(text)
        for (line, message) in formatProblems { problem(infoURL, line, message) }
        var texts: [Language: Exercise.Texts] = [:]
        var threads: Int?
        for field in fields {
            let parts = field.key.split(separator: ".", maxSplits: 1).map(String.init)
            let language = parts.count == 2 ? Language(rawValue: parts[1]) : .en
            if parts[0] == "threads" && parts.count == 1 {
                guard let n = Int(field.value.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                    problem(infoURL, field.line, "threads must be a whole number of at least 1, not '\(field.value)'")
                    continue
                }
                threads = n
            } else if textKeys.contains(parts[0]), let language {
                var t = texts[language] ?? Exercise.Texts()
                switch parts[0] {
                case "title": t.title = field.value
                case "hint": t.hint = field.value
                default: t.explanation = field.value
                }
                texts[language] = t
            } else {
                problem(infoURL, field.line, "unknown key '\(field.key)' (known: threads, \(textKeys.joined(separator: ", ")), each text also as KEY.zh)")
            }
        }
        if threads == nil { problem(infoURL, 1, "threads is missing: how many threads the program must still start") }
        for language in Language.allCases {
            let t = texts[language] ?? Exercise.Texts()
            for (key, value) in [("title", t.title), ("hint", t.hint), ("explanation", t.explanation)] where value.isEmpty {
                problem(infoURL, 1, "\(language == .en ? key : "\(key).\(language.rawValue)") is missing or empty")
            }
        }
        let program = directory.appendingPathComponent("\(name).py")
        if !FileManager.default.fileExists(atPath: program.path) { problem(program, 1, "the broken program \(name).py is missing") }
        let expectedURL = directory.appendingPathComponent("expected.out")
        let expected = FileManager.default.contents(atPath: expectedURL.path)
        if expected == nil { problem(expectedURL, 1, "expected.out is missing (Scripts/regen-exercises.sh records it from the solution)") }
        guard problems.isEmpty, let threads, let expected else { return (nil, problems) }
        return (Exercise(name: name, directory: directory, program: program, expectedOutput: Array(expected), threads: threads, texts: texts),
                [])
    }

    /// `key: value` lines; lines indented under a key continue its value (one level of
    /// indentation removed, blank lines kept as paragraph breaks); `#` lines are comments.
    static func parseFields(_ text: String) -> ([(key: String, value: String, line: Int)], [(Int, String)]) {
        var fields: [(key: String, value: String, line: Int)] = []
        var problems: [(Int, String)] = []
        var continuation: [String] = []
        func close() {
            guard !fields.isEmpty else { return }
            while continuation.last?.isEmpty == true { continuation.removeLast() }
            let first = fields[fields.count - 1].value
            fields[fields.count - 1].value = ([first].filter { !$0.isEmpty } + continuation).joined(separator: "\n")
            continuation = []
        }
        for (offset, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !continuation.isEmpty { continuation.append("") }
                continue
            }
            if line.first == " " {
                guard !fields.isEmpty else {
                    problems.append((offset + 1, "an indented line continues no key"))
                    continue
                }
                continuation.append(String(line.drop { $0 == " " }.isEmpty ? "" : line.dropFirst(min(2, line.prefix { $0 == " " }.count))))
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append((offset + 1, "expected 'key: value', got '\(line)'"))
                continue
            }
            close()
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            if fields.contains(where: { $0.key == key }) { problems.append((offset + 1, "key '\(key)' appears twice")) }
            fields.append((key, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), offset + 1))
        }
        close()
        return (fields, problems)
    }
}
