import XCTest
@testable import Machine

/// Runs the coroutine corpus, `Tests/Conformance/greenlet/` and `Tests/Conformance/gevent/`,
/// and compares with CPython 3.11 + greenlet + gevent's recorded results (Scripts/regen-coroutines.sh),
/// by `ConformanceTests.check`. Each folder's `known-failures.txt` lists programs that do not
/// pass yet (gevent's socket program until the engine has sockets); the lists may only shrink.
final class CoroutineConformanceTests: XCTestCase {
    /// Whether the engine has its native `greenlet` module yet; both folders need it.
    static let engineHasGreenlet: Bool = {
        let probe = ProgramRun.run(path: "probe.py", source: "import greenlet\n", arguments: [],
                                   options: RunOptions(maxSteps: 100_000), stdin: [])
        return probe.status == 0
    }()

    func test_greenletPrograms_matchCPython() throws {
        try runFolder("greenlet", atLeast: 9)
    }

    func test_geventPrograms_matchCPython() throws {
        try runFolder("gevent", atLeast: 22)
    }

    private func runFolder(_ folder: String, atLeast minimum: Int) throws {
        let programs = try ConformanceTests.programs(in: folder)
        XCTAssertGreaterThanOrEqual(programs.count, minimum, "the \(folder) corpus went missing")
        try XCTSkipUnless(Self.engineHasGreenlet, "the engine has no greenlet module yet")
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
        print("conformance: \(passed)/\(programs.count) \(folder) programs pass")
    }
}
