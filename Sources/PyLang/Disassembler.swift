/// A `dis.dis`-style listing of a code object and, after it, of every nested code object.
///
/// Offsets are instruction index × 2 (CPython 3.11 also counts inline caches, which the engine
/// does not have); addresses are the fixed `0x0000` so output is deterministic.
public func disassemble(_ code: CodeObject) -> String {
    var out = ""
    // Depth first, as `dis.dis` recurses, but with a stack of its own: lambdas nest code
    // objects thousands deep and the caller's thread may have a small stack.
    var pending = [code]
    while let next = pending.popLast() {
        if next !== code { out += "\nDisassembly of \(Constant.code(next).pythonRepr):\n" }
        listing(next, into: &out)
        for c in next.constants.reversed() {
            if case .code(let nested) = c { pending.append(nested) }
        }
    }
    return out
}

/// The instructions and exception table of `code` alone.
func listing(_ code: CodeObject, into out: inout String) {
    let maxLine = code.lines.max() ?? 0
    let linenoWidth = maxLine >= 1000 ? String(maxLine).count : 3
    let offsetWidth = max(4, String(max(0, code.instructions.count * 2 - 2)).count)
    var targets = Set<Int32>()
    for instr in code.instructions { if let t = instr.jumpTarget { targets.insert(t) } }
    for entry in code.exceptionTable { targets.insert(entry.handler) }
    var lastLine: Int32 = -2
    for (k, instr) in code.instructions.enumerated() {
        let l = code.lines[k]
        var startsLine = false
        if l != lastLine {
            lastLine = l
            startsLine = l >= 0
        }
        if startsLine && k > 0 { out += "\n" }
        var fields: [String] = []
        fields.append(startsLine ? leftPad(String(l), linenoWidth) : String(repeating: " ", count: linenoWidth))
        fields.append("   ")
        fields.append(targets.contains(Int32(k)) ? ">>" : "  ")
        fields.append(leftPad(String(k * 2), offsetWidth))
        let (name, arg, argrepr) = describe(instr, at: k, in: code)
        fields.append(name.padding(20))
        if let arg {
            fields.append(leftPad(String(arg), 5))
            if !argrepr.isEmpty { fields.append("(" + argrepr + ")") }
        }
        var text = fields.joined(separator: " ")
        while text.last == " " { text.removeLast() }
        out += text + "\n"
    }
    if !code.exceptionTable.isEmpty {
        out += "ExceptionTable:\n"
        for e in code.exceptionTable {
            out += "  \(e.start * 2) to \((e.end - 1) * 2) -> \(e.handler * 2) [\(e.depth)]\(e.pushLasti ? " lasti" : "")\n"
        }
    }
}

/// One instruction as `dis` would show it, e.g. `LOAD_GLOBAL 1 (NULL + print)` (for step views).
public func describeInstruction(at index: Int, in code: CodeObject) -> String {
    guard code.instructions.indices.contains(index) else { return "" }
    let (name, arg, argrepr) = describe(code.instructions[index], at: index, in: code)
    guard let arg else { return name }
    return argrepr.isEmpty ? "\(name) \(arg)" : "\(name) \(arg) (\(argrepr))"
}

private func leftPad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

let binaryOpSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
let compareOpSymbols = ["<", "<=", "==", "!=", ">", ">="]

/// The opname, CPython-style argument and argument description of one instruction.
func describe(_ instr: Instruction, at index: Int, in code: CodeObject) -> (String, Int32?, String) {
    func const(_ i: Int32) -> String {
        Int(i) < code.constants.count ? code.constants[Int(i)].pythonRepr : "?"
    }
    func name(_ i: Int32) -> String { Int(i) < code.names.count ? code.names[Int(i)] : "?" }
    func local(_ i: Int32) -> String { Int(i) < code.varnames.count ? code.varnames[Int(i)] : "?" }
    func deref(_ i: Int32) -> String {
        let all = code.cellvars + code.freevars
        return Int(i) < all.count ? all[Int(i)] : "?"
    }
    let own = Int32(index)
    func forward(_ op: String, _ t: Int32) -> (String, Int32?, String) { (op, t - own - 1, "to \(t * 2)") }
    func backward(_ op: String, _ t: Int32) -> (String, Int32?, String) { (op, own + 1 - t, "to \(t * 2)") }
    func conditional(_ suffix: String, _ t: Int32) -> (String, Int32?, String) {
        t > own ? forward("POP_JUMP_FORWARD_IF_" + suffix, t) : backward("POP_JUMP_BACKWARD_IF_" + suffix, t)
    }
    switch instr {
    case .nop: return ("NOP", nil, "")
    case .resume(let a): return ("RESUME", a, "")
    case .popTop: return ("POP_TOP", nil, "")
    case .pushNull: return ("PUSH_NULL", nil, "")
    case .copy(let n): return ("COPY", n, "")
    case .swap(let n): return ("SWAP", n, "")
    case .loadConst(let i): return ("LOAD_CONST", i, const(i))
    case .loadFast(let i): return ("LOAD_FAST", i, local(i))
    case .storeFast(let i): return ("STORE_FAST", i, local(i))
    case .deleteFast(let i): return ("DELETE_FAST", i, local(i))
    case .loadName(let i): return ("LOAD_NAME", i, name(i))
    case .storeName(let i): return ("STORE_NAME", i, name(i))
    case .deleteName(let i): return ("DELETE_NAME", i, name(i))
    case .loadGlobal(let i, let pushNull):
        return ("LOAD_GLOBAL", i << 1 | (pushNull ? 1 : 0), (pushNull ? "NULL + " : "") + name(i))
    case .storeGlobal(let i): return ("STORE_GLOBAL", i, name(i))
    case .deleteGlobal(let i): return ("DELETE_GLOBAL", i, name(i))
    case .loadDeref(let i): return ("LOAD_DEREF", i, deref(i))
    case .storeDeref(let i): return ("STORE_DEREF", i, deref(i))
    case .deleteDeref(let i): return ("DELETE_DEREF", i, deref(i))
    case .loadClassDeref(let i): return ("LOAD_CLASSDEREF", i, deref(i))
    case .loadClosure(let i): return ("LOAD_CLOSURE", i, deref(i))
    case .makeCell(let i): return ("MAKE_CELL", i, deref(i))
    case .copyFreeVars(let n): return ("COPY_FREE_VARS", n, "")
    case .loadAttr(let i): return ("LOAD_ATTR", i, name(i))
    case .storeAttr(let i): return ("STORE_ATTR", i, name(i))
    case .deleteAttr(let i): return ("DELETE_ATTR", i, name(i))
    case .loadMethod(let i): return ("LOAD_METHOD", i, name(i))
    case .binaryOp(let op):
        let base = Int(op % 13)
        let symbol = base < binaryOpSymbols.count ? binaryOpSymbols[base] : "?"
        return ("BINARY_OP", op, op >= 13 ? symbol + "=" : symbol)
    case .compareOp(let op):
        return ("COMPARE_OP", op, Int(op) < compareOpSymbols.count ? compareOpSymbols[Int(op)] : "?")
    case .isOp(let a): return ("IS_OP", a, "")
    case .containsOp(let a): return ("CONTAINS_OP", a, "")
    case .unaryNegative: return ("UNARY_NEGATIVE", nil, "")
    case .unaryPositive: return ("UNARY_POSITIVE", nil, "")
    case .unaryInvert: return ("UNARY_INVERT", nil, "")
    case .unaryNot: return ("UNARY_NOT", nil, "")
    case .binarySubscr: return ("BINARY_SUBSCR", nil, "")
    case .storeSubscr: return ("STORE_SUBSCR", nil, "")
    case .deleteSubscr: return ("DELETE_SUBSCR", nil, "")
    case .buildTuple(let n): return ("BUILD_TUPLE", n, "")
    case .buildList(let n): return ("BUILD_LIST", n, "")
    case .buildSet(let n): return ("BUILD_SET", n, "")
    case .buildMap(let n): return ("BUILD_MAP", n, "")
    case .buildConstKeyMap(let n): return ("BUILD_CONST_KEY_MAP", n, "")
    case .buildString(let n): return ("BUILD_STRING", n, "")
    case .buildSlice(let n): return ("BUILD_SLICE", n, "")
    case .listAppend(let n): return ("LIST_APPEND", n, "")
    case .setAdd(let n): return ("SET_ADD", n, "")
    case .mapAdd(let n): return ("MAP_ADD", n, "")
    case .listExtend(let n): return ("LIST_EXTEND", n, "")
    case .setUpdate(let n): return ("SET_UPDATE", n, "")
    case .dictUpdate(let n): return ("DICT_UPDATE", n, "")
    case .dictMerge(let n): return ("DICT_MERGE", n, "")
    case .listToTuple: return ("LIST_TO_TUPLE", nil, "")
    case .unpackSequence(let n): return ("UNPACK_SEQUENCE", n, "")
    case .unpackEx(let n): return ("UNPACK_EX", n, "")
    case .formatValue(let f):
        var repr = ["", "str", "repr", "ascii"][Int(f & 3)]
        if f & 4 != 0 { repr = repr.isEmpty ? "with format" : repr + ", with format" }
        return ("FORMAT_VALUE", f, repr)
    case .kwNames(let i): return ("KW_NAMES", i, "")
    case .call(let n): return ("CALL", n, "")
    case .callFunctionEx(let f): return ("CALL_FUNCTION_EX", f, "")
    case .makeFunction(let f):
        let names = ["defaults", "kwdefaults", "annotations", "closure"]
        let parts = names.indices.filter { f & (1 << $0) != 0 }.map { names[$0] }
        return ("MAKE_FUNCTION", f, parts.joined(separator: ", "))
    case .returnValue: return ("RETURN_VALUE", nil, "")
    case .returnGenerator: return ("RETURN_GENERATOR", nil, "")
    case .yieldValue: return ("YIELD_VALUE", nil, "")
    case .asyncGenWrap: return ("ASYNC_GEN_WRAP", nil, "")
    case .send(let t): return forward("SEND", t)
    case .getIter: return ("GET_ITER", nil, "")
    case .forIter(let t): return forward("FOR_ITER", t)
    case .getYieldFromIter: return ("GET_YIELD_FROM_ITER", nil, "")
    case .getAwaitable(let a): return ("GET_AWAITABLE", a, "")
    case .getAIter: return ("GET_AITER", nil, "")
    case .getANext: return ("GET_ANEXT", nil, "")
    case .endAsyncFor: return ("END_ASYNC_FOR", nil, "")
    case .beforeAsyncWith: return ("BEFORE_ASYNC_WITH", nil, "")
    case .jumpForward(let t): return forward("JUMP_FORWARD", t)
    case .jumpBackward(let t): return backward("JUMP_BACKWARD", t)
    case .jumpBackwardNoInterrupt(let t): return backward("JUMP_BACKWARD_NO_INTERRUPT", t)
    case .popJumpIfTrue(let t): return conditional("TRUE", t)
    case .popJumpIfFalse(let t): return conditional("FALSE", t)
    case .popJumpIfNone(let t): return conditional("NONE", t)
    case .popJumpIfNotNone(let t): return conditional("NOT_NONE", t)
    case .jumpIfTrueOrPop(let t): return forward("JUMP_IF_TRUE_OR_POP", t)
    case .jumpIfFalseOrPop(let t): return forward("JUMP_IF_FALSE_OR_POP", t)
    case .beforeWith: return ("BEFORE_WITH", nil, "")
    case .withExceptStart: return ("WITH_EXCEPT_START", nil, "")
    case .pushExcInfo: return ("PUSH_EXC_INFO", nil, "")
    case .popExcept: return ("POP_EXCEPT", nil, "")
    case .checkExcMatch: return ("CHECK_EXC_MATCH", nil, "")
    case .checkEgMatch: return ("CHECK_EG_MATCH", nil, "")
    case .prepReraiseStar: return ("PREP_RERAISE_STAR", nil, "")
    case .reraise(let n): return ("RERAISE", n, "")
    case .raiseVarargs(let n): return ("RAISE_VARARGS", n, "")
    case .loadAssertionError: return ("LOAD_ASSERTION_ERROR", nil, "")
    case .loadBuildClass: return ("LOAD_BUILD_CLASS", nil, "")
    case .importName(let i): return ("IMPORT_NAME", i, name(i))
    case .importFrom(let i): return ("IMPORT_FROM", i, name(i))
    case .importStar: return ("IMPORT_STAR", nil, "")
    case .setupAnnotations: return ("SETUP_ANNOTATIONS", nil, "")
    case .getLen: return ("GET_LEN", nil, "")
    case .matchSequence: return ("MATCH_SEQUENCE", nil, "")
    case .matchMapping: return ("MATCH_MAPPING", nil, "")
    case .matchKeys: return ("MATCH_KEYS", nil, "")
    case .copyDictWithoutKeys: return ("COPY_DICT_WITHOUT_KEYS", nil, "")
    case .matchClass(let n): return ("MATCH_CLASS", n, "")
    }
}
