import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for a file to be saved (its modification time, size or inode changes: polled, so it
/// works on every file system and with editors that save by renaming) or for the learner to
/// type a line on stdin, whichever comes first.
public final class SaveWatcher {
    /// What `next()` saw.
    public enum Event: Equatable {
        case saved
        /// A line typed on stdin, without its newline and surrounding blanks.
        case command(String)
    }

    /// A file's identity and modification time, as `stat` gives them.
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt64
    }

    private let path: String
    private var last: Stamp?
    /// Cleared at the end of stdin (`</dev/null` in tests): only the file is watched then.
    private var readsInput: Bool
    /// Between polls, and the time a changed file must stay unchanged before it is read
    /// (an editor may write it in several steps).
    let interval: Int32

    public init(path: String, intervalMilliseconds: Int32 = 200, readsInput: Bool = true) {
        self.path = path
        self.readsInput = readsInput
        self.interval = intervalMilliseconds
        last = Self.stamp(path)
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size),
                     inode: UInt64(info.st_ino))
    }

    /// Forgets changes made so far (the file as it is now counts as seen).
    public func markSeen() { last = Self.stamp(path) }

    /// Blocks until the file is saved or a line is typed. A file that is missing for a moment
    /// (an editor replacing it) is not a save; its reappearance is.
    public func next() -> Event {
        while true {
            if readsInput {
                var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                if poll(&descriptor, 1, interval) > 0 {
                    if let line = readLine() { return .command(line.trimmingCharacters(in: .whitespaces)) }
                    readsInput = false
                }
            } else {
                usleep(UInt32(interval) * 1000)
            }
            guard let now = Self.stamp(path), now != last else { continue }
            // Settled: unchanged over one more interval.
            usleep(UInt32(interval) * 1000)
            guard Self.stamp(path) == now else { continue }
            last = now
            return .saved
        }
    }
}
