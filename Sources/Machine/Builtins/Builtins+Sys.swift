/// `sys` attributes and functions a learner's program reaches for beyond the engine's core
/// ones (Python/sysmodule.c), with CPython 3.11's values on Linux.
extension Builtins {
    static let sysNatives: [NativeEntry] = [
        NativeEntry(name: "sys:exception") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "exception", 0, 0)
            return vm.handled
        },
        NativeEntry(name: "sys:intern") { vm, args, _ throws(PyError) in
            try vm.expectArgs(args, "intern", 1, 1)
            guard let s = vm.heap.string(args[0]) else {
                throw .typeError("intern() argument must be str, not \(vm.heap.typeName(args[0]))")
            }
            return vm.intern(s)
        },
        NativeEntry(name: "sys:getdefaultencoding") { vm, _, _ throws(PyError) in vm.heap.newStr("utf-8") },
        NativeEntry(name: "sys:getfilesystemencoding") { vm, _, _ throws(PyError) in vm.heap.newStr("utf-8") },
        NativeEntry(name: "sys:get_int_max_str_digits") { _, _, _ throws(PyError) in .int(4300) },
        NativeEntry(name: "sys:is_finalizing") { _, _, _ throws(PyError) in .false },
    ]
}

extension Interp {
    /// The plain data attributes of `sys` beyond argv, streams and versions. The sandbox keeps
    /// out what names the host (`path`, `executable`, `prefix`, `meta_path`, `path_hooks`).
    mutating func addSysAttributes(_ d: ObjectRef) throws(PyError) {
        try dictSet(d, "orig_argv", heap.newList((["python3"] + process.argv).map { heap.newStr($0) }))
        try dictSet(d, "byteorder", heap.newStr("little"))
        try dictSet(d, "maxunicode", .int(0x10FFFF))
        try dictSet(d, "hexversion", .int(0x030B07F0))
        try dictSet(d, "api_version", .int(1013))
        try dictSet(d, "float_repr_style", heap.newStr("short"))
        try dictSet(d, "dont_write_bytecode", .false)
        try dictSet(d, "warnoptions", heap.newList([]))
    }
}
