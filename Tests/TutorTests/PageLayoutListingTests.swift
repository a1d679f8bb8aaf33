import LessonKit
import TerminalUI
import XCTest
@testable import Tutor

/// A long example listing shows its first lines and a "more lines" line until `d` opens the
/// page's details, so the page's question is not several screens down at 80x24.
final class PageLayoutListingTests: XCTestCase {
    let theme = Theme(capabilities: TerminalCapabilities(colors: true, unicode: true))

    func layout(_ source: String) -> PageLayout {
        PageLayout(theme: theme, exampleSource: { $0 == "long.py" ? source : nil })
    }

    func test_longListing_isCollapsedToItsFirstLines_untilDetailsOpen() {
        let source = (1...30).map { "x\($0) = \($0)" }.joined(separator: "\n") + "\n"
        let page = Page(title: "P", blocks: [.example(file: "long.py")], line: 1)
        let closed = layout(source).lines(for: page, width: 80, interaction: PageInteraction()).map(\.text)
        XCTAssertTrue(closed.contains { $0.hasSuffix("x8 = 8") }, "\(closed)")
        XCTAssertFalse(closed.contains { $0.hasSuffix("x9 = 9") }, "\(closed)")
        XCTAssertTrue(closed.contains("  ▸ 22 more lines (d: show details)"), "\(closed)")
        XCTAssertTrue(PageLayout.hasDetails(page, exampleSource: { _ in source }))
        let open = layout(source).lines(for: page, width: 80, interaction: PageInteraction(detailsExpanded: true)).map(\.text)
        XCTAssertTrue(open.contains { $0.hasSuffix("x30 = 30") }, "\(open)")
        XCTAssertFalse(open.contains { $0.contains("more lines") }, "\(open)")
    }

    func test_shortListing_isShownInFull_andGivesDNothingToOpen() {
        let source = (1...PageLayout.longListing).map { "x\($0) = \($0)" }.joined(separator: "\n") + "\n"
        let page = Page(title: "P", blocks: [.example(file: "long.py")], line: 1)
        let lines = layout(source).lines(for: page, width: 80, interaction: PageInteraction()).map(\.text)
        XCTAssertTrue(lines.contains { $0.hasSuffix("x\(PageLayout.longListing) = \(PageLayout.longListing)") }, "\(lines)")
        XCTAssertFalse(PageLayout.hasDetails(page, exampleSource: { _ in source }))
    }
}
