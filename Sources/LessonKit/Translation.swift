import Foundation

/// A directive of a lesson file, where it is: the skeleton a translation must share.
struct OutlineItem: Equatable {
    enum Kind: Equatable {
        case example(String)
        case hint
        case question(choices: Int, answer: Int)
        case details
        /// `@challenge FILE [MODE] GOAL`: the same program, mode and goal in every language.
        case challenge(String)
        /// A `@claim` with its text: a checked promise must read the same in every language.
        case claim(String)
    }

    var kind: Kind
    /// Index of the page it is on.
    var page: Int
    var line: Int

    /// How messages name it: "@example hello.py", "@question (3 choices, answer 2)".
    var label: String {
        switch kind {
        case .example(let file): return "@example \(file)"
        case .hint: return "@hint"
        case .question(let choices, let answer): return "@question (\(choices) choices, answer \(answer + 1))"
        case .details: return "@details block"
        case .challenge(let text): return "@challenge \(text)"
        case .claim(let text): return "@claim \(text)"
        }
    }
}

/// Keeps a translation in step with its original: the same id, the same pages in the same
/// order, the same directives (examples, hints, questions with the same answers, `@details`);
/// examples' translated comments in code equal to the original's.
enum TranslationCheck {
    /// Every way `translation` (read from `path`) is out of step with `original`, one problem
    /// per page at most so that one missing directive is not reported again for each after it.
    static func compare(original: ParsedLesson, translation: ParsedLesson, path: String,
                        originalName: String = "lesson.md") -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ line: Int, _ message: String) {
            problems.append(Diagnostic(path: path, line: line, column: 1, message: message))
        }
        if let id = translation.id, let originalID = original.id, id != originalID {
            report(translation.idLine, "id '\(id)' differs from \(originalName)'s id '\(originalID)'")
        }
        let (pages, originalPages) = (translation.pages, original.pages)
        if pages.count != originalPages.count {
            let line = pages.count > originalPages.count ? pages[originalPages.count].line : (pages.last?.line ?? 1)
            report(line, "\(pages.count) page\(pages.count == 1 ? "" : "s") where \(originalName) has \(originalPages.count)")
        }
        for index in 0..<min(pages.count, originalPages.count) {
            let mine = translation.outline.filter { $0.page == index }
            let theirs = original.outline.filter { $0.page == index }
            let where_ = "page \(index + 1)"
            for position in 0..<max(mine.count, theirs.count) {
                let a = position < mine.count ? mine[position] : nil
                let b = position < theirs.count ? theirs[position] : nil
                guard a?.kind != b?.kind else { continue }
                switch (a, b) {
                case let (a?, b?):
                    report(a.line, difference(a, b, page: where_, originalName: originalName))
                case let (nil, b?):
                    report(pages[index].line, "\(where_) lacks the \(b.label) of \(originalName) line \(b.line)")
                case let (a?, nil):
                    report(a.line, "\(where_) has a \(a.label) that \(originalName) does not have")
                case (nil, nil):
                    break
                }
                break
            }
        }
        return problems
    }

    private static func difference(_ a: OutlineItem, _ b: OutlineItem, page: String, originalName: String) -> String {
        let at = "\(originalName) line \(b.line)"
        switch (a.kind, b.kind) {
        case let (.question(choices, answer), .question(originalChoices, originalAnswer)):
            if choices != originalChoices {
                return "\(page): question has \(choices) choices where \(at) has \(originalChoices)"
            }
            return "\(page): question's answer is choice \(answer + 1) where \(at) has choice \(originalAnswer + 1)"
        case let (.example(file), .example(originalFile)):
            return "\(page): @example \(file) where \(at) has @example \(originalFile)"
        default:
            return "\(page): \(a.label) where \(at) has \(b.label)"
        }
    }

    /// The first line where `translated` (an example with translated comments) differs in code
    /// from `original`, with both lines; nil when they differ only in comments and trailing space.
    static func codeDifference(original: String, translated: String) -> (line: Int, original: String, translated: String)? {
        let a = PythonCode.withoutComments(original)
        let b = PythonCode.withoutComments(translated)
        for line in 0..<max(a.count, b.count) {
            let x = line < a.count ? a[line] : nil
            let y = line < b.count ? b[line] : nil
            if x != y { return (line + 1, x ?? "(end of file)", y ?? "(end of file)") }
        }
        return nil
    }
}

/// Python source seen as lines of code: comments and trailing whitespace removed, strings kept.
enum PythonCode {
    /// The lines of `source` with every `#` comment and the trailing whitespace removed; a `#`
    /// inside a string (single, double or triple quoted, across lines) is text, not a comment.
    static func withoutComments(_ source: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var quote: String?  // the open string's delimiter: ', ", ''' or """
        var chars = Array(source.replacingOccurrences(of: "\r\n", with: "\n"))
        if chars.last == "\n" { chars.removeLast() }
        var i = 0
        func ends(_ delimiter: String, at index: Int) -> Bool {
            let d = Array(delimiter)
            return index + d.count <= chars.count && Array(chars[index..<index + d.count]) == d
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                lines.append(trimmedEnd(current))
                current = ""
                // A newline ends a one-line string (an error in Python, but never a comment).
                if let q = quote, q.count == 1 { quote = nil }
                i += 1
                continue
            }
            if let q = quote {
                if c == "\\", i + 1 < chars.count, chars[i + 1] != "\n" {
                    current.append(c)
                    current.append(chars[i + 1])
                    i += 2
                    continue
                }
                if ends(q, at: i) {
                    current += q
                    i += q.count
                    quote = nil
                    continue
                }
                current.append(c)
                i += 1
                continue
            }
            if c == "#" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" || c == "'" {
                let triple = String(repeating: String(c), count: 3)
                quote = ends(triple, at: i) ? triple : String(c)
                current += quote ?? ""
                i += quote?.count ?? 1
                continue
            }
            current.append(c)
            i += 1
        }
        lines.append(trimmedEnd(current))
        return lines
    }

    private static func trimmedEnd(_ line: String) -> String {
        var line = line
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return line
    }
}
