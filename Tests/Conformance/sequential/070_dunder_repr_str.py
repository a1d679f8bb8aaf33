class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both-str"
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyRepr({self.v!r})"
class OnlyStr:
    def __str__(self):
        return "only-str"
b, r = Both(), OnlyRepr("x")
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), [r], f"{r}", f"{r!r}", "%s %r" % (r, r))
print(OnlyStr(), str(OnlyStr()), "{}".format(OnlyStr()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(str(OnlyRepr([1, "a"])))
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __repr__(self):
        if not self.kids:
            return f"Tree({self.v})"
        return f"Tree({self.v}, {', '.join(map(repr, self.kids))})"
print(Tree(1, Tree(2), Tree(3, Tree(4))))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
