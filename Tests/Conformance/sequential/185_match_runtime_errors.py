# match: the TypeErrors and ValueErrors CPython raises while matching (class patterns, duplicate
# mapping keys at run time); ends with an uncaught one.
class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class IntArgs:
    __match_args__ = (1,)


class Twice:
    __match_args__ = ("a", "a")
    a = 1


class One:
    __match_args__ = ("a",)
    a = 5


class Key:
    K = 1


def attempt(label, check, subject):
    try:
        print(label, "->", check(subject))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def no_args(s):
    match s:
        case NoArgs(1):
            return "matched"
    return "no match"


def list_args(s):
    match s:
        case ListArgs(1):
            return "matched"
    return "no match"


def int_args(s):
    match s:
        case IntArgs(1):
            return "matched"
    return "no match"


def twice(s):
    match s:
        case Twice(1, 1):
            return "matched"
    return "no match"


def positional_and_keyword(s):
    match s:
        case One(x, a=y):
            return "matched"
    return "no match"


def too_many(s):
    match s:
        case One(1, 2):
            return "matched"
    return "no match"


def int_two(s):
    match s:
        case int(a, b):
            return "matched"
    return "no match"


def duplicate_keys(s):
    match s:
        case {Key.K: a, 1: b}:
            return "matched"
    return "no match"


attempt("NoArgs(1) on NoArgs", no_args, NoArgs())
attempt("NoArgs(1) on an int", no_args, 3)
attempt("ListArgs(1)", list_args, ListArgs())
attempt("IntArgs(1)", int_args, IntArgs())
attempt("Twice(1, 1)", twice, Twice())
attempt("One(x, a=y)", positional_and_keyword, One())
attempt("One(1, 2)", too_many, One())
attempt("int(a, b) on an int", int_two, 5)
attempt("int(a, b) on a str", int_two, "5")
attempt("duplicate keys, short dict", duplicate_keys, {1: 1})
attempt("duplicate keys", duplicate_keys, {1: 1, 2: 2})

# The called thing must be a class.
not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

match NoArgs():
    case NoArgs(x):
        print("never")
