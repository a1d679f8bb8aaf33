class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
try:
    load("zz")
except AppError as err:
    print("caught:", err)
    print("cause:", repr(err.__cause__))
    print("context:", repr(err.__context__))
    print("suppress:", err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as err:
    print(repr(err), repr(err.__context__), err.__cause__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as err:
    print(repr(err), err.__cause__, err.__suppress_context__, repr(err.__context__))
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
try:
    raise KeyError("k", 2)
except KeyError as err:
    print(err.args, str(err))
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        print("re-raising")
        raise
try:
    reraise()
except IndexError as err:
    print("caught again:", err)
e = ValueError("x", "y")
print(str(e), repr(e), e.args)
print(repr(Exception()), str(Exception("one")), repr(KeyError("k")), str(KeyError("k")))
