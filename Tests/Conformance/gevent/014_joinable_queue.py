# JoinableQueue (gevent's Queue counts tasks too): join() waits until every item put has been
# marked task_done(); task_done() once too often raises ValueError.
import gevent
from gevent.queue import JoinableQueue, Queue

print(JoinableQueue is Queue)
q = JoinableQueue()
done = []


def worker(name):
    while True:
        item = q.get()
        gevent.sleep(0.01 * item)
        done.append((name, item))
        q.task_done()


workers = [gevent.spawn(worker, "w%d" % i) for i in range(2)]
for item in [3, 1, 4, 1]:
    q.put(item)
print("unfinished", q.unfinished_tasks)
q.join()
print("all done", done, q.unfinished_tasks)
gevent.killall(workers)
try:
    q.task_done()
except ValueError as e:
    print(e)
print(q.join(timeout=0.01))
q.put("never processed")
print(q.join(timeout=0.01))
