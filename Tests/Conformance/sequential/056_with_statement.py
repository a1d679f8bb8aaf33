class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource("r1") as r:
    print("inside", r.name)
with Resource("a") as a, Resource("b") as b:
    print("inside both", a.name, b.name)
try:
    with Resource("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        print("after continue check")
class NoReturn:
    def __enter__(self):
        print("enter without as")
    def __exit__(self, *args):
        print("exit args count", len(args))
with NoReturn() as value:
    print("value is", value)
with Resource("outer"):
    with Resource("inner"):
        print("nested body")
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
