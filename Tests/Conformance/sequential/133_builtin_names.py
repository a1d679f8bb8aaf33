# Builtins and globals looked up from loops while the globals change under them: every lookup
# must see the binding CPython sees at that moment. (The engine has no `builtins` module.)


def lengths(items, rounds):
    out = []
    for r in range(rounds):
        out.append(len(items))
        if r == 2:
            shadow()
        if r == 4:
            unshadow()
    return out


def shadow():
    global len
    len = lambda x: -1


def unshadow():
    global len
    del len


print(lengths([1, 2, 3], 7))

# a global added through globals() shadows a builtin
def count_up(n):
    total = 0
    for i in range(n):
        total += abs(-i)
        if i == 3:
            globals()["abs"] = lambda x: 100
    return total


print(count_up(6))
del globals()["abs"]
print(count_up(2))


# the same, under a name built at run time (an equal str that is not the interned one)
def count_down(n):
    total = 0
    for i in range(n):
        total += abs(-i)
        if i == 3:
            globals()["".join(["a", "bs"])] = lambda x: 1000
    return total


print(count_down(6))
del globals()["abs"]

# module level: a name found in the builtins, then bound at module level
values = []
for k in range(4):
    values.append(str(k))
    if k == 1:
        str = repr
print(values)
del str
print(str(5), type(str(5)).__name__)


# a class body reads its own namespace first
class Holder:
    len = "class attribute"
    seen = len
    sized = [len] * 2


print(Holder.seen, Holder.sized)

# module globals deleted, re-created and replaced while a loop reads them
counter = 0
seen = []
for step in range(6):
    if step == 2:
        del counter
    if step == 3:
        counter = 100
    if step == 4:
        for n in range(12):
            globals()["filler%d" % n] = n   # the table grows and is rebuilt
    try:
        seen.append(counter)
    except NameError as exc:
        seen.append(str(exc))
    if step != 2:
        counter = counter + 1
print(seen, filler11)


def reads_global():
    return [counter for _ in range(2)]


print(reads_global())
del counter
try:
    reads_global()
except NameError as exc:
    print("NameError:", exc)
counter = "back"
print(reads_global())
