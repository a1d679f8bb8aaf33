import CNcursesw
import XCTest
@testable import TerminalUI

final class DisplayWidthTests: XCTestCase {
    override func setUpWithError() throws {
        // wcwidth answers -1 for everything non-ASCII until a UTF-8 locale is active.
        guard setlocale(LC_ALL, "C.UTF-8") != nil else {
            throw XCTSkip("C.UTF-8 locale not available")
        }
    }

    /// Samples from every table range edge plus assorted scripts; controls are left out because
    /// wcwidth gives them -1 where displayWidth gives 0 by design.
    private var samples: [UInt32] {
        var values: [UInt32] = Array(0x20...0x7E) + Array(0xA0...0x52F)
        let tables = WidthTables.zeroWidth + WidthTables.doubleWidth
        for edge in tables {
            values += [edge &- 1, edge, edge &+ 1]
        }
        values += [0x1100, 0x115F, 0x1160, 0x11FF, 0x200B, 0x200D, 0x2026, 0x2500, 0x2502, 0x250C,
                   0x3000, 0x3042, 0x4E00, 0x6F22, 0xAC00, 0xD7A3, 0xFE0F, 0xFF01, 0xFF61,
                   0x1F600, 0x1F642, 0x1F4BB, 0x1F1E6, 0x20000, 0xE0001, 0xE0100]
        return values.filter { v in
            v >= 0x20 && !(0x7F..<0xA0).contains(v) && !(0xD800...0xDFFF).contains(v) && v <= 0x10FFFF
        }
    }

    func test_displayWidth_agreesWithGlibcWcwidth() throws {
        var checked = 0
        for value in samples {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(ctui_wcwidth(Int32(bitPattern: value)))
            // Unassigned code points: glibc says -1, displayWidth assumes one column.
            if expected < 0 { continue }
            XCTAssertEqual(scalarWidth(scalar), expected, String(format: "U+%04X", value))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 2000)
    }

    /// Every code point, so a table edit that breaks any range shows up; cheap enough to keep.
    func test_displayWidth_agreesWithGlibcWcwidth_forEveryAssignedCodePoint() {
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(ctui_wcwidth(Int32(bitPattern: value)))
            if expected < 0 { continue }
            checked += 1
            let actual = scalarWidth(scalar)
            if actual != expected, mismatches.count < 10 {
                mismatches.append(String(format: "U+%04X: %d, wcwidth %d", value, actual, expected))
            }
        }
        XCTAssertEqual(mismatches, [])
        XCTAssertGreaterThan(checked, 100_000)
    }

    func test_displayWidth_ofString_isSumOfWcwidth_forSimpleText() {
        let text = "Hello, 世界! ┌─┐ café naïve e\u{301} 한국어 ｶﾀｶﾅ ＡＢＣ 🙂"
        var expected = 0
        for scalar in text.unicodeScalars {
            expected += Int(ctui_wcwidth(Int32(bitPattern: scalar.value)))
        }
        XCTAssertEqual(displayWidth(text), expected)
    }
}
