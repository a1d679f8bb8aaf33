class Registry:
    def __init__(self):
        self.seen = set()
    def add(self, item):
        self.seen.add(item)
        return len(self.seen)
r = Registry()
print(r.add((1, 2)))
print(r.add([1, 2]))
