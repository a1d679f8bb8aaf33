# inspect: Signature and Parameter built by hand (validation errors, kinds as numbers, str
# forms with annotations and return annotations, replace, equality, hashing), bind and
# bind_partial across every parameter kind (errors included), BoundArguments.args/kwargs/
# apply_defaults, signatures of classes, bound methods and callables, getdoc inheritance and
# cleandoc edge cases.
import inspect
from inspect import Parameter as P, Signature

for label, build in [
        ("default then plain", lambda: Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])),
        ("default then kwonly", lambda: Signature([P("a", 1, default=1), P("b", P.KEYWORD_ONLY)])),
        ("wrong order", lambda: Signature([P("a", P.VAR_KEYWORD), P("b", P.POSITIONAL_ONLY)])),
        ("duplicate", lambda: Signature([P("a", 0), P("a", 3)])),
        ("bad kind", lambda: P("a", 7)),
        ("kind number", lambda: P("a", 2)),
        ("keyword name", lambda: P("for", P.KEYWORD_ONLY)),
        ("keyword posonly", lambda: P("for", P.POSITIONAL_ONLY)),
        ("not a name", lambda: P("1x", 1)),
        ("name type", lambda: P(3, 1)),
        ("star default", lambda: P("args", P.VAR_POSITIONAL, default=())),
        ("kw default", lambda: P("kw", P.VAR_KEYWORD, default={}))]:
    try:
        print(label, "|", repr(build()))
    except (TypeError, ValueError) as e:
        print(label, "|", type(e).__name__, e)

print(repr(P.POSITIONAL_ONLY), str(P.VAR_POSITIONAL), P.KEYWORD_ONLY.description, int(P.VAR_KEYWORD))
print(P.POSITIONAL_ONLY < P.VAR_KEYWORD, P.KEYWORD_ONLY == 3, P.empty is Signature.empty, P.empty)
annotated = Signature([P("x", 0, annotation=int), P("y", 1, annotation=str, default="s"),
                       P("rest", 2, annotation=float), P("flag", 3, annotation=bool, default=False),
                       P("opts", 4, annotation=dict)], return_annotation=list)
print(annotated)
print(annotated.replace(return_annotation=Signature.empty), annotated.replace(parameters=[]))
p = P("x", 1, default=3)
q = p.replace(name="z", kind=P.KEYWORD_ONLY)
print(p, q, repr(q), q.kind, p == P("x", 1, default=3), p == q, hash(p) == hash(P("x", 1, default=3)))
print(p.replace(default=P.empty), p.replace(annotation="note"), P("a", 1, annotation="text"))


def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


sig = inspect.signature(everything)
print(sig, len(sig.parameters), [str(q.kind) for q in sig.parameters.values()])
print(sig == inspect.signature(everything), hash(sig) == hash(inspect.signature(everything)))
for args, kwargs in [((1,), {"d": 4}), ((1, 2, 3, 4, 5), {"d": 0, "x": 9}), ((1,), {"c": 7, "d": 1, "e": 2}),
                     ((), {"d": 1}), ((1,), {}), ((1,), {"a": 1, "d": 2}), ((1, 2), {"c": 1, "d": 2})]:
    for method in ("bind", "bind_partial"):
        try:
            ba = getattr(sig, method)(*args, **kwargs)
            print(method, args, kwargs, "|", ba, ba.args, ba.kwargs)
            ba.apply_defaults()
            print("   defaults", ba.arguments)
        except TypeError as e:
            print(method, args, kwargs, "| TypeError", e)


def simple(x, y=0, *, z):
    pass


s2 = inspect.signature(simple)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"x": 1, "z": 0}), ((1,), {"z": 1, "w": 2}), ((), {"y": 1})]:
    try:
        print(s2.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
gap = s2.bind_partial(y=5)
print(gap, gap.args, gap.kwargs, gap == s2.bind_partial(y=5), gap == s2.bind_partial(y=6))


class Widget:
    """A widget.

    Longer text here.
    """

    def __init__(self, size, *, color="red"):
        self.size = size

    def draw(self, surface, at=(0, 0)):
        """Draw it."""

    @classmethod
    def make(cls, spec):
        """Make one."""
        return cls(spec)

    def __call__(self, *events):
        return len(events)


class Button(Widget):
    def draw(self, surface, at=(0, 0)):
        pass

    @classmethod
    def make(cls, spec):
        return cls(spec)


print(inspect.signature(Widget), inspect.signature(Button), inspect.signature(Button(1).draw))
print(inspect.signature(Widget.make), inspect.signature(Button(2)), inspect.signature(Widget.draw))
print(repr(inspect.getdoc(Button)), inspect.getdoc(Button.draw), inspect.getdoc(Button(3).draw), inspect.getdoc(Button.make))
print(inspect.getdoc(simple), repr(inspect.cleandoc("")), repr(inspect.cleandoc("\n\n   \n")))
print(repr(inspect.cleandoc("   one\n\t two\n      three\n    ")), repr(inspect.cleandoc("x\n  y\n\n  z")))
print(inspect.getmembers(Button, inspect.isfunction)[0][0], [n for n, _ in inspect.getmembers(Button(1), inspect.ismethod)])
print(inspect.formatannotation(int), inspect.formatannotation(Widget), inspect.formatannotation("x"), inspect.formatannotation(None))
for bad in (None, 5, "text"):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print("TypeError", e)
