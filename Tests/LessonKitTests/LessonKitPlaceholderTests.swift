import XCTest
@testable import LessonKit

final class LessonKitPlaceholderTests: XCTestCase {
    func test_moduleBuilds() { XCTAssertTrue(true) }
}
