
from array import array
import array as array_mod
for tc in "bBhHiIlLqQ":
    for v in [10**30, -10**30, -1, 200, 40000, 70000, 2**31, 2**32, 2**63]:
        try: array(tc, [v]); print(tc, "ok")
        except Exception as e: print(tc, type(e).__name__, e)
for f in [lambda: array('i', [1.5]), lambda: array('d', ['x']), lambda: array('u', [1]), lambda: array('u', ['ab']), lambda: array('x'), lambda: array(1), lambda: array('i', 'abc'), lambda: array('i', [1]).extend(array('d')), lambda: array('i') + [1], lambda: array('i').pop(), lambda: array('i',[1]).pop(5), lambda: array('i').index(3), lambda: array('i').remove(3), lambda: array('i',[1])[5], lambda: array('i', b'abc'), lambda: array('i').frombytes(b'abc'), lambda: hash(array('i')), lambda: array('i')[0:1].__setitem__(slice(0,1), [1]), lambda: array('b', [1]).__setitem__(0, 200), lambda: array('i', [1]) == [1], lambda: array('i').tounicode(), lambda: array('i', [1, 2]).fromunicode('x'), lambda: array('i', [1])['a'], lambda: array('i',[1]).__setitem__(4, 1), lambda: array('i', [1]).insert(0, 'x')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(array('i'), array('u', 'hi'), array('d', [1, 2.5]), array('f', [0.1]), array('f', [0.1])[0], array('b', b'\x01\xff'), array_mod.typecodes)
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.extend(array('i', [7]))
print(a, len(a), a[2], a[-1], a[1:3], a[::-2], a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a, list(a), a.tolist())
a.remove(2); a.reverse(); print(a, a.itemsize, a.typecode, a.tobytes())
b = array('h', [1, -2, 300]); print(b.tobytes(), array('h', b.tobytes()), b.itemsize)
b.byteswap(); print(b); b.byteswap(); print(b)
c = array('d', [1.5, -2.25]); print(c.tobytes(), array('d', c.tobytes()), c * 2, 2 * c, c + array('d', [9]))
u = array('u', 'héllo'); u.append('!'); u.fromunicode('??'); print(u, u.tounicode(), u.tobytes()[:8], len(u))
q = array('Q', [2**64 - 1, 0]); print(q, array('L', q.tobytes()), array('l', [-2**63]))
a[1:3] = array('i', [10, 20, 30]); del a[0]; print(a, a == array('i', [10, 20, 30, 3, 1]), a < array('i', [11]), array('i', [1]) == array('d', [1.0]))
a += array('i', [99]); a *= 2; print(a)
import copy; print(copy.copy(a) == a, copy.deepcopy(a) is not a, sorted(array('i', [3, 1, 2])), sum(array('d', [0.5, 0.25])), max(array('b', [1, -5, 3])))
f = array('f'); f.fromlist([1, 2.5, 1/3]); print(f, f[2])
print(type(a).__name__, type(a).__module__)
