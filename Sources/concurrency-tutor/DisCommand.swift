import ArgumentParser
import Foundation
import Machine

/// `dis FILE.py`: the bytecode listing the engine runs.
struct Dis: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the bytecode of a Python file.")

    @Argument(help: "The Python file to disassemble.") var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw fail("cannot read \(file)") }
        let source: String
        switch SourceText.decode(Array(data), path: file) {
        case .text(let text): source = text
        case .notUTF8(let report):
            FileHandle.standardError.write(Data(report.utf8))
            throw ExitCode(1)
        }
        let result = ProgramRun.disassembly(path: file, source: source)
        FileHandle.standardOutput.write(Data(result.stdout))
        FileHandle.standardError.write(Data(result.stderr))
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
