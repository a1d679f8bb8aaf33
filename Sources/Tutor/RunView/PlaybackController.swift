import Trace

/// The run view's playback state — cursor, selection, zoom, speed, play state — and the moves
/// the keys make, kept apart from drawing so every sequence can be tested as numbers.
///
/// The cursor is a change number of the trace: the view shows the world right after it.
struct PlaybackController: Equatable {
    /// Playback speeds in trace changes (events and line steps) per second.
    static let speeds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 5_000, 20_000]
    /// Timeline zoom levels in nanoseconds per column: 1, 2, 5 times powers of ten, 1 µs to 10 s.
    static let zoomLevels: [Nanoseconds] = (3...10).flatMap { exponent -> [Nanoseconds] in
        let base = (0..<exponent).reduce(Nanoseconds(1)) { value, _ in value * 10 }
        return [base, base * 2, base * 5]
    }.filter { $0 >= 1_000 && $0 <= 10_000_000_000 }

    /// A forward move that needs more trace than the source has produced yet; retried each frame.
    enum Seek: Equatable {
        case nextEvent
        case nextStep(ThreadID)
        case end
        /// Until the trace holds this change (after a re-run replays its choices).
        case change(Int)
    }

    /// What a move did, so the screen knows whether to redraw or run the source.
    enum Outcome: Equatable {
        case moved
        /// Needs more trace: the screen advances the source and calls `tick` again.
        case waiting
        /// The run is over and the cursor is on its last change.
        case atEnd
        case unchanged
    }

    var cursor = 0
    /// Index into `trace.threads`.
    var selectedThread = 0
    var playing = false
    var speedIndex = 4
    /// Nanoseconds per timeline column; nil fits the run so far into the pane.
    var zoom: Nanoseconds?
    /// The instant at the timeline's left edge (when zoomed).
    var timelineStart: Nanoseconds = 0
    /// The first thread row shown in the timeline.
    var threadScroll = 0
    var seek: Seek?
    /// Fractional changes owed by playback between frames.
    private var carry = 0.0

    var speed: Int { Self.speeds[speedIndex] }

    // MARK: - Moves

    /// Space: play or pause; at the end of a finished run, plays again from the start.
    mutating func togglePlay(index: TraceIndex, ended: Bool) {
        seek = nil
        if !playing && ended && cursor >= index.changeCount - 1 { cursor = 0 }
        playing.toggle()
        carry = 0
    }

    /// `n`: the next change of any thread's state or any primitive (skipping line steps).
    mutating func nextEvent(index: TraceIndex, ended: Bool) -> Outcome {
        playing = false
        return perform(.nextEvent, index: index, ended: ended)
    }

    /// `i`: the next line step of `thread`.
    mutating func nextStep(of thread: ThreadID, index: TraceIndex, ended: Bool) -> Outcome {
        playing = false
        return perform(.nextStep(thread), index: index, ended: ended)
    }

    /// `b`: back one event, from the recorded trace (never re-runs).
    mutating func stepBack(index: TraceIndex) -> Outcome {
        playing = false
        seek = nil
        let previous = index.previousEvent(before: cursor) ?? 0
        guard previous != cursor else { return .unchanged }
        cursor = previous
        return .moved
    }

    /// `g`: the first change.
    mutating func goToStart() -> Outcome {
        seek = nil
        guard cursor != 0 else { return .unchanged }
        cursor = 0
        return .moved
    }

    /// `G`: the last change; a run still going keeps following its end until it stops.
    mutating func goToEnd(index: TraceIndex, ended: Bool) -> Outcome {
        playing = false
        return perform(.end, index: index, ended: ended)
    }

    /// Waits (via `tick`) until the trace holds `change`, then puts the cursor there.
    mutating func seek(toChange change: Int, index: TraceIndex, ended: Bool) -> Outcome {
        perform(.change(change), index: index, ended: ended)
    }

    mutating func faster() { speedIndex = min(speedIndex + 1, Self.speeds.count - 1) }
    mutating func slower() { speedIndex = max(speedIndex - 1, 0) }

    /// Tab / Shift-Tab: the next or previous thread.
    mutating func selectThread(by delta: Int, count: Int) {
        guard count > 0 else { return }
        selectedThread = ((selectedThread + delta) % count + count) % count
    }

    /// `>`: finer columns; `current` is the unit in use (the fitted one when not zoomed).
    mutating func zoomIn(current: Nanoseconds) {
        zoom = Self.zoomLevels.last { $0 < current } ?? Self.zoomLevels[0]
    }

    /// `<`: coarser columns.
    mutating func zoomOut(current: Nanoseconds) {
        zoom = Self.zoomLevels.first { $0 > current } ?? Self.zoomLevels[Self.zoomLevels.count - 1]
    }

    /// `0`: fit the run so far again.
    mutating func zoomToFit() {
        zoom = nil
        timelineStart = 0
    }

    /// Scrolls the timeline so the cursor's instant and the selected thread's row are on screen.
    /// `selectedRow` is that row's position when the rows are not the threads alone (processes' headers).
    mutating func keepVisible(cursorTime: Nanoseconds, unit: Nanoseconds, columns: Int, threadRows: Int, selectedRow: Int? = nil) {
        if zoom != nil {
            let span = unit * Nanoseconds(max(columns, 1))
            if cursorTime < timelineStart {
                timelineStart = max(cursorTime - span / 4, 0) / unit * unit
            } else if cursorTime >= timelineStart + span {
                // Leave room ahead of the cursor so playback does not scroll every column.
                timelineStart = max(cursorTime - span * 3 / 4, 0) / unit * unit
            }
        }
        let row = selectedRow ?? selectedThread
        if row < threadScroll {
            threadScroll = row
        } else if row >= threadScroll + threadRows {
            threadScroll = row - threadRows + 1
        }
    }

    /// Any key other than a move cancels a pending seek (so an endless run never traps the learner).
    mutating func cancelSeek() { seek = nil }

    // MARK: - Frames

    /// Called once per frame while playing or seeking; `elapsed` is wall time since the last call.
    mutating func tick(elapsedMilliseconds elapsed: Int, index: TraceIndex, ended: Bool) -> Outcome {
        if let seek { return perform(seek, index: index, ended: ended) }
        guard playing else { return .unchanged }
        let last = index.changeCount - 1
        if cursor >= last {
            if ended {
                playing = false
                return .atEnd
            }
            return .waiting
        }
        carry += Double(speed) * Double(max(elapsed, 0)) / 1_000
        let steps = Int(carry)
        guard steps > 0 else { return .unchanged }
        carry -= Double(steps)
        cursor = min(cursor + steps, last)
        if cursor == last && !ended { carry = 0 }
        return .moved
    }

    /// Whether the screen should run the source before the next tick: playback or a seek is
    /// at the edge of what has been recorded.
    func needsMoreTrace(index: TraceIndex, ended: Bool) -> Bool {
        guard !ended else { return false }
        if seek != nil { return true }
        // A little lookahead so fast playback does not stall every frame.
        return playing && cursor + max(speed / 30, 1) >= index.changeCount - 1
    }

    private mutating func perform(_ move: Seek, index: TraceIndex, ended: Bool) -> Outcome {
        let last = index.changeCount - 1
        let target: Int?
        switch move {
        case .nextEvent: target = index.nextEvent(after: cursor)
        case let .nextStep(thread): target = index.nextStep(of: thread, after: cursor)
        case .end: target = ended ? last : nil
        case let .change(change): target = change <= last ? change : nil
        }
        if let target {
            seek = nil
            let moved = target != cursor
            cursor = target
            if !moved && ended && cursor == last { return .atEnd }
            return moved ? .moved : .unchanged
        }
        if ended {
            // Nothing more of that kind will come: stop on the last change so the end banner shows.
            seek = nil
            guard last >= 0, cursor != last else { return .atEnd }
            cursor = last
            return .moved
        }
        seek = move
        if move == .end && last > cursor {
            // Follow the growing end while the run continues.
            cursor = last
            return .moved
        }
        return .waiting
    }
}
