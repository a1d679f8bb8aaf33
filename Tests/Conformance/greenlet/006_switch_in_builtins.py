# A switch can happen inside code that a built-in calls (map's function, sorted's key):
# the greenlet is suspended in the middle of the built-in and resumed there later.
from greenlet import greenlet, getcurrent

main = getcurrent()


def ask(x):
    # Ask the main greenlet for a weight for x, suspending whatever called us.
    return main.switch(("weight?", x))


def sorter(items):
    return sorted(items, key=ask)


def mapper(items):
    return list(map(ask, items))


g = greenlet(sorter)
request = g.switch(["b", "c", "a"])
weights = {"a": 3, "b": 1, "c": 2}
while not g.dead:
    print("asked", request)
    request = g.switch(weights[request[1]])
print("sorted:", request)

m = greenlet(mapper)
request = m.switch([1, 2, 3])
while not m.dead:
    request = m.switch(request[1] * 10)
print("mapped:", request)
