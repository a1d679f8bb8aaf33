/// What `logging` and `inspect` read of the program's frames and source, which the engine
/// keeps as Swift values rather than Python objects.
extension Builtins {
    static let frameNatives: [NativeEntry] = [
        // sys._callers(): (filename, lineno, function) of the current thread's frames,
        // innermost first (the engine's frames are not objects; this is what
        // logging.findCaller and inspect.stack need of them).
        NativeEntry(name: "sys:_callers") { vm, _, _ throws(PyError) in
            var out: [Value] = []
            for f in vm.frames.reversed() {
                out.append(vm.heap.newTuple([vm.heap.newStr(f.code.filename), .int(f.line), vm.heap.newStr(f.code.name)]))
            }
            return vm.heap.newList(out)
        },
        // _inspect.source_lines(filename): the lines of a program file the run compiled, or None.
        NativeEntry(name: "_inspect:source_lines") { vm, args, _ throws(PyError) in
            guard args.count == 1, let name = vm.heap.string(args[0]), let lines = vm.process.sources[name] else { return .none }
            return vm.heap.newList(lines.map { vm.heap.newStr(String($0)) })
        },
        // warnings._caller(stacklevel): (filename, lineno, globals) of the frame a warning from
        // `warnings.warn` is charged to, 1 being warn's caller (as 0 and below are, as in C's
        // `setup_context`), or None past the outermost frame.
        NativeEntry(name: "warnings:_caller") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "_caller", 1, 1)
            let level = Swift.max(1, try vm.intArg(args[0]))
            // The innermost frame is warn's own.
            let (index, overflow) = (vm.frames.count - 1).subtractingReportingOverflow(level)
            guard !overflow, index >= 0 else { return .none }
            let f = vm.frames[index]
            return vm.heap.newTuple([vm.heap.newStr(f.code.filename), .int(f.line), .object(f.globals)])
        },
        // _logging.getpid(): os.getpid() for log records, without importing os.
        NativeEntry(name: "_logging:getpid") { vm, _, _ throws(PyError) in .int(vm.process.pid) },
    ]
}
