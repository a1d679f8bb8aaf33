import ArgumentParser
import TerminalUI
import Tutor

/// `watch FILE.py [ARGS...]`: the live run view on any program.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Watch a Python program run: threads, the GIL, locks, frames, output.")

    @Argument(help: "The Python file to watch.") var file: String
    @OptionGroup var engine: EngineOptions
    @OptionGroup var replay: ScheduleOption
    @OptionGroup var language: LanguageOption
    @Flag(help: "No run view: run the file and explore its schedules now and on every save, printing its output and the explorer's verdict.")
    var rerun = false
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func run() throws {
        if rerun {
            return try rerunOnSave(file: file, arguments: arguments, options: try replay.runOptions(engine),
                                   strings: .of(language.resolved))
        }
        let request = RunRequest(path: file, source: try readProgram(file), arguments: arguments, options: try replay.runOptions(engine))
        let source: RunSource
        do {
            if let schedule = replay.parsed {
                // The run view replays leniently; a schedule that does not fit is refused here, before it opens.
                if let misfit = HostRun.scheduleMisfit(request, schedule) { throw fail(misfit) }
                source = try engineRunSourceFactory(request.path, request.source, request.arguments, request.options, schedule.decisions)
            } else {
                source = try request.engineRun()
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(language.strings.cannotRun(file, "\(error)"))
        }
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch {
            throw fail(language.strings.cannotOpenTerminal("\(error)"))
        }
        let app = TutorApp(terminal: terminal, watching: source, request: request, language: language.resolved)
        let outcome = app.run()
        terminal.stop()
        if outcome == .interrupted { throw ExitCode(130) }
    }
}
