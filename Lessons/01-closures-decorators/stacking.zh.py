# 叠加的装饰器：离 def 最近的最先应用，
# 最上面的位于最外层，调用时最先运行。
import functools


def tag(name):
    def decorator(func):
        print(f"applying {name}")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            print(f"enter {name}")
            result = func(*args, **kwargs)
            print(f"leave {name}")
            return f"<{name}>{result}</{name}>"

        return wrapper

    return decorator


@tag("b")
@tag("i")
def hello(who):  # hello = tag("b")(tag("i")(hello))
    print("in hello")
    return "hi " + who


print("--- calling ---")
print(hello("ada"))
