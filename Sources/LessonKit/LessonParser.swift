import Foundation

/// What the parser made of one lesson.md, before course-wide checks.
struct ParsedLesson {
    var id: String?
    /// Line and column of the id's value (or of the front matter) for diagnostics.
    var idLine = 1
    var idColumn = 1
    var title: String?
    var summary: String?
    var pages: [Page] = []
    var diagnostics: [Diagnostic] = []
}

/// Parses lesson.md text: front matter, then pages of Markdown blocks and directives.
///
/// The format is documented in Lessons/README.md; keep the two in step.
struct LessonParser {
    /// The path printed in diagnostics.
    let path: String
    /// The lesson's folder, to check that referenced files exist (nil: do not check).
    let directory: URL?

    private var lines: [String] = []
    private var diagnostics: [Diagnostic] = []
    private var pages: [Page] = []
    private var page: Page?
    private var paragraph: [String] = []
    private var list: (ordered: Bool, items: [String])?
    private var reportedStrayText = false
    /// Whether the open page has any content line, valid or not (so a page holding only a
    /// broken question is not also reported as empty).
    private var pageHasContent = false

    init(path: String, directory: URL?) {
        self.path = path
        self.directory = directory
    }

    /// Parses `text`; never fails, every problem becomes a diagnostic.
    mutating func parse(_ text: String) -> ParsedLesson {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        var result = ParsedLesson()
        guard let bodyStart = parseFrontMatter(into: &result) else {
            result.diagnostics = diagnostics
            return result
        }
        parseBody(from: bodyStart)
        result.pages = pages
        result.diagnostics = diagnostics
        return result
    }

    // MARK: - Front matter

    private static let frontMatterKeys = ["id", "title", "summary"]

    /// Reads the `---` header; returns the index of the first body line, nil if it never closes.
    private mutating func parseFrontMatter(into result: inout ParsedLesson) -> Int? {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            report(1, 1, "missing front matter: the file must start with a '---' line")
            parseBody(from: 0)
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: {
            lines[$0].trimmingCharacters(in: .whitespaces) == "---"
        }) else {
            report(1, 1, "front matter is not closed with a '---' line")
            return nil
        }
        var seen: [String: Int] = [:]
        for index in 1..<close {
            let line = lines[index]
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                report(number, 1, "front matter line is not 'key: value'")
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let rawValue = line[line.index(after: colon)...]
            let value = rawValue.trimmingCharacters(in: .whitespaces)
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 2
                + (rawValue.prefix { $0 == " " || $0 == "\t" }.count)
            guard Self.frontMatterKeys.contains(key) else {
                report(number, 1, "unknown front matter key '\(key)' (expected id, title or summary)")
                continue
            }
            if let first = seen[key] {
                report(number, 1, "duplicate front matter key '\(key)' (first on line \(first))")
                continue
            }
            seen[key] = number
            if value.isEmpty {
                report(number, 1, "missing \(key) in front matter")
                continue
            }
            switch key {
            case "id":
                result.id = value
                result.idLine = number
                result.idColumn = valueColumn
            case "title": result.title = value
            default: result.summary = value
            }
        }
        for key in Self.frontMatterKeys where seen[key] == nil {
            report(1, 1, "missing \(key) in front matter")
        }
        return close + 1
    }

    // MARK: - Body

    private mutating func parseBody(from start: Int) {
        var index = start
        while index < lines.count {
            index = parseLine(at: index)
        }
        closePage()
        if pages.isEmpty {
            report(max(1, min(start + 1, lines.count)), 1,
                   "lesson has no pages: start one with a '## Title' line")
        }
    }

    /// Handles the line at `index` (and any lines it owns); returns the next line to read.
    private mutating func parseLine(at index: Int) -> Int {
        let line = lines[index]
        let number = index + 1
        let trimmed = line.trimmingCharacters(in: .whitespaces)

        if trimmed.isEmpty {
            flushText()
            return index + 1
        }
        if headingLevel(line) != 2 { pageHasContent = true }
        if line.hasPrefix("```") || line.hasPrefix("~~~") {
            flushText()
            return parseFence(at: index)
        }
        if let level = headingLevel(line) {
            flushText()
            let title = line.dropFirst(level).trimmingCharacters(in: .whitespaces)
            switch level {
            case 1:
                report(number, 1, "'# ' headings are not used: the title comes from the front matter; start pages with '## '")
            case 2:
                closePage()
                if title.isEmpty { report(number, 1, "page heading has no title") }
                page = Page(title: title, blocks: [], line: number)
                pageHasContent = false
            default:
                if title.isEmpty { report(number, 1, "heading has no text") }
                append(.heading(level: level, text: Inline.parse(title)), line: number)
            }
            return index + 1
        }
        if line.hasPrefix("@") {
            flushText()
            return parseDirective(at: index)
        }
        if let item = listItem(line) {
            flushParagraph()
            if let open = list, open.ordered != item.ordered { flushList() }
            if list == nil { list = (item.ordered, []) }
            list?.items.append(item.text)
            if page == nil { strayText(number) }
            return index + 1
        }
        if list != nil, line.hasPrefix("  ") {
            let last = list!.items.count - 1 // a list always has an item once open
            list!.items[last] += " " + trimmed
            return index + 1
        }
        flushList()
        if page == nil { strayText(number) }
        paragraph.append(trimmed)
        return index + 1
    }

    /// `#`..`######` followed by a space (or nothing).
    private func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    /// `- item`, `* item` or `12. item`.
    private func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return (false, line.dropFirst(2).trimmingCharacters(in: .whitespaces))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, line.dropFirst(digits.count + 2).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    private mutating func parseFence(at index: Int) -> Int {
        let opener = lines[index]
        let marker = String(opener.prefix { $0 == opener.first })
        let language = opener.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
        if page == nil { strayText(index + 1) }
        var body: [String] = []
        var j = index + 1
        while j < lines.count {
            let candidate = lines[j].trimmingCharacters(in: .whitespaces)
            if candidate.hasPrefix(marker), candidate.allSatisfy({ $0 == marker.first }) {
                append(.code(language: language, text: body.joined(separator: "\n")), line: index + 1)
                return j + 1
            }
            body.append(lines[j])
            j += 1
        }
        report(index + 1, 1, "code fence is not closed (add a '\(marker)' line)")
        append(.code(language: language, text: body.joined(separator: "\n")), line: index + 1)
        return j
    }

    // MARK: - Directives

    private mutating func parseDirective(at index: Int) -> Int {
        let line = lines[index]
        let number = index + 1
        let name = directiveName(line)
        let rest = line.dropFirst(1 + name.count)
        let argument = rest.trimmingCharacters(in: .whitespaces)
        let argumentColumn = 2 + name.count + rest.prefix { $0 == " " || $0 == "\t" }.count
        if page == nil, ["example", "hint", "question"].contains(name) { strayText(number) }
        switch name {
        case "example":
            if argument.isEmpty {
                report(number, 1, "@example needs a file name")
            } else {
                if argument.hasPrefix("/") || argument.split(separator: "/").contains("..") {
                    report(number, argumentColumn, "example file '\(argument)' must be inside the lesson's folder")
                } else if !argument.hasSuffix(".py") {
                    report(number, argumentColumn, "example file '\(argument)' is not a .py file")
                } else if let directory, !Self.isFile(directory.appendingPathComponent(argument)) {
                    report(number, argumentColumn, "example file '\(argument)' does not exist")
                }
                append(.example(file: argument), line: number)
            }
            return index + 1
        case "hint":
            let (text, next) = continued(argument, after: index)
            if text.isEmpty { report(number, 1, "hint is empty") }
            else { append(.hint(text), line: number) }
            return next
        case "question":
            return parseQuestion(at: index, prompt: argument)
        case "explain", "end":
            report(number, 1, "'@\(name)' is only allowed inside a @question block")
            return index + 1
        default:
            report(number, 1, "unknown directive '@\(name)' (expected @example, @hint or @question)")
            return index + 1
        }
    }

    /// The word after `@`.
    private func directiveName(_ line: String) -> String {
        String(line.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// Joins `first` with the following non-blank lines that start no other construct.
    private func continued(_ first: String, after index: Int) -> (String, Int) {
        var parts = first.isEmpty ? [] : [first]
        var j = index + 1
        while j < lines.count {
            let line = lines[j]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || line.hasPrefix("@") || line.hasPrefix("#")
                || line.hasPrefix("```") || line.hasPrefix("~~~") || choice(line) != nil { break }
            parts.append(trimmed)
            j += 1
        }
        return (parts.joined(separator: " "), j)
    }

    /// `- [ ] text` or `- [x] text`.
    private func choice(_ line: String) -> (correct: Bool, text: String)? {
        for (prefix, correct) in [("- [ ]", false), ("- [x]", true), ("- [X]", true)] where line.hasPrefix(prefix) {
            return (correct, line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    private mutating func parseQuestion(at index: Int, prompt first: String) -> Int {
        let number = index + 1
        let (prompt, afterPrompt) = continued(first, after: index)
        var choices: [String] = []
        var answers: [Int] = []
        var explanation: String?
        var closed = false
        var j = afterPrompt
        loop: while j < lines.count {
            let line = lines[j]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { j += 1; continue }
            if let c = choice(line) {
                if c.text.isEmpty { report(j + 1, 1, "choice has no text") }
                if c.correct { answers.append(choices.count) }
                choices.append(c.text)
                j += 1
            } else if line.hasPrefix("@") {
                let name = directiveName(line)
                if name == "explain" {
                    let (text, next) = continued(line.dropFirst(1 + name.count).trimmingCharacters(in: .whitespaces), after: j)
                    explanation = text
                    j = next
                } else if name == "end" {
                    closed = true
                    j += 1
                    break loop
                } else {
                    break loop
                }
            } else if headingLevel(line) == 2 {
                break loop
            } else {
                report(j + 1, 1, "unexpected line in a question: expected '- [ ] choice', '- [x] choice', '@explain' or '@end'")
                j += 1
            }
        }
        var valid = true
        func problem(_ message: String) { valid = false; report(number, 1, message) }
        if !closed { problem("question is not closed with '@end'") }
        if prompt.isEmpty { problem("question has no prompt") }
        if choices.isEmpty { problem("question has no choices (add '- [ ] ...' lines)") }
        else if answers.isEmpty { problem("question has no answer (mark the right choice '- [x]')") }
        else if answers.count > 1 { problem("question has more than one answer marked '[x]'") }
        else if answers[0] >= choices.count { problem("question's answer is out of range") }
        if explanation?.isEmpty ?? true { problem("question has no explanation (add '@explain ...')") }
        if valid, let explanation {
            append(.question(Question(prompt: prompt, choices: choices, answer: answers[0],
                                      explanation: explanation, line: number)), line: number)
        }
        return j
    }

    // MARK: - Building pages

    private mutating func append(_ block: Block, line: Int) {
        page?.blocks.append(block)
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        append(.paragraph(Inline.parse(paragraph.joined(separator: " "))), line: 0)
        paragraph = []
    }

    private mutating func flushList() {
        guard let open = list else { return }
        append(.list(ordered: open.ordered, items: open.items.map(Inline.parse)), line: 0)
        list = nil
    }

    private mutating func flushText() {
        flushParagraph()
        flushList()
    }

    private mutating func closePage() {
        flushText()
        guard let done = page else { return }
        if !pageHasContent {
            report(done.line, 1, "page '\(done.title)' has no text")
        }
        pages.append(done)
        page = nil
    }

    private mutating func strayText(_ line: Int) {
        guard !reportedStrayText else { return }
        reportedStrayText = true
        report(line, 1, "text before the first page: start a page with a '## Title' line")
    }

    private mutating func report(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, message: message))
    }

    private static func isFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
