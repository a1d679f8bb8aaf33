#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the front end's recursive passes on a thread with a stack of known size.
///
/// The parser, symbol table and compiler recurse once per level of nesting, bounded by
/// CPython's own limits (`Parser.maxLevel` rule levels, `Parser.maxTreeDepth` nodes, 200
/// brackets, 100 indents, 20 blocks). What that costs in stack depends on the build (a debug
/// build's frames are many times a release build's) and the caller may be any thread (the
/// CLI's and the app's main thread have 8 MB, the engine's 1 GB, others 512 KB), so the work
/// runs on a thread of its own whose stack is large enough for the worst case of a debug
/// build. The stack is reserved address space; only the pages used are touched.
enum LargeStack {
    /// 512 MB: the deepest inputs the limits let through use about 60 MB in a debug build.
    static let bytes = 512 << 20

    /// `body()`, run on a thread with a `bytes` stack; the caller waits for it.
    static func run<T>(_ body: () throws -> T) throws -> T {
        var result: Result<T, Error>?
        withoutActuallyEscaping({ result = Result { try body() } }) { work in
            let job = Job(work)
            if !job.start(stackSize: bytes) { work() }
        }
        guard let result else { preconditionFailure("LargeStack: the job did not run") }
        return try result.get()
    }

    /// A closure handed to a new POSIX thread and joined.
    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }

        /// Runs `work` on a new thread and waits; false if no thread could be made.
        func start(stackSize: Int) -> Bool {
            var attr = pthread_attr_t()
            guard pthread_attr_init(&attr) == 0 else { return false }
            defer { pthread_attr_destroy(&attr) }
            guard pthread_attr_setstacksize(&attr, stackSize) == 0 else { return false }
            let context = Unmanaged.passRetained(self)
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let made = pthread_create(&thread, &attr, { raw in
                guard let raw else { return nil }
                let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
                job.work()
                return nil
            }, context.toOpaque())
            guard made == 0 else {
                context.release()
                return false
            }
            #if canImport(Darwin)
            guard let thread else { return true }
            #endif
            pthread_join(thread, nil)
            return true
        }
    }
}
