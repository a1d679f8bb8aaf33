import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a host program for the lesson checker under limits: in its own process group, stdin
/// closed, in a chosen working directory, with an address-space limit; when the time limit
/// passes or the output grows too large the whole group is killed with SIGKILL (a program that
/// ignores SIGTERM, or its children, cannot keep it waiting).
struct HostProcess {
    var executable: String
    var arguments: [String]
    /// The working directory (nil: the checker's own).
    var directory: String?
    var timeLimit: TimeInterval
    /// `ulimit -v`, in bytes (nil: none).
    var memoryLimit: Int?
    /// Bytes kept per stream; past this the program is stopped.
    var outputLimit = HostProcess.defaultOutputLimit
    static let defaultOutputLimit = 16 << 20

    /// What the program did before it ended or was stopped.
    struct Output: Equatable {
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32 = 0
        /// The signal that ended it, if one did.
        var signal: Int32?
        /// Stopped because the time limit passed.
        var timedOut = false
        /// Stopped because it printed more than `outputLimit`.
        var outputTooLarge = false
    }

    /// Runs to the end or to a limit; a failure to start is an error message in plain words.
    func run() -> Result<Output, HostProcessError> {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return .failure(.cannotStart("\(executable) is not an executable file"))
        }
        // A shell in front sets the directory and the memory limit, then execs the program, so both
        // apply from its first instruction.
        var script = "ulimit -c 0 2>/dev/null; "
        if directory != nil { script += "cd -- \"$1\" || exit 126; " }
        if let memoryLimit { script += "ulimit -v \(max(memoryLimit / 1024, 1)) || exit 126; " }
        script += "shift; exec \"$@\""
        let argv = ["/bin/sh", "-c", script, "sh", directory ?? "", executable] + arguments

        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0 else { return .failure(.cannotStart("no pipe: \(plainError())")) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            return .failure(.cannotStart("no pipe: \(plainError())"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own group, so one kill reaches its children too; default signal handling.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)

        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, environ)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            return .failure(.cannotStart("cannot start \(executable): \(String(cString: strerror(spawned)))"))
        }
        var output = Output()
        let deadline = Date().addingTimeInterval(timeLimit)
        collect(from: outPipe[0], errPipe[0], group: pid, deadline: deadline, into: &output)
        close(outPipe[0])
        close(errPipe[0])
        // It may still run with its output closed: wait for it until the deadline, no longer.
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, output.timedOut || output.outputTooLarge ? 0 : WNOHANG)
            if reaped == pid || (reaped < 0 && errno != EINTR) { break }
            if reaped == 0 && Date() >= deadline {
                output.timedOut = true
                kill(-pid, SIGKILL)
                continue
            }
            usleep(10_000)
        }
        // Whatever happened, nothing of its group outlives the check.
        kill(-pid, SIGKILL)
        // The shell execs the program, so its status is the program's (WIFEXITED / WTERMSIG by hand).
        let termination = status & 0x7f
        if termination == 0 {
            output.status = (status >> 8) & 0xff
        } else {
            output.signal = termination
            output.status = 128 + termination
        }
        return .success(output)
    }

    /// Reads both pipes until they close, killing the group at the time limit or output limit.
    private func collect(from out: Int32, _ err: Int32, group: pid_t, deadline: Date, into output: inout Output) {
        var killedAt: Date?
        var fds = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        func stop() {
            guard killedAt == nil else { return }
            killedAt = Date()
            kill(-group, SIGKILL)
        }
        while fds.contains(where: { $0.fd >= 0 }) {
            let now = Date()
            if killedAt == nil, now >= deadline {
                output.timedOut = true
                stop()
            }
            // A grandchild that left the group could hold the pipes open: give up two seconds after the kill.
            if let killedAt, now.timeIntervalSince(killedAt) > 2 { break }
            let wait = killedAt == nil ? deadline.timeIntervalSince(now) : 0.1
            let ready = poll(&fds, nfds_t(fds.count), Int32(max(min(wait, 1), 0.01) * 1000))
            if ready < 0 && errno != EINTR { break }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    fds[index].fd = -1
                    continue
                }
                let isOut = index == 0
                let kept = isOut ? output.stdout.count : output.stderr.count
                let room = max(outputLimit - kept, 0)
                if isOut { output.stdout += buffer[0..<min(count, room)] } else { output.stderr += buffer[0..<min(count, room)] }
                if count > room {
                    output.outputTooLarge = true
                    stop()
                }
            }
        }
    }

    private func plainError() -> String { String(cString: strerror(errno)) }
}

/// Why a host program could not be run.
enum HostProcessError: Error, Equatable, CustomStringConvertible {
    case cannotStart(String)

    var description: String {
        switch self {
        case .cannotStart(let message): return message
        }
    }
}
