# operator: function forms, itemgetter/attrgetter/methodcaller with their reprs.
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.inv(0),
      operator.lshift(1, 4), operator.rshift(256, 2), operator.abs(-3.5), operator.index(7))
print(operator.concat([1], [2]), operator.contains("team", "ea"), operator.countOf([1, 2, 1, 1], 1),
      operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(object(), 7))
x = [1]
print(operator.iadd(x, [2]), x, operator.imul(3, 4), operator.isub(10, 3))
print(reduce(operator.mul, range(1, 6)), list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=operator.itemgetter(1)), list(map(operator.itemgetter(0, 2), rows)))
print(operator.itemgetter(1)("xyz"), operator.itemgetter(slice(1, None))("xyz"), operator.itemgetter("k")({"k": 4}))

class Task:
    def __init__(self, name, prio, owner):
        self.name, self.prio, self.owner = name, prio, owner
    def label(self, prefix, sep=":"):
        return prefix + sep + self.name
class Owner:
    def __init__(self, name):
        self.name = name
tasks = [Task("io", 2, Owner("ann")), Task("cpu", 1, Owner("bob"))]
print([t.name for t in sorted(tasks, key=operator.attrgetter("prio"))])
print(operator.attrgetter("name", "prio")(tasks[0]), operator.attrgetter("owner.name")(tasks[1]))
print(operator.methodcaller("label", "t", sep="=")(tasks[0]), operator.methodcaller("upper")("abc"))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("m", 1, k=2)))
try:
    operator.attrgetter("missing")(tasks[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
