import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading one lesson file found.
public enum FileRead: Equatable {
    case contents(Data)
    case missing
    /// Something other than a regular file (`kind`: "a directory", "a FIFO", ...); never opened,
    /// so a FIFO cannot block the reader.
    case notAFile(kind: String)
    /// It exists but could not be read; `reason` in plain words ("permission denied").
    case unreadable(reason: String)
}

/// Reads lesson files without ever blocking or throwing; tests substitute one that fails the way
/// a non-root user's read would (as root, `chmod 000` still lets a file be read).
public struct FileReader {
    public var read: (URL) -> FileRead

    public init(read: @escaping (URL) -> FileRead) {
        self.read = read
    }

    /// Larger lesson files are refused rather than read into memory.
    public static let sizeLimit = 16 << 20

    /// The real file system: `stat` first, and only a regular file is opened (non-blocking).
    public static let system = FileReader { url in
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .missing : .unreadable(reason: plainReason(code))
        }
        if let kind = nonFileKind(info.st_mode) { return .notAFile(kind: kind) }
        // O_NONBLOCK: should the path have become a FIFO since the stat, opening it still returns at once.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable(reason: plainReason(errno)) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { return .unreadable(reason: plainReason(errno)) }
        if let kind = nonFileKind(info.st_mode) { return .notAFile(kind: kind) }
        guard Int(info.st_size) <= sizeLimit else {
            return .unreadable(reason: "it is larger than \(sizeLimit >> 20) MB")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason: plainReason(errno))
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > sizeLimit { return .unreadable(reason: "it is larger than \(sizeLimit >> 20) MB") }
        }
        return .contents(data)
    }

    /// "a directory", "a FIFO", ... for anything `open` should not be called on; nil for a regular file.
    static func nonFileKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a regular file"
        }
    }

    /// `strerror` with a lowercase first letter, to sit inside a sentence.
    public static func plainReason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The path with every symbolic link resolved, or why it cannot be (`realpath`).
    static func resolved(_ url: URL) -> Result<String, ResolveError> {
        guard let pointer = realpath(url.path, nil) else {
            let code = errno
            return .failure(code == ENOENT || code == ENOTDIR ? .missing : .cannotFollow(plainReason(code)))
        }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }

    enum ResolveError: Error {
        case missing
        case cannotFollow(String)
    }

    /// Whether `path` is `directory` or lies inside it (both already resolved).
    static func isInside(_ path: String, _ directory: String) -> Bool {
        path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }
}

/// `read(2)`, named apart from `FileReader.read`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
