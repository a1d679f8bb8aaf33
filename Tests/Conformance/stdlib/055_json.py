import json
from collections import OrderedDict
data = {"b": [1, 2.5, None, True, False], "a": {"x": "héllo\n\"q\"\t\u2603 \U0001F600", "y": []}, "c": {}, "n": -0.0, "big": 10**20, "e": 1e300, "f": 1.5e-7}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps("\x00\x1f\x7f"), json.dumps((1, 2)))
class P:
    def __init__(self, x): self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: {"P": o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]), list(json.JSONEncoder().iterencode({"a": 1})))
s = '{"a": [1, 2.0, -3e2, "x\\u00e9\\n\\ud83d\\ude00"], "b": {"c": null, "d": true, "e": false}, "f": 12345678901234567890}'
print(json.loads(s))
print(json.loads(s, object_hook=lambda d: sorted(d)), json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 2]", parse_float=lambda t: "F" + t, parse_int=lambda t: "I" + t), json.loads("[NaN, Infinity, -Infinity]"), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.loads(b'{"x": 1}'), json.loads(' 7 '), json.loads('[]'), json.loads('""'), json.JSONDecoder().raw_decode('[1] tail'))
print(json.loads("[1]", parse_constant=str), json.loads('{"a": 1, "a": 2}'))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', 'nul', '"abc', '"\\x"', '{1: 2}', '[1]x', '\n\n  [1,\n  ?]', '"\\u12"', '"a\nb"', '-', '01', '{"a":1', '[', '1.', '1e']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, (e.msg, e.pos, e.lineno, e.colno), isinstance(e, ValueError))
for bad in [{"a": P(1)}, [float("nan")], {(1,): 2}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print("ValueError", e)
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(buf.getvalue())
print(json.load(io.StringIO('{"z": [true]}')))
with open("_json_t.json", "w") as f:
    json.dump({"saved": 1}, f)
with open("_json_t.json") as f:
    print(json.load(f))
import os
os.remove("_json_t.json")
print(json.dumps("ünï", ensure_ascii=True), json.dumps(3.0), json.dumps(0.1 + 0.2), json.dumps(-5), json.dumps(True), repr(json.dumps(None)))
for bad in ['{', '{"a":', '{"a"', ' ]', '[1,2', '[-]', 'tru', '{"a": 1 "b": 2}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), e.pos, e)
print(json.dumps(chr(0x1F600)), json.dumps({"a": [1, {"b": None}]}, indent=4, separators=(",", ": ")))
dec = json.JSONDecoder(object_hook=lambda d: ("hooked", d))
print(dec.decode('{"x": {"y": 1}}'), json.loads('[1, 2]', cls=json.JSONDecoder))
print(json.dumps([1, 2], indent=2, default=str), json.dumps({"x": 1.0, "y": 2, "z": "s"}, sort_keys=True, indent=None, separators=(", ", ": ")))
