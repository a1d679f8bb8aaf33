import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.5,
        "nested": {"k": [1, {"x": False}]}, "unicode": "é✓"}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True))
print(json.dumps([1, 2, {"a": []}], indent=2))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["nested"]["k"][1]["x"], type(back["age"]).__name__)
print(json.loads('[1, 2.0, "three", null, true, {"k": "v"}]'))
print(json.loads('"\\u00e9\\n"'), json.dumps("quote\" and \\ and \n"))
print(json.dumps((1, 2)), json.dumps(1e20), json.dumps(float("inf")), json.dumps(10 ** 20))
print(json.dumps({1: "int key", True: "bool"}), json.loads('{"1": 2}'))
print(json.loads("  42 "), json.loads("-0.5e2"), json.dumps(""), json.dumps([]))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
