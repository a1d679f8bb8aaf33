# match: `match` and `case` are soft keywords: as names of variables, functions, attributes
# and parameters they keep working, next to real match statements; ends with a NameError.
match = [1, 2, 3]
case = {"a": 1}
print(match, case)
match[0] = 10
print(match[0], match[-1:])
match, case = case, match
print(match, case)


def match(case=None, *, _=0):
    return ("match called", case)


print(match(1), match(case=2))


class Obj:
    match = "attr"

    def case(self):
        return "method"


o = Obj()
print(o.match, o.case())
match (1):
    case 1:
        print("a match statement with a parenthesized subject")
match [1, 2]:
    case [1, 2]:
        print("a list subject")
match -1:
    case -1:
        print("a negative subject")
match {"case": "match"}:
    case {"case": match}:
        print("the name match bound by a pattern:", match)
print(match)
_ = "underscore"
match 5:
    case _:
        print("the wildcard does not bind _:", _)
del match
print(match)
