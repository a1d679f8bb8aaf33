import threading
b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
indices = []
after = []
lock = threading.Lock()
def party(i):
    idx = b.wait()
    with lock:
        indices.append(idx)
        after.append(i)
threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(indices), "all passed:", sorted(after))
actions = []
b2 = threading.Barrier(2, action=lambda: actions.append("action ran once"))
t = threading.Thread(target=b2.wait)
t.start()
b2.wait()
t.join()
print(actions)
b3 = threading.Barrier(2, timeout=0.1)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b3.broken)
b3.reset()
print("after reset broken:", b3.broken)
b4 = threading.Barrier(2)
b4.abort()
try:
    b4.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises BrokenBarrierError")
