# operator: attrgetter/itemgetter/methodcaller with several names, dotted paths, slices and
# keyword arguments; their reprs and constructor errors; the dunder aliases; in-place forms on
# mutable and immutable values; countOf/indexOf/length_hint edge cases.
import operator


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, other, punct="!"):
        return "%s->%s%s" % (self.name, other, punct)


tree = Node("root", Node("mid", Node("leaf")))
print(operator.attrgetter("child.child.name")(tree), operator.attrgetter("name", "child.name")(tree))
print(repr(operator.attrgetter("name", "child.name")), repr(operator.attrgetter("a")))
print(operator.itemgetter(slice(None, None, -1))("abc"), operator.itemgetter(-1, 0)([1, 2, 3]))
print(repr(operator.itemgetter(slice(1, 2))), repr(operator.itemgetter("k", 0, None)))
print(operator.itemgetter("a", "b")({"a": 1, "b": 2}), operator.itemgetter(0)((9,)))
mc = operator.methodcaller("greet", "you", punct="?")
print(mc(tree), repr(mc), repr(operator.methodcaller("split")))
print(operator.methodcaller("replace", "a", "b", 1)("aaa"), repr(operator.methodcaller("f", [1], x={"y": 2})))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))

for label, make in [("attrgetter()", lambda: operator.attrgetter()),
                    ("attrgetter(1)", lambda: operator.attrgetter("a", 1)),
                    ("itemgetter()", lambda: operator.itemgetter()),
                    ("methodcaller()", lambda: operator.methodcaller()),
                    ("methodcaller(5)", lambda: operator.methodcaller(5)),
                    ("missing attr", lambda: operator.attrgetter("child.nope")(tree)),
                    ("missing item", lambda: operator.itemgetter(5)([1])),
                    ("missing key", lambda: operator.itemgetter("z")({}))]:
    try:
        print(label, make())
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(label, type(e).__name__, e)

print(operator.__add__ is operator.add, operator.__and__ is operator.and_, operator.__not__(0),
      operator.__inv__(4), operator.__iadd__([1], [2]), operator.__getitem__("xy", 1))
nums = [1]
same = operator.iadd(nums, [2])
print(same is nums, nums, operator.iadd((1,), (2,)), operator.imul("ab", 2), operator.ior({1}, {2}))
print(operator.iconcat([1], (2, 3)), operator.ipow(2, 5), operator.ifloordiv(7, 2), operator.itruediv(1, 4))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.imod(7, 4), operator.ixor(6, 3), operator.iand(6, 3))
print(operator.truth(0.0), operator.truth("x"), operator.not_([]), operator.index(True), operator.neg(-0.5))


class Weird:
    def __index__(self):
        return "7"


class Small(int):
    pass


print(type(operator.index(Small(3))).__name__, operator.index(Small(3)))
print(operator.countOf("banana", "a"), operator.indexOf((1, 2, 3), 3), operator.contains({"k": 1}, "k"))
nan = float("nan")
print(operator.countOf([nan, nan, 1], nan), operator.indexOf([0, nan], nan), operator.eq(nan, nan))
print(operator.length_hint([1, 2, 3]), operator.length_hint(range(10)), operator.length_hint(5, 1))


class Hinted:
    def __length_hint__(self):
        return 42


class NoHint:
    def __length_hint__(self):
        return NotImplemented


print(operator.length_hint(Hinted()), operator.length_hint(NoHint(), 3))
for label, make in [("concat ints", lambda: operator.concat(1, 2)),
                    ("iconcat ints", lambda: operator.iconcat(1, 2)),
                    ("index float", lambda: operator.index(2.0)),
                    ("index weird", lambda: operator.index(Weird())),
                    ("countOf int", lambda: operator.countOf(3, 3)),
                    ("indexOf missing", lambda: operator.indexOf("abc", "z")),
                    ("length_hint default", lambda: operator.length_hint([], "x")),
                    ("truediv zero", lambda: operator.truediv(1, 0))]:
    try:
        print(label, make())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
