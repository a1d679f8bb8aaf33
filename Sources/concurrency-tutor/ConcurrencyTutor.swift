import ArgumentParser
import Foundation
import LessonKit
import Tutor

/// `concurrency-tutor`: the full-screen tutor, and the commands that serve scripts and tests.
@main
struct ConcurrencyTutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concurrency-tutor",
        abstract: "Learn Python's concurrency model in the terminal.",
        discussion: LessonLocator.searchOrderDescription + "\n\n" + LessonLocator.helpStatus(),
        version: TutorVersion.current,
        subcommands: [Open.self, List.self, Show.self, Check.self, Run.self, Dis.self, Watch.self],
        defaultSubcommand: Open.self
    )
}

/// Where the lessons come from; shared by every subcommand.
struct LessonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The lessons folder.", discussion: LessonLocator.searchOrderDescription + "\n\n" + LessonLocator.helpStatus(), valueName: "dir"))
    var lessons: String?

    func catalog() throws -> Catalog {
        switch LessonLocator.locate(explicit: lessons) {
        case let .success(root):
            let (catalog, diagnostics) = Catalog.load(from: root)
            if !diagnostics.isEmpty {
                FileHandle.standardError.write(Data("concurrency-tutor: \(diagnostics.count) problem(s) in the lessons; run 'concurrency-tutor check' for details\n".utf8))
            }
            return catalog
        case let .failure(error):
            throw CLIError(message: error.description)
        }
    }
}

/// A user-facing failure: printed as `concurrency-tutor: message`, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("concurrency-tutor: \(message)\n".utf8))
    return ExitCode(1)
}
