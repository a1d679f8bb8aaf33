import ArgumentParser
import Foundation
import Machine
import TerminalUI
import Trace
import Tutor

extension RunSettings.SwitchPoints: ExpressibleByArgument {}

/// The engine behind the run view (`watch` and `r` on a lesson page).
///
/// Optional so the view's tests and `--demo` can run without an engine; the app always has one.
let engineRunSourceFactory: RunSourceFactory? = { path, source, arguments, settings, choices in
    LiveRun(path: path, source: source, arguments: arguments,
            options: RunOptions(seed: settings.seed, cores: settings.cores, switchInterval: settings.switchInterval,
                                switchPoints: settings.switchPoints == .every ? .every : .cpython, noGIL: settings.noGIL),
            choices: choices)
}

/// `watch FILE.py [ARGS...]`: the live run view on any program.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Watch a Python program run: threads, the GIL, locks, frames, output.")

    @Argument(help: "The Python file to watch.") var file: String?
    @Option(help: "Seed of the random module and the scheduler.") var seed: UInt64 = 0
    @Option(help: "Virtual CPU cores.") var cores: Int = 4
    @Option(name: .customLong("switch-interval"), help: "The GIL switch interval in seconds of virtual time.")
    var switchInterval: Double = 0.005
    @Option(name: .customLong("switch-points"), help: "Where threads may switch: cpython (back-edges and calls) or every (any instruction).")
    var switchPoints: RunSettings.SwitchPoints = .cpython
    @Flag(name: .customLong("no-gil"), help: "Model free-threaded Python (3.13t): no GIL.") var noGIL = false
    @Option(name: .customLong("demo"), help: .hidden) var demo: String?
    @Option(name: .customLong("bench-frame"), help: .hidden) var benchFrames: Int?
    @Argument(parsing: .allUnrecognized, help: "Arguments for the program (sys.argv[1:]).") var arguments: [String] = []

    func validate() throws {
        guard cores >= 1 else { throw ValidationError("--cores must be at least 1") }
        guard switchInterval > 0 else { throw ValidationError("--switch-interval must be positive") }
        if file == nil && demo == nil && benchFrames == nil { throw ValidationError("Missing expected argument '<file>'") }
        if let demo, SampleRuns.named(demo) == nil {
            throw ValidationError("no demo '\(demo)'; demos: \(SampleRuns.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        if let benchFrames {
            // Hidden: the benchmark script's measure of one frame with 50 threads.
            for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
                let ms = RunViewBenchmark.millisecondsPerFrame(frames: benchFrames, size: size, sample: demo ?? "many")
                print(String(format: "run view frame %@ %dx%d: %.3f ms/frame (%d frames)", demo ?? "many", size.width, size.height, ms, benchFrames))
            }
            return
        }
        let settings = RunSettings(seed: seed, cores: cores, switchInterval: switchInterval, switchPoints: switchPoints, noGIL: noGIL)
        let request: RunRequest
        let source: RunSource
        let factory: RunSourceFactory?
        if let demo, let sample = SampleRuns.named(demo) {
            request = RunRequest(path: sample.path, source: sample.source, settings: settings)
            source = sample.makeSource()
            factory = nil
        } else {
            guard let file else { throw fail("no file to watch") }
            let text = try readProgram(file)
            guard let engine = engineRunSourceFactory else {
                throw fail("watch: the engine's live run is not part of this build yet")
            }
            request = RunRequest(path: file, source: text, arguments: arguments, settings: settings)
            do {
                source = try engine(request.path, request.source, request.arguments, request.settings, [])
            } catch {
                throw fail("cannot run \(file): \(error)")
            }
            factory = engine
        }
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch {
            throw fail("cannot open the terminal: \(error)")
        }
        let app = TutorApp(terminal: terminal, watching: source, request: request, factory: factory)
        let outcome = app.run()
        terminal.stop()
        if outcome == .interrupted { throw ExitCode(130) }
    }
}
