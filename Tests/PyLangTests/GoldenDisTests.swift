import XCTest
@testable import PyLang

/// Compares `disassemble(compile(x.py))` with `Golden/x.dis` for every `Golden/*.py`.
/// Re-record with `DIS_RECORD=1 swift test --filter GoldenDisTests` and review the diff.
final class GoldenDisTests: XCTestCase {
    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    func test_goldenListings_matchRecordedDis() throws {
        let dir = Self.goldenDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(files.isEmpty, "no golden programs found in \(dir.path)")
        let record = ProcessInfo.processInfo.environment["DIS_RECORD"] == "1"
        for file in files {
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let listing: String
            do {
                listing = disassemble(try compile(source: source, filename: file))
            } catch {
                XCTFail("\(file): \(error)")
                continue
            }
            let expectedURL = dir.appendingPathComponent(String(file.dropLast(3)) + ".dis")
            if record {
                try listing.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                XCTFail("\(file): missing \(expectedURL.lastPathComponent); run with DIS_RECORD=1")
                continue
            }
            if listing != expected {
                let got = listing.split(separator: "\n", omittingEmptySubsequences: false)
                let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let firstDiff = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
                XCTFail("\(file): listing differs at line \(firstDiff + 1):\n got: \(firstDiff < got.count ? got[firstDiff] : "<end>")\nwant: \(firstDiff < want.count ? want[firstDiff] : "<end>")")
            }
        }
    }
}
