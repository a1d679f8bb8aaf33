x = 10
print(eval("x + 1"), eval("  x * 2"), eval("y", {"y": 5}), eval("a+b", {"a": 1}, {"b": 2}), eval(b"3*3"))
g = {}
exec("z = 42\ndef f(n):\n    return n + z\nw = f(1)", g)
print(g["z"], g["w"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
exec("q = 7")
print(q)
def func():
    a = 3
    print(eval("a * 2"))
    exec("b = 5", globals())
    print(b)
func()
c = compile("1 + 2", "<s>", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c), repr(c).startswith("<code object <module> at 0x"), repr(c).endswith(', file "<s>", line 1>'))
c2 = compile("for i in range(3):\n    print(i)", "<loop>", "exec")
exec(c2)
print(exec("1"), eval(compile("[i*i for i in range(4)]", "f", "eval")))
c3 = compile("1 + 1", "<s>", "single")
exec(c3)
exec(compile("None", "<s>", "single"))
exec(compile("'hi'", "<s>", "single"))
print(_)
ns = {"__builtins__": __builtins__}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
for src in ["1 +", "x = ", "(1", "1 2", "def f(:\n  pass"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, "|", e.msg, e.filename, e.lineno, repr(e.text))
for bad in ["x = 1", "if 1: pass"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("eval", e, e.lineno)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: eval(42))
attempt(lambda: exec(42))
attempt(lambda: compile(42, "s", "exec"))
attempt(lambda: compile("1", "s", "bogus"))
attempt(lambda: eval("1", []))
attempt(lambda: exec("1", []))
attempt(lambda: eval("1", {}, 5))
attempt(lambda: eval("undefined_name"))
attempt(lambda: exec("raise ValueError('inside')"))
attempt(lambda: eval("1/0"))
attempt(lambda: eval("1", globals={}))
attempt(lambda: eval())
attempt(lambda: compile("x"))
exec("print('nested', eval('2**10'))")
exec("1 +")
