import Foundation

/// Plain-text rendering for `concurrency-tutor show`.
///
/// Title and page headings are underlined, paragraphs wrapped at `width` by display width,
/// code indented four spaces, `@details` content in full under a `Details: SUMMARY` line,
/// questions with lettered choices and then the answer.
public enum PlainText {
    public static func render(_ lesson: Lesson, width: Int = 80) -> String {
        let width = max(width, 20)
        var out: [String] = []
        out += underlined(lesson.title, with: "=", width: width)
        out += TextWrap.wrap(lesson.summary, width: width)
        if !lesson.problems.isEmpty {
            out.append("")
            out += problemLines(lesson.problems, width: width)
        }
        for page in lesson.pages {
            out.append("")
            out += underlined(page.title, with: "-", width: width)
            for block in page.blocks {
                out.append("")
                out += render(block, width: width)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "This lesson has N problems ..." and each problem, wrapped with a hanging indent.
    public static func problemLines(_ problems: [Diagnostic], width: Int) -> [String] {
        let count = "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        var lines = TextWrap.wrap("! This lesson has \(count) (concurrency-tutor check lists them too):", width: width)
        for problem in problems {
            lines += TextWrap.wrap(problem.description, width: width, firstPrefix: "  ", restPrefix: "    ")
        }
        return lines
    }

    /// The lines for one block (no surrounding blank lines).
    static func render(_ block: Block, width: Int) -> [String] {
        switch block {
        case .heading(_, let text):
            return TextWrap.wrap(text.plainText, width: width)
        case .paragraph(let text):
            return TextWrap.wrap(text.plainText, width: width)
        case .list(let ordered, let items):
            var lines: [String] = []
            for (index, item) in items.enumerated() {
                let marker = ordered ? "\(index + 1). " : "- "
                lines += TextWrap.wrap(item.plainText, width: width, firstPrefix: marker,
                                       restPrefix: String(repeating: " ", count: marker.count))
            }
            return lines
        case .code(_, let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : "    " + $0
            }
        case .example(let file):
            return ["Example: \(file)"]
        case .hint(let text):
            return TextWrap.wrap(Inline.parse(text).plainText, width: width,
                                 firstPrefix: "Hint: ", restPrefix: "      ")
        case .question(let question):
            return render(question, width: width)
        case .details(let summary, let blocks):
            // Plain text is read in full, so the details are printed, under their summary.
            var lines = TextWrap.wrap("Details: " + summary.plainText, width: width)
            for block in blocks {
                lines.append("")
                lines += render(block, width: width)
            }
            return lines
        }
    }

    private static func render(_ question: Question, width: Int) -> [String] {
        var lines = TextWrap.wrap(Inline.parse(question.prompt).plainText, width: width,
                                  firstPrefix: "Question: ", restPrefix: "          ")
        for (index, choice) in question.choices.enumerated() {
            lines += TextWrap.wrap(Inline.parse(choice).plainText, width: width,
                                   firstPrefix: "  \(letter(index))) ", restPrefix: "     ")
        }
        lines.append("")
        if question.choices.indices.contains(question.answer) {
            lines += TextWrap.wrap(Inline.parse(question.choices[question.answer]).plainText, width: width,
                                   firstPrefix: "Answer: \(letter(question.answer))) ", restPrefix: "           ")
        }
        lines += TextWrap.wrap(Inline.parse(question.explanation).plainText, width: width)
        return lines
    }

    /// "a", "b", ... for choice numbers.
    public static func letter(_ index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + UInt32(index)) else { return "\(index + 1)" }
        return String(Character(scalar))
    }

    private static func underlined(_ text: String, with mark: Character, width: Int) -> [String] {
        let lines = TextWrap.wrap(text, width: width)
        let longest = lines.map(TextWidth.of).max() ?? 0
        return lines + [String(repeating: mark, count: max(longest, 1))]
    }
}
