import PyLang

/// The interpreter's object kinds, stored in the heap as `HeapObject.vm`. Payloads are structs
/// (the heap stays a copy-on-write value); `CodeObject` is an immutable class and safe to share.
enum VMObject {
    // The large payloads are `indirect` (one immutable box each): reading a heap slot then
    // copies a pointer and one reference count instead of every field, and the heap enum
    // stays small. Boxes are never mutated in place, so the heap is still a value (fork).
    indirect case function(PyFunction)
    indirect case type(PyClass)
    /// A Python function bound to `self` (`obj.method`).
    case boundMethod(receiver: Value, function: Value)
    /// A method of a built-in kind (`"abc".upper`), dispatched by name.
    case builtinMethod(receiver: Value, name: String)
    /// A built-in function implemented in Swift (index into `Natives.table`), maybe bound.
    case native(index: Int, receiver: Value?)
    indirect case exception(PyException)
    indirect case generator(PyGenerator)
    indirect case module(PyModule)
    case iterator(PyIterator)
    /// `property(fget, fset, fdel)`, with its doc.
    case property(fget: Value, fset: Value, fdel: Value, doc: Value)
    case staticMethod(Value)
    case classMethod(Value)
    /// `super()` bound to (class where the method is defined, self).
    case superObject(cls: Value, receiver: Value)
    /// A code object constant (`LOAD_CONST` before `MAKE_FUNCTION`).
    case code(CodeObject)
    /// A traceback object (`exc.__traceback__`), or with `frame` the `tb_frame` it shows.
    case traceback(PyTraceback)
    /// A `__slots__` entry on its class (descrobject.c `PyMemberDescrObject`): the value
    /// itself lives in the instance's attribute table.
    case member(name: String, owner: Value)

    func forEachChild(_ body: (Value) -> Void) {
        switch self {
        case .function(let f):
            body(.object(f.globals)); f.defaults.forEach(body); body(f.kwDefaults)
            f.closure.forEach(body); body(.object(f.attributes)); body(f.doc)
        case .type(let c):
            c.bases.forEach(body); c.mro.forEach(body); body(.object(c.dict))
            if let m = c.meta { body(m) }
        case .boundMethod(let r, let f): body(r); body(f)
        case .builtinMethod(let r, _): body(r)
        case .native(_, let r): if let r { body(r) }
        case .exception(let e):
            body(e.cls); body(e.args); body(e.cause); body(e.context); body(e.tracebackHead)
            e.attributes.forEachLive { k, v in body(k); body(v) }
        case .generator: break   // its frame is in Heap.generatorSlots (see Heap.collect)
        case .module(let m): body(.object(m.dict))
        case .iterator(let it): it.forEachChild(body)
        case .property(let a, let b, let c, let d): body(a); body(b); body(c); body(d)
        case .staticMethod(let f), .classMethod(let f): body(f)
        case .superObject(let c, let r): body(c); body(r)
        case .code: break
        case .traceback(let tb): body(tb.next)
        case .member(_, let owner): body(owner)
        }
    }
}

extension Heap {
    /// `type(x).__name__` of an interpreter object.
    func vmTypeName(_ o: VMObject) -> String {
        switch o {
        case .function: return "function"
        case .type: return "type"
        case .boundMethod: return "method"
        case .builtinMethod: return "builtin_function_or_method"
        case .native: return "builtin_function_or_method"
        case .exception(let e):
            if case .object(let c) = e.cls, case .vm(.type(let k)) = objects[c.slot] { return k.name }
            return "BaseException"
        case .generator(let g): return g.typeName
        case .module: return "module"
        case .iterator(let it): return it.typeName
        case .property: return "property"
        case .staticMethod: return "staticmethod"
        case .classMethod: return "classmethod"
        case .superObject: return "super"
        case .code: return "code"
        case .traceback(let tb): return tb.isFrame ? "frame" : "traceback"
        case .member: return "member_descriptor"
        }
    }

    /// The VM payload of a value, if it is an interpreter object.
    @inline(__always) func vm(_ v: Value) -> VMObject? {
        if case .object(let r) = v, case .vm(let o) = objects[r.slot] { return o }
        return nil
    }

    /// The class payload of a value, if it is a class.
    func pyClass(_ v: Value) -> PyClass? {
        if case .type(let c)? = vm(v) { return c }
        return nil
    }

    mutating func newVM(_ o: consuming VMObject) -> Value { .object(alloc(.vm(o))) }

    /// A new bound method. Built in place: through `newVM` the payload took an outlined copy
    /// and destroy of every kind (~110 instructions; two a `with lock:`).
    @inline(__always) mutating func newBoundMethod(receiver: Value, function: Value) -> Value {
        .object(alloc(.vm(.boundMethod(receiver: receiver, function: function))))
    }

    /// The heap object of `code`, made on first use and kept for the run: CPython has one code
    /// object per compiled block (`f.__code__ is g.__code__` for two closures of one `def`),
    /// and `LOAD_CONST` of a comprehension's code allocated a new one every time it ran.
    mutating func codeValue(_ code: CodeObject) -> Value {
        let id = ObjectIdentifier(code)
        if let cached = codeValues[id], cached.code === code { return .object(cached.ref) }
        let r = alloc(.vm(.code(code)))
        codeValues[id] = (code, r)
        return .object(r)
    }
}

/// A Python function (`PyFunctionObject`).
struct PyFunction {
    var code: CodeObject
    var globals: ObjectRef
    var defaults: [Value]
    /// A dict of keyword-only defaults, or None.
    var kwDefaults: Value
    var closure: [Value]
    var name: String
    var qualname: String
    var doc: Value
    /// The function's `__dict__` (a heap dict; `functools.wraps` copies into it).
    var attributes: ObjectRef
    var module: String
    /// `code.names` as interned strs (the frame's name table, see `Interp.nameKey`).
    var names: [Value] = []
    /// Set by `_tutor.shortcut`: calls may run without a frame (Interpreter+Shortcuts.swift).
    var shortcut: Shortcut? = nil
}

/// A class (`PyTypeObject` of a heap type, or a built-in type's stand-in).
struct PyClass {
    var name: String
    var qualname: String
    var bases: [Value]
    /// The C3 linearisation, this class first.
    var mro: [Value]
    /// The class namespace (a heap dict keyed by str).
    var dict: ObjectRef
    /// For built-in types: the `Heap.typeName` of their instances (`"int"`, `"ValueError"`).
    var builtin: String?
    /// True if BaseException is in the MRO (instances are `VMObject.exception`).
    var isException: Bool
    var module: String = "builtins"
    /// The metaclass (`class C(metaclass=M)` or inherited from a base); nil for `type`.
    var meta: Value? = nil
    /// True when `__slots__` (here and in every base) leaves instances without a `__dict__`:
    /// only the slots' names can be set on them.
    var slotsOnly = false
    /// For a user class with a built-in type among its bases (`class D(dict)`): that type's
    /// name; its instances carry a value of it (Interpreter+BuiltinSubclasses.swift).
    var builtinBase: String? = nil
}

/// An exception instance (`PyBaseExceptionObject`).
struct PyException {
    var cls: Value
    /// The `args` tuple.
    var args: Value
    var cause: Value = .none
    var context: Value = .none
    var suppressContext = false
    /// Frames the exception passed through, innermost first (printed reversed).
    var traceback: [TracebackEntry] = []
    /// The traceback objects made for the first `tracebackCount` entries (`__traceback__`),
    /// made on first use so that unwinding allocates nothing.
    var tracebackHead: Value = .none
    var tracebackCount = 0
    var attributes = PyDict()
}

/// One traceback line: which code and which source line.
struct TracebackEntry {
    var code: CodeObject
    var line: Int
    /// The instruction that was running (`tb_lasti`), whose source span the caret line
    /// underlines; -1 when unknown.
    var lasti = -1
}

/// A `traceback` object (traceback.c `PyTracebackObject`): one entry and the traceback of
/// the frame it called (`tb_next`, toward the raise). As a `frame` (`tb_frame`) it offers
/// what the engine keeps of that frame: its code and line.
struct PyTraceback {
    var entry: TracebackEntry
    var next: Value
    var isFrame = false
}

/// Where an async generator step is: not begun, under way, or over (a second await of it
/// is CPython's "cannot reuse already awaited" error).
enum AsyncGenStepState { case initial, iterating, closed }

/// A generator (`PyGenObject`): owns its frame while suspended.
struct PyGenerator {
    enum State { case created, suspended, running, finished }
    /// What its code object's flags made it: the three share frames and resumption.
    enum Kind { case generator, coroutine, asyncGenerator }
    /// Index of its frame and state in `Heap.generatorSlots`.
    var slot: Int
    var name: String
    var qualname: String
    var kind: Kind = .generator
    /// Its function's code (`gi_code`/`cr_code`, and where a finished one was).
    var code: CodeObject?

    /// What `dir()` lists for each kind (the attributes the engine has).
    static func attributeNames(_ kind: Kind) -> [String] {
        switch kind {
        case .generator: return ["__class__", "__iter__", "__name__", "__next__", "__qualname__", "close", "gi_code", "gi_frame", "gi_running", "send", "throw"]
        case .coroutine: return ["__await__", "__class__", "__name__", "__qualname__", "close", "cr_await", "cr_code", "cr_frame", "cr_running", "send", "throw"]
        case .asyncGenerator: return ["__aiter__", "__anext__", "__class__", "__name__", "__qualname__", "aclose", "ag_code", "ag_frame", "ag_running", "asend", "athrow"]
        }
    }

    var typeName: String {
        switch kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async_generator"
        }
    }
}

/// A module object: its name and its globals dict.
struct PyModule {
    var name: String
    var dict: ObjectRef
}

/// Built-in iterators (list_iterator, range_iterator, enumerate, zip, map, filter, ...).
enum PyIterator {
    /// A live list or tuple, by index (lists may grow while iterated).
    case sequence(Value, index: Int, kind: String)
    /// A snapshot of items (str, dict keys, sets, ...).
    case items([Value], index: Int, kind: String)
    case range(next: Int, step: Int, remaining: Int)
    case enumerate(Value, count: Int)
    /// `zip(*its, strict=)`: strict raises ValueError when the lengths differ.
    case zip([Value], strict: Bool)
    case map(Value, [Value])
    case filter(Value, Value)
    /// `iter(callable, sentinel)`.
    case callable(Value, sentinel: Value)
    /// The awaitable an async generator's `__anext__`/`asend(v)` (or `athrow(e)`) returns: one
    /// step of the generator, to its next `yield` (genobject.c `async_gen_asend`).
    case asyncGenStep(Value, send: Value, throwing: Value?, state: AsyncGenStepState)

    var typeName: String {
        switch self {
        case .sequence(_, _, let k), .items(_, _, let k): return k
        case .range: return "range_iterator"
        case .enumerate: return "enumerate"
        case .zip: return "zip"
        case .map: return "map"
        case .filter: return "filter"
        case .callable: return "callable_iterator"
        case .asyncGenStep(_, _, let throwing, _): return throwing == nil ? "async_generator_asend" : "async_generator_athrow"
        }
    }

    func forEachChild(_ body: (Value) -> Void) {
        switch self {
        case .sequence(let v, _, _): body(v)
        case .items(let a, _, _): a.forEach(body)
        case .range: break
        case .enumerate(let v, _): body(v)
        case .zip(let a, _): a.forEach(body)
        case .map(let f, let a): body(f); a.forEach(body)
        case .filter(let f, let i): body(f); body(i)
        case .callable(let f, let s): body(f); body(s)
        case .asyncGenStep(let g, let v, let t, _): body(g); body(v); if let t { body(t) }
        }
    }
}

// MARK: - Generator frames in place

/// A generator's mutable part, kept in `Heap.generatorSlots` rather than in the generator's
/// (immutable, indirect) payload, so resuming and suspending exchange or move the frame
/// instead of rebuilding the payload.
struct GeneratorSlot {
    /// The suspended frame; nil when finished. While running (its frame is then on the frame
    /// stack) nil, or the emptied spare frame it was exchanged with at the resume (`resume`),
    /// parked here to be exchanged back at the yield: never read it then.
    var frame: Frame?
    var state: PyGenerator.State
}

extension GeneratorSlot {
    /// Resumes the generator at `g` into `spare`, an emptied spare frame of a frame stack:
    /// the two frames are exchanged (moved, not copied), parking the spare in the generator,
    /// which is then running. False (nothing changed) unless it has not started or is
    /// suspended. The caller pushes the sent value and sets the frame's caller.
    @inline(__always)
    static func resume(_ g: UnsafeMutablePointer<GeneratorSlot>, into spare: UnsafeMutablePointer<Frame>) -> Bool {
        switch g.pointee.state {
        case .created, .suspended: break
        case .running, .finished: return false
        }
        guard g.pointee.frame != nil else { return false }
        swap(&spare.pointee, &g.pointee.frame!)
        g.pointee.state = .running
        return true
    }

    /// Suspends the running generator at `g` whose frame is `running`: the frame (its
    /// yielded value popped first if `popping`) is exchanged with the spare parked at the
    /// resume, which takes its place as an emptied spare. False (nothing changed) when no
    /// spare is parked (the generator was resumed when the frame stack had none).
    @inline(__always)
    static func suspend(_ g: UnsafeMutablePointer<GeneratorSlot>, from running: UnsafeMutablePointer<Frame>,
                        popping: Bool) -> Bool {
        guard g.pointee.state == .running, g.pointee.frame != nil else { return false }
        if popping { running.pointee.stack.removeLast() }
        running.pointee.caller = .frame
        swap(&running.pointee, &g.pointee.frame!)
        g.pointee.state = .suspended
        return true
    }
}

extension Heap {
    /// A new generator object in state `.created` with no frame yet.
    mutating func newGenerator(name: String, qualname: String, kind: PyGenerator.Kind = .generator, code: CodeObject? = nil) -> ObjectRef {
        let slot: Int
        if let s = freeGeneratorSlots.popLast() {
            slot = s
            generatorSlots[s] = GeneratorSlot(frame: nil, state: .created)
        } else {
            slot = generatorSlots.count
            generatorSlots.append(GeneratorSlot(frame: nil, state: .created))
        }
        return alloc(.vm(.generator(PyGenerator(slot: slot, name: name, qualname: qualname, kind: kind, code: code))))
    }

    /// What kind of generator object `r` is (nil: not one).
    func generatorKind(_ r: ObjectRef) -> PyGenerator.Kind? {
        if case .vm(.generator(let g)) = objects[r.slot] { return g.kind }
        return nil
    }

    /// The side-table index of the generator at `r`, or nil if it is not a generator.
    @inline(__always) func generatorSlot(_ r: ObjectRef) -> Int? {
        objects.withUnsafeBufferPointer { buf -> Int? in
            if case .vm(.generator(let g)) = buf[r.slot] { return g.slot }
            return nil
        }
    }

    /// The state of the generator at `r`, or nil if it is not a generator.
    @inline(__always) func generatorState(_ r: ObjectRef) -> PyGenerator.State? {
        guard let s = generatorSlot(r) else { return nil }
        return generatorSlots[s].state
    }

    /// The suspended frame of the generator at `r` (a copy), if any.
    func generatorFrame(_ r: ObjectRef) -> Frame? {
        guard let s = generatorSlot(r) else { return nil }
        return generatorSlots[s].frame
    }

    /// Stores `frame` and `state` in the generator at `r`.
    mutating func setGenerator(_ r: ObjectRef, frame: consuming Frame?, state: PyGenerator.State) {
        guard let s = generatorSlot(r) else { return }
        generatorSlots[s] = GeneratorSlot(frame: consume frame, state: state)
    }

    /// Moves the suspended frame out of the generator at `r` and marks it `state`; nil (and
    /// no change) when it has no frame.
    mutating func takeGeneratorFrame(_ r: ObjectRef, state: PyGenerator.State) -> Frame? {
        guard let s = generatorSlot(r) else { return nil }
        return generatorSlots.withUnsafeMutableBufferPointer { buf -> Frame? in
            let p = buf.baseAddress.unsafelyUnwrapped + s
            guard p.pointee.frame != nil else { return nil }
            let old = p.move()
            p.initialize(to: GeneratorSlot(frame: nil, state: state))
            return old.frame
        }
    }
}
