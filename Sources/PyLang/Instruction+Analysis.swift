/// Facts about instructions used by the assembler (and useful to the interpreter).
extension Instruction {
    /// The jump target, for instructions that can jump.
    var jumpTarget: Int32? {
        switch self {
        case .send(let t), .forIter(let t), .jumpForward(let t), .jumpBackward(let t),
             .jumpBackwardNoInterrupt(let t), .popJumpIfTrue(let t), .popJumpIfFalse(let t),
             .popJumpIfNone(let t), .popJumpIfNotNone(let t), .jumpIfTrueOrPop(let t),
             .jumpIfFalseOrPop(let t):
            return t
        default:
            return nil
        }
    }

    /// The same instruction jumping to `t` instead.
    func withJumpTarget(_ t: Int32) -> Instruction {
        switch self {
        case .send: return .send(t)
        case .forIter: return .forIter(t)
        case .jumpForward: return .jumpForward(t)
        case .jumpBackward: return .jumpBackward(t)
        case .jumpBackwardNoInterrupt: return .jumpBackwardNoInterrupt(t)
        case .popJumpIfTrue: return .popJumpIfTrue(t)
        case .popJumpIfFalse: return .popJumpIfFalse(t)
        case .popJumpIfNone: return .popJumpIfNone(t)
        case .popJumpIfNotNone: return .popJumpIfNotNone(t)
        case .jumpIfTrueOrPop: return .jumpIfTrueOrPop(t)
        case .jumpIfFalseOrPop: return .jumpIfFalseOrPop(t)
        default: return self
        }
    }

    /// True when execution never falls through to the next instruction.
    var endsFlow: Bool {
        switch self {
        case .returnValue, .raiseVarargs, .reraise, .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt:
            return true
        default:
            return false
        }
    }

    /// Net stack effect when falling through (`jump == false`) or jumping (`jump == true`).
    public func stackEffect(jump: Bool = false) -> Int {
        switch self {
        case .nop, .resume, .swap, .deleteFast, .deleteName, .deleteGlobal, .deleteDeref, .makeCell,
             .copyFreeVars, .loadAttr, .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot,
             .listToTuple, .kwNames, .yieldValue, .asyncGenWrap, .getIter, .getYieldFromIter,
             .getAwaitable, .getAIter, .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt,
             .checkExcMatch, .checkEgMatch, .setupAnnotations, .copyDictWithoutKeys:
            return 0
        case .popTop, .storeFast, .storeName, .storeGlobal, .storeDeref, .deleteAttr, .binaryOp,
             .compareOp, .isOp, .containsOp, .binarySubscr, .listAppend, .setAdd, .listExtend,
             .setUpdate, .dictUpdate, .dictMerge, .returnValue, .popJumpIfTrue, .popJumpIfFalse,
             .popJumpIfNone, .popJumpIfNotNone, .popExcept, .reraise, .importName, .importStar, .prepReraiseStar:
            return -1
        case .pushNull, .copy, .loadConst, .loadFast, .loadName, .loadDeref, .loadClassDeref,
             .loadClosure, .loadMethod, .getANext, .beforeAsyncWith, .beforeWith, .withExceptStart,
             .pushExcInfo, .loadAssertionError, .loadBuildClass, .importFrom, .returnGenerator,
             .getLen, .matchSequence, .matchMapping, .matchKeys:
            return 1
        case .matchClass: return -2
        case .loadGlobal(_, let pushNull): return pushNull ? 2 : 1
        case .storeAttr, .mapAdd, .deleteSubscr, .endAsyncFor: return -2
        case .storeSubscr: return -3
        case .buildTuple(let n), .buildList(let n), .buildSet(let n), .buildString(let n), .buildSlice(let n):
            return 1 - Int(n)
        case .buildMap(let n): return 1 - 2 * Int(n)
        case .buildConstKeyMap(let n): return -Int(n)
        case .unpackSequence(let n): return Int(n) - 1
        case .unpackEx(let n): return Int(n & 0xFF) + Int(n >> 8)
        case .formatValue(let f): return f & 4 != 0 ? -1 : 0
        case .call(let n): return -Int(n) - 1
        case .callFunctionEx(let f): return -2 - Int(f & 1)
        case .makeFunction(let f): return -(f & 0xF).nonzeroBitCount
        case .send: return jump ? -1 : 0
        case .forIter: return jump ? -1 : 1
        case .jumpIfTrueOrPop, .jumpIfFalseOrPop: return jump ? 0 : -1
        case .raiseVarargs(let n): return -Int(n)
        }
    }
}
