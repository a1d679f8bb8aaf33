# bytearray: constructors, in-place edits, bytes methods, comparisons, errors.
def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def setitem(o, k, v):
    o[k] = v

def delitem(o, k):
    del o[k]

print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([65, 66]), bytearray('hé', 'utf-8'))
print(bytearray(range(3)), bytearray(bytearray(b'x')), bytearray((i for i in (97, 98))))
attempt(lambda: bytearray('abc'))
attempt(lambda: bytearray(-1))
attempt(lambda: bytearray([256]))
attempt(lambda: bytearray(b'x', 'utf-8'))
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba, ba[0], ba[-2], ba[1:3], ba[::-1], len(ba), type(ba[1:2]).__name__)
ba[1:3] = b'EY'
print(ba)
ba[1:1] = [1, 2]
print(ba)
ba[::2] = b'wxyz'
print(ba)
del ba[0]
del ba[1:3]
print(ba)
ba = bytearray(b'abcdef')
del ba[::2]
print(ba)
attempt(lambda: setitem(ba, 10, 1))
attempt(lambda: setitem(ba, 0, 256))
attempt(lambda: setitem(ba, 0, 'a'))
attempt(lambda: ba[10])
attempt(lambda: delitem(ba, 10))
attempt(lambda: setitem(ba, slice(None, None, 2), b'toolong'))
attempt(lambda: setitem(ba, slice(0, 1), 5))
ba = bytearray(b'ab')
ba.append(99)
ba.extend(b'de')
ba.extend([102, 103])
ba.extend(x for x in (104,))
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('c'))
print(ba)
attempt(lambda: ba.remove(200))
attempt(lambda: bytearray().pop())
attempt(lambda: bytearray(b'a').pop(5))
attempt(lambda: ba.append(256))
attempt(lambda: ba.extend(5))
attempt(lambda: ba.extend('ab'))
c = ba.copy()
c.reverse()
print(c, ba, c is ba)
c.clear()
print(c, len(c), bool(c), bool(ba))
ba = bytearray(b'ab')
same = ba
ba += b'cd'
ba += bytearray(b'e')
print(ba, same is ba)
ba *= 2
print(ba, same is ba, ba * 2, 2 * bytearray(b'x'), bytearray(b'x') + b'y', b'y' + bytearray(b'x'))
attempt(lambda: bytearray(b'a') + 'x')
def iadd_list():
    b = bytearray(b'a')
    b += [1]
attempt(iadd_list)
print(type(b'y' + bytearray(b'x')).__name__, type(bytearray(b'x') + b'y').__name__)
ba = bytearray(b'  Hello World  ')
print(ba.strip(), ba.lstrip(), ba.rstrip(), ba.upper(), ba.lower(), ba.split(), ba.strip().split(b' '))
print(ba.find(b'o'), ba.find(b'o', 7), ba.rfind(b'o'), ba.index(b'W'), ba.count(b'l'), ba.count(ord('l')))
print(ba.startswith(b'  H'), ba.endswith((b'x', b'  ')), ba.replace(b'l', b'L'), ba.replace(b'l', b'L', 1))
print(ba.decode(), bytearray(b'\xe4\xbd\xa0').decode('utf-8'), ba.hex(), bytearray(b'\x01\x02').hex('-'))
print(bytearray(b',').join([b'a', bytearray(b'b')]), b'-'.join([bytearray(b'x'), b'y']))
print(bytearray.fromhex('41 42 ff'), bytes.fromhex('0a0B'), type(bytearray.fromhex('41')).__name__)
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', b'b' <= bytearray(b'a'))
print(bytearray(b'abc') != b'abd', bytearray(b'a') == 'a', b'a' in bytearray(b'cab'), 97 in bytearray(b'a'))
print(bytes(bytearray(b'xy')), type(bytes(bytearray(b'xy'))).__name__, list(bytearray(b'AB')), str(bytearray(b'q')))
print(repr(bytearray(b'it\'s\n')), bytearray(b'"'), isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))
attempt(lambda: hash(bytearray(b'x')))
attempt(lambda: {bytearray(b'x'): 1})
print(type(iter(bytearray())).__name__, [x for x in bytearray(b'hi')], sorted(bytearray(b'cab')))
print(int(bytearray(b'42')), float(bytearray(b'1.5')), str(bytearray(b'ab'), 'ascii'))
print(bytearray(b'abc').split(b'b'), bytearray(b'a,b,c').split(b',', 1), bytearray(b'a,b,c').rsplit(b',', 1))
print(type(bytearray(b'a b').split()[0]).__name__, bytearray(b'12').isdigit(), bytearray(b'ab').isalpha())
