print(2j, 1.5e3J, 0j, -2j, 1+2j, (1+2j)*(3-4j), (1+2j)/(3-4j), 1e16j, 1e-5j, 1_0j, 00j)
print(complex(1, 2), complex("1+2j"), complex(" ( -1.5e3-2.5j ) "), complex("j"), complex("-j"), complex("3"), complex())
print(complex(float('nan'), float('inf')), complex(-0.0, -1), -(1j), complex(1j, 2), complex(1j, 1j), complex(imag=3))
z = 3+4j
print(abs(z), z.real, z.imag, z.conjugate(), z == 3+4j, z != 3, complex(3, 0) == 3, complex(3,0) == 3.0, 3 == complex(3,0))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(1+2j), hash(-1j), hash(complex(0.5, -3)))
print(z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z, pow(z, 3), (0j) ** 0, 1j ** 2, z * 2, 2 * z, z + 1.5, z - True)
print(isinstance(1j, complex), type(1j), type(1j).__name__, bool(0j), bool(1j), +z, -z, str(z), repr(z))
print(1j.real.__class__, complex.conjugate(2j), (1+2j).__class__ is complex, 1j in [1j], 0.1+0.2j)
print(1j ** 101, (1+1j) ** 2.5, (-8) ** 0.5, (-8.0) ** (1/3), complex(float('inf'), 0) * 2)
print([complex(1, -0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(float('-inf'), float('nan'))])
print({1j: 'a', 1: 'b', 1+0j: 'c'}, sum([1j, 2, 3.5]), 1j.imag, (2+0j).real, 5 + 0j == 5.0 + 0j)
class C:
    def __complex__(self): return 5j
class F:
    def __float__(self): return 2.5
print(complex(C()), complex(F()), complex(F(), F()), complex(True, 2), complex(2 ** 70), 2 ** 70 == complex(2 ** 70))
zs = [1+2j, -3j, 2.5, 7]
total = 0
for z in zs:
    total += z
    total *= 1 - 1j
print(total, abs(total), [z.conjugate() for z in zs])
import copy, pickle
print(copy.copy(z), copy.deepcopy([z, 1j]), pickle.loads(pickle.dumps([1j, 2-3j, {"k": complex(1, -0.0)}])))
