# json's decoder hooks, raw_decode, bytes input in each UTF, the file functions, and
# json.dumps/json.loads round trips of the values a lesson program stores.
import io, json, decimal
from collections import OrderedDict

doc = '{"b": [1, 2.50, {"c": null}], "a": {"x": true}, "n": NaN, "big": 12345678901234567890}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_pairs_hook=list, object_hook=dict))
print(json.loads(doc, parse_float=decimal.Decimal, parse_int=lambda t: "int:" + t))
print(json.loads(doc, parse_constant=lambda name: "const:" + name))
print(json.loads('[-Infinity, Infinity, 1.5, 7]', parse_constant=str, parse_float=str, parse_int=float))
print(json.loads('{"a": {"b": {}}}', object_hook=lambda d: ("hooked", len(d))))

decoder = json.JSONDecoder()
for text, start in [("[1] x", 0), ("x[1]", 1), ('  {"k": "v"}  ', 2), ("12 34", 0), ('"s"tail', 0),
                    ("  [1]", 0), ("[1]", 5), ("[1]", -1), ("[1]", 3), ("nullx", 0)]:
    try:
        print(repr(text), start, decoder.raw_decode(text, start))
    except json.JSONDecodeError as e:
        print(repr(text), start, "JSONDecodeError", e)
    except ValueError as e:
        print(repr(text), start, "ValueError", e)
for wrong in [b"[1]", 5, None, bytearray(b"1")]:
    for method in [decoder.decode, decoder.raw_decode]:
        try:
            method(wrong)
        except TypeError as e:
            print("TypeError", e)
strict_off = json.JSONDecoder(strict=False)
print(repr(strict_off.decode('"tab\there\nnewline"')), strict_off.strict, decoder.strict)
print(decoder.object_hook, decoder.parse_float is float, decoder.parse_int is int, decoder.object_pairs_hook)


class Stamped(json.JSONDecoder):
    def decode(self, s):
        return ("stamped", super().decode(s))


print(json.loads("[1]", cls=Stamped), json.loads("[2]", cls=json.JSONDecoder, strict=False))

for data in [b'[1]', bytearray(b'"\xc3\xa9"'), b'\xef\xbb\xbf[4]', b'\xff\xfe"\x00\xe9\x00"\x00',
             b'\xff\xfe\x00\x00[\x00\x00\x002\x00\x00\x00]\x00\x00\x00', b'[\x003\x00,\x00 \x00"\x00=\xd8\x00\xde"\x00]\x00', b'\x00[\x005\x00]',
             b'{\x00\x00\x00"\x00\x00\x00k\x00\x00\x00"\x00\x00\x00:\x00\x00\x00 \x00\x00\x006\x00\x00\x00}\x00\x00\x00', b'\x00\x00\x00[\x00\x00\x007\x00\x00\x00]', b'8', b' 9 ']:
    print(data[:6], json.loads(data))
for data in [5, None, ['[1]'], '\ufeff[1]']:
    try:
        print(json.loads(data))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
json.dump({"k": [1, 2], "s": "é"}, buf, indent=1, ensure_ascii=False)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf), json.load(io.StringIO(" [true] "), parse_int=str))


class Writes:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writes()
json.dump({"a": [1, {"b": None}], "c": "d"}, w)
print(w.parts)
w = Writes()
json.dump([1, [2]], w, indent=2)
print(w.parts)

with open("_087_store.json", "w") as f:
    json.dump({"saved": [1, 2.5, None], "name": "t\u00fcr"}, f, sort_keys=True)
with open("_087_store.json") as f:
    print(repr(f.read()))
with open("_087_store.json") as f:
    print(json.load(f))
with open("_087_store.json", "rb") as f:
    print(json.load(f))
import os
os.remove("_087_store.json")

values = [0, -1, 2**70, 0.5, -2.75e-10, "", "a\"b\\c\n\u2603", [], {}, [None, True, False],
          {"nested": {"deep": [[], [{}]]}}, (1, 2), 1e300, -0.0]
for v in values:
    again = json.loads(json.dumps(v))
    print(json.dumps(v), again == v or again == list(v), type(again).__name__)
print(json.__all__, json.__version__, json.JSONDecodeError.__mro__[1].__name__)
e = json.JSONDecodeError("Boom", "line one\nline two", 12)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args)
