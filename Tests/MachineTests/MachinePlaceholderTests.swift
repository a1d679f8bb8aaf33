import XCTest
@testable import Machine

final class MachinePlaceholderTests: XCTestCase {
    func test_moduleBuilds() { XCTAssertTrue(true) }
}
