import Foundation

extension LessonParser {
    // MARK: - Directives

    mutating func parseDirective(at index: Int) -> Int {
        let line = lines[index]
        let number = index + 1
        let name = directiveName(line)
        let rest = line.dropFirst(1 + name.count)
        let argument = rest.trimmingCharacters(in: .whitespaces)
        let argumentColumn = 2 + name.count + rest.prefix { $0 == " " || $0 == "\t" }.count
        if page == nil, ["example", "hint", "question", "details"].contains(name) { strayText(number) }
        if let open = details, ["example", "hint", "question", "details"].contains(name) {
            report(number, 1, "'@\(name)' is not allowed inside a @details block (opened on line \(open.line)); close it with '@end' first")
            // A question is still read to its '@end', so that '@end' does not close the details.
            guard name == "question" else { return index + 1 }
            let kept = open.blocks.count
            let next = parseQuestion(at: index, prompt: argument)
            details?.blocks.removeSubrange(kept...)
            return next
        }
        switch name {
        case "example":
            if argument.isEmpty {
                report(number, 1, "@example needs a file name")
            } else {
                if let problem = exampleProblem(argument) {
                    report(number, argumentColumn, problem)
                    unusableExamples.insert(argument)
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
        case "challenge":
            return parseChallenge(at: index, argument: argument, column: argumentColumn)
        case "claim":
            parseClaim(argument, line: number)
            return index + 1
        case "details":
            if argument.isEmpty { report(number, 1, "@details needs a summary (e.g. '@details Timings')") }
            details = (Inline.parse(argument), number, [])
            if page != nil { outline.append(OutlineItem(kind: .details, page: pages.count, line: number)) }
            return index + 1
        case "end" where details != nil:
            closeDetails()
            return index + 1
        case "end":
            report(number, 1, "'@end' is only allowed to close a @question or @details block")
            return index + 1
        case "explain":
            report(number, 1, "'@explain' is only allowed inside a @question block")
            return index + 1
        default:
            report(number, 1, "unknown directive '@\(name)' (expected @example, @hint, @question, @details, @claim or @challenge)")
            return index + 1
        }
    }

    /// Records a `@claim` about the page's last example before it (see `Claim`).
    mutating func parseClaim(_ argument: String, line number: Int) {
        if page == nil { strayText(number) }
        let text = argument  // as written: a quoted label may hold several spaces
        if page != nil { outline.append(OutlineItem(kind: .claim(text), page: pages.count, line: number)) }
        let example = page?.blocks.last { if case .example = $0 { return true } else { return false } }
        guard case .example(let file)? = example else {
            report(number, 1, "@claim must follow the @example it is about on the same page")
            return
        }
        switch Claim.parse(text) {
        case .success(let (quantifier, scope, predicate)):
            claims.append(Claim(quantifier: quantifier, scope: scope, predicate: predicate, example: file, text: text, line: number))
        case .failure(let error):
            report(number, 1, "@claim '\(text)': \(error.message)")
        }
    }

    /// Ends the open `@details` block and adds it to the page.
    mutating func closeDetails() {
        guard let open = details else { return }
        details = nil
        if open.blocks.isEmpty { report(open.line, 1, "@details block is empty") }
        append(.details(summary: open.summary, blocks: open.blocks), line: open.line)
    }

    /// Why the file an `@example` names cannot be used, nil when it can. The inside-the-folder
    /// rule is checked again after resolving symbolic links, so a link cannot lead outside.
    mutating func exampleProblem(_ file: String) -> String? {
        if file.hasPrefix("/") || file.split(separator: "/").contains("..") {
            return "example file '\(file)' must be inside the lesson's folder"
        }
        if !file.hasSuffix(".py") { return "example file '\(file)' is not a .py file" }
        guard let directory else { return nil }
        let url = directory.appendingPathComponent(file)
        switch (FileReader.resolved(url), FileReader.resolved(directory)) {
        case (.failure(.missing), _): return "example file '\(file)' does not exist"
        case (.failure(.cannotFollow(let reason)), _): return "example file '\(file)' is a link that cannot be followed: \(reason)"
        case (.success(let target), .success(let folder)) where !FileReader.isInside(target, folder):
            return "example file '\(file)' must be inside the lesson's folder (it is a link to \(target))"
        default: break
        }
        switch reader.read(url) {
        case .contents(let data):
            guard let invalid = InvalidUTF8.find(in: data) else { return nil }
            // Reported at the byte, in the example itself; the @example line needs no second report.
            diagnostics.append(Diagnostic(path: siblingPath(file), line: invalid.line, column: invalid.column,
                                          message: invalid.message))
            unusableExamples.insert(file)
            return nil
        case .missing: return "example file '\(file)' does not exist"
        case .notAFile(let kind): return "example file '\(file)' is \(kind), not a file"
        case .unreadable(let reason): return "cannot read example file '\(file)': \(reason)"
        }
    }

    /// A file beside lesson.md as diagnostics print it.
    func siblingPath(_ file: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return file }
        return String(path[...slash]) + file
    }

    /// The word after `@`.
    func directiveName(_ line: String) -> String {
        String(line.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// Joins `first` with the following non-blank lines that start no other construct.
    func continued(_ first: String, after index: Int) -> (String, Int) {
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
    func choice(_ line: String) -> (correct: Bool, text: String)? {
        for (prefix, correct) in [("- [ ]", false), ("- [x]", true), ("- [X]", true)] where line.hasPrefix(prefix) {
            return (correct, line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    mutating func parseQuestion(at index: Int, prompt first: String) -> Int {
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
}
