import PyLang
import XCTest
@testable import Machine

/// A Python literal for building test values (generated from python3 by the test tables).
indirect enum PyLit {
    case n
    case b(Bool)
    case i(Int)
    case big(String)
    case f(Double)
    case s(String)
    case by([UInt8])
    case t([PyLit])
    case l([PyLit])
    case d([(PyLit, PyLit)])
}

extension BasicRuntime {
    /// Builds the heap value of a literal.
    mutating func make(_ x: PyLit) -> Value {
        switch x {
        case .n: return .none
        case .b(let b): return .bool(b)
        case .i(let i): return .int(i)
        case .big(let s): return (try? heap.intFromString(s)) ?? .none
        case .f(let d): return .float(d)
        case .s(let s): return heap.newStr(s)
        case .by(let b): return heap.newBytes(b)
        case .t(let items): return heap.newTuple(items.map { make($0) })
        case .l(let items): return heap.newList(items.map { make($0) })
        case .d(let pairs):
            let built = pairs.map { (make($0.0), make($0.1)) }
            return (try? makeDict(built)) ?? .none
        }
    }

    /// `repr` of the value, or `!Type: message` for a raised error (as the python3 tables).
    mutating func outcome(_ body: (inout BasicRuntime) throws(PyError) -> Value?) -> String {
        do {
            guard let v = try body(&self) else { return "<nil>" }
            return (try? repr(v)) ?? "<repr failed>"
        } catch {
            return describe(error)
        }
    }

    mutating func describe(_ e: PyError) -> String {
        if case .key(let k) = e { return "!KeyError: " + ((try? repr(k)) ?? "?") }
        return "!\(e.typeName): \(e.message)"
    }

    /// Runs `body`, returning its string or the `!Type: message` text of its error.
    mutating func text(_ body: (inout BasicRuntime) throws(PyError) -> String) -> String {
        do { return try body(&self) } catch { return describe(error) }
    }
}

/// A process whose only thread is about to run `source` as the main module, with the
/// module's globals (for tests that drive `Interp` without the scheduler).
func moduleProcess(_ source: String) throws -> (vm: Interp, globals: ObjectRef) {
    let code = try compile(source: source, filename: "t.py")
    var vm = Interp()
    vm.setUpBuiltins()
    let globals = vm.heap.alloc(.dict(PyDict()))
    var frame = Frame(code: code, globals: globals, locals: globals)
    frame.caller = .native
    vm.frames = [frame]
    return (vm, globals)
}
