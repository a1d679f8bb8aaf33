def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 30), [User("b", 1)])
registry = {}
def register(key):
    def deco(cls):
        registry[key] = cls
        cls.key = key
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), registry["circle"].__name__, Square.key)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self):
        print("connecting once")
print(Db() is Db())
def mark(cls):
    cls.marked = True
    return cls
@mark
@add_repr
class Both:
    def __init__(self):
        self.v = 1
print(Both(), Both.marked)
