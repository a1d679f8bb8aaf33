import Foundation
import XCTest

/// Compares `text` with `__Snapshots__/<named>.txt` beside the calling test file.
///
/// A missing snapshot, or any snapshot when the environment has `SNAPSHOT_RECORD=1`, is
/// written from `text` and the test fails with "recorded snapshot, re-run", so a recording
/// run can never pass by accident. On a mismatch the failure shows a line diff.
public func assertSnapshot(_ text: String, named: String, file: StaticString = #filePath, line: UInt = #line) {
    let testFile = URL(fileURLWithPath: "\(file)")
    let directory = testFile.deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let snapshot = directory.appendingPathComponent("\(named).txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"

    guard !recording, let expected = try? String(contentsOf: snapshot, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: snapshot, atomically: true, encoding: .utf8)
            XCTFail("recorded snapshot, re-run: \(snapshot.path)", file: file, line: line)
        } catch {
            XCTFail("could not record snapshot \(snapshot.path): \(error)", file: file, line: line)
        }
        return
    }
    guard expected != actual else { return }
    let diff = snapshotLineDiff(expected: expected, actual: actual)
    XCTFail("snapshot \(named) differs\n--- \(snapshot.path)\n+++ actual\n\(diff)", file: file, line: line)
}

/// A unified-looking diff: common lines with " ", expected-only with "-", actual-only with "+",
/// aligned by the longest common subsequence so one inserted line does not mark the rest changed.
func snapshotLineDiff(expected: String, actual: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var output: [String] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
        if i < old.count, j < new.count, old[i] == new[j] {
            output.append(" " + old[i])
            i += 1
            j += 1
        } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
            output.append("-" + old[i])
            i += 1
        } else {
            output.append("+" + new[j])
            j += 1
        }
    }
    return output.joined(separator: "\n")
}
