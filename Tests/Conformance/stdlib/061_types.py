import types
import types, sys
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]), type(ns).__name__, types.SimpleNamespace())
mp = types.MappingProxyType({"k": 1, "j": 2})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), sorted(mp.items()), type(mp).__name__, mp == {"k": 1, "j": 2})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
def f(): pass
def g(): yield
class A:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType),
      isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType),
      isinstance(None, types.NoneType), types.FunctionType is types.LambdaType, types.NoneType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__, types.ModuleType.__name__, types.MethodType.__name__, types.BuiltinFunctionType.__name__)
m = types.ModuleType("mymod", "the doc")
m.value = 3
print(m.__name__, m.__doc__, m.value, type(m).__name__, m)
Point = types.new_class("Point", (object,), exec_body=lambda ns: ns.update({"x": 1, "show": lambda self: "pt"}))
print(Point.__name__, Point.x, Point().show(), types.prepare_class("Z"))
class Meta(type):
    pass
Tagged = types.new_class("Tagged", (), {"metaclass": Meta})
print(type(Tagged).__name__, types.resolve_bases((int, str)))
inner = types.SimpleNamespace(x=1)
outer = types.SimpleNamespace(inner=inner, items=[inner])
print(outer, outer != types.SimpleNamespace(), sorted(vars(outer)))
proxy = types.MappingProxyType(Point.__dict__ if False else {"a": 1})
print(proxy | {"b": 2}, proxy.copy(), list(proxy.values()), list(proxy.keys()))
print(types.SimpleNamespace.__hash__ is None, types.MappingProxyType.__name__)
