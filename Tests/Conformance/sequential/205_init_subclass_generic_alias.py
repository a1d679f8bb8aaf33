# __init_subclass__ (with class keywords and super()), __class_getitem__, list[int] aliases.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name="first"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="third"):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)

try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)

class Middle(Plugin):
    def __init_subclass__(cls, **kwargs):
        print("Middle sees", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)
class Leaf(Middle, name="leaf"):
    pass
print(Leaf.plugin_name, Plugin.registry[-1])

object.__init_subclass__()
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("WithMeta child", cls.__name__, kw)
class Child(WithMeta, tag=1):
    pass

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[str])

alias = list[int]
print(alias, dict[str, int], tuple[int, ...], set[bytes], frozenset[str], type[int])
print(list[list[int]], dict[str, list[float]], tuple[()])
print(type(alias).__name__, alias.__origin__, alias.__args__, dict[str, int].__args__)
print(alias([1, 2]), alias == list[int], alias == list[str], list[int] is list[int])
print(hash(list[int]) == hash(list[int]))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
def annotated(x: list[int]) -> dict[str, int]:
    return {"n": len(x)}
print(annotated([1, 2]))
