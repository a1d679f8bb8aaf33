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
        subcommands: [Open.self, List.self, Show.self, Check.self, Run.self, Dis.self, Watch.self, Explore.self, ExerciseCommand.self],
        defaultSubcommand: Open.self
    )
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--lang zh|en`, on every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("The language: en or zh. (default: $CONCURRENCY_TUTOR_LANG, else the app's last choice, else zh when LC_ALL/LC_MESSAGES/LANG starts with zh, else en)",
                               valueName: "en|zh"))
    var lang: Language?

    /// `--lang`, else the environment and locale (`Language.resolve`); the app also weighs the learner's last choice.
    var resolved: Language { Language.resolve(explicit: lang) }
    /// The CLI's own words in that language.
    var strings: Strings { .of(resolved) }
}

/// Where the lessons come from, and the language; shared by every subcommand.
struct LessonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The lessons folder.", discussion: LessonLocator.searchOrderDescription + "\n\n" + LessonLocator.helpStatus(), valueName: "dir"))
    var lessons: String?
    @OptionGroup var language: LanguageOption

    var strings: Strings { language.strings }

    /// The course in the chosen language.
    func catalog() throws -> Catalog {
        switch LessonLocator.locate(explicit: lessons) {
        case let .success(root):
            let (catalog, diagnostics) = Catalog.load(from: root)
            if !diagnostics.isEmpty {
                FileHandle.standardError.write(Data("concurrency-tutor: \(strings.loadProblems(diagnostics.count))\n".utf8))
            }
            return catalog.localized(language.resolved)
        case let .failure(error):
            throw CLIError(message: error.description(strings.noLessonsFolder))
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
