# memoryview over bytes and bytearray: views, slices that share, writes through, release.
ba = bytearray(b'hello world')
mv = memoryview(ba)
print(type(mv), len(mv), mv[0], mv[-1], bytes(mv[0:5]), mv[6:].tobytes(), mv.readonly, mv.nbytes)
mv[0] = 72
mv[6:11] = b'WORLD'
print(ba, mv.tolist()[:3], mv.hex(), mv == b'Hello WORLD', memoryview(b'ab') == bytearray(b'ab'))
v = memoryview(b'abc')
print(v.readonly, v.obj, list(v), isinstance(v, memoryview), hash(v) == hash(b'abc'))
for f in (lambda: v.__setitem__(0, 1), lambda: hash(mv), lambda: memoryview('x'), lambda: mv.__setitem__(slice(0, 2), b'xyz')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(ba) as m:
    print(m[1:3].tobytes())
try:
    m[0]
except ValueError as e:
    print(e)
print(bytes(memoryview(ba)[2:4]), bytearray(memoryview(b'xy')))
