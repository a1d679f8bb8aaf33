import Foundation
import XCTest
@testable import Machine

/// Runs every program of `Tests/Conformance/processes/` with its output going into files, as
/// the regeneration script ran python3 (`> NAME.stdout`: block-buffered, each process with its
/// own buffer), and compares stdout, stderr and the exit status exactly: a fork copies unwritten
/// output and `os._exit` loses it, so the buffering is part of what is checked.
final class ProcessConformanceTests: XCTestCase {
    func test_processPrograms_matchCPython() throws {
        let programs = try ConformanceTests.programs(in: "processes")
        XCTAssertGreaterThanOrEqual(programs.count, 6)
        for program in programs {
            let base = program.deletingPathExtension()
            let name = "processes/" + base.lastPathComponent
            let source = try String(contentsOf: program, encoding: .utf8)
            let (out, err, status) = try runIntoFiles(path: program.lastPathComponent, source: source)
            let expectedOut = try Data(contentsOf: base.appendingPathExtension("stdout"))
            let expectedErr = try Data(contentsOf: base.appendingPathExtension("stderr"))
            let expectedStatus = Int32(try String(contentsOf: base.appendingPathExtension("status"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines))
            XCTAssertEqual(String(decoding: out, as: UTF8.self), String(decoding: expectedOut, as: UTF8.self), "\(name): stdout")
            if source.hasPrefix("# conformance: stderr-message") {
                // CPython's traceback runs through its own library files; the message must match.
                func message(_ d: Data) -> [Substring] {
                    // From the exception's first line (unindented, after the traceback) to the end.
                    let lines = String(decoding: d, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    let start = lines.lastIndex { !$0.hasPrefix(" ") && $0.contains("Error") } ?? lines.endIndex
                    return Array(lines[start...])
                }
                XCTAssertEqual(message(err), message(expectedErr), "\(name): stderr message")
            } else {
                XCTAssertEqual(String(decoding: err, as: UTF8.self), String(decoding: expectedErr, as: UTF8.self), "\(name): stderr")
            }
            XCTAssertEqual(status, expectedStatus, "\(name): status")
        }
    }

    /// The same program gives the same output and status on every run (deterministic pids,
    /// interleavings and times).
    func test_processPrograms_areDeterministic() throws {
        for program in try ConformanceTests.programs(in: "processes").prefix(3) {
            let source = try String(contentsOf: program, encoding: .utf8)
            let a = try runIntoFiles(path: program.lastPathComponent, source: source)
            let b = try runIntoFiles(path: program.lastPathComponent, source: source)
            XCTAssertEqual(a.0, b.0, program.lastPathComponent)
            XCTAssertEqual(a.2, b.2, program.lastPathComponent)
        }
    }

    /// Runs `source` with stdout and stderr into temporary files through `ProgramIO`.
    func runIntoFiles(path: String, source: String, options: RunOptions = RunOptions(maxSteps: 50_000_000))
        throws -> (Data, Data, Int32) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
        let out = open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let err = open(errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let input = open("/dev/null", O_RDONLY)
        defer { close(out); close(err); close(input) }
        let io = ProgramIO(stdout: out, stderr: err, stdin: input, buffering: .block)
        let result = ProgramRun.run(path: path, source: source, arguments: [], options: options, io: io)
        return (try Data(contentsOf: outURL), try Data(contentsOf: errURL), result.status)
    }
}
