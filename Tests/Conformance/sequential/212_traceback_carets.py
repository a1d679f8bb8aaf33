# CPython 3.11 underlines the failing expression in each traceback frame (PEP 657): `^`
# under a call or attribute, `~` and `^` under a binary operation or subscript, nothing when
# the expression is the whole line; wide characters count two columns.
import traceback


def show(action):
    try:
        action()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))


def divide(a, b):
    return a / b


def lookup(table, key):
    value = table[key] + 1
    return value


def nested(n):
    return divide(n, 0) * 2


class Box:
    pass


def attribute():
    size = Box().width
    return size


def spaced():
    left, right = 7, 0
    result = (left + 1)  //  right
    return result


def wide():
    名字 = "张三"
    结果 = 名字 + 1
    return 结果


def compare():
    assert len("abc") <= 2, "too long"


def whole_line():
    raise ValueError("the whole line")


def conversion():
    return int("x") + float("y")


show(lambda: divide(1, 0))
show(lambda: lookup({}, "k"))
show(lambda: nested(3))
show(attribute)
show(spaced)
show(wide)
show(compare)
show(whole_line)
show(conversion)
show(lambda: [1, 2][5])
