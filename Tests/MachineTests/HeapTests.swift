import XCTest
@testable import Machine

final class HeapTests: XCTestCase {
    func test_alloc_returnsDistinctRefs() {
        var h = Heap()
        let a = h.newList([])
        let b = h.newList([])
        XCTAssertFalse(a.isIdentical(to: b))
    }
}
