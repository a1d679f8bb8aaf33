# json.loads on malformed documents: CPython's (the C scanner's) messages and positions,
# and the edges of the grammar that decide where a value ends.
import json

bad_documents = [
    '', ' ', '\n\t ', '[1,]', '[,]', '[', '[ ', '[1', '[1,', '[1 2]', '[1]]',
    '{', '{ ', '{,}', '{"a"', '{"a" 1}', '{"a":}', '{"a":1,', '{"a": 1,}', '{"a":1}}',
    '{1: 2}', "{'a': 1}", '{"a": 1 "b": 2}',
    '"abc', '"abc\n', '"\t"', '"\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u1234', '"\\u12x4"',
    '"\\u+123"', '"\\u 123"', '"\\ud800\\u12"', '"\\ud800\\', '"\\ud800\\u', '"\\ud83d\\ude00',
    '-', '-I', '-Infinit', 'Infinit', 'NaN1', '01', '-01', '1.', '1.e5', '1e', '1e+', '.5',
    '+1', 'nulL', 'tru', 'True', 'None', '1 2', '[1]\n\n  x', '\ufeff[1]', '[1e5x]',
    '\n\n  [1,\n  ?]', '{"a": [1, {"b": }]}',
]
for doc in bad_documents:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

good_documents = [
    '1E+5', '-0', '-0.0', '0e0', '1.5e-3', '-12.25E2', '123456789012345678901234567890',
    '1e400', '-1e400', '"\\ud83d\\ude00"', '"\\uD83D\\uDE00x"', '"\\u00e9\\u00E9"',
    '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '" \\u0041 "', '[]', '{}', '[[[]]]', ' {"a" : [ 1 , 2 ] } ',
    '"\u2603 \U0001F600"', '[true,false,null]', '{"a":1,"a":2}', 'NaN', '-Infinity',
    '"\\u0041\\u0042"',
]
for doc in good_documents:
    value = json.loads(doc)
    print(repr(doc), "->", ascii(value), type(value).__name__)

e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args, isinstance(e, ValueError))
for strict in [True, False]:
    try:
        print(repr(json.loads('"a\tb\nc"', strict=strict)))
    except ValueError as err:
        print(type(err).__name__, err)
try:
    json.loads('{"k": "x\x01"}')
except json.JSONDecodeError as err:
    print(err.pos, err.msg)
