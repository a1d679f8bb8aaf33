import queue, threading
q = queue.Queue()
processed = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        processed.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker, daemon=True)
t.start()
for i in range(5):
    q.put(i)
q.join()
print("all tasks done:", processed)
q.put(None)
q.join()
t.join()
print("worker finished:", not t.is_alive(), q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
