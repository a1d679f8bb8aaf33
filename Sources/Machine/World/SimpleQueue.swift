import Trace

/// `_queue.SimpleQueue`: an engine type, as it is a C type in CPython (Modules/_queuemodule.c).
/// A queue object holds its items (a list, own attribute `_items`) and its primitive of kind
/// queue (`_id`, whose value is the queue's size in the trace); both are made on first use, as
/// the class is called like a Python class. put, put_nowait, get_nowait, empty and qsize are
/// natives. `get` is the one method written in Python (Prelude/_queue.py): it takes an item
/// with `_take`, else waits with `_wait` and tries again, because a blocked call's result is
/// what the scheduler hands back when the thread is woken (a bool), never the item itself.
extension World {
    static let simpleQueueNatives: [NativeEntry] = [
        // `_simplequeue_class(get)`: the class, with the prelude's `get` beside the natives.
        NativeEntry(name: "_queue:_simplequeue_class") { vm, args, _ throws(PyError) in
            let cls = vm.simpleQueueClass()
            if let c = vm.heap.pyClass(cls) { try vm.dictSet(c.dict, "get", args[0]) }
            return cls
        },
        NativeEntry(name: "SimpleQueue.put") { vm, args, kwargs throws(PyError) in
            // _queuemodule.c `_queue_SimpleQueue_put_impl`: never blocks; block and timeout
            // are accepted for compatibility with Queue.put and ignored.
            var item = args.count > 1 ? args[1] : nil
            if args.count > 4 { throw .typeError("put() takes at most 3 arguments (\(args.count - 1) given)") }
            for (name, value) in kwargs {
                switch name {
                case "item" where item == nil: item = value
                case "block", "timeout": break
                default: throw .typeError("put() got an unexpected keyword argument '\(name)'")
                }
            }
            guard let item else { throw .typeError("put() missing required argument 'item' (pos 1)") }
            try vm.simpleQueuePut(args[0], item)
            return .none
        },
        NativeEntry(name: "SimpleQueue.put_nowait") { vm, args, _ throws(PyError) in
            guard args.count == 2 else { throw .typeError("put_nowait() takes exactly one argument (\(args.count - 1) given)") }
            try vm.simpleQueuePut(args[0], args[1])
            return .none
        },
        NativeEntry(name: "SimpleQueue.get_nowait") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("_queue.SimpleQueue.get_nowait", args, kwargs)
            if let item = try vm.simpleQueueTake(args[0]) { return item }
            throw .exception(try vm.simpleQueueEmpty())
        },
        NativeEntry(name: "SimpleQueue.empty") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("_queue.SimpleQueue.empty", args, kwargs)
            return .bool(try vm.simpleQueueState(args[0]).count == 0)
        },
        NativeEntry(name: "SimpleQueue.qsize") { vm, args, kwargs throws(PyError) in
            try vm.noArguments("_queue.SimpleQueue.qsize", args, kwargs)
            return .int(try vm.simpleQueueState(args[0]).count)
        },
        // `_take(q, nothing)`: the first item, or `nothing` when the queue is empty.
        NativeEntry(name: "_queue:_take") { vm, args, _ throws(PyError) in
            try vm.simpleQueueTake(args[0]) ?? args[1]
        },
        // `_deadline(block, timeout)`: when a get gives up, converted and checked as
        // `simplequeue_get_impl` does first: -1 not blocking, None never, else the virtual
        // monotonic time in nanoseconds.
        NativeEntry(name: "_queue:_deadline") { vm, args, _ throws(PyError) in
            guard try vm.truthy(args[0]) else { return .int(-1) }
            if case .none = args[1] { return .none }
            let ns = try vm.pyTimeNanos(fromSeconds: args[1])
            if ns < 0 { throw .valueError("'timeout' must be a non-negative number") }
            let w = try vm.theWorld()
            return .int(w.now(vm) &+ ns)
        },
        // `_wait(q, deadline)`: blocks until an item is put (True) or the deadline passes
        // (False; True if an item came meanwhile). False at once past the deadline.
        NativeEntry(name: "_queue:_wait") { vm, args, _ throws(PyError) in
            let w = try vm.theWorld()
            let (p, _, _) = try vm.simpleQueueState(args[0])
            var timeout: Int?
            if case .int(let end) = args[1] {
                if end < 0 { return .false }
                timeout = end - w.now(vm)
                if timeout ?? 0 <= 0 { return .false }
            }
            let t = w.current
            w.primitives[p].waiters.append(t)
            w.record(.waitBegin, p, by: t, vm: vm)
            return w.block(&vm, .event(p), timeout: timeout)
        },
    ]
}

extension Interp {
    /// `_queue.SimpleQueue`, made on first use (kept in `process.classes`, a collector root).
    mutating func simpleQueueClass() -> Value {
        if let c = process.classes["_queue.SimpleQueue"] { return c }
        let cls = makeClass("SimpleQueue", bases: [builtinClass("object")], builtin: nil)
        process.classes["_queue.SimpleQueue"] = cls
        updateClass(cls) { $0.module = "_queue" }
        if let c = heap.pyClass(cls) {
            for (i, entry) in Natives.table.enumerated() where entry.name.hasPrefix("SimpleQueue.") {
                try? dictSet(c.dict, String(entry.name.dropFirst("SimpleQueue.".count)), heap.newVM(.native(index: i, receiver: nil)))
            }
        }
        return cls
    }

    /// The primitive, item list and size of SimpleQueue `v`, made on its first use.
    mutating func simpleQueueState(_ v: Value) throws(PyError) -> (primitive: Int, items: ObjectRef, count: Int) {
        let w = try theWorld()
        guard case .object(let r) = v else { throw .typeError("descriptor requires a '_queue.SimpleQueue' object") }
        let found = heap.objects.withUnsafeBufferPointer { buf -> (Int, ObjectRef)? in
            guard case .instance(let inst) = buf[r.slot] else { return nil }
            var p: Int?
            var items: ObjectRef?
            for e in inst.attributes.entries where e.hash != -1 {
                if case .int(let i) = e.value, i >= 0, i < w.primitives.count, w.primitives[i].object.isIdentical(to: v) { p = i }
                if case .object(let lr) = e.value, case .list = buf[lr.slot] { items = lr }
            }
            guard let p, let items else { return nil }
            return (p, items)
        }
        if let (p, items) = found { return (p, items, heap.listCount(items) - w.primitives[p].head) }
        guard isInstance(v, simpleQueueClass()) else {
            throw .typeError("descriptor requires a '_queue.SimpleQueue' object but received '\(heap.typeName(v))'")
        }
        let p = w.allocate("queue", object: v, value: 0, alias: -1, label: nil, vm: self)
        let items = heap.newList([])
        try setAttr(v, "_id", .int(p))
        try setAttr(v, "_items", items)
        guard case .object(let lr) = items else { throw .runtime("SimpleQueue without items") }
        return (p, lr, 0)
    }

    /// Appends `item` and wakes the first thread waiting for one.
    mutating func simpleQueuePut(_ q: Value, _ item: Value) throws(PyError) {
        let w = try theWorld()
        let (p, items, count) = try simpleQueueState(q)
        try heap.appendToList(items, item)
        w.primitives[p].count = count + 1
        record(w, .put, p, by: w.current)
        if let first = w.primitives[p].waiters.first { w.wake(first, vm: self) }
    }

    /// Takes the first item, or nil when the queue is empty.
    mutating func simpleQueueTake(_ q: Value) throws(PyError) -> Value? {
        let w = try theWorld()
        let (p, items, count) = try simpleQueueState(q)
        guard count > 0 else { return nil }
        let head = w.primitives[p].head
        var list = heap.takeList(items)
        let item = list[head]
        list[head] = .none
        if head + 1 >= 32 && (head + 1) * 2 >= list.count {
            list.removeFirst(head + 1)
            w.primitives[p].head = 0
        } else {
            w.primitives[p].head = head + 1
        }
        heap.putList(items, list)
        w.primitives[p].count = count - 1
        record(w, .get, p, by: w.current)
        return item
    }

    /// A new `_queue.Empty` (the `_queue` prelude's class).
    mutating func simpleQueueEmpty() throws(PyError) -> Value {
        let module = try importModule("_queue", fromlist: .true)
        return try callValue(try getAttr(module, "Empty"), [], [])
    }
}
