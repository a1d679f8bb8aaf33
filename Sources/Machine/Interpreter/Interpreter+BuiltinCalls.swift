import PyLang

/// `CALL` of a built-in function or a built-in type's constructor (`len(x)`, `str(k)`,
/// `range(n)`), the commonest calls of lesson code after plain Python ones: the callee is
/// recognised in place and, for up to two arguments, the native runs on arguments taken
/// straight off the value stack.
extension Interp {
    /// `CALL count` of a built-in pushed after a NULL, with no keywords, straight to the
    /// native past the Python-call checks; the result is pushed in place of the call. Up to
    /// four arguments are written into a reused array of their count (`oneArgument`...):
    /// the argument array of `popCall` and `recycleArguments` cost ~900 instructions a call
    /// besides the native. False (nothing changed) for every other call. A native method
    /// pushed by `LOAD_METHOD` with its object (`lock.acquire()`, an engine type's method
    /// descriptor) is called the same way, the object first, and so is a native bound to its
    /// object (`with lock:`'s `__exit__(None, None, None)`).
    mutating func callBuiltinFromStack(_ count: Int) throws(PyError) -> Bool {
        guard let (native, charged, method, bound) = builtinCallee(count) else { return false }
        // The arguments on the stack: the object below the call's own for a method.
        let onStack = method ? count + 1 : count
        let total = onStack + (bound == nil ? 0 : 1)
        if total > 4 {
            var (_, args) = bound.map { popCall(count, first: $0) } ?? popCall(count)
            top.push(try runBuiltin(native, charged: charged, args))
            recycleArguments(&args)
            return true
        }
        // Taken out, so the writes below are in place; put back even on a throw. A native
        // that kept the array keeps it: the next call's writes then copy.
        var args: [Value] = []
        swapArguments(&args, total)
        defer { swapArguments(&args, total) }
        if args.count != total { args = Array(repeating: .none, count: total) }
        let n = frames.count - 1
        frames.withUnsafeMutableBufferPointer { buf in
            let f = buf.baseAddress.unsafelyUnwrapped + n
            let sc = f.pointee.stack.count
            args.withUnsafeMutableBufferPointer { a in
                var k = 0
                if let bound { a[0] = bound; k = 1 }
                for j in (sc - onStack)..<sc {
                    a[k] = f.pointee.stack[j] ?? Value.none
                    k &+= 1
                }
            }
            f.pointee.stack.removeLast(few: count + 2)
        }
        let result = try runBuiltin(native, charged: charged, args)
        frames.withUnsafeMutableBufferPointer { buf in buf[n].stack.append(result) }
        return true
    }

    /// Exchanges `args` with the reused argument array of `count` items (1 to 4; nothing for
    /// another count).
    @inline(__always)
    mutating func swapArguments(_ args: inout [Value], _ count: Int) {
        switch count {
        case 1: swap(&args, &oneArgument)
        case 2: swap(&args, &twoArguments)
        case 3: swap(&args, &threeArguments)
        case 4: swap(&args, &fourArguments)
        default: break
        }
    }

    /// Runs native `index` on `args`, charged as a native call (`callNative`) or not.
    @inline(__always)
    private mutating func runBuiltin(_ index: Int, charged: Bool, _ args: [Value]) throws(PyError) -> Value {
        if charged { return try callNative(index, args) }
        try checkFunctionArity(index, args.count)
        return try Natives.table[index].fn(&self, args, [])
    }

    /// The `Natives.table` index for `CALL count` of a built-in function or a built-in
    /// type's constructor pushed after a NULL (`len(x)`, `str(k)`), or of a native method
    /// pushed with its object (`method`), or of a native bound to an object (`bound`, its
    /// receiver), with no keywords, and whether the call is charged as a native call (a type
    /// is not); nil for anything else, which the general path takes in its usual order.
    @inline(__always)
    mutating func builtinCallee(_ count: Int) -> (index: Int, charged: Bool, method: Bool, bound: Value?)? {
        let (callable, method) = frames.withUnsafeMutableBufferPointer { buf -> (Value?, Bool) in
            let f = buf.baseAddress.unsafelyUnwrapped + (buf.count - 1)
            let sc = f.pointee.stack.count
            guard f.pointee.kwNames.isEmpty else { return (nil, false) }
            // CALL's rule (ceval.c 3.11): a non-NULL slot below the callable is the method,
            // called with the slot above it first.
            if let m = f.pointee.stack[sc - count - 2] { return (m, true) }
            return (f.pointee.stack[sc - count - 1] ?? nil, false)
        }
        guard let callable else { return nil }
        if let native = nativeFunction(callable) { return (native, true, method, nil) }
        if let (native, receiver) = boundNative(callable) { return (native, true, method, receiver) }
        if method { return nil }
        // Only a constructor already in the cache: finding out that a user class is none
        // copied the class's payload (the general path's first call fills the cache).
        guard case .object(let r) = callable, let constructor = cachedConstructor(r) else { return nil }
        return (constructor, false, false, nil)
    }

    /// The constructor cache's entry for the type object at `r` (see `builtinConstructor`).
    @inline(__always)
    func cachedConstructor(_ r: ObjectRef) -> Int? {
        let line = r.slot & 63
        return constructorSlots[line] == r.slot ? constructorIndices[line] : nil
    }

    /// The `Natives.table` index of an unbound native function (`len`, `_thread.acquire`),
    /// read in place; nil for any other callable.
    @inline(__always)
    func nativeFunction(_ callable: Value) -> Int? {
        guard case .object(let r) = callable else { return nil }
        return heap.objects.withUnsafeBufferPointer { buf -> Int? in
            if case .vm(.native(let index, nil)) = buf[r.slot] { return index }
            return nil
        }
    }

    /// The `Natives.table` index and receiver of a native method bound to an object (what
    /// `getattr` makes of a native found in a class dict), read in place; nil otherwise.
    @inline(__always)
    func boundNative(_ callable: Value) -> (Int, Value)? {
        guard case .object(let r) = callable else { return nil }
        return heap.objects.withUnsafeBufferPointer { buf -> (Int, Value)? in
            if case .vm(.native(let index, let receiver?)) = buf[r.slot] { return (index, receiver) }
            return nil
        }
    }

    /// The `Natives.table` index of a built-in type's constructor (`str(x)`, `range(n)`),
    /// read in place; nil for any other callable. Exception classes are left to
    /// `instantiate`, which builds them itself.
    ///
    /// Found by slot in a small cache first: only a type object registered in
    /// `process.classes` (a GC root, so its slot never holds anything else) is cached;
    /// hashing the type's name cost ~300 instructions a call.
    @inline(__always)
    mutating func builtinConstructor(_ callable: Value) -> Int? {
        guard case .object(let r) = callable else { return nil }
        if let cached = cachedConstructor(r) { return cached }
        let line = r.slot & 63
        let name = heap.objects.withUnsafeBufferPointer { buf -> String? in
            if case .vm(.type(let cls)) = buf[r.slot], !cls.isException { return cls.builtin }
            return nil
        }
        guard let name, let index = Natives.constructors[name] else { return nil }
        guard process.classes[name]?.isIdentical(to: callable) == true else { return index }
        constructorSlots[line] = r.slot
        constructorIndices[line] = index
        return index
    }

}
