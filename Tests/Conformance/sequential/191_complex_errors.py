def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = 3+4j
print(format(z, ''), format(z, '.2f'), format(z, '>20'), format(z, 'e'), format(1j, '^10'), f"{z:+.3g}", f"{-z:10.1f}|", format(1.5j, '.3'))
for bad in ["1+", "j1", "1+2", "", "1+2jj", "(1+2j", "1 + 2j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print("VE", repr(bad), e)
attempt(lambda: 1j / 0)
attempt(lambda: 1j / 0j)
attempt(lambda: 1j < 2j)
attempt(lambda: 1j > 2)
attempt(lambda: int(1j))
attempt(lambda: float(1j))
attempt(lambda: 1j // 2)
attempt(lambda: 1j % 2)
attempt(lambda: divmod(1j, 2))
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: complex("1", 2))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex([]))
attempt(lambda: complex(1, []))
attempt(lambda: format(1j, 'd'))
attempt(lambda: format(1j, '010'))
attempt(lambda: format(1j, '=10'))
attempt(lambda: ~1j)
attempt(lambda: (1e200+1e200j) ** 10)
attempt(lambda: abs(complex(1e308, 1e308)))
attempt(lambda: 1j & 1)
attempt(lambda: round(1j))
attempt(lambda: sum([1j, 2, 3.5]))
attempt(lambda: sorted([1j, 2j]))
print(1j < 2j)
