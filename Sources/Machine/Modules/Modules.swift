import BigInt
import Foundation
import PyLang

/// Built-in modules: natives named `module.function`, plus Python preludes.
enum Modules {
    static let functions: [NativeEntry] = [
        NativeEntry(name: "struct:_float_bytes") { vm, args, _ throws(PyError) in
            let x = try vm.floatArg(args[0])
            let size = try vm.intArg(args[1])
            if size == 2 {
                let h = Float16(x)
                if h.isInfinite && x.isFinite { throw .exception(vm.newException("OverflowError", "float too large to pack with e format")) }
                return vm.heap.newBytes(withUnsafeBytes(of: h.bitPattern.littleEndian) { Array($0) })
            }
            if size == 4 {
                let f = Float(x)
                if f.isInfinite && x.isFinite { throw .exception(vm.newException("OverflowError", "float too large to pack with f format")) }
                return vm.heap.newBytes(withUnsafeBytes(of: f.bitPattern.littleEndian) { Array($0) })
            }
            return vm.heap.newBytes(withUnsafeBytes(of: x.bitPattern.littleEndian) { Array($0) })
        },
        NativeEntry(name: "struct:_bytes_float") { vm, args, _ throws(PyError) in
            let b = vm.heap.bytes(args[0]) ?? []
            var bits: UInt64 = 0
            for (i, byte) in b.enumerated() { bits |= UInt64(byte) << (8 * UInt64(i)) }
            if b.count == 2 { return .float(Double(Float16(bitPattern: UInt16(truncatingIfNeeded: bits)))) }
            if b.count == 4 { return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))) }
            return .float(Double(bitPattern: bits))
        },
        NativeEntry(name: "math:isqrt") { vm, args, _ throws(PyError) in
            guard let n = vm.heap.num(args[0])?.big, args[0].isFloatValue == false else { throw .typeError("'float' object cannot be interpreted as an integer") }
            if n < 0 { throw .valueError("isqrt() argument must be nonnegative") }
            return vm.heap.makeInt(n.squareRoot())
        },
        NativeEntry(name: "math:copysign") { vm, args, _ throws(PyError) in
            .float(Double(signOf: try vm.floatArg(args[1]), magnitudeOf: try vm.floatArg(args[0])))
        },
        NativeEntry(name: "math:degrees") { vm, args, _ throws(PyError) in .float(try vm.floatArg(args[0]) * 180 / Double.pi) },
        NativeEntry(name: "math:radians") { vm, args, _ throws(PyError) in .float(try vm.floatArg(args[0]) * Double.pi / 180) },
        NativeEntry(name: "math:isfinite") { vm, args, _ throws(PyError) in .bool(try vm.floatArg(args[0]).isFinite) },
        NativeEntry(name: "math:fmod") { vm, args, _ throws(PyError) in
            let y = try vm.floatArg(args[1])
            if y == 0 { throw .valueError("math domain error") }
            return .float(Foundation.fmod(try vm.floatArg(args[0]), y))
        },
        NativeEntry(name: "math:ldexp") { vm, args, _ throws(PyError) in
            .float(Foundation.scalbn(try vm.floatArg(args[0]), try vm.intArg(args[1])))
        },
        NativeEntry(name: "math:frexp") { vm, args, _ throws(PyError) in
            let x = try vm.floatArg(args[0])
            if x == 0 || !x.isFinite { return vm.heap.newTuple([.float(x), .int(0)]) }
            let e = Int(x.exponent) + 1
            return vm.heap.newTuple([.float(Foundation.scalbn(x, -e)), .int(e)])
        },
        NativeEntry(name: "math:modf") { vm, args, _ throws(PyError) in
            let x = try vm.floatArg(args[0])
            let i = x.rounded(.towardZero)
            return vm.heap.newTuple([.float(x - i), .float(i)])
        },
        NativeEntry(name: "math:fsum") { vm, args, _ throws(PyError) in
            // Exact summation via Neumaier's compensated sum (close to msum for lesson inputs).
            var sum = 0.0, c = 0.0
            for v in try vm.iterate(args[0]) {
                let x = try vm.floatArg(v)
                let t = sum + x
                if abs(sum) >= abs(x) { c += (sum - t) + x } else { c += (x - t) + sum }
                sum = t
            }
            return .float(sum + c)
        },
        NativeEntry(name: "sys:exit") { vm, args, _ throws(PyError) in
            throw .exception(try vm.instantiate(vm.builtinClass("SystemExit"), args, []))
        },
        NativeEntry(name: "sys:getrecursionlimit") { vm, _, _ throws(PyError) in .int(vm.process.requestedRecursionLimit) },
        NativeEntry(name: "sys:setrecursionlimit") { vm, args, _ throws(PyError) in
            let n = try vm.intArg(args[0])
            if n < 1 { throw .valueError("recursion limit must be greater or equal than 1") }
            vm.setRecursionLimit(n)
            return .none
        },
        NativeEntry(name: "sys:exc_info") { vm, _, _ throws(PyError) in
            if case .none = vm.handled { return vm.heap.newTuple([.none, .none, .none]) }
            return vm.heap.newTuple([vm.classOf(vm.handled), vm.handled, .none])
        },
        NativeEntry(name: "time:time") { vm, _, _ throws(PyError) in
            .float((Double(vm.process.epochNanos) + Double(vm.process.clockNanos)) / 1e9)
        },
        NativeEntry(name: "time:perf_counter") { vm, _, _ throws(PyError) in .float(Double(vm.process.clockNanos) / 1e9) },
        NativeEntry(name: "time:monotonic") { vm, _, _ throws(PyError) in .float(Double(vm.process.clockNanos) / 1e9) },
        NativeEntry(name: "time:process_time") { vm, _, _ throws(PyError) in .float(Double(vm.process.clockNanos) / 1e9) },
        NativeEntry(name: "time:time_ns") { vm, _, _ throws(PyError) in
            // A clock moved far by long sleeps may pass Int.max counted from the epoch.
            let (ns, overflow) = vm.process.epochNanos.addingReportingOverflow(vm.process.clockNanos)
            return overflow ? vm.heap.makeInt(BigInt(vm.process.epochNanos) + BigInt(vm.process.clockNanos)) : .int(ns)
        },
        NativeEntry(name: "time:perf_counter_ns") { vm, _, _ throws(PyError) in .int(vm.process.clockNanos) },
        NativeEntry(name: "time:monotonic_ns") { vm, _, _ throws(PyError) in .int(vm.process.clockNanos) },
        NativeEntry(name: "time:sleep") { vm, args, _ throws(PyError) in
            // timemodule.c `time_sleep`: _PyTime_FromSecondsObject, then the sign, then `pysleep`.
            guard args.count == 1 else { throw .typeError("time.sleep() takes exactly one argument (\(args.count) given)") }
            let ns = try vm.pyTimeNanos(fromSeconds: args[0])
            if ns < 0 { throw .valueError("sleep length must be non-negative") }
            // `pysleep` sleeps until monotonic + ns with clock_nanosleep(TIMER_ABSTIME), which
            // Linux refuses (EINVAL) for a deadline at or past KTIME_SEC_MAX seconds.
            let now = vm.world?.now(vm) ?? vm.process.clockNanos
            let (end, overflow) = now.addingReportingOverflow(ns)
            if overflow || end / 1_000_000_000 >= 9_223_372_036 {
                let args = vm.heap.newTuple([.int(22), vm.heap.newStr("Invalid argument")])
                throw .exception(vm.heap.newVM(.exception(PyException(cls: vm.builtinClass("OSError"), args: args))))
            }
            if let world = vm.world { return world.block(&vm, .sleep, timeout: ns) }
            vm.process.clockNanos = World.deadline(from: now, after: ns) ?? World.timeHorizon
            return .none
        },
        NativeEntry(name: "math:sqrt") { vm, args, _ throws(PyError) in
            let x = try vm.floatArg(args[0])
            if x < 0 { throw .valueError("math domain error") }
            return .float(x.squareRoot())
        },
        NativeEntry(name: "math:floor") { vm, args, _ throws(PyError) in
            if case .float(let d) = args[0] { return try vm.heap.intFromDouble(d.rounded(.down)) }
            if let r = try vm.heap.intFromNumber(args[0]) { return r }
            // math_floor: a class's __floor__ (Fraction, Decimal), else a float conversion.
            if let r = try vm.callDunder(args[0], "__floor__", []) { return r }
            return try vm.heap.intFromDouble(try vm.floatArg(args[0]).rounded(.down))
        },
        NativeEntry(name: "math:ceil") { vm, args, _ throws(PyError) in
            if case .float(let d) = args[0] { return try vm.heap.intFromDouble(d.rounded(.up)) }
            if let r = try vm.heap.intFromNumber(args[0]) { return r }
            // math_ceil: a class's __ceil__ (Fraction, Decimal), else a float conversion.
            if let r = try vm.callDunder(args[0], "__ceil__", []) { return r }
            return try vm.heap.intFromDouble(try vm.floatArg(args[0]).rounded(.up))
        },
        NativeEntry(name: "math:trunc") { vm, args, _ throws(PyError) in
            if case .float(let d) = args[0] { return try vm.heap.intFromDouble(d.rounded(.towardZero)) }
            if let r = try vm.heap.intFromNumber(args[0]) { return r }
            // math_trunc: a class's __trunc__ (Fraction, Decimal), else a float conversion.
            if let r = try vm.callDunder(args[0], "__trunc__", []) { return r }
            return try vm.heap.intFromDouble(try vm.floatArg(args[0]).rounded(.towardZero))
        },
        NativeEntry(name: "math:fabs") { vm, args, _ throws(PyError) in .float(abs(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:exp") { vm, args, _ throws(PyError) in .float(Foundation.exp(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:sin") { vm, args, _ throws(PyError) in .float(Foundation.sin(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:cos") { vm, args, _ throws(PyError) in .float(Foundation.cos(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:tan") { vm, args, _ throws(PyError) in .float(Foundation.tan(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:atan2") { vm, args, _ throws(PyError) in .float(Foundation.atan2(try vm.floatArg(args[0]), try vm.floatArg(args[1]))) },
        NativeEntry(name: "math:hypot") { vm, args, _ throws(PyError) in
            var s = 0.0
            for a in args { let x = try vm.floatArg(a); s += x * x }
            return .float(s.squareRoot())
        },
        NativeEntry(name: "math:log") { vm, args, _ throws(PyError) in
            let x = try vm.floatArg(args[0])
            if x <= 0 { throw .valueError("math domain error") }
            if args.count > 1 { return .float(Foundation.log(x) / Foundation.log(try vm.floatArg(args[1]))) }
            return .float(Foundation.log(x))
        },
        NativeEntry(name: "math:log2") { vm, args, _ throws(PyError) in .float(Foundation.log2(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:log10") { vm, args, _ throws(PyError) in .float(Foundation.log10(try vm.floatArg(args[0]))) },
        NativeEntry(name: "math:pow") { vm, args, _ throws(PyError) in .float(Foundation.pow(try vm.floatArg(args[0]), try vm.floatArg(args[1]))) },
        NativeEntry(name: "math:isclose") { vm, args, kw throws(PyError) in
            let a = try vm.floatArg(args[0]), b = try vm.floatArg(args[1])
            let rel = try vm.kwarg(kw, "rel_tol").map { v throws(PyError) in try vm.floatArg(v) } ?? 1e-9
            let absTol = try vm.kwarg(kw, "abs_tol").map { v throws(PyError) in try vm.floatArg(v) } ?? 0
            if a == b { return .true }
            let d = abs(a - b)
            return .bool(d <= max(rel * max(abs(a), abs(b)), absTol))
        },
        NativeEntry(name: "math:isnan") { vm, args, _ throws(PyError) in .bool(try vm.floatArg(args[0]).isNaN) },
        NativeEntry(name: "math:isinf") { vm, args, _ throws(PyError) in .bool(try vm.floatArg(args[0]).isInfinite) },
        NativeEntry(name: "math:gcd") { vm, args, _ throws(PyError) in
            var g = BigInt(0)
            for a in args { guard let n = vm.heap.num(a)?.big else { throw .typeError("'float' object cannot be interpreted as an integer") }; g = g.greatestCommonDivisor(with: n) }
            return vm.heap.makeInt(g)
        },
        NativeEntry(name: "math:factorial") { vm, args, _ throws(PyError) in
            let n = try vm.intArg(args[0])
            if n < 0 { throw .valueError("factorial() not defined for negative values") }
            try vm.reserveFactorial(n)
            return vm.heap.makeInt(PyIntCost.product(2, n))
        },
    ]
}

extension Value {
    var isFloatValue: Bool { if case .float = self { return true } else { return false } }
}

extension Interp {
    /// splitmix64 step of the process's random state (what seeds `random` when CPython would
    /// read urandom: Builtins+Random.swift).
    mutating func nextRandom() -> UInt64 {
        process.randomState &+= 0x9E37_79B9_7F4A_7C15
        var z = process.randomState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    func floatArg(_ v: Value) throws(PyError) -> Double {
        guard let n = heap.num(v) else { throw .typeError("must be real number, not \(heap.typeName(v))") }
        return try PyFloat.from(n)
    }

    /// `import name` (importlib's `_gcd_import`, for built-in and prelude modules only).
    mutating func importModule(_ name: String, fromlist: Value) throws(PyError) -> Value {
        let top = name.split(separator: ".").first.map(String.init) ?? name
        if let m = process.modules[name] { return fromlist.isIdentical(to: .none) ? (process.modules[top] ?? m) : m }
        if name == "builtins" { return try builtinsModule() }
        let d = heap.alloc(.dict(PyDict()))
        try dictSet(d, "__name__", heap.newStr(name))
        let module = heap.newVM(.module(PyModule(name: name, dict: d)))
        var found = false
        for (i, entry) in Natives.table.enumerated() where entry.name.hasPrefix(name + ":") {
            found = true
            let fname = String(entry.name.dropFirst(name.count + 1))
            try dictSet(d, fname, heap.newVM(.native(index: i, receiver: nil)))
        }
        switch name {
        case "sys":
            found = true
            try dictSet(d, "argv", heap.newList(process.argv.map { heap.newStr($0) }))
            // The streams as the program found them are also `__stdout__`/`__stderr__`.
            let out = makeStream(1), err = makeStream(2)
            try dictSet(d, "stdout", out)
            try dictSet(d, "stderr", err)
            try dictSet(d, "__stdout__", out)
            try dictSet(d, "__stderr__", err)
            try dictSet(d, "maxsize", .int(Int.max))
            try dictSet(d, "version", heap.newStr("3.11.7"))
            try dictSet(d, "platform", heap.newStr("linux"))
            let mods = heap.alloc(.dict(PyDict()))
            process.sysModules = mods
            for (k, v) in process.modules { try dictSet(mods, k, v) }
            try dictSet(mods, "sys", module)
            try dictSet(d, "modules", .object(mods))
            try dictSet(d, "version_info", heap.newTuple([.int(3), .int(11), .int(7)]))
            try addSysAttributes(d)
        case "_thread":
            // The engine's lock types (World/LockTypes.swift).
            try dictSet(d, "LockType", lockClass(.lock))
            try dictSet(d, "RLock", lockClass(.rlock))
        case "greenlet":
            // The engine's greenlet type (World/Greenlets.swift); the prelude adds the rest.
            try dictSet(d, "greenlet", greenletClass())
        case "math":
            try dictSet(d, "pi", .float(Double.pi))
            try dictSet(d, "e", .float(M_E))
            try dictSet(d, "tau", .float(2 * Double.pi))
            try dictSet(d, "inf", .float(.infinity))
            try dictSet(d, "nan", .float(.nan))
        default: break
        }
        if let prelude = Prelude.source(of: name) {
            found = true
            let source: String
            switch prelude {
            case .success(let text): source = text
            case .failure(let missing): throw .exception(newException("ImportError", missing.message))
            }
            process.modules[name] = module
            // As in CPython, a module's globals reach the builtins namespace.
            try dictSet(d, "__builtins__", .object(process.builtins))
            let code: CodeObject
            do { code = try CompileCache.code(source: source, filename: "<\(name)>") } catch {
                throw .runtime("prelude \(name) failed to compile: \(error)")
            }
            var frame = Frame(code: code, globals: d, locals: d)
            frame.caller = .native
            _ = try runNested(frame)
        }
        guard found else {
            throw .exception(newException("ModuleNotFoundError", "No module named '\(name)'"))
        }
        process.modules[name] = module
        if let mods = process.sysModules { try dictSet(mods, name, module) }
        if let dot = name.lastIndex(of: ".") {
            // `import a.b` also binds `b` in package `a`.
            let parent = try importModule(String(name[..<dot]), fromlist: .none)
            try setAttr(parent, String(name[name.index(after: dot)...]), module)
            if fromlist.isIdentical(to: .none) { return process.modules[top] ?? module }
        }
        return module
    }

    mutating func makeStream(_ fd: Int) -> Value {
        let cls = builtinClass("stream")
        let s = heap.newInstance(cls)
        try? setAttr(s, "_fd", .int(fd))
        return s
    }
}
