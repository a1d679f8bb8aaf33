counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def reader():
    return counter * 10
print(reader())
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make()
print(acc(5), acc(10), acc(1))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer(), x)
def shadow():
    x = "local"
    return x
print(shadow(), x)
def new_global():
    global created
    created = "made inside"
new_global()
print(created)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
