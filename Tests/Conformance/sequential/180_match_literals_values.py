# match: literal patterns (numbers, negative numbers, strings, bytes), None/True/False compared
# by identity, captures, the wildcard, value patterns (dotted names), groups; ends in a guard's error.
class Color:
    RED = "red"
    GREEN = "green"

class Limits:
    class Inner:
        TOP = 100


def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "hi" "there":
            return "implicitly joined string"
        case b"raw":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "the red value"
        case Limits.Inner.TOP:
            return "the top limit"
        case (Color.GREEN):
            return "green, in a group"
        case _:
            return "something else"


for v in [0, -1, 2.5, -0.5, "hithere", b"raw", None, True, False, 1, 0.0, 1.0, "red", 100, 100.0,
          "green", "zero", b"other", [], 12345678901234567890123]:
    print(repr(v), "->", classify(v))

# True and 1 are equal but not identical: a literal 1 matches True, a True pattern does not match 1.
match True:
    case 1:
        print("True matches the pattern 1")
match 1:
    case True:
        print("never")
    case other:
        print("1 is not True; captured", other)

# A capture binds the subject; the wildcard binds nothing.
match "subject":
    case captured:
        print("captured", captured)
match 42:
    case _:
        print("wildcard; _ bound?", "_" in globals())

# Names bound by a case that fails halfway are left as they were.
match [1, 2]:
    case [first, 3]:
        pass
    case [_, second]:
        print("second", second)
print("first bound:", "first" in globals())

# Guards see the captures; a guard that fails moves on to the next case.
def sign(n):
    match n:
        case x if x < 0:
            return "negative"
        case x if x > 0:
            return "positive"
        case _:
            return "zero"


print([sign(n) for n in (-3, 0, 7)])

# A subject expression is evaluated once.
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five after", len(calls), "call")

# An error in a guard propagates from the guard's line.
match [1, 0]:
    case [a, b] if a // b:
        print("never")
