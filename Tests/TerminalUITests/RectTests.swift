import XCTest
@testable import TerminalUI

final class RectTests: XCTestCase {
    func test_splitTop_clampsToHeight() {
        let r = Rect(x: 1, y: 2, width: 10, height: 5)
        XCTAssertEqual(r.splitTop(2).0, Rect(x: 1, y: 2, width: 10, height: 2))
        XCTAssertEqual(r.splitTop(2).1, Rect(x: 1, y: 4, width: 10, height: 3))
        XCTAssertEqual(r.splitTop(9).1, Rect(x: 1, y: 7, width: 10, height: 0))
        XCTAssertEqual(r.splitTop(-3).0.height, 0)
    }

    func test_splitBottom_returnsRestThenBottom() {
        let (rest, bottom) = Rect(x: 0, y: 0, width: 80, height: 24).splitBottom(1)
        XCTAssertEqual(rest, Rect(x: 0, y: 0, width: 80, height: 23))
        XCTAssertEqual(bottom, Rect(x: 0, y: 23, width: 80, height: 1))
        XCTAssertEqual(Rect(x: 0, y: 0, width: 5, height: 3).splitBottom(10).1, Rect(x: 0, y: 0, width: 5, height: 3))
    }

    func test_splitLeft_andRight_partitionTheWidth() {
        let r = Rect(x: 2, y: 0, width: 10, height: 3)
        XCTAssertEqual(r.splitLeft(4).0, Rect(x: 2, y: 0, width: 4, height: 3))
        XCTAssertEqual(r.splitLeft(4).1, Rect(x: 6, y: 0, width: 6, height: 3))
        XCTAssertEqual(r.splitRight(3).1, Rect(x: 9, y: 0, width: 3, height: 3))
    }

    func test_splitColumns_byRatio_roundsAndClamps() {
        let r = Rect(x: 0, y: 0, width: 81, height: 24)
        let (left, right) = r.splitColumns(ratio: 0.5)
        XCTAssertEqual(left.width + right.width, 81)
        XCTAssertEqual(right.x, left.maxX)
        XCTAssertEqual(r.splitColumns(ratio: 2).0.width, 81)
        XCTAssertEqual(r.splitColumns(ratio: -1).0.width, 0)
        XCTAssertEqual(r.splitRows(ratio: 0.25).0.height, 6)
    }

    func test_inset_neverGoesNegative() {
        XCTAssertEqual(Rect(x: 0, y: 0, width: 10, height: 4).inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 2))
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 3, height: 5).maxX, 3)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 3, height: 5).maxY, 5)
    }

    func test_intersection_ofDisjointRects_isEmpty() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        XCTAssertTrue(a.intersection(Rect(x: 10, y: 10, width: 2, height: 2)).isEmpty)
        XCTAssertEqual(a.intersection(Rect(x: 3, y: 3, width: 5, height: 5)), Rect(x: 3, y: 3, width: 2, height: 2))
    }
}
