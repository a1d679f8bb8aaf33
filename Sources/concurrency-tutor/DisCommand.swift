import ArgumentParser
import Foundation
import Machine

/// `dis FILE.py`: the bytecode listing the engine runs.
struct Dis: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dis", abstract: "Print the bytecode of a Python file.")

    @Argument(help: "The Python file to disassemble.") var file: String
    /// Accepted as on every command; the listing is the same in every language.
    @OptionGroup var language: LanguageOption

    func run() throws {
        let source = try readProgram(file)
        let result = ProgramRun.disassembly(path: file, source: source)
        FileHandle.standardOutput.write(Data(result.stdout))
        FileHandle.standardError.write(Data(result.stderr))
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
