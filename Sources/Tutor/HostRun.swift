import Foundation
import Machine
import Trace

/// Programs run for the command line: on the engine, with the host's streams and signals, as
/// `python3 FILE.py` would run them. The CLI parses its flags into `RunOptions` and calls these.
public enum HostRun {
    /// Why a program file cannot be run: python3's message and exit status.
    public struct FileError: Error {
        public var message: String
        public var status: Int32
    }

    /// Reads a program as python3 would: a missing file is status 2 with python3's message, a
    /// file that is not UTF-8 status 1 with CPython's SyntaxError.
    public static func readProgram(_ path: String) -> Result<String, FileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(FileError(message: "python3: can't open file '\(path)': [Errno 2] No such file or directory\n", status: 2))
        }
        switch SourceText.decode(Array(data), path: path) {
        case .text(let text):
            return .success(text)
        case .notUTF8(let report):
            return .failure(FileError(message: report, status: 1))
        }
    }

    /// `run`: runs the program to its end and returns its exit status. The output streams as
    /// python3's would and stdin is read only when the program reads. `timeline` appends the
    /// text timeline to stdout; `traceJSON` writes a Chrome trace there (status 2 if it cannot).
    /// `schedule` replays a schedule exactly (status 2 when it does not fit the program).
    public static func run(path: String, source: String, arguments: [String], options: RunOptions,
                           timeline: Bool = false, traceJSON: String? = nil, schedule: Schedule? = nil) -> Int32 {
        let io = ProgramIO.host()
        let signals = HostSignals(io: io)
        defer { withExtendedLifetime(signals) {} }
        guard timeline || traceJSON != nil else {
            return ProgramRun.run(path: path, source: source, arguments: arguments, options: options, io: io, schedule: schedule).status
        }
        let (result, trace) = ProgramRun.runTraced(path: path, source: source, arguments: arguments, options: options, io: io,
                                                   schedule: schedule)
        if timeline { FileHandle.standardOutput.write(Data(("\n" + TextTimeline.render(trace)).utf8)) }
        if let traceJSON {
            do {
                if let note = try ChromeTrace.write(trace, toFile: traceJSON) { FileHandle.standardError.write(Data(note.utf8)) }
            } catch {
                FileHandle.standardError.write(Data("cannot write \(traceJSON)\n".utf8))
                return 2
            }
        }
        return result.status
    }
}

extension HostRun {
    /// Why `schedule` does not fit the program of `request` (a strict replay in memory), or nil.
    public static func scheduleMisfit(_ request: RunRequest, _ schedule: Schedule) -> String? {
        let result = ProgramRun.run(path: request.path, source: request.source, arguments: request.arguments, options: request.options,
                                    schedule: schedule)
        guard result.status == 2, let text = String(bytes: result.stderr, encoding: .utf8),
              let line = text.split(separator: "\n").last(where: { $0.hasPrefix("concurrency-tutor: schedule does not fit") }) else { return nil }
        return String(line.dropFirst("concurrency-tutor: ".count))
    }
}

/// Ctrl-C and SIGTERM while a program runs. Ctrl-C becomes the program's
/// `KeyboardInterrupt`; a second one before the first was delivered (the engine is busy
/// inside one call), or SIGTERM, ends the run at once after writing out what the program
/// printed (a SIGTERM then exits 143, the status a shell shows for python3 ended by it).
final class HostSignals {
    private let sources: [DispatchSourceSignal]

    init(io: ProgramIO) {
        let queue = DispatchQueue(label: "concurrency-tutor.signals")
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        interrupt.setEventHandler {
            if io.interruptPending {
                io.flushAll()
                exit(130)
            }
            io.interrupt()
        }
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: queue)
        terminate.setEventHandler {
            io.flushAll()
            // The status a shell reports for death by SIGTERM; libdispatch keeps the signal
            // blocked in its threads, so re-raising it would not end the process.
            _exit(128 + SIGTERM)
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        interrupt.resume()
        terminate.resume()
        sources = [interrupt, terminate]
    }
}
