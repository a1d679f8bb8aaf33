import Foundation

/// Python code called back by a native (`repr` of an object whose `__repr__` calls `repr`,
/// a `key=` function, `__eq__` in a dict lookup) runs in a nested dispatch loop on the Swift
/// stack. Under a raised `sys.setrecursionlimit` CPython 3.11 overflows its C stack there and
/// dies with SIGSEGV; the engine raises RecursionError while the thread's stack still has
/// room instead.
extension Interp {
    /// The message CPython gives when the limit is hit on the way into Python code from C.
    static let nestedRecursionMessage = "maximum recursion depth exceeded while calling a Python object"

    /// The lowest stack address nested runs may reach on the calling thread: its stack's end
    /// plus a reserve (a quarter of the stack, at most 4 MiB) for raising and reporting.
    static func stackFloor() -> UInt {
        var attributes = pthread_attr_t()
        guard getThreadAttributes(pthread_self(), &attributes) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attributes) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &base, &size) == 0, let base else { return 0 }
        return UInt(bitPattern: base) + UInt(Swift.min(size / 4, 4 << 20))
    }

    /// Whether this thread's stack is down to its reserve.
    @inline(__always) func stackExhausted() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < stackFloor
    }

    /// What one call level costs the host in frames (measured: about 300 bytes).
    static let frameBytes = 320

    /// `sys.setrecursionlimit(n)`. Frames live outside the heap's memory account, so the
    /// depth the engine allows is also capped by the memory limit: past the cap a call raises
    /// MemoryError (as CPython's `_PyThreadState_PushFrame` does when it cannot allocate)
    /// instead of growing the process without bound.
    mutating func setRecursionLimit(_ n: Int) {
        process.requestedRecursionLimit = n
        process.recursionLimit = Swift.min(n, Swift.max(1000, heap.memoryLimit / Interp.frameBytes))
    }

    /// The error of a call past `process.recursionLimit`: RecursionError at the program's own
    /// limit, MemoryError where the memory limit set it lower.
    mutating func recursionLimitError(_ message: String = "maximum recursion depth exceeded") -> PyError {
        if process.recursionLimit < process.requestedRecursionLimit { return .exception(newException("MemoryError", nil)) }
        return .exception(newException("RecursionError", message))
    }

    /// Throws RecursionError when a nested run would eat into the stack's reserve.
    @inline(__always) mutating func checkNestedStack() throws(PyError) {
        if stackExhausted() { throw .exception(newException("RecursionError", Interp.nestedRecursionMessage)) }
    }
}

/// glibc's `pthread_getattr_np`, which the Glibc module leaves out (it needs `_GNU_SOURCE`).
@_silgen_name("pthread_getattr_np")
private func getThreadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
