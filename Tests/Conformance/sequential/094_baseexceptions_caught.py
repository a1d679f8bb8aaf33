import sys
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught", repr(e))
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no arg", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit message", repr(e.code))
try:
    raise SystemExit(0)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
def g():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit seen", repr(e), isinstance(e, Exception))
        raise
x = g()
next(x)
x.close()
try:
    try:
        raise KeyboardInterrupt("ctrl-c")
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("right handler:", type(e).__name__, e)
finally:
    print("finally ran")
