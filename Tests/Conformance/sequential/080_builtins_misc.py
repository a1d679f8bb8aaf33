print(any([]), all([]), any([0, None, 1]), all([1, "a", [0]]), all([1, 0]))
print(chr(65), chr(0x263A), chr(10), ord("a"), ord("€"), ord("\n"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
class Thing:
    color = "red"
    def act(self):
        return "acting"
t = Thing()
print(hasattr(t, "color"), hasattr(t, "size"), getattr(t, "color"), getattr(t, "size", "none"))
setattr(t, "size", 3)
print(t.size, getattr(t, "act")())
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(t), callable(Thing), callable(t.act), callable(3), callable(None))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0), hash(42), hash(-1), hash((1, 2)) == hash((1, 2)), hash("s") == hash("s"))
print(hash(2 ** 61 - 1), hash(True), type(hash("x")).__name__)
print(isinstance(object(), object), type(object()).__name__)
print(len("abc"), len([1, 2]), len({}), len(range(0, 100, 7)), len(b"xy"))
print(repr(1), repr("1"), repr([1, "1"]), ascii("é"))
print(format(5, "03d"), divmod(7, 2), sorted({"b": 1, "a": 2}.items()))
print(list(map(chr, range(97, 102))), "".join(chr(ord(c) + 1) for c in "HAL"))
