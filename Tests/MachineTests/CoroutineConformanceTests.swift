import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/gevent/` (gevent as Python preludes over the
/// engine's greenlet) and compares with CPython 3.11 + gevent's recorded results
/// (Scripts/regen-coroutines.sh), by `ConformanceTests.check`. `known-failures.txt` lists the
/// programs that do not pass yet (none today); the list may only shrink. `greenlet/` is run by
/// GreenletConformanceTests.
final class CoroutineConformanceTests: XCTestCase {
    func test_geventPrograms_matchCPython() throws {
        let folder = "gevent"
        let programs = try ConformanceTests.programs(in: folder)
        let knownURL = ConformanceTests.root.appendingPathComponent(folder).appendingPathComponent("known-failures.txt")
        let knownText = (try? String(contentsOf: knownURL, encoding: .utf8)) ?? ""
        let known = Set(knownText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        var passed = 0
        for program in programs {
            let name = program.deletingPathExtension().lastPathComponent
            let problem = ConformanceTests.check(program)
            if problem == nil { passed += 1 }
            if let problem, !known.contains(name) { XCTFail("\(folder)/\(name): \(problem)") }
            if problem == nil, known.contains(name) { XCTFail("\(folder)/\(name) passes now: remove it from known-failures.txt") }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 22, "the gevent corpus went missing")
        print("conformance: \(passed)/\(programs.count) gevent programs pass")
    }
}
