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
    /// Examples with a problem that makes them unfit to show or run.
    var unusableExamples: Set<String> = []
    /// The directives in page order, with their lines: what a translation must match.
    var outline: [OutlineItem] = []
    /// The page's `@claim`s about their examples, in file order.
    var claims: [Claim] = []
}

/// Parses lesson.md text: front matter, then pages of Markdown blocks and directives.
///
/// The format is documented in Lessons/README.md; keep the two in step.
struct LessonParser {
    /// The path printed in diagnostics.
    let path: String
    /// The lesson's folder, to check that referenced files exist (nil: do not check).
    let directory: URL?
    /// Reads the example files the lesson names.
    let reader: FileReader

    var lines: [String] = []
    var diagnostics: [Diagnostic] = []
    var pages: [Page] = []
    var page: Page?
    var paragraph: [String] = []
    var list: (ordered: Bool, items: [String])?
    var reportedStrayText = false
    /// Whether the open page has any content line, valid or not (so a page holding only a
    /// broken question is not also reported as empty).
    var pageHasContent = false
    var unusableExamples: Set<String> = []
    /// The `@details` block being read, if any: its blocks go there instead of to the page.
    var details: (summary: [Inline], line: Int, blocks: [Block])?
    var outline: [OutlineItem] = []
    var claims: [Claim] = []

    init(path: String, directory: URL?, reader: FileReader = .system) {
        self.path = path
        self.directory = directory
        self.reader = reader
    }

    /// Parses `text`; never fails, every problem becomes a diagnostic.
    mutating func parse(_ text: String) -> ParsedLesson {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is one Character in Swift, so normalise line ends before splitting.
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var result = ParsedLesson()
        if let bodyStart = parseFrontMatter(into: &result) {
            parseBody(from: bodyStart)
        }
        // Pages read without front matter are kept: the app still shows them, with the problem.
        result.pages = pages
        result.diagnostics = diagnostics
        result.unusableExamples = unusableExamples
        result.outline = outline
        result.claims = claims
        return result
    }

    // MARK: - Body

    mutating func parseBody(from start: Int) {
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
    mutating func parseLine(at index: Int) -> Int {
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
                closePage()  // also reports a @details block left open
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
        if var open = list, let last = open.items.indices.last, line.hasPrefix("  ") {
            open.items[last] += " " + trimmed
            list = open
            return index + 1
        }
        flushList()
        if page == nil { strayText(number) }
        paragraph.append(trimmed)
        return index + 1
    }

    /// `#`..`######` followed by a space (or nothing).
    func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    /// `- item`, `* item` or `12. item`.
    func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return (false, line.dropFirst(2).trimmingCharacters(in: .whitespaces))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return (true, line.dropFirst(digits.count + 2).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    mutating func parseFence(at index: Int) -> Int {
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

    // MARK: - Building pages

    mutating func append(_ block: Block, line: Int) {
        if page != nil {
            switch block {
            case .example(let file): outline.append(OutlineItem(kind: .example(file), page: pages.count, line: line))
            case .hint: outline.append(OutlineItem(kind: .hint, page: pages.count, line: line))
            case .question(let q):
                outline.append(OutlineItem(kind: .question(choices: q.choices.count, answer: q.answer), page: pages.count, line: line))
            default: break  // prose may differ; a @details block is recorded where it opens
            }
        }
        if details != nil { details?.blocks.append(block) } else { page?.blocks.append(block) }
    }

    mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        append(.paragraph(Inline.parse(paragraph.joined(separator: " "))), line: 0)
        paragraph = []
    }

    mutating func flushList() {
        guard let open = list else { return }
        append(.list(ordered: open.ordered, items: open.items.map(Inline.parse)), line: 0)
        list = nil
    }

    mutating func flushText() {
        flushParagraph()
        flushList()
    }

    mutating func closePage() {
        flushText()
        if let open = details {
            report(open.line, 1, "@details block is not closed with '@end'")
            closeDetails()
        }
        guard let done = page else { return }
        if !pageHasContent {
            report(done.line, 1, "page '\(done.title)' has no text")
        }
        pages.append(done)
        page = nil
    }

    mutating func strayText(_ line: Int) {
        guard !reportedStrayText else { return }
        reportedStrayText = true
        report(line, 1, "text before the first page: start a page with a '## Title' line")
    }

    mutating func report(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, message: message))
    }

}
