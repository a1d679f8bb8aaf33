// The run view without the engine, for the benchmark script and the run view's end-to-end
// test; not shipped (Docs/DECISIONS.md, "Fixtures and benchmarks are not shipped").
//
//   run-view-bench --bench-frame N [--demo NAME]   ms per frame of a recorded run (default: many)
//   run-view-bench --demo NAME                     the run view on a recorded run, in the terminal
import Foundation
import TerminalUI
import Tutor
import TutorFixtures

/// Draws `frames` frames of `sample` into a fresh grid each, the cursor spread over the whole
/// run, and returns the mean milliseconds per frame (the budget is 5 ms with 50 threads).
func millisecondsPerFrame(frames: Int, size: Size, sample: SampleRuns.Sample) -> Double {
    let stills = RunViewStills(request: RunRequest(path: sample.path, source: sample.source), source: sample.makeSource())
    let count = max(frames, 1)
    let changes = max(stills.changeCount - 1, 1)
    var checksum = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for frame in 0..<count {
        var grid = CellGrid(size: size)
        stills.draw(change: changes * frame / count, into: &grid)
        checksum &+= grid[0, 0].text.count
    }
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    // Keeps the optimiser from dropping the drawing.
    if checksum == Int.min { print(checksum) }
    return Double(elapsed) / 1_000_000 / Double(count)
}

/// Plays a recorded run in the real terminal; Ctrl-C exits 130 as the app does.
func openDemo(_ sample: SampleRuns.Sample) -> Int32 {
    let terminal = CursesTerminal()
    do {
        try terminal.start()
    } catch {
        FileHandle.standardError.write(Data("run-view-bench: cannot open the terminal: \(error)\n".utf8))
        return 1
    }
    let app = TutorApp(terminal: terminal, watching: sample.makeSource(),
                       request: RunRequest(path: sample.path, source: sample.source), factory: nil)
    let outcome = app.run()
    terminal.stop()
    return outcome == .interrupted ? 130 : 0
}

func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("run-view-bench: \(message)\nusage: run-view-bench [--bench-frame N] [--demo NAME]\n".utf8))
    exit(64)
}

var benchFrames: Int?
var demo: String?
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst() else { usage("\(flag) needs a value") }
    switch flag {
    case "--bench-frame":
        guard let n = Int(value), n > 0 else { usage("--bench-frame needs a positive number of frames") }
        benchFrames = n
    case "--demo": demo = value
    default: usage("unknown option \(flag)")
    }
}
if benchFrames == nil && demo == nil { usage("nothing to do") }
let name = demo ?? "many"
guard let sample = SampleRuns.named(name) else {
    usage("no demo '\(name)'; demos: \(SampleRuns.names.joined(separator: ", "))")
}
if let benchFrames {
    for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
        let ms = millisecondsPerFrame(frames: benchFrames, size: size, sample: sample)
        print(String(format: "run view frame %@ %dx%d: %.3f ms/frame (%d frames)", name, size.width, size.height, ms, benchFrames))
    }
} else {
    exit(openDemo(sample))
}
