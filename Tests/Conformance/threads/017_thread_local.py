import threading
data = threading.local()
data.value = "main"
seen = {}
def worker(n):
    print("has value before set:", hasattr(data, "value"))
    data.value = n
    seen[n] = data.value
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print("main still sees:", data.value)
print(sorted(seen.items()))
class Ctx(threading.local):
    def __init__(self):
        self.stack = []
ctx = Ctx()
ctx.stack.append("main")
def use_ctx():
    ctx.stack.append("thread")
    print("thread stack:", ctx.stack)
t = threading.Thread(target=use_ctx)
t.start(); t.join()
print("main stack:", ctx.stack)
