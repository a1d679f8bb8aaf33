import Foundation
import XCTest
@testable import Tutor

/// The checker's host runs: limits, SIGKILL of the whole group, working directory.
final class HostProcessTests: XCTestCase {
    func shell(_ script: String, in directory: String? = nil, seconds: TimeInterval = 10) throws -> HostProcess.Output {
        try HostProcess(executable: "/bin/sh", arguments: ["-c", script], directory: directory,
                        timeLimit: seconds, memoryLimit: 1 << 30).run().get()
    }

    func test_run_collectsOutputAndStatus() throws {
        let output = try shell("echo out; echo err >&2; exit 3")
        XCTAssertEqual(String(decoding: output.stdout, as: UTF8.self), "out\n")
        XCTAssertEqual(String(decoding: output.stderr, as: UTF8.self), "err\n")
        XCTAssertEqual(output.status, 3)
        XCTAssertFalse(output.timedOut)
    }

    func test_run_inTheGivenDirectory() throws {
        let directory = try XCTUnwrap(FileReaderPath.resolved(NSTemporaryDirectory()))
        XCTAssertEqual(String(decoding: try shell("pwd -P", in: directory).stdout, as: UTF8.self), directory + "\n")
    }

    func test_programIgnoringSIGTERM_andItsChildren_areKilledAtTheLimit() throws {
        let output = try killedAtTheLimit("trap '' TERM; sleep 60 & echo $!; wait")
        let child = try XCTUnwrap(pid_t(String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        // The background sleep was in the group: it is gone (give init a moment to reap it).
        let deadline = Date().addingTimeInterval(5)
        while kill(child, 0) == 0, Date() < deadline { usleep(20_000) }
        XCTAssertNotEqual(kill(child, 0), 0, "the child \(child) outlived the kill")
    }

    func test_programThatClosesItsOutput_andRunsOn_isStillKilledAtTheLimit() throws {
        _ = try killedAtTheLimit("exec >&- 2>&-; while :; do :; done")
    }

    /// Runs `script` with a 1 s limit and checks it was killed with SIGKILL soon after.
    private func killedAtTheLimit(_ script: String, file: StaticString = #filePath, line: UInt = #line) throws -> HostProcess.Output {
        let started = Date()
        let output = try shell(script, seconds: 1)
        XCTAssertTrue(output.timedOut, file: file, line: line)
        XCTAssertEqual(output.signal, SIGKILL, file: file, line: line)
        XCTAssertLessThan(Date().timeIntervalSince(started), 8, file: file, line: line)
        return output
    }

    func test_outputBeyondTheLimit_stopsTheProgram() throws {
        var process = HostProcess(executable: "/bin/sh", arguments: ["-c", "yes"], directory: nil, timeLimit: 20, memoryLimit: nil)
        process.outputLimit = 1 << 16
        let output = try process.run().get()
        XCTAssertTrue(output.outputTooLarge)
        XCTAssertEqual(output.stdout.count, 1 << 16)
    }

    func test_missingExecutable_isAnErrorInWords() {
        let result = HostProcess(executable: "/nonexistent/python3", arguments: [], directory: nil, timeLimit: 1, memoryLimit: nil).run()
        XCTAssertEqual(result, .failure(.cannotStart("/nonexistent/python3 is not an executable file")))
    }
}

/// `realpath`, for comparing with `pwd -P`.
enum FileReaderPath {
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
