import XCTest
@testable import Tutor

final class TutorPlaceholderTests: XCTestCase {
    func test_moduleBuilds() { XCTAssertTrue(true) }
}
