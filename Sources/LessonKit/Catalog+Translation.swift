import Foundation

extension CourseLoader {
    /// Reads `lesson.LANG.md` and the examples' `NAME.LANG.py` beside the lesson: what is out of
    /// step with the original is a problem; a missing lesson translation is a warning.
    func loadTranslation(_ language: Language, of lesson: inout Lesson, original: ParsedLesson, folder: String) {
        let fileName = language.lessonFileName
        let path = displayPath(folder, fileName)
        switch readTranslated(fileName, of: &lesson, folder: folder) {
        case .missing:
            lesson.warnings.append(Diagnostic(
                path: path, line: 1, column: 1,
                message: "no translation (\(fileName) is missing): the \(language.rawValue) edition shows this lesson in English"))
        case .unusable:
            break
        case .text(let text, _):
            var parser = LessonParser(path: path, directory: lesson.directory, reader: reader)
            let parsed = parser.parse(text)
            // Problems of the example files themselves are the original's to report.
            lesson.problems += parsed.diagnostics.filter { $0.path == path }
            lesson.problems += TranslationCheck.compare(original: original, translation: parsed, path: path)
            lesson.texts[language] = LessonText(title: parsed.title ?? lesson.title, summary: parsed.summary ?? lesson.summary,
                                                pages: parsed.pages, file: lesson.directory.appendingPathComponent(fileName))
        }
        var usable: Set<String> = []
        for example in lesson.examples where !lesson.unusableExamples.contains(example) {
            let translatedName = language.exampleFileName(example)
            guard translatedName != example,
                  case .contents(let originalData) = reader.read(lesson.directory.appendingPathComponent(example)),
                  case .text(let text, false) = readTranslated(translatedName, of: &lesson, folder: folder) else { continue }
            if let difference = TranslationCheck.codeDifference(original: String(decoding: originalData, as: UTF8.self),
                                                                translated: text) {
                lesson.problems.append(Diagnostic(
                    path: displayPath(folder, translatedName), line: difference.line, column: 1,
                    message: "code differs from \(example) line \(difference.line) (only comments may be translated): "
                        + "'\(difference.translated)' where \(example) has '\(difference.original)'"))
            } else {
                usable.insert(example)
            }
        }
        lesson.translatedExamples[language] = usable
    }

    private enum Translated {
        case missing
        /// Not a file or unreadable: a problem was reported.
        case unusable
        /// Invalid UTF-8 is reported and decoded with replacement characters.
        case text(String, hadInvalidUTF8: Bool)
    }

    /// A translated file beside the lesson; its problems are added to the lesson's.
    private func readTranslated(_ name: String, of lesson: inout Lesson, folder: String) -> Translated {
        let path = displayPath(folder, name)
        func problem(_ message: String, line: Int = 1, column: Int = 1) {
            lesson.problems.append(Diagnostic(path: path, line: line, column: column, message: message))
        }
        switch reader.read(lesson.directory.appendingPathComponent(name)) {
        case .missing:
            return .missing
        case .notAFile(let kind):
            problem("\(name) is \(kind), not a file")
            return .unusable
        case .unreadable(let reason):
            problem("cannot read \(name): \(reason)")
            return .unusable
        case .contents(let data):
            let invalid = InvalidUTF8.find(in: data)
            if let invalid { problem("\(name) is \(invalid.message)", line: invalid.line, column: invalid.column) }
            return .text(String(decoding: data, as: UTF8.self), hadInvalidUTF8: invalid != nil)
        }
    }
}
