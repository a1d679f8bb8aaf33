import Foundation
import LessonKit
import TerminalUI

/// Times the run view's drawing without a terminal, for the benchmark script
/// (`concurrency-tutor watch --bench-frame N`): the budget is 5 ms a frame with 50 threads.
public enum RunViewBenchmark {
    /// Draws `frames` frames of a sample run into a fresh grid each, the cursor spread over
    /// the whole run, and returns the mean milliseconds per frame.
    public static func millisecondsPerFrame(frames: Int, size: Size, sample name: String = "many") -> Double {
        guard let sample = SampleRuns.named(name) else { return .nan }
        let session = RunSession(request: RunRequest(path: sample.path, source: sample.source), source: sample.makeSource(), factory: nil)
        let screen = RunViewScreen(session: session)
        let context = AppContext(catalog: Catalog(lessons: [], root: URL(fileURLWithPath: "/")), progress: LearnerProgress(),
                                 store: nil, theme: Theme(capabilities: TerminalCapabilities(colors: true, unicode: true)))
        let app = Rect(size: size)
        let (_, rest) = app.splitTop(1)
        let (body, _) = rest.splitBottom(1)
        let count = max(frames, 1)
        let changes = max(session.index.changeCount - 1, 1)
        var checksum = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for frame in 0..<count {
            screen.moveCursor(to: changes * frame / count)
            var grid = CellGrid(size: size)
            screen.draw(in: &grid, area: body, context: context)
            if let line = screen.statusLine(context: context) { line.draw(in: &grid, x: 0, y: size.height - 1, clip: app) }
            checksum &+= grid[0, 0].text.count
        }
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        // Keeps the optimiser from dropping the drawing.
        if checksum == Int.min { print(checksum) }
        return Double(elapsed) / 1_000_000 / Double(count)
    }
}
