import Foundation
import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/sequential/` through `ProgramRun` and compares
/// with CPython 3.11's recorded stdout, exit status and stderr (last line, or all of it for
/// `# conformance: full-stderr` programs). `known-failures.txt` lists programs that do not
/// pass yet; the list may only shrink.
final class ConformanceTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Conformance")

    /// The `.py` programs of one corpus folder (`sequential`, `threads`, `deadlock`), by name.
    static func programs(in folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs one program; nil if it matches CPython, else a short description of the mismatch.
    static func check(_ program: URL) -> String? {
        let base = program.deletingPathExtension()
        func read(_ ext: String) -> Data? { try? Data(contentsOf: base.appendingPathExtension(ext)) }
        guard let sourceData = try? Data(contentsOf: program) else { return "unreadable" }
        let source = String(decoding: sourceData, as: UTF8.self)
        let args = read("args").map { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) } ?? []
        let stdin = read("stdin").map { Array($0) } ?? []
        let result = ProgramRun.run(path: program.lastPathComponent, source: source, arguments: args,
                                    options: RunOptions(maxSteps: 20_000_000), stdin: stdin)
        let expectedOut = read("stdout").map { Array($0) } ?? []
        let expectedErr = String(decoding: read("stderr") ?? Data(), as: UTF8.self)
        let expectedStatus = Int32(String(decoding: read("status") ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        if result.stdout != expectedOut { return "stdout differs" }
        if result.status != expectedStatus { return "status \(result.status), expected \(expectedStatus)" }
        let err = String(decoding: result.stderr, as: UTF8.self)
        if source.hasPrefix("# conformance: full-stderr") {
            if err != expectedErr { return "stderr differs" }
        } else {
            func lastLine(_ s: String) -> String { s.split(separator: "\n").last.map(String.init) ?? "" }
            if lastLine(err) != lastLine(expectedErr) { return "stderr last line: \(lastLine(err))" }
        }
        return nil
    }

    func test_sequentialPrograms_matchCPython() throws {
        let programs = try Self.programs(in: "sequential")
        let knownText = (try? String(contentsOf: Self.root.appendingPathComponent("known-failures.txt"), encoding: .utf8)) ?? ""
        let known = Set(knownText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        var passed = 0
        for program in programs {
            let name = "sequential/" + program.deletingPathExtension().lastPathComponent
            let problem = Self.check(program)
            if problem == nil { passed += 1 }
            if let problem, !known.contains(name) { XCTFail("\(name): \(problem)") }
            if problem == nil, known.contains(name) { XCTFail("\(name) passes now: remove it from known-failures.txt") }
        }
        print("conformance: \(passed)/\(programs.count) sequential programs pass")
    }

    func test_threadPrograms_matchCPython() throws {
        let programs = try Self.programs(in: "threads")
        var passed = 0
        for program in programs {
            if let problem = Self.check(program) {
                XCTFail("threads/\(program.lastPathComponent): \(problem)")
            } else {
                passed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(programs.count, 39, "the thread corpus went missing")
        print("conformance: \(passed)/\(programs.count) thread programs pass")
    }

    /// `deadlock/` programs hang under CPython; `.expect` gives what the report must contain
    /// (line 1, a prefix of a stderr line) and the exit status (line 2).
    func test_deadlockPrograms_reportTheDeadlock() throws {
        let programs = try Self.programs(in: "deadlock")
        var passed = 0
        for program in programs {
            let expect = try String(contentsOf: program.deletingPathExtension().appendingPathExtension("expect"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let source = try String(contentsOf: program, encoding: .utf8)
            let result = ProgramRun.run(path: program.lastPathComponent, source: source, arguments: [],
                                        options: RunOptions(maxSteps: 20_000_000))
            let err = String(decoding: result.stderr, as: UTF8.self)
            let ok = err.split(separator: "\n").contains { $0.hasPrefix(expect[0] + ":") } && "\(result.status)" == expect[1]
            XCTAssertTrue(ok, "deadlock/\(program.lastPathComponent): status \(result.status), stderr \(err)")
            if ok { passed += 1 }
        }
        XCTAssertEqual(programs.count, 4)
        print("conformance: \(passed)/\(programs.count) deadlock programs pass")
    }
}
