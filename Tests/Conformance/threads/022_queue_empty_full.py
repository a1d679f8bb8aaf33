import queue
q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), "message:", repr(str(e)))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty from get(block=False)")
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after get(timeout=0.05)")
q.put("x")
try:
    q.put_nowait("y")
except queue.Full as e:
    print("Full:", repr(e))
try:
    q.put("y", timeout=0.05)
except queue.Full:
    print("Full after put(timeout=0.05)")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get())
