import Foundation
import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/network/` (servers and clients in one program over
/// the virtual loopback network) and compares stdout, the exit status and stderr's last line
/// with what python3 gave over the host's real loopback.
final class NetworkConformanceTests: XCTestCase {
    func test_networkPrograms_matchCPython() throws {
        let programs = try ConformanceTests.programs(in: "network")
        XCTAssertGreaterThanOrEqual(programs.count, 10)
        for program in programs {
            if let problem = ConformanceTests.check(program) {
                XCTFail("network/\(program.lastPathComponent): \(problem)")
            }
        }
    }

    /// Virtual time makes a networked program repeat exactly: the same output on every run.
    func test_networkPrograms_areDeterministic() throws {
        for program in try ConformanceTests.programs(in: "network").prefix(3) {
            let source = try String(contentsOf: program, encoding: .utf8)
            let a = ProgramRun.run(path: program.lastPathComponent, source: source, arguments: [], options: RunOptions(maxSteps: 20_000_000))
            let b = ProgramRun.run(path: program.lastPathComponent, source: source, arguments: [], options: RunOptions(maxSteps: 20_000_000))
            XCTAssertEqual(a.stdout, b.stdout, program.lastPathComponent)
            XCTAssertEqual(a.status, b.status, program.lastPathComponent)
        }
    }
}
