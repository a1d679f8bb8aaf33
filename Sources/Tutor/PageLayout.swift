import Foundation
import LessonKit
import TerminalUI

/// What the learner has done on a page: hints revealed, questions answered.
struct PageInteraction: Equatable {
    var revealedHints: Set<Int> = []
    var answers: [Int: Int] = [:]   // block index -> chosen choice
    /// Whether the page's `@details` blocks are open (`d` toggles them all).
    var detailsExpanded = false
}

/// Lays out a lesson page as styled lines for a given width.
struct PageLayout {
    let theme: Theme
    /// Example sources by file name, read once per reader.
    var exampleSource: (String) -> String?

    /// The numbered questions on a page, in order, as block indexes.
    static func questionBlocks(_ page: Page) -> [Int] {
        page.blocks.indices.filter { if case .question = page.blocks[$0] { return true } else { return false } }
    }

    static func hintBlocks(_ page: Page) -> [Int] {
        page.blocks.indices.filter { if case .hint = page.blocks[$0] { return true } else { return false } }
    }

    /// An example listing longer than this many lines shows only its first `collapsedListing`
    /// lines until `d` opens the page's details, so a long program does not push the page's
    /// question several screens down at 80x24.
    static let longListing = 16
    static let collapsedListing = 8

    /// Whether `d` has something to open: a `@details` block or a long example listing.
    static func hasDetails(_ page: Page, exampleSource: (String) -> String? = { _ in nil }) -> Bool {
        page.blocks.contains { block in
            switch block {
            case .details: return true
            case .example(let file): return exampleSource(file).map { listingLines($0).count > longListing } ?? false
            default: return false
            }
        }
    }

    /// A listing's lines, without the empty one after its final newline.
    static func listingLines(_ source: String) -> [Substring] {
        (source.hasSuffix("\n") ? source.dropLast() : Substring(source)).split(separator: "\n", omittingEmptySubsequences: false)
    }

    func lines(for page: Page, width: Int, interaction: PageInteraction) -> [StyledLine] {
        var out: [StyledLine] = []
        out += [Span(text: page.title, style: theme.heading)].wrapped(width: width)
        out.append(StyledLine(String(repeating: theme.unicode ? "─" : "-", count: min(width, max(displayWidth(page.title), 1))), theme.dim))
        out.append(StyledLine())
        let questionNumbers = Dictionary(uniqueKeysWithValues: Self.questionBlocks(page).enumerated().map { ($1, $0 + 1) })
        append(page.blocks, to: &out, width: width, interaction: interaction, questionNumbers: questionNumbers)
        return out
    }

    /// Lays out `blocks` after `out`, a blank line before each. Indexes count within `blocks`,
    /// which is the page's own list except inside details (which hold no hints or questions).
    private func append(_ blocks: [Block], to out: inout [StyledLine], width: Int,
                        interaction: PageInteraction, questionNumbers: [Int: Int]) {
        func blank() { if let last = out.last, !last.spans.isEmpty { out.append(StyledLine()) } }
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .heading(_, text):
                blank()
                out += spans(text, base: theme.subheading).wrapped(width: width)
            case let .paragraph(text):
                blank()
                out += spans(text).wrapped(width: width)
            case let .list(ordered, items):
                blank()
                for (n, item) in items.enumerated() {
                    let marker = ordered ? "\(n + 1). " : "\(theme.bullet) "
                    out += spans(item).wrapped(width: width, firstPrefix: [Span(text: marker, style: theme.dim)],
                                               indent: String(repeating: " ", count: displayWidth(marker)))
                }
            case let .code(language, text):
                blank()
                out += codeLines(text, python: language.isEmpty || language.lowercased().hasPrefix("py"), width: width)
            case let .example(file):
                blank()
                out.append(StyledLine([Span(text: theme.strings.example, style: theme.strong), Span(text: file, style: theme.inlineCode)]))
                if let source = exampleSource(file) {
                    let lines = Self.listingLines(source)
                    if lines.count > Self.longListing, !interaction.detailsExpanded {
                        out += codeLines(lines.prefix(Self.collapsedListing).joined(separator: "\n"), python: true, width: width)
                        let more = lines.count - Self.collapsedListing
                        out += ([Span(text: theme.strings.moreLines(more), style: theme.strong),
                                 Span(text: theme.strings.showDetails, style: theme.dim)])
                            .wrapped(width: width, firstPrefix: [Span(text: theme.unicode ? "  ▸ " : "  > ", style: theme.strong)], indent: "    ")
                    } else {
                        out += codeLines(lines.joined(separator: "\n"), python: true, width: width)
                    }
                } else {
                    out.append(StyledLine(theme.strings.cannotShowExample, theme.bad))
                }
            case let .hint(text):
                blank()
                let label = Span(text: theme.strings.hintLabel, style: theme.hint.with(bold: true))
                if interaction.revealedHints.contains(index) {
                    out += spans(Inline.parse(text), base: theme.hint)
                        .wrapped(width: width, firstPrefix: [label], indent: String(repeating: " ", count: displayWidth(label.text)))
                } else {
                    out.append(StyledLine([label, Span(text: theme.strings.pressHToReveal, style: theme.dim)]))
                }
            case let .question(question):
                blank()
                out += questionLines(question, number: questionNumbers[index] ?? 1, chosen: interaction.answers[index], width: width)
            case let .details(summary, inner):
                blank()
                out += detailsLines(summary: summary, blocks: inner, width: width, interaction: interaction)
            }
        }
    }

    /// One line while collapsed; open, the summary and then the content indented two columns.
    private func detailsLines(summary: [Inline], blocks: [Block], width: Int, interaction: PageInteraction) -> [StyledLine] {
        let open = interaction.detailsExpanded
        let marker = open ? (theme.unicode ? "▾ " : "v ") : (theme.unicode ? "▸ " : "> ")
        let suffix = open ? [] : [Span(text: theme.strings.showDetails, style: theme.dim)]
        var out = (spans(summary, base: theme.strong) + suffix)
            .wrapped(width: width, firstPrefix: [Span(text: marker, style: theme.strong)], indent: "  ")
        guard open else { return out }
        var inner: [StyledLine] = []
        append(blocks, to: &inner, width: max(width - 2, 8), interaction: PageInteraction(), questionNumbers: [:])
        for line in inner {
            out.append(line.spans.isEmpty ? line : StyledLine([Span(text: "  ", style: theme.plain)] + line.spans))
        }
        return out
    }

    private func spans(_ inlines: [Inline], base: Style? = nil) -> [Span] {
        inlines.map { inline in
            switch inline {
            case let .text(s): return Span(text: s, style: base ?? theme.plain)
            case let .emphasis(s): return Span(text: s, style: theme.emphasis)
            case let .strong(s): return Span(text: s, style: theme.strong)
            case let .code(s): return Span(text: s, style: theme.inlineCode)
            case let .link(text, url): return Span(text: text.isEmpty ? url : text, style: theme.link)
            }
        }
    }

    /// Code keeps its own line breaks; a line wider than the pane continues on the next
    /// screen line behind a marker instead of being cut, so no code is ever hidden.
    private func codeLines(_ text: String, python: Bool, width: Int) -> [StyledLine] {
        let highlighted = python
            ? PythonHighlighter(theme: theme).highlight(text)
            : text.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(text: String($0), style: theme.plain)] }
        let gutter = Span(text: "  " + theme.codeGutter, style: theme.dim)
        let available = max(width - displayWidth(gutter.text), 8)
        var out: [StyledLine] = []
        for line in highlighted {
            var current = StyledLine([gutter])
            var used = 0
            for span in line {
                for character in span.text {
                    let w = displayWidth(character)
                    if used + w > available {
                        out.append(current)
                        current = StyledLine([gutter, Span(text: theme.continuation, style: theme.dim)])
                        used = displayWidth(theme.continuation)
                    }
                    if let last = current.spans.last, last.style == span.style, current.spans.count > 1 {
                        current.spans[current.spans.count - 1].text.append(character)
                    } else {
                        current.spans.append(Span(text: String(character), style: span.style))
                    }
                    used += w
                }
            }
            out.append(current)
        }
        return out
    }

    private func questionLines(_ question: Question, number: Int, chosen: Int?, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        out += spans(Inline.parse(question.prompt), base: theme.strong)
            .wrapped(width: width, firstPrefix: [Span(text: theme.strings.predict(number), style: theme.question)])
        for (i, choice) in question.choices.enumerated() {
            let marker: String
            var style = theme.plain
            if let chosen {
                if i == question.answer {
                    marker = theme.unicode ? " ✓ " : " * "
                    style = theme.good
                } else if i == chosen {
                    marker = theme.unicode ? " ✗ " : " x "
                    style = theme.bad
                } else {
                    marker = "   "
                }
            } else {
                marker = "   "
            }
            let label = "\(marker)\(i + 1)) "
            // Choices are often program output: keep their line breaks.
            let choiceLines = choice.split(separator: "\n", omittingEmptySubsequences: false)
            for (k, line) in choiceLines.enumerated() {
                let prefix = k == 0 ? label : String(repeating: " ", count: displayWidth(label))
                out += spans(Inline.parse(String(line)), base: style)
                    .wrapped(width: width, firstPrefix: [Span(text: prefix, style: style)], indent: String(repeating: " ", count: displayWidth(label)))
            }
        }
        if let chosen {
            let verdict = chosen == question.answer ? theme.strings.right : theme.strings.notQuite(question.answer + 1)
            out += spans(Inline.parse(question.explanation))
                .wrapped(width: width, firstPrefix: [Span(text: verdict + " ", style: chosen == question.answer ? theme.good : theme.bad)])
        } else {
            out.append(StyledLine(theme.strings.pressToAnswer(question.choices.count), theme.dim))
        }
        return out
    }
}

extension Style {
    func with(bold: Bool) -> Style {
        var copy = self
        copy.bold = bold
        return copy
    }
}
