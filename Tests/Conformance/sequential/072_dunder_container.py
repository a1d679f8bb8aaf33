class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        print(f"set [{i}] = {v}")
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains check", v)
        return v in self.items
    def __iter__(self):
        print("iter called")
        return iter(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:])
b[0] = 10
del b[1]
print(b.items, 3 in b, 99 in b)
print(list(b), [x * 2 for x in b])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v > 0
print(bool(Truthy(1)), bool(Truthy(-1)), "yes" if Truthy(2) else "no")
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())
class Range3:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r))
print(sum(Range3()), max(Range3()), dict(zip(Range3(), "abc")))
