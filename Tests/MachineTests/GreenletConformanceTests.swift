import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/greenlet/` and compares with the results CPython
/// 3.11 with greenlet 3.x gives (recorded with a virtual environment's python, see
/// `Tests/Conformance/README.md`), by `ConformanceTests.check`. Every program must pass.
final class GreenletConformanceTests: XCTestCase {
    func test_greenletPrograms_matchCPythonWithGreenlet() throws {
        let programs = try ConformanceTests.programs(in: "greenlet")
        var passed = 0
        for program in programs {
            if let problem = ConformanceTests.check(program) {
                XCTFail("greenlet/\(program.lastPathComponent): \(problem)")
            } else {
                passed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 3, "the greenlet corpus went missing")
        print("conformance: \(passed)/\(programs.count) greenlet programs pass")
    }
}
