/// The natives under the `weakref` prelude (`_weakref`) and the `gc` module. A weakref
/// object is a Python instance; its referent lives in the heap's `WeakTable`, which the
/// collector clears (Heap+WeakRefs.swift).
extension Builtins {
    static let weakrefNatives: [NativeEntry] = [
        // _weakref.register(wr, obj, has_callback): makes `wr` refer to `obj`
        // (weakrefobject.c `weakref___new__`; the type check is PyType_SUPPORTS_WEAKREFS).
        NativeEntry(name: "_weakref:register") { vm, args, _ throws(PyError) in
            guard args.count == 3, case .object(let wr) = args[0] else { throw .typeError("register() takes 3 arguments") }
            guard case .object(let target) = args[1], vm.heap.supportsWeakReferences(target) else {
                throw .typeError("cannot create weak reference to '\(vm.heap.typeName(args[1]))' object")
            }
            vm.heap.weak.entries[wr.index] = WeakTable.Entry(target: target, hasCallback: try vm.truthy(args[2]))
            return .none
        },
        // _weakref.get(wr): the referent, or None once collected.
        NativeEntry(name: "_weakref:get") { vm, args, _ throws(PyError) in
            guard args.count == 1, case .object(let wr) = args[0], let t = vm.heap.weak.entries[wr.index]?.target else { return .none }
            return .object(t)
        },
        // _weakref.refs(obj): the live weakref objects to `obj`, oldest first.
        NativeEntry(name: "_weakref:refs") { vm, args, _ throws(PyError) in
            guard args.count == 1, case .object(let target) = args[0] else { return vm.heap.newList([]) }
            return vm.heap.newList(vm.heap.weak.refs(to: target).map { .object($0) })
        },
        // gc.collect(): a full collection when the engine may collect here (not inside a
        // native's nested run); returns how many objects it freed.
        NativeEntry(name: "gc:collect") { vm, args, kwargs throws(PyError) in
            if let g = args.first ?? vm.kwarg(kwargs, "generation") {
                let n = try vm.intArg(g)
                if n < 0 || n > 2 { throw .valueError("invalid generation") }
            }
            guard vm.nestedDepth == 0, vm.world?.holdsSwiftValues != true else { return .int(0) }
            let before = vm.heap.liveCount
            vm.collectGarbage()
            return .int(max(0, before - vm.heap.liveCount))
        },
        NativeEntry(name: "gc:enable") { vm, _, _ throws(PyError) in
            vm.heap.weak.gcEnabled = true
            return .none
        },
        NativeEntry(name: "gc:disable") { vm, _, _ throws(PyError) in
            vm.heap.weak.gcEnabled = false
            return .none
        },
        NativeEntry(name: "gc:isenabled") { vm, _, _ throws(PyError) in .bool(vm.heap.weak.gcEnabled) },
    ]
}

extension Heap {
    /// Whether CPython's type of the object at `r` accepts weak references: instances, functions,
    /// classes, methods, modules, generators, sets (not str, int, tuple, list, dict, bytes).
    func supportsWeakReferences(_ r: ObjectRef) -> Bool {
        guard r.slot < objects.count else { return false }
        switch objects[r.slot] {
        case .instance, .set, .frozenset: return true
        case .vm(let o):
            switch o {
            case .code, .traceback, .iterator, .superObject, .property, .staticMethod, .classMethod: return false
            default: return true
            }
        default: return false
        }
    }
}

extension Interp {
    /// Calls the callbacks of the weakrefs whose referents the last collection freed
    /// (weakrefobject.c `handle_callback`: an error is reported as unraisable).
    mutating func runWeakCallbacks() {
        while !heap.weak.pendingCallbacks.isEmpty {
            let wr = Value.object(heap.weak.pendingCallbacks.removeFirst())
            guard let callback = try? getAttrOrNil(wr, "__callback__"), !callback.isIdentical(to: .none) else { continue }
            do throws(PyError) { _ = try callValue(callback, [wr], []) } catch {
                let e = exceptionValue(error)
                var seen: Set<UInt32> = []
                let name = (try? repr(callback)) ?? "<function>"
                write("Exception ignored in: \(name)\n" + formatTraceback(e, seen: &seen), fd: 2)
            }
        }
    }
}
