import XCTest
@testable import TerminalUI

final class TerminalUIPlaceholderTests: XCTestCase {
    func test_moduleBuilds() { XCTAssertTrue(true) }
}
