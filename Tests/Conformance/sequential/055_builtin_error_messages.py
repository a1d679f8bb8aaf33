nothing = None
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1][3],
    lambda: {"a": 1}["b"],
    lambda: int("abc"),
    lambda: int("1.5"),
    lambda: float("x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: len(5),
    lambda: nothing(),
    lambda: (1).foo,
    lambda: "s".nope(),
    lambda: undefined_name,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(9),
    lambda: "x" * "y",
    lambda: -"a",
    lambda: 2 ** 10000.0,
    lambda: chr(-1),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: tuple(5),
    lambda: {}[[]],
    lambda: abs("x"),
    lambda: iter(3),
    lambda: math_missing.sqrt(1),
    lambda: "abc".index("z"),
    lambda: divmod(1, 0),
    lambda: [1, 2, 3][1:2:0],
    lambda: ord("ab"),
    lambda: int(None),
    lambda: sum(["a", "b"]),
    lambda: max([]),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
