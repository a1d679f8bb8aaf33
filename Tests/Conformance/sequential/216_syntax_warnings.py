# conformance: full-stderr
# The compiler's SyntaxWarnings, printed on stderr before the program runs: "is" with a
# literal, a literal called or subscripted ("perhaps you missed a comma?"), an assert of a
# non-empty tuple. Operands count after constant folding; names, None, True, False, ...
# and displays that are not constants do not warn.
x = 1
print(x is 1 or x is not 2, x is 1)
if x is 1 < 2:
    pass
if (x is
        1):
    pass
if 1 is None:
    pass
print(x is (), x is -1, x is (1, 2), x is [1], x is ..., x is None, x is f"a", 1 is x, x is {}, x is 1j)
print(x is "abc"[0], x is not True, x is b"", x is 2 + 3, x is not "s" "t")
y = [(1, 2) (3, 4)] if False else 0
z = [1, 2][1, 2] if False else 0
w = (1, 2)[0]
print([1][1.5] if 0 else 0, "abc"["x"] if 0 else 0, True[0] if 0 else 0, (lambda: 0)[0] if 0 else 0)
print(None[0] if 0 else 0, {1}[0] if 0 else 0, (i for i in [])[0] if 0 else 0, f"a"[0], "ab"[0:1])
print(-1(2) if 0 else 0, {1: 2}(3) if 0 else 0, f"{x}"() if 0 else 0, (lambda: 5)(), [x](0) if 0 else 0)
assert (x, 2), "never raised"
assert (1, "x")


def f():
    return x is 2


class C:
    y = x is 3


print(f(), C.y)
code = compile("a = 1\nb = a is 'b'", "<made>", "exec")
print(eval("1 is 1"))
exec("print(x is 7)")
