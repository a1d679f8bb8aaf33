# compile() modes, code objects and exec/eval namespaces.
import builtins
code = compile("total = sum(range(5))\nprint('total', total)", "<demo>", "exec")
print(code.co_name, code.co_filename, code.co_firstlineno, repr(code).split(" at ")[0])
ns = {}
exec(code, ns)
print(ns["total"], eval("total * 2", ns), eval(compile("total + 1", "<e>", "eval"), ns))
exec(compile("x = 3", "<one>", "single"), ns)
exec(compile("x * 10", "<one>", "single"), ns)
exec(compile("[x, x]", "<one>", "single"), ns)
print(builtins._)
src = """
def square(n):
    return n * n
squares = [square(i) for i in range(5)]
"""
exec(src, ns)
print(ns["squares"], ns["square"].__name__, ns["square"].__code__.co_filename)
counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
bump(); bump()
print(counter)
exec("def helper(): return 'helped'", globals())
print(helper())
local_ns = {}
exec("a = 1\nb = a + 1", {}, local_ns)
print(sorted(local_ns.items()))
print(eval("len(s)", {"s": "hello"}), eval("__name__"), eval("__name__", {}) if False else "skip")
try:
    exec("def broken(:\n    pass", {})
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text))
try:
    eval("1 +\n2")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("  indented = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
for src in ["x = 1\ny = 2", "a = 1; b = 2\nc = 3", "if 1:\n  pass\nz = 3"]:
    try:
        compile(src, "<s>", "single")
    except SyntaxError as e:
        print(e, e.lineno)
exec(compile("p = 1; p + 1", "<s>", "single"), ns)
try:
    exec(compile("1/0", "<zero>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
exec(compile("raise KeyError('from exec')", "<raiser>", "exec"))
