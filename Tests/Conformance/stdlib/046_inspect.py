# inspect: signatures (kinds, defaults, str forms, bind), the is* predicates, getmembers,
# getdoc/cleandoc, getsource of the program's own functions and classes, and the stack.
import asyncio
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    """Adds things.

        Indented detail.
    """
    return a


def posonly(x, y, /, z=0):
    pass


def gen():
    yield 1


async def coro():
    return 1


class Shape:
    """A shape."""

    def __init__(self, sides, name="polygon"):
        self.sides = sides
        self.name = name

    def area(self, scale=1.0):
        """Area of the shape."""
        return 0

    @staticmethod
    def unit():
        return Shape(0)

    def __call__(self, times):
        return times


class Square(Shape):
    def area(self, scale=1.0):
        return 1


sig = inspect.signature(plain)
print(sig, repr(sig), list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, str(p), repr(p))
print(inspect.signature(posonly), inspect.signature(Shape), inspect.signature(Shape(3).area))
print(inspect.signature(Shape(3)), inspect.signature(lambda *a, k=1: 0), inspect.signature(Shape.unit))
wrapped = functools.wraps(plain)(lambda *a, **k: plain(*a, **k))
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
try:
    inspect.signature(3)
except TypeError as e:
    print("TypeError:", e)
ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = inspect.signature(posonly).bind(1, 2)
ba2.apply_defaults()
print(ba2, ba2.args)
for call in [lambda: sig.bind(), lambda: inspect.signature(posonly).bind(1, y=2), lambda: sig.bind(1, c=1, b=2, **{"b2": 0})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
params = [inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY),
          inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=None)]
print(inspect.Signature(params), inspect.Parameter.VAR_KEYWORD < inspect.Parameter.KEYWORD_ONLY)

print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isfunction(Shape.area), inspect.ismethod(Shape(1).area))
print(inspect.isclass(Shape), inspect.isclass(Shape(1)), inspect.isbuiltin(len), inspect.isbuiltin(plain))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()), inspect.isgenerator(gen))
c = coro()
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen), inspect.iscoroutine(c), inspect.isawaitable(c))
print(asyncio.run(c), inspect.isawaitable(1), inspect.ismodule(inspect), inspect.isroutine(len), inspect.isroutine(1))

members = inspect.getmembers(Square(4), inspect.ismethod)
print([name for name, _ in members])
print([name for name, _ in inspect.getmembers(Shape) if not name.startswith("__")])
print(inspect.getdoc(plain))
print(inspect.getdoc(Shape), inspect.getdoc(Square.area), inspect.getdoc(Square().area) if False else "")
print(repr(inspect.cleandoc("  first\n    second\n      third\n")))

print(inspect.getsource(posonly), end="")
print(inspect.getsource(Square), end="")
lines, start = inspect.getsourcelines(gen)
print(start, lines)
print(inspect.getsource(Shape.area), end="")


def where():
    frame = inspect.currentframe()
    info = inspect.stack()[0]
    return frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name, info.function, info.lineno, info.code_context


print(where())
print(inspect.stack()[0].function, inspect.getmodule(plain) is __import__("__main__"))
