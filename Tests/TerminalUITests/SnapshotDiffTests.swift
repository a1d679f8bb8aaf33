import XCTest
@testable import TestSupport

final class SnapshotDiffTests: XCTestCase {
    func test_lineDiff_marksOnlyChangedLines() {
        let diff = snapshotLineDiff(expected: "a\nb\nc\n", actual: "a\nB\nc\nd\n")
        XCTAssertEqual(diff, " a\n-b\n+B\n c\n+d\n ")
    }
}
