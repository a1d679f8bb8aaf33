# A SimpleQueue filled and drained in parts, past the batch its taken items are dropped in,
# with qsize, empty, get_nowait and a consumer thread.
import queue, threading
q = queue.SimpleQueue()
for i in range(100): q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(40)][-3:], q.qsize())
for i in range(5): q.put(100 + i)
print(q.qsize(), [q.get_nowait() for _ in range(60)][-6:], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
out = []
def consumer():
    for _ in range(1000): out.append(q.get())
t = threading.Thread(target=consumer); t.start()
for i in range(1000): q.put(i)
t.join(); print(len(out), sum(out), q.qsize())
print(q.get(timeout=0.01) if not q.empty() else "none", q.get(block=True, timeout=None) if q.put("x") is None else 0)
