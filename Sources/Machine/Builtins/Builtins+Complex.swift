/// The `complex` constructor (Objects/complexobject.c `complex_new_impl`).
extension Builtins {
    static let complexNatives: [NativeEntry] = [
        NativeEntry(name: "new:complex") { vm, args, kw throws(PyError) in
            if args.count > 2 { throw .typeError("complex() takes at most 2 arguments (\(args.count) given)") }
            for (k, _) in kw where k != "real" && k != "imag" {
                throw .typeError("complex() got an unexpected keyword argument '\(k)'")
            }
            let real = vm.arg(args, 0) ?? vm.kwarg(kw, "real")
            let imag = vm.arg(args, 1) ?? vm.kwarg(kw, "imag")
            guard let real else {
                guard let imag else { return vm.heap.newComplex(PyComplex(re: 0, im: 0)) }
                let i = try vm.complexPart(imag, first: false)
                return vm.heap.newComplex(PyComplex(re: vm.heap.complex(imag) != nil ? -i.im : 0, im: i.re))
            }
            if let s = vm.heap.string(real) {
                if imag != nil { throw .typeError("complex() can't take second arg if first is a string") }
                return vm.heap.newComplex(try PyComplex.parse(s))
            }
            if let imag, vm.heap.string(imag) != nil { throw .typeError("complex() second arg can't be a string") }
            if imag == nil, vm.heap.complex(real) != nil { return real }
            let r = try vm.complexPart(real, first: true)
            guard let imag else { return vm.heap.newComplex(r) }
            let i = try vm.complexPart(imag, first: false)
            // complex(a, b) is a + b*1j, also for complex a and b; a real part is not
            // added to (so the sign of a zero survives: complex(1, -0.0) is (1-0j)).
            return vm.heap.newComplex(PyComplex(re: vm.heap.complex(imag) != nil ? r.re - i.im : r.re,
                                                im: vm.heap.complex(real) != nil ? i.re + r.im : i.re))
        },
    ]
}

extension Interp {
    /// One argument of `complex(...)` as a complex: numbers, `__complex__`, `__float__`,
    /// `__index__`, else CPython's TypeError.
    mutating func complexPart(_ v: Value, first: Bool) throws(PyError) -> PyComplex {
        if let c = try heap.complexOperand(v) { return c }
        if first, let r = try callDunder(v, "__complex__", []) {
            guard let c = heap.complex(r) else {
                throw .typeError("__complex__ returned non-complex (type \(heap.typeName(r)))")
            }
            return c
        }
        for dunder in ["__float__", "__index__"] {
            if let r = try callDunder(v, dunder, []), let c = try heap.complexOperand(r) { return c }
        }
        if first { throw .typeError("complex() first argument must be a string or a number, not '\(heap.typeName(v))'") }
        throw .typeError("complex() second argument must be a number, not '\(heap.typeName(v))'")
    }
}
