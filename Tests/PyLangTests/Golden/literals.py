i = 1_000_000
h = 0xFF, 0o17, 0b1010
big = 123456789012345678901234567890
bighex = 0xFFFFFFFFFFFFFFFFFFFF
f = 1_000.5, 1e20, 1e-05, 0.1, 3.0
neg = -5, -2.5
s = 'single', "double", '''triple''', r"raw\n", "esc\t\n\\'\"\x41\u00e9"
b = b"bytes\x00"
joined = "imp" "licit" 'concat'
e = ..., None, True, False
fs = f"{name!r:>{width}} {value=} {{braces}} {x!s} {y!a} {z:.2f}"
lst = [1, 2, 3, *more]
st = {1, 2, *more}
dct = {"a": 1, "b": 2, **more}
t = (1, 2, (3, 4))
empty = [], {}, ()
sl = seq[1:2], seq[::2], seq[:-1], seq[1:2:3]
