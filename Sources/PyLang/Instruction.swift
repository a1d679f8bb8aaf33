/// One bytecode instruction, named after CPython 3.11's opcodes (see `Disassembler.swift` for the
/// listing names). Payloads are small integers so the dispatch loop stays cheap.
///
/// Conventions used in the comments below:
/// - "pops A, B" lists values from the top of the stack downwards: A was on top.
/// - Stack pictures are written bottom → top: `[..., callable, arg1, arg2]`.
/// - Jump targets are absolute indexes into `CodeObject.instructions` (CPython uses relative
///   byte offsets; the disassembler prints `to N` with N = index × 2 like `dis`).
/// - `consts[i]`, `names[i]`, `varnames[i]` index the code object's tables. A "deref index" `i`
///   addresses `cellvars + freevars`: `i < cellvars.count` is a cell made by this frame, else
///   the free variable `freevars[i - cellvars.count]` copied in by `COPY_FREE_VARS`.
/// - Eval-breaker points (where the scheduler may switch threads in `cpython` mode, as in 3.11's
///   ceval.c): `RESUME`, `JUMP_BACKWARD`, backward `POP_JUMP_IF_*` (3.11's
///   `POP_JUMP_BACKWARD_IF_*`), and `CALL` / `CALL_FUNCTION_EX`. Nowhere else; in particular not
///   between `LOAD_GLOBAL x; LOAD_CONST 1; BINARY_OP +=; STORE_GLOBAL x`.
/// - Exceptions: when an instruction at index `i` raises, the interpreter looks up the entry of
///   `CodeObject.exceptionTable` with `start <= i < end`. If none, the frame is popped and the
///   exception propagates to the caller. Otherwise it pops the stack down to `entry.depth`
///   values, pushes `i` as a Python int if `entry.pushLasti`, pushes the exception object, and
///   continues at `entry.handler`. Handlers begin with `PUSH_EXC_INFO` (or `END_ASYNC_FOR`).
///
/// Execution model (what the interpreter loop must provide):
/// - Frames. A function frame has fast locals (`varnames`, `LOAD_FAST`), cells
///   (`cellvars`, made by `MAKE_CELL`) and free cells (`freevars`, copied from the function's
///   closure by `COPY_FREE_VARS`), and a value stack of at most `stackSize` entries. Module and
///   class-body frames (no `.optimized` flag) use a locals mapping instead (`*_NAME`); for the
///   module it is the globals dict. Arguments are bound CPython's way from `argCount`,
///   `positionalOnlyCount`, `keywordOnlyCount`, `.varargs`/`.varkeywords` and the function's
///   defaults/kwdefaults into `varnames[0...]` before the first instruction runs.
/// - Comprehensions and generator expressions are separate code objects (`<listcomp>`,
///   `<setcomp>`, `<dictcomp>`, `<genexpr>`) with one positional parameter `.0`. The enclosing
///   code does `MAKE_FUNCTION` (closure if needed), evaluates the outermost iterable,
///   `GET_ITER`, then `CALL 0`: the stack is `[function, iterator]`, so `CALL`'s "A is not
///   NULL" rule calls `function(iterator)`. List/set/dict comprehensions build the container
///   with `BUILD_* 0` and `LIST_APPEND`/`SET_ADD`/`MAP_ADD` and return it; `<genexpr>` is a
///   generator.
/// - Generators and coroutines: calling the function runs `MAKE_CELL`/`COPY_FREE_VARS` then
///   `RETURN_GENERATOR` (see there). Each `next()`/`send()` resumes the frame; `YIELD_VALUE`
///   suspends it; `RETURN_VALUE` finishes it (`StopIteration(value)`; a `StopIteration`
///   escaping the body becomes `RuntimeError: generator raised StopIteration`). `yield from`
///   and `await` are `SEND` loops. Coroutines are awaited with `GET_AWAITABLE`.
/// - Exceptions: the "handled exception" (`sys.exc_info()`) is per thread; `PUSH_EXC_INFO`
///   saves the previous one on the value stack and `POP_EXCEPT` restores it. A `try/except`
///   body is covered by a table entry to the handler (`PUSH_EXC_INFO`, then one
///   `CHECK_EXC_MATCH` / `POP_JUMP_IF_FALSE` test per clause, a final `RERAISE 0`), whose
///   own instructions are covered by a cleanup entry (`COPY 3; POP_EXCEPT; RERAISE 1`). A
///   `finally` body is emitted twice: inline on the normal path and as a handler ending in
///   `RERAISE 0`. `return`/`break`/`continue` inside `try`/`with` compile the unwinding inline
///   (finally body, `__exit__(None, None, None)` call, `POP_EXCEPT`, popping a `for` iterator)
///   before the jump or `RETURN_VALUE`; nothing is unwound implicitly.
/// - Classes: see `LOAD_BUILD_CLASS`. Methods that use `super()` or `__class__` have a free
///   variable `__class__`; zero-argument `super()` (a plain `LOAD_GLOBAL super; CALL 0`) must
///   read the calling frame: its first argument (`varnames[0]`, or its cell when that
///   parameter is a cell) and the contents of the `__class__` free cell
///   (`RuntimeError: super(): __class__ cell not found` / `super(): no arguments`).
/// - Differences from CPython 3.11 bytecode, all invisible to Python code: no `PRECALL`,
///   `CACHE` or `EXTENDED_ARG`; absolute jump targets; deref indexes as above; `LOAD_GLOBAL`
///   carries its NULL flag as a separate field.
public enum Instruction: Equatable, Sendable {
    // MARK: - Frame entry and general stack manipulation

    /// `NOP`: does nothing (kept only to carry a line number, as CPython does).
    case nop
    /// `RESUME kind`: eval-breaker point. kind 0 = function/module start, 1 = after `yield`,
    /// 2 = after `yield from`, 3 = after `await`. No stack effect.
    case resume(Int32)
    /// `POP_TOP`: pops and discards one value.
    case popTop
    /// `PUSH_NULL`: pushes the NULL marker used by `CALL` (not a Python object).
    case pushNull
    /// `COPY n`: pushes a copy (same reference) of the n-th value from the top (n = 1 is TOS).
    case copy(Int32)
    /// `SWAP n`: exchanges TOS with the n-th value from the top (n >= 2).
    case swap(Int32)

    // MARK: - Loads and stores

    /// `LOAD_CONST i`: pushes `consts[i]` (a `.code` constant pushes the code object itself).
    case loadConst(Int32)
    /// `LOAD_FAST i`: pushes local `varnames[i]`; unbound raises
    /// `UnboundLocalError: local variable 'x' referenced before assignment` (3.11 wording:
    /// "cannot access local variable 'x' where it is not associated with a value").
    case loadFast(Int32)
    /// `STORE_FAST i`: pops TOS into local `varnames[i]`.
    case storeFast(Int32)
    /// `DELETE_FAST i`: unbinds local `varnames[i]` (raises UnboundLocalError if unbound).
    case deleteFast(Int32)
    /// `LOAD_NAME i`: module/class bodies: looks up `names[i]` in the frame's locals mapping,
    /// then globals, then builtins; pushes it or raises `NameError: name 'x' is not defined`.
    case loadName(Int32)
    /// `STORE_NAME i`: pops TOS into the locals mapping under `names[i]`.
    case storeName(Int32)
    /// `DELETE_NAME i`: deletes `names[i]` from the locals mapping (NameError if missing).
    case deleteName(Int32)
    /// `LOAD_GLOBAL i, pushNull`: looks up `names[i]` in globals then builtins (NameError if
    /// missing). If `pushNull`, first pushes NULL (3.11 folds `PUSH_NULL` into the oparg's low
    /// bit; the listing shows `NULL + name` and oparg `i << 1 | 1`). Then pushes the value.
    case loadGlobal(Int32, pushNull: Bool)
    /// `STORE_GLOBAL i`: pops TOS into globals under `names[i]`.
    case storeGlobal(Int32)
    /// `DELETE_GLOBAL i`: deletes `names[i]` from globals (NameError if missing).
    case deleteGlobal(Int32)
    /// `LOAD_DEREF i`: pushes the contents of the cell at deref index i; an empty cell raises
    /// UnboundLocalError (cell var) or `NameError: free variable 'x' referenced before
    /// assignment in enclosing scope` (free var).
    case loadDeref(Int32)
    /// `STORE_DEREF i`: pops TOS into the cell at deref index i.
    case storeDeref(Int32)
    /// `DELETE_DEREF i`: empties the cell at deref index i.
    case deleteDeref(Int32)
    /// `LOAD_CLASSDEREF i`: class bodies only: looks up the free variable's name in the class
    /// namespace first; if absent, behaves like `LOAD_DEREF i`.
    case loadClassDeref(Int32)
    /// `LOAD_CLOSURE i`: pushes the cell object itself (not its contents) at deref index i;
    /// used to build the closure tuple for `MAKE_FUNCTION` with flag 0x08.
    case loadClosure(Int32)
    /// `MAKE_CELL i`: at frame entry, creates a new cell for `cellvars[i]`. If
    /// `CodeObject.cellParameterIndex[i] >= 0` the variable is also a parameter: the cell is
    /// initialised with that argument's value (3.11 keeps both in one slot). No stack effect.
    case makeCell(Int32)
    /// `COPY_FREE_VARS n`: at frame entry, copies the n cells of the function's closure tuple
    /// into deref indexes `cellvars.count ..< cellvars.count + n`. No stack effect.
    case copyFreeVars(Int32)
    /// `LOAD_ATTR i`: pops obj, pushes `getattr(obj, names[i])`.
    case loadAttr(Int32)
    /// `STORE_ATTR i`: pops obj, then value; does `obj.names[i] = value`.
    case storeAttr(Int32)
    /// `DELETE_ATTR i`: pops obj; does `del obj.names[i]`.
    case deleteAttr(Int32)
    /// `LOAD_METHOD i`: pops obj. If `type(obj)` has a plain function `names[i]` (a method that
    /// would bind) and the instance dict does not shadow it, pushes `[meth, obj]` (unbound
    /// function, then self); otherwise pushes `[NULL, getattr(obj, names[i])]`. Either way the
    /// pair is ready for `CALL`.
    case loadMethod(Int32)

    // MARK: - Operators

    /// `BINARY_OP op`: pops rhs, then lhs; pushes the result. op is CPython's NB_* number:
    /// 0 `+`, 1 `&`, 2 `//`, 3 `<<`, 4 `@`, 5 `*`, 6 `%`, 7 `|`, 8 `**`, 9 `>>`, 10 `-`, 11 `/`,
    /// 12 `^`; 13...25 are the in-place forms (`+=` = 13 ...) which try `__iadd__` etc. first.
    case binaryOp(Int32)
    /// `COMPARE_OP op`: pops rhs, lhs; pushes the rich comparison. op: 0 `<`, 1 `<=`, 2 `==`,
    /// 3 `!=`, 4 `>`, 5 `>=`.
    case compareOp(Int32)
    /// `IS_OP invert`: pops rhs, lhs; pushes `lhs is rhs` (negated when invert is 1).
    case isOp(Int32)
    /// `CONTAINS_OP invert`: pops container (TOS), then item; pushes `item in container`
    /// (negated when invert is 1).
    case containsOp(Int32)
    /// `UNARY_NEGATIVE`: replaces TOS with `-TOS`.
    case unaryNegative
    /// `UNARY_POSITIVE`: replaces TOS with `+TOS`.
    case unaryPositive
    /// `UNARY_INVERT`: replaces TOS with `~TOS`.
    case unaryInvert
    /// `UNARY_NOT`: replaces TOS with `not TOS` (a bool).
    case unaryNot
    /// `BINARY_SUBSCR`: pops key, then container; pushes `container[key]`.
    case binarySubscr
    /// `STORE_SUBSCR`: pops key, container, value; does `container[key] = value`.
    case storeSubscr
    /// `DELETE_SUBSCR`: pops key, container; does `del container[key]`.
    case deleteSubscr

    // MARK: - Building containers

    /// `BUILD_TUPLE n`: pops n values, pushes a tuple of them in stack order (bottom first).
    case buildTuple(Int32)
    /// `BUILD_LIST n`: as BUILD_TUPLE but a list.
    case buildList(Int32)
    /// `BUILD_SET n`: as BUILD_TUPLE but a set (later duplicates are dropped).
    case buildSet(Int32)
    /// `BUILD_MAP n`: pops 2n values `[k1, v1, ..., kn, vn]`, pushes a dict inserted in order.
    case buildMap(Int32)
    /// `BUILD_CONST_KEY_MAP n`: pops a tuple of n keys (TOS), then n values; pushes a dict.
    case buildConstKeyMap(Int32)
    /// `BUILD_STRING n`: pops n strings, pushes their concatenation (stack order).
    case buildString(Int32)
    /// `BUILD_SLICE n`: n is 2 or 3: pops [step,] stop, start; pushes `slice(start, stop[, step])`.
    case buildSlice(Int32)
    /// `LIST_APPEND i`: pops v; appends it to the list at `stack[-i]` (counting after the pop).
    case listAppend(Int32)
    /// `SET_ADD i`: pops v; adds it to the set at `stack[-i]`.
    case setAdd(Int32)
    /// `MAP_ADD i`: pops value, then key; sets `dict[key] = value` for the dict at `stack[-i]`.
    case mapAdd(Int32)
    /// `LIST_EXTEND i`: pops an iterable; extends the list at `stack[-i]` with it.
    case listExtend(Int32)
    /// `SET_UPDATE i`: pops an iterable; updates the set at `stack[-i]` with it.
    case setUpdate(Int32)
    /// `DICT_UPDATE i`: pops a mapping; `dict.update` of the dict at `stack[-i]`
    /// (TypeError `'X' object is not a mapping` otherwise).
    case dictUpdate(Int32)
    /// `DICT_MERGE i`: as DICT_UPDATE but for `f(**m)`: a repeated key raises
    /// `TypeError: f() got multiple values for keyword argument 'k'` (function at `stack[-i-2]`).
    case dictMerge(Int32)
    /// `LIST_TO_TUPLE`: replaces the list at TOS with a tuple of its items.
    case listToTuple
    /// `UNPACK_SEQUENCE n`: pops an iterable that must yield exactly n items; pushes them so that
    /// the first item ends on top (i.e. pushed in reverse). Errors: `ValueError: not enough
    /// values to unpack (expected n, got k)` / `too many values to unpack (expected n)`.
    case unpackSequence(Int32)
    /// `UNPACK_EX a | b << 8`: starred unpacking with a items before the star and b after: pops
    /// the iterable; pushes b trailing items, then a list of the middle, then a leading items so
    /// that the first leading item is on top.
    case unpackEx(Int32)
    /// `FORMAT_VALUE flags`: flags & 3: 0 none, 1 `str()`, 2 `repr()`, 3 `ascii()` conversion;
    /// flags & 4: a format spec is on top. Pops [spec,] value; pushes `format(conv(value), spec)`.
    case formatValue(Int32)

    // MARK: - Calls and functions

    /// `KW_NAMES i`: records `consts[i]` (a tuple of str) as the keyword names of the next
    /// `CALL`; no stack effect. The last len(names) arguments of that call are keyword values.
    case kwNames(Int32)
    /// `CALL n`: eval-breaker point. Stack `[..., A, B, arg1 ... argn]`. If A is NULL the callable
    /// is B and the arguments are arg1...argn; otherwise (after `LOAD_METHOD` found a method, or
    /// for `__exit__(None, None, None)` after `BEFORE_WITH`) the callable is A and the arguments
    /// are B, arg1 ... argn. Pops all n + 2 values, pushes the result. A pending `KW_NAMES`
    /// applies and is then cleared.
    case call(Int32)
    /// `CALL_FUNCTION_EX flags`: eval-breaker point. Stack `[..., NULL, callable, argsTuple]`
    /// plus a kwargs dict on top if flags & 1. Pops them all (including the NULL), pushes
    /// `callable(*argsTuple, **kwargs)`.
    case callFunctionEx(Int32)
    /// `MAKE_FUNCTION flags`: pops the code object, then (if flags & 0x08) a tuple of cells for
    /// the closure, (0x04) an annotations tuple `('a', ann_a, ..., 'return', ann_r)` (pairs of
    /// name and value, for `__annotations__`),
    /// (0x02) a dict of keyword-only defaults, (0x01) a tuple of positional defaults; pushes a
    /// function whose `__name__`/`__qualname__` come from the code object and whose globals
    /// are the current frame's globals.
    case makeFunction(Int32)
    /// `RETURN_VALUE`: pops TOS and returns it to the caller (a generator finishes:
    /// `StopIteration(value)` to the consumer; `FOR_ITER` simply ends).
    case returnValue
    /// `RETURN_GENERATOR`: first instruction of generator/coroutine code (after `MAKE_CELL` /
    /// `COPY_FREE_VARS`): instead of running, the call creates a generator (coroutine, async
    /// generator per `CodeObject.flags`) owning this frame and returns it to the caller. When
    /// the generator is first resumed, execution continues at the next instruction with `None`
    /// pushed as the "sent" value (which the following `POP_TOP` discards).
    case returnGenerator
    /// `YIELD_VALUE`: pops v and suspends the generator, handing v to the consumer. When resumed
    /// by `send(x)`/`next()` (x = None), x is pushed and execution continues at the next
    /// instruction (always a `RESUME 1/2/3`). `throw(e)` resumes by raising e at the
    /// `YIELD_VALUE` (its exception-table entry applies); `close()` throws `GeneratorExit`.
    case yieldValue
    /// `ASYNC_GEN_WRAP`: in async generators, wraps TOS before `YIELD_VALUE` so the awaiting
    /// code can tell a real `yield` from an awaitable's yield.
    case asyncGenWrap
    /// `SEND target`: stack `[..., receiver, v]`. Pops v; sends it into the receiver
    /// (`next(receiver)` if v is None and the receiver is not a generator/coroutine, else
    /// `receiver.send(v)`). If it yields y: pushes y and continues (the next instruction is
    /// `YIELD_VALUE`). If it returns r (StopIteration): pops the receiver, pushes r and jumps to
    /// `target`. Used by `yield from` and `await`:
    /// `GET_YIELD_FROM_ITER; LOAD_CONST None; L: SEND end; YIELD_VALUE; RESUME 2;
    /// JUMP_BACKWARD_NO_INTERRUPT L; end:`.
    case send(Int32)
    /// `GET_ITER`: replaces TOS with `iter(TOS)`.
    case getIter
    /// `FOR_ITER target`: TOS is an iterator. Calls `next()` on it: a value is pushed (iterator
    /// stays below it); on exhaustion (StopIteration) the iterator is popped and execution
    /// jumps to `target` (the instruction after the loop's `JUMP_BACKWARD`). Not an
    /// eval-breaker point (the loop's `JUMP_BACKWARD` is).
    case forIter(Int32)
    /// `GET_YIELD_FROM_ITER`: replaces TOS with `iter(TOS)` unless it is a generator (or, in a
    /// coroutine-flagged frame, a coroutine), which is kept as is.
    case getYieldFromIter
    /// `GET_AWAITABLE where`: replaces TOS with its awaitable iterator (a coroutine itself, or
    /// `__await__()`); TypeError `object X can't be used in 'await' expression` otherwise.
    /// where: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__` (for error messages).
    case getAwaitable(Int32)
    /// `GET_AITER`: replaces TOS with `TOS.__aiter__()`.
    case getAIter
    /// `GET_ANEXT`: TOS is an async iterator (kept); pushes the awaitable of `TOS.__anext__()`.
    case getANext
    /// `END_ASYNC_FOR`: exception handler of `async for`: stack `[..., aiter, exc]`. If exc is a
    /// StopAsyncIteration, pops both and continues (the loop ended); else re-raises exc.
    case endAsyncFor
    /// `BEFORE_ASYNC_WITH`: pops the context manager m; pushes bound `m.__aexit__`, then the
    /// awaitable of `m.__aenter__()`.
    case beforeAsyncWith

    // MARK: - Jumps

    /// `JUMP_FORWARD target`: continues at target (> own index).
    case jumpForward(Int32)
    /// `JUMP_BACKWARD target`: eval-breaker point; continues at target (<= own index): loop
    /// back-edges, including `continue`.
    case jumpBackward(Int32)
    /// `JUMP_BACKWARD_NO_INTERRUPT target`: as JUMP_BACKWARD without the eval-breaker check
    /// (the `SEND` loop of `yield from` / `await`).
    case jumpBackwardNoInterrupt(Int32)
    /// `POP_JUMP_IF_TRUE target`: pops TOS; jumps if it is truthy. Listed as 3.11's
    /// `POP_JUMP_FORWARD_IF_TRUE`/`POP_JUMP_BACKWARD_IF_TRUE`; a backward jump taken is an
    /// eval-breaker point (as in 3.11).
    case popJumpIfTrue(Int32)
    /// `POP_JUMP_IF_FALSE target`: pops TOS; jumps if it is falsy (same notes as above).
    case popJumpIfFalse(Int32)
    /// `POP_JUMP_IF_NONE target`: pops TOS; jumps if it is None.
    case popJumpIfNone(Int32)
    /// `POP_JUMP_IF_NOT_NONE target`: pops TOS; jumps if it is not None.
    case popJumpIfNotNone(Int32)
    /// `JUMP_IF_TRUE_OR_POP target`: if TOS is truthy, jumps leaving it on the stack; else pops it.
    case jumpIfTrueOrPop(Int32)
    /// `JUMP_IF_FALSE_OR_POP target`: if TOS is falsy, jumps leaving it; else pops it.
    case jumpIfFalseOrPop(Int32)

    // MARK: - Exceptions and `with`

    /// `BEFORE_WITH`: pops the context manager m; pushes bound `m.__exit__`, then the result of
    /// `m.__enter__()` (AttributeError-style TypeError if m lacks either). The body is covered
    /// by an exception-table entry whose depth keeps `__exit__` on the stack (lasti pushed).
    /// Normal exit calls `__exit__(None, None, None)` via `LOAD_CONST None` x3 and `CALL 2`.
    case beforeWith
    /// `WITH_EXCEPT_START`: stack `[..., exit, lasti, prev_exc, exc]`: calls
    /// `exit(type(exc), exc, exc.__traceback__)` and pushes the result (nothing popped). A true
    /// result suppresses the exception (the code then pops exc, `POP_EXCEPT`s, and drops lasti
    /// and exit); false re-raises with `RERAISE 2`.
    case withExceptStart
    /// `PUSH_EXC_INFO`: first instruction of an except/finally/with handler: pops exc, pushes the
    /// currently handled exception (`sys.exc_info()[1]` or None), then exc; makes exc the
    /// handled exception.
    case pushExcInfo
    /// `POP_EXCEPT`: pops a value and restores it as the handled exception (undoing
    /// PUSH_EXC_INFO).
    case popExcept
    /// `CHECK_EXC_MATCH`: pops a type (or tuple of types), TOS is the exception (kept); pushes
    /// `isinstance(exc, type)`. TypeError if the type is not an exception class.
    case checkExcMatch
    /// `CHECK_EG_MATCH`: pops a type (or tuple of types); TOS is the exception, replaced by
    /// the part that does not match (or None), and the matching part (or None) is pushed; a
    /// match becomes the handled exception. A bare exception that matches is wrapped in an
    /// ExceptionGroup.
    case checkEgMatch
    /// `PREP_RERAISE_STAR`: pops the list of exceptions raised or left by `except*` handlers
    /// and the original exception; pushes what to raise (None: nothing).
    case prepReraiseStar
    /// `RERAISE n`: pops exc and raises it again (no new traceback entry). If n > 0, first sets
    /// the frame's current instruction to the int at `stack[-n]` (after the pop): the `lasti`
    /// pushed by the handler entry, so tracebacks show the original line.
    case reraise(Int32)
    /// `RAISE_VARARGS n`: 0: re-raise the handled exception (`RuntimeError: No active exception
    /// to reraise` if none); 1: pops exc and raises it (a class is instantiated); 2: pops
    /// cause, then exc: raises exc with `__cause__ = cause` (`raise exc from cause`).
    case raiseVarargs(Int32)
    /// `LOAD_ASSERTION_ERROR`: pushes the builtin AssertionError class.
    case loadAssertionError

    // MARK: - Classes and imports

    /// `LOAD_BUILD_CLASS`: pushes `builtins.__build_class__`. A class statement compiles to
    /// `PUSH_NULL; LOAD_BUILD_CLASS; <MAKE_FUNCTION of the body code>; LOAD_CONST 'Name';
    /// bases...; [KW_NAMES]; CALL n`. `__build_class__(func, name, *bases, **kw)` resolves the
    /// metaclass, prepares the namespace, runs `func` with that namespace as its locals mapping
    /// (body code uses `*_NAME`), creates the class, and if the body returned a cell (it
    /// returns the `__class__` cell when methods use `super()`/`__class__`; it also stored it as
    /// `__classcell__`) sets that cell's contents to the new class.
    case loadBuildClass
    /// `IMPORT_NAME i`: pops fromlist, then level; pushes
    /// `__import__(names[i], globals, None, fromlist, level)`: the top package for
    /// `import a.b` (fromlist None) or the module itself when fromlist is a tuple.
    case importName(Int32)
    /// `IMPORT_FROM i`: TOS is a module (kept); pushes its attribute `names[i]` (ImportError
    /// `cannot import name 'x' from 'm'` if missing).
    case importFrom(Int32)
    /// `IMPORT_STAR`: pops a module; copies its public names into the locals mapping.
    case importStar
    /// `SETUP_ANNOTATIONS`: module and class bodies that contain annotated names: if the locals
    /// mapping has no `__annotations__`, sets it to a new empty dict. No stack effect.
    case setupAnnotations

    // MARK: - Pattern matching (`match` statements)

    /// `GET_LEN`: pushes `len(TOS)`, keeping TOS.
    case getLen
    /// `MATCH_SEQUENCE`: pushes whether TOS (kept) is a sequence for pattern matching: a list,
    /// tuple, range, deque, ... but not a str, bytes or bytearray.
    case matchSequence
    /// `MATCH_MAPPING`: pushes whether TOS (kept) is a mapping (a dict, OrderedDict, ...).
    case matchMapping
    /// `MATCH_KEYS`: TOS is a tuple of keys, TOS1 the subject (both kept); pushes the tuple of
    /// their values (`subject.get(key)`), or None when a key is missing. A repeated key is a
    /// `ValueError: mapping pattern checks duplicate key (k)`.
    case matchKeys
    /// `COPY_DICT_WITHOUT_KEYS` (3.10's): TOS is a tuple of keys, TOS1 the subject (kept);
    /// replaces TOS with `dict(subject)` less those keys (a mapping pattern's `**rest`).
    case copyDictWithoutKeys
    /// `MATCH_CLASS n`: pops a tuple of keyword attribute names, the class, then the subject;
    /// pushes a tuple of n positional attributes (named by `__match_args__`; the built-ins
    /// matching `self` take one) then the keyword ones if the subject is an instance of the
    /// class having all of them, else None. TypeErrors as `ceval.c` `match_class`.
    case matchClass(Int32)
}

/// An entry of the exception table: instructions `start ..< end` are covered by `handler`.
public struct ExceptionTableEntry: Equatable, Sendable {
    /// First covered instruction index.
    public let start: Int32
    /// One past the last covered instruction index.
    public let end: Int32
    /// Index of the handler's first instruction.
    public let handler: Int32
    /// Stack depth to unwind to before pushing (lasti and) the exception.
    public let depth: Int32
    /// Whether the raising instruction's index is pushed (below the exception).
    public let pushLasti: Bool
}
