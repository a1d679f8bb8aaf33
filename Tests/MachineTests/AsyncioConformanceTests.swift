import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/asyncio/` (the asyncio preludes,
/// `Sources/Machine/Prelude/asyncio*.py`) and compares with CPython 3.11's recorded results, by
/// `ConformanceTests.check`. `asyncio/known-failures.txt` lists the programs that need engine
/// features not there yet; the list may only shrink.
final class AsyncioConformanceTests: XCTestCase {
    func test_asyncioPrograms_matchCPython() throws {
        let programs = try ConformanceTests.programs(in: "asyncio")
        let knownText = (try? String(contentsOf: ConformanceTests.root.appendingPathComponent("asyncio/known-failures.txt"),
                                     encoding: .utf8)) ?? ""
        let known = Set(knownText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        var passed = 0
        for program in programs {
            let name = program.deletingPathExtension().lastPathComponent
            let problem = ConformanceTests.check(program)
            if problem == nil { passed += 1 }
            if let problem, !known.contains(name) { XCTFail("asyncio/\(name): \(problem)") }
            if problem == nil, known.contains(name) { XCTFail("asyncio/\(name) passes now: remove it from known-failures.txt") }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 30, "the asyncio corpus went missing")
        print("conformance: \(passed)/\(programs.count) asyncio programs pass")
    }
}
