import queue, threading
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty as e:
    print("Empty raised:", repr(e), str(e) == "")
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
def feed():
    for i in range(3):
        sq.put(i * 10)
t = threading.Thread(target=feed)
t.start(); t.join()
print([sq.get() for _ in range(3)])
print(hasattr(sq, "task_done"), hasattr(sq, "join"))
