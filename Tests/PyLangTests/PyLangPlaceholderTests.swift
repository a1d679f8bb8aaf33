import XCTest
@testable import PyLang

final class PyLangPlaceholderTests: XCTestCase {
    func test_moduleBuilds() { XCTAssertTrue(true) }
}
