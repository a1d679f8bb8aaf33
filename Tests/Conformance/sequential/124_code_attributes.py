# f.__code__ and attribute errors on kinds whose class is made on first use.
def greet(name, *, loud=False):
    word = "hi"
    def shout():
        return word.upper()
    return shout

print(greet.__code__.co_name, greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount)
print(greet.__code__.co_varnames, greet.__code__.co_cellvars)
inner = greet("x")
print(inner.__code__.co_freevars, inner.__code__.co_qualname)
print(type(greet.__code__).__name__)
try:
    greet.__code__.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
