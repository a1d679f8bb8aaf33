import Foundation
import Synchronization

/// A run's connection to the host's terminal: its standard streams written through as
/// CPython's buffered streams would be, stdin read only when the program reads, and Ctrl-C.
///
/// Without one (tests, the app, the lesson checker) a run keeps its output in memory.
public final class ProgramIO: Sendable {
    /// How the run's stdout is buffered (CPython's `create_stdio` in pylifecycle.c).
    public enum Buffering: Sendable {
        /// A terminal: flushed at every newline (`line_buffering=True`).
        case line
        /// A pipe or a file: flushed when 8 KiB are pending, at exit and on `flush()`.
        case block
        /// `PYTHONUNBUFFERED` or `-u`: every write goes straight out (`write_through=True`).
        case none
    }

    private struct State {
        /// What each process has buffered, by pid, per stream (1, 2): each CPython process
        /// has its own `sys.stdout` buffer, which a fork copies.
        var pending: [Int: [[UInt8]]] = [:]
        /// Processes in the order they first buffered output (flushAll goes in this order).
        var order: [Int] = []
        var input: [UInt8] = []
        var inputPosition = 0
        var inputEnded = false
    }

    private let stdoutBuffering: Buffering
    private let stderrBuffering: Buffering
    private let state = Mutex(State())
    private let interrupts = Atomic<Int>(0)
    private let output: Int32
    private let errors: Int32
    private let input: Int32

    /// The size past which a block-buffered stream writes out (io.DEFAULT_BUFFER_SIZE).
    static let blockSize = 8192

    /// Streams on the given descriptors with CPython's buffering for them.
    public init(stdout: Int32 = 1, stderr: Int32 = 2, stdin: Int32 = 0, buffering: Buffering) {
        output = stdout
        errors = stderr
        input = stdin
        stdoutBuffering = buffering
        // Since 3.9 stderr is line-buffered whether or not it is a terminal.
        stderrBuffering = buffering == .none ? .none : .line
    }

    /// The process's own descriptors 0-2, buffered as `python3` would buffer them here:
    /// unbuffered under a non-empty `PYTHONUNBUFFERED`, else by line on a terminal, else by block.
    public static func host() -> ProgramIO {
        let unbuffered = !(ProcessInfo.processInfo.environment["PYTHONUNBUFFERED"] ?? "").isEmpty
        return ProgramIO(buffering: unbuffered ? .none : (isatty(1) == 1 ? .line : .block))
    }

    // MARK: - Output

    /// Writes process `pid`'s text to fd 1 or 2 through that stream's buffer.
    func write(_ bytes: [UInt8], fd: Int, process pid: Int = 0) {
        let stream = fd == 2 ? 2 : 1
        let policy = stream == 2 ? stderrBuffering : stdoutBuffering
        state.withLock { s in
            if s.pending[pid] == nil {
                s.pending[pid] = [[], [], []]
                s.order.append(pid)
            }
            s.pending[pid]![stream].append(contentsOf: bytes)
            let count = s.pending[pid]![stream].count
            let due: Bool
            switch policy {
            case .none: due = true
            case .line: due = bytes.contains(10) || bytes.contains(13) || count >= ProgramIO.blockSize
            case .block: due = count >= ProgramIO.blockSize
            }
            if due { writeOut(&s, pid, stream) }
        }
    }

    /// `sys.stdout.flush()` (or stderr's) in process `pid`.
    func flush(fd: Int, process pid: Int = 0) {
        state.withLock { s in writeOut(&s, pid, fd == 2 ? 2 : 1) }
    }

    /// A process exits: normally it writes out what it buffered, stdout first (CPython's
    /// `flush_std_files`); after `os._exit` the buffers are lost.
    /// `os.write(1, ...)`: straight to the host stream, ahead of what the process's
    /// `sys.stdout` buffer still holds, as a raw write passes CPython's buffer by.
    func writeUnbuffered(_ bytes: [UInt8], fd: Int, process pid: Int) {
        let stream = fd == 2 ? 2 : 1
        state.withLock { s in
            let held = s.pending[pid]
            var raw: [[UInt8]] = [[], [], []]
            raw[stream] = bytes
            s.pending[pid] = raw
            writeOut(&s, pid, stream)
            s.pending[pid] = held
        }
    }

    func processExited(_ pid: Int, flushing: Bool) {
        state.withLock { s in
            if flushing {
                writeOut(&s, pid, 1)
                writeOut(&s, pid, 2)
            }
            s.pending[pid] = nil
            s.order.removeAll { $0 == pid }
        }
    }

    /// `os.fork()`: the child starts with a copy of the parent's unwritten buffers (which is
    /// why output printed before a fork into a pipe can appear twice).
    func forked(from parent: Int, child: Int) {
        state.withLock { s in
            guard let pending = s.pending[parent], pending.contains(where: { !$0.isEmpty }) else { return }
            s.pending[child] = pending
            s.order.append(child)
        }
    }

    /// Writes out everything pending, stdout first (CPython's `flush_std_files` at exit).
    public func flushAll() {
        state.withLock { s in
            for pid in s.order {
                writeOut(&s, pid, 1)
                writeOut(&s, pid, 2)
            }
        }
    }

    private func writeOut(_ s: inout State, _ pid: Int, _ stream: Int) {
        guard let pending = s.pending[pid]?[stream], !pending.isEmpty else { return }
        let fd = stream == 2 ? errors : output
        pending.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    break  // a closed pipe: what CPython would fail to write is dropped
                }
            }
        }
        s.pending[pid]![stream].removeAll(keepingCapacity: true)
    }

    // MARK: - Input

    /// What reading one line of stdin gave.
    enum LineRead {
        case line([UInt8])
        case endOfFile
        case interrupted
    }

    /// Reads up to and including the next newline (a last line may lack one), blocking on the
    /// host's stdin only now, when the program asks; Ctrl-C while waiting interrupts the read.
    func readLine() -> LineRead {
        var line: [UInt8] = []
        while true {
            let (byte, ended) = state.withLock { s -> (UInt8?, Bool) in
                if s.inputPosition < s.input.count {
                    defer { s.inputPosition += 1 }
                    return (s.input[s.inputPosition], false)
                }
                return (nil, s.inputEnded)
            }
            if let byte {
                line.append(byte)
                if byte == 10 { return .line(line) }
                continue
            }
            if ended { return line.isEmpty ? .endOfFile : .line(line) }
            if !fillInput() { return .interrupted }
        }
    }

    /// Waits for more of stdin, checking for Ctrl-C every 100 ms. False when interrupted.
    private func fillInput() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if interrupts.load(ordering: .acquiring) > 0 { return false }
            var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            state.withLock { s in
                s.input.removeFirst(s.inputPosition)
                s.inputPosition = 0
                if n > 0 { s.input.append(contentsOf: chunk[0..<n]) } else { s.inputEnded = true }
            }
            return true
        }
    }

    // MARK: - Ctrl-C

    /// Ctrl-C arrived (called from the signal handler's thread).
    public func interrupt() {
        interrupts.add(1, ordering: .acquiringAndReleasing)
    }

    /// Takes a pending Ctrl-C for delivery as `KeyboardInterrupt`.
    func takeInterrupt() -> Bool {
        var seen = interrupts.load(ordering: .acquiring)
        while seen > 0 {
            let (exchanged, original) = interrupts.compareExchange(expected: seen, desired: 0, ordering: .acquiringAndReleasing)
            if exchanged { return true }
            seen = original
        }
        return false
    }

    /// Whether a Ctrl-C waits to be delivered (cheap: read once per scheduler slice).
    public var interruptPending: Bool { interrupts.load(ordering: .relaxed) > 0 }
}
