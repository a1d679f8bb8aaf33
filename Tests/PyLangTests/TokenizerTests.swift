import XCTest
@testable import PyLang

final class TokenizerTests: XCTestCase {
    func kinds(_ src: String) throws -> [String] {
        try tokenize(src, filename: "x.py").map { $0.kind == "OP" || $0.kind == "NAME" ? $0.text : $0.kind }
    }
}
