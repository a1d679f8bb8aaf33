# types: new_class/prepare_class/resolve_bases (PEP 560 __mro_entries__, __orig_bases__,
# metaclass choice and conflicts, __prepare__ with keywords), the interpreter's own types by
# sample, SimpleNamespace equality and recursive repr, coroutine().
import types


class Entry:
    def __init__(self, *real):
        self.real = real

    def __mro_entries__(self, bases):
        return self.real


class Bad:
    def __mro_entries__(self, bases):
        return [object]


plain = (int,)
print(types.resolve_bases(plain) is plain, types.resolve_bases(()))
print(types.resolve_bases((Entry(dict), object, Entry(), Entry(list, ))))
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError", e)

marker = Entry(dict)
Made = types.new_class("Made", (marker,), exec_body=lambda ns: ns.update(size=3))
print(Made.__mro__[1:], Made.__orig_bases__ == (marker,), Made.size, Made.__name__)
Simple = types.new_class("Simple")
print(Simple.__bases__, "__orig_bases__" in Simple.__dict__, type(Simple).__name__)


class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared_by": mcls.__name__, "asked": (name, [b.__name__ for b in bases], sorted(kw))}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.keywords = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Recorder):
    pass


meta, ns, kw = types.prepare_class("X", (Base,), {"flag": 1})
print(meta.__name__, sorted(ns.items()), kw)
meta, ns, kw = types.prepare_class("Y", (), {"metaclass": Recorder, "a": 2})
print(meta.__name__, sorted(ns.items()), kw)
meta, ns, kw = types.prepare_class("Z")
print(meta, ns, kw)
kwds = {"metaclass": Recorder, "tag": "t"}
Built = types.new_class("Built", (), kwds, lambda ns: ns.update(extra=1))
print(type(Built).__name__, Built.prepared_by, Built.asked, Built.keywords, Built.extra, kwds)


class MetaA(type):
    pass


class MetaB(type):
    pass


A = MetaA("A", (), {})
B = MetaB("B", (), {})
try:
    types.new_class("C", (A, B))
except TypeError as e:
    print("TypeError", e)


class MetaAA(MetaA):
    pass


AA = MetaAA("AA", (), {})
print(types.prepare_class("D", (A, AA))[0].__name__, types.prepare_class("E", (AA, A))[0].__name__)
print(types.prepare_class("F", (A,), {"metaclass": type})[0].__name__)


def gen():
    yield 1


async def co():
    return 1


print(type(gen()) is types.GeneratorType, type(co) is types.FunctionType, types.LambdaType is types.FunctionType)
c = co()
print(type(c) is types.CoroutineType, types.CoroutineType.__name__)
c.close()
print(types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented), types.NoneType.__name__)
try:
    raise KeyError("k")
except KeyError as e:
    tb = e.__traceback__
print(type(tb) is types.TracebackType, type(tb.tb_frame) is types.FrameType, type(gen.__code__) is types.CodeType)
print(type([].append) is types.BuiltinMethodType, type(abs) is types.BuiltinFunctionType)

ns = types.SimpleNamespace(b=2, a=1)
ns.self = ns
print(ns, ns == types.SimpleNamespace(a=1), types.SimpleNamespace(x=[1]) == types.SimpleNamespace(x=[1]))
del ns.self
print(ns, vars(ns), types.SimpleNamespace(**{"k": None}))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
print(types.coroutine(gen) is gen)
