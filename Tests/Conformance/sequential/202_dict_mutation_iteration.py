# Changing a dict or set while iterating it raises CPython's RuntimeError.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 1
attempt("grow", grow)

def swap():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1
attempt("swap keys", swap)

def shrink_keys():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.pop(k)
attempt("shrink keys()", shrink_keys)

def grow_items():
    d = {1: 1}
    for k, v in d.items():
        d[k + 1] = v
attempt("grow items()", grow_items)

def grow_values():
    d = {1: 1}
    for v in d.values():
        d.clear()
attempt("clear values()", grow_values)

def set_grow():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
attempt("set add", set_grow)

def set_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
attempt("set discard", set_discard)

def update_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = d[k] * 10
    print(d)
attempt("update values", update_values)

def list_copy():
    d = {1: 1, 2: 2}
    for k in list(d):
        del d[k]
    print(d)
attempt("iterate a copy", list_copy)

def manual_next():
    d = {"a": 1, "b": 2}
    it = iter(d)
    print(next(it), type(it).__name__)
    d["c"] = 3
    next(it)
attempt("next after add", manual_next)

def items_iter():
    d = {"a": 1}
    it = iter(d.items())
    print(type(it).__name__, next(it), next(it, "done"))
attempt("items iterator", items_iter)

def comprehension():
    d = {1: 1, 2: 2}
    return [d.setdefault(k + 5, 0) for k in d]
attempt("comprehension", comprehension)
print(sorted({3, 1, 2}), list({"x": 1, "y": 2}), list(iter({"q": 0}.values())))
