# match: OR patterns (alternatives binding the same names in any order), AS patterns at every
# level, guards with walrus and side effects, match inside loops, generators and functions.
def alt(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [a, b, "ab"] | [b, a, "ba"]:
            return f"ordered {a} {b}"
        case {"x": x, "y": y} | (x, y, _):
            return f"xy {x} {y}"
        case (int() | float()) as num if num > 100:
            return f"big number {num}"
        case ([_, *_] | (_, *_)) as seq:
            return f"nonempty sequence of {len(seq)}"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for v in [1, 3, (5, 0), (0, 6), [1, 2, "ab"], [1, 2, "ba"], {"x": 1, "y": 2}, (7, 8, 9), 150, 150.5,
          [1, 2, 3, 4], (1,), "s", b"b", 50, None]:
    print(repr(v), "->", alt(v))

# AS patterns bind the whole value and the parts.
match [1, [2, 3]]:
    case [first, [second, third] as inner] as whole:
        print(first, second, third, inner, whole)

# A guard can assign with := and its side effects happen once per try.
tries = []
def check(n):
    tries.append(n)
    return n > 2
for v in range(5):
    match v:
        case n if check(n) and (doubled := n * 2) > 6:
            print("matched", n, doubled)
print("guard calls", tries)

# break and continue inside case bodies.
found = []
for v in [1, "skip", 2, None, 3]:
    match v:
        case "skip":
            continue
        case None:
            break
        case n:
            found.append(n)
print(found)

# Captures in a function are locals; closures and generators see them.
def make(v):
    match v:
        case {"f": f, **rest}:
            return lambda: (f, rest)
    return None
print(make({"f": 1, "g": 2})())

def events(items):
    for item in items:
        match item:
            case ("start", name):
                yield f"start {name}"
            case ("stop", name) if name == "all":
                yield "stop everything"
                return
            case ("stop", name):
                yield f"stop {name}"
print(list(events([("start", "a"), ("stop", "a"), ("stop", "all"), ("start", "never")])))

# A global declared in a function is bound by a pattern.
last = None
def remember(v):
    global last
    match v:
        case [last, *_]:
            pass
remember([7, 8])
print("last", last)

# Patterns in a class body bind class attributes.
class Config:
    match ("debug", 3):
        case (mode, level):
            pass
print(Config.mode, Config.level)

# An exception inside a pattern (a property) is caught by an enclosing try.
class Bad:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise ValueError("bad x")
for k in range(3):
    try:
        match [k, Bad()]:
            case [0, _]:
                print("zero")
            case [a, Bad(q)] | [a, q]:
                print("never", a, q)
    except ValueError as e:
        print("caught", k, e)

match 5:
    case (1 | 2) as n:
        print("never")
    case n if n / 0:
        print("never")
