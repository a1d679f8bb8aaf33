/// A Python exception raised by a built-in operation, as a value the interpreter turns into
/// an exception object. Thrown with typed `throws(PyError)` inside the object-space helpers
/// only (no existential boxing); the interpreter loop catches it at the call site.
enum PyError: Error {
    case typeError(String)
    case valueError(String)
    case zeroDivision(String)
    case overflow(String)
    case index(String)
    /// KeyError carries the missing key itself (CPython prints its repr).
    case key(Value)
    case attribute(String)
    case memory(String)
    case runtime(String)
    case recursion(String)
    case stopIteration
    case notImplemented(String)
    case unicodeEncode(String)
    case unicodeDecode(String)
    case lookup(String)
    /// An exception object of the VM (raised by Python code a hook called), passed through.
    case exception(Value)

    /// The Python exception class name, as a traceback prints it.
    var typeName: String {
        switch self {
        case .typeError: return "TypeError"
        case .valueError: return "ValueError"
        case .zeroDivision: return "ZeroDivisionError"
        case .overflow: return "OverflowError"
        case .index: return "IndexError"
        case .key: return "KeyError"
        case .attribute: return "AttributeError"
        case .memory: return "MemoryError"
        case .runtime: return "RuntimeError"
        case .recursion: return "RecursionError"
        case .stopIteration: return "StopIteration"
        case .notImplemented: return "NotImplementedError"
        case .unicodeEncode: return "UnicodeEncodeError"
        case .unicodeDecode: return "UnicodeDecodeError"
        case .lookup: return "LookupError"
        case .exception: return "BaseException"
        }
    }

    /// The message text (for `.key`, empty: the interpreter formats the key's repr).
    var message: String {
        switch self {
        case .typeError(let m), .valueError(let m), .zeroDivision(let m), .overflow(let m),
             .index(let m), .attribute(let m), .memory(let m), .runtime(let m),
             .recursion(let m), .notImplemented(let m), .unicodeEncode(let m), .unicodeDecode(let m),
             .lookup(let m):
            return m
        case .key, .stopIteration, .exception:
            return ""
        }
    }
}
