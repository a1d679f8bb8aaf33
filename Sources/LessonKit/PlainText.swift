import Foundation

/// Plain-text rendering for `concurrency-tutor show`.
///
/// Title and page headings are underlined, paragraphs wrapped at `width` by display width,
/// code indented four spaces, `@details` content in full under a `Details: SUMMARY` line,
/// questions with lettered choices and then the answer.
public enum PlainText {
    /// The words `show` puts around a lesson's own text, in the language it is shown in.
    public struct Labels {
        public var example: String
        public var hint: String
        public var question: String
        public var answer: String
        public var details: String
        /// The line above a lesson's problems, for their count.
        public var problems: (Int) -> String
        /// The note on a lesson shown in English because it has no translation yet.
        public var fallback: String

        public init(example: String, hint: String, question: String, answer: String, details: String,
                    problems: @escaping (Int) -> String, fallback: String) {
            self.example = example
            self.hint = hint
            self.question = question
            self.answer = answer
            self.details = details
            self.problems = problems
            self.fallback = fallback
        }

        public static let english = Labels(
            example: "Example: ", hint: "Hint: ", question: "Question: ", answer: "Answer: ", details: "Details: ",
            problems: { "! This lesson has \($0) problem\($0 == 1 ? "" : "s") (concurrency-tutor check lists them too):" },
            fallback: "(not translated yet: shown in English)")
    }

    public static func render(_ lesson: Lesson, width: Int = 80, labels: Labels = .english) -> String {
        let width = max(width, 20)
        var out: [String] = []
        out += underlined(lesson.title, with: "=", width: width)
        if lesson.isFallback { out += TextWrap.wrap(labels.fallback, width: width) }
        out += TextWrap.wrap(lesson.summary, width: width)
        if !lesson.problems.isEmpty {
            out.append("")
            out += problemLines(lesson.problems, width: width, labels: labels)
        }
        for page in lesson.pages {
            out.append("")
            out += underlined(page.title, with: "-", width: width)
            for block in page.blocks {
                out.append("")
                out += render(block, width: width, labels: labels)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "This lesson has N problems ..." and each problem, wrapped with a hanging indent.
    public static func problemLines(_ problems: [Diagnostic], width: Int, labels: Labels = .english) -> [String] {
        var lines = TextWrap.wrap(labels.problems(problems.count), width: width)
        for problem in problems {
            lines += TextWrap.wrap(problem.description, width: width, firstPrefix: "  ", restPrefix: "    ")
        }
        return lines
    }

    /// The lines for one block (no surrounding blank lines).
    static func render(_ block: Block, width: Int, labels: Labels = .english) -> [String] {
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
            return [labels.example + file]
        case .hint(let text):
            return TextWrap.wrap(Inline.parse(text).plainText, width: width,
                                 firstPrefix: labels.hint, restPrefix: indent(labels.hint))
        case .question(let question):
            return render(question, width: width, labels: labels)
        case .details(let summary, let blocks):
            // Plain text is read in full, so the details are printed, under their summary.
            var lines = TextWrap.wrap(labels.details + summary.plainText, width: width)
            for block in blocks {
                lines.append("")
                lines += render(block, width: width, labels: labels)
            }
            return lines
        }
    }

    private static func render(_ question: Question, width: Int, labels: Labels) -> [String] {
        var lines = TextWrap.wrap(Inline.parse(question.prompt).plainText, width: width,
                                  firstPrefix: labels.question, restPrefix: indent(labels.question))
        for (index, choice) in question.choices.enumerated() {
            lines += TextWrap.wrap(Inline.parse(choice).plainText, width: width,
                                   firstPrefix: "  \(letter(index))) ", restPrefix: "     ")
        }
        lines.append("")
        if question.choices.indices.contains(question.answer) {
            let prefix = "\(labels.answer)\(letter(question.answer))) "
            lines += TextWrap.wrap(Inline.parse(question.choices[question.answer]).plainText, width: width,
                                   firstPrefix: prefix, restPrefix: indent(prefix))
        }
        lines += TextWrap.wrap(Inline.parse(question.explanation).plainText, width: width)
        return lines
    }

    /// "a", "b", ... for choice numbers.
    public static func letter(_ index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + UInt32(index)) else { return "\(index + 1)" }
        return String(Character(scalar))
    }

    /// Spaces as wide as `label`, for a hanging indent under it.
    private static func indent(_ label: String) -> String {
        String(repeating: " ", count: TextWidth.of(label))
    }

    private static func underlined(_ text: String, with mark: Character, width: Int) -> [String] {
        let lines = TextWrap.wrap(text, width: width)
        let longest = lines.map(TextWidth.of).max() ?? 0
        return lines + [String(repeating: mark, count: max(longest, 1))]
    }
}
