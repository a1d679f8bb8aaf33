import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/stdlib/` (one per standard-library module written
/// in Python, `Sources/Machine/Prelude/`) and compares with CPython 3.11's recorded results,
/// by `ConformanceTests.check`. Every program must pass.
final class StdlibConformanceTests: XCTestCase {
    func test_stdlibPrograms_matchCPython() throws {
        let programs = try ConformanceTests.programs(in: "stdlib")
        var passed = 0
        for program in programs {
            if let problem = ConformanceTests.check(program) {
                XCTFail("stdlib/\(program.lastPathComponent): \(problem)")
            } else {
                passed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 12, "the stdlib corpus went missing")
        print("conformance: \(passed)/\(programs.count) stdlib programs pass")
    }
}
