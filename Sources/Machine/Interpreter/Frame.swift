import PyLang

/// A generator frame's own handled exception and its resumer's (see `Frame.exceptionState`).
final class GeneratorExceptionState {
    var own: Value = .none
    var outer: Value?
}

/// One activation of a code object (CPython's `_PyInterpreterFrame`): a value type, so a
/// generator can keep its frame in the heap while suspended and the frame stack is plain data.
struct Frame {
    /// What happens when this frame returns or yields (who is waiting for it).
    enum Caller {
        /// An ordinary Python call: the result is pushed on the caller frame's stack.
        case frame
        /// A native function waits in a nested run (`Interp.callNested`): the run stops here.
        case native
        /// `__init__` of a new instance: the caller gets `instance`, not the return value.
        case initializer(Value)
        /// A generator resumed by `FOR_ITER target` in the caller.
        case forIter(Int)
        /// A generator resumed by `SEND target` (`yield from`).
        case send(Int)
        /// A user `__next__` called by `FOR_ITER target`: its StopIteration ends the loop.
        case userNext(Int)
    }

    var code: CodeObject
    /// Index of the next instruction.
    var pc = 0
    /// Index of the instruction being executed (tracebacks, `RERAISE` lasti).
    var lasti = 0
    /// The value stack; nil is the NULL marker of `PUSH_NULL`.
    var stack: [Value?] = []
    /// Fast locals (`varnames`); nil is unbound.
    var fast: [Value?]
    /// Cells, indexed by deref index (cellvars then freevars).
    var cells: [Value]
    var globals: ObjectRef
    /// The locals mapping of module and class bodies (`*_NAME` instructions).
    var locals: ObjectRef?
    /// `code.names` as interned str values, filled on first use (`Interp.nameKey`), so name
    /// lookups hash no Swift string.
    var names: [Value] = []
    /// The code's str constants, interned (filled on first use, `Interp.strConstant`), and
    /// its code-object constants' heap values once loaded (`Interp.codeConstant`).
    var strConstants: [Value] = []
    /// Pending `KW_NAMES` of the next `CALL`.
    var kwNames: [String] = []
    var caller: Caller = .frame
    /// The generator object owning this frame, if it is a generator's.
    var generator: ObjectRef?
    /// A generator's own handled exception while it is suspended (CPython's `gi_exc_state`),
    /// and, while it runs after a resume by the ordinary path, the resumer's, to restore when
    /// it yields, returns or raises (nil: not swapped). Generators whose code has no exception
    /// table never hold one of their own and take the fast paths without the swap.
    /// Boxed: most frames never hold one, and a larger frame costs every generator switch
    /// (frames are moved whole).
    var exceptionState: GeneratorExceptionState?

    init(code: CodeObject, globals: ObjectRef, locals: ObjectRef?) {
        self.init(code: code, globals: globals, locals: locals, storage: FrameStorage())
    }

    /// A frame whose value stack and locals reuse `storage`'s buffers (see
    /// `FrameStack.spareStorage`).
    init(code: CodeObject, globals: ObjectRef, locals: ObjectRef?, storage: FrameStorage) {
        // Every stored property is assigned once from locals: mutating `self.fast` and
        // `self.stack` in place here made Swift copy the whole frame out of the initializer.
        var stack = storage.stack
        stack.reserveCapacity(code.stackSize)
        var fast = storage.fast
        fast.append(contentsOf: repeatElement(nil, count: code.varnames.count))
        let ncells = code.cellvars.count + code.freevars.count
        self.code = code
        self.globals = globals
        self.locals = locals
        self.stack = stack
        self.fast = fast
        self.cells = ncells == 0 ? [] : Array(repeating: .none, count: ncells)
    }

    /// An emptied spare (as `clear` leaves a frame), with no buffers yet.
    init(spareFor code: CodeObject, globals: ObjectRef) {
        self.code = code
        self.globals = globals
        self.locals = nil
        self.stack = []
        self.fast = []
        self.cells = []
    }

    /// The function's qualified name as the run view shows it (CPython's `co_qualname`).
    var functionName: String { code.qualname }

    /// Refills a spare frame (emptied by `clear`) for a call of `code`, as `init` would; the
    /// name tables stay when the spare last ran the same code (a recursion, a loop's calls).
    mutating func refill(code: CodeObject, globals: ObjectRef, names: [Value]) {
        if self.code !== code || self.names.isEmpty {
            self.code = code
            self.names = names
            if !strConstants.isEmpty { strConstants = [] }
        }
        pc = 0
        lasti = 0
        if stack.capacity < code.stackSize { stack.reserveCapacity(code.stackSize) }
        fast.append(contentsOf: repeatElement(nil, count: code.varnames.count))
        let ncells = code.cellvars.count + code.freevars.count
        if ncells > 0 { cells.append(contentsOf: repeatElement(.none, count: ncells)) }
        self.globals = globals
    }

    /// Empties a returned frame for reuse, keeping its buffers' capacity and its name tables.
    mutating func clear() {
        stack.removeLast(few: stack.count)
        fast.removeLast(few: fast.count)
        if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
        if !kwNames.isEmpty { kwNames = [] }
        locals = nil
        caller = .frame
        generator = nil
        exceptionState = nil
    }

    /// The source line of the instruction being executed.
    var line: Int {
        var i = lasti
        while i >= 0 && i < code.lines.count {
            if code.lines[i] >= 0 { return Int(code.lines[i]) }
            i -= 1
        }
        return code.firstLineNumber
    }

    func forEachValue(_ body: (Value) -> Void) {
        for v in stack { if let v { body(v) } }
        for v in fast { if let v { body(v) } }
        cells.forEach(body)
        body(.object(globals))
        if let locals { body(.object(locals)) }
        if case .initializer(let v) = caller { body(v) }
        if let generator { body(.object(generator)) }
        if let state = exceptionState {
            body(state.own)
            if let outer = state.outer { body(outer) }
        }
    }

    @inline(__always) mutating func push(_ v: Value) { stack.append(v) }
    @inline(__always) mutating func pop() -> Value { stack.removeLast() ?? .none }
    @inline(__always) var top: Value { stack[stack.count - 1] ?? .none }
}

/// Empty buffers (with capacity) for a frame's value stack and locals, taken from a spare
/// frame (`FrameStack.spareStorage`): allocating two arrays per call was a tenth of its cost.
struct FrameStorage {
    var stack: [Value?] = []
    var fast: [Value?] = []
}

extension Array where Element == Value? {
    /// Removes the last `k` values, keeping the capacity. One at a time for the few a call
    /// pops: `removeLast(k)` goes through the general `replaceSubrange` (~70 instructions).
    @inline(__always) mutating func removeLast(few k: Int) {
        if k > 8 { removeLast(k); return }
        for _ in 0..<k { removeLast() }
    }
}
