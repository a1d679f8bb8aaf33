# conformance: stderr-message
# What a learner meets around Process, Queue and Pipe: daemonic processes cannot have children,
# reprs with exit codes, closed processes, subclasses, queue timeouts, pipe ends, locks and
# queues refused by pickle outside spawning (but a manager's may travel), a put that cannot
# pickle (printed by the feeder thread), shared values, a manager.
import multiprocessing as mp
import os
import queue
import time

def child_daemon():
    p = mp.Process(target=print, args=("x",))
    try:
        p.start()
    except AssertionError as e:
        print("daemon child:", e, flush=True)

def put_it(q, x):
    q.put(x)

def sleeper():
    time.sleep(5)

def get_name(q):
    q.put((mp.current_process().name, mp.parent_process().name, mp.parent_process().pid == os.getppid()))

class P(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        self.q.put("run of a subclass " + self.name)

def pipe_child(conn):
    conn.send([1, 2, 3])
    print("child got", conn.recv(), flush=True)
    conn.close()

def put_unpicklable():
    def local():
        pass
    lost = mp.Queue()
    lost.put(local)   # the feeder thread prints the error; nothing arrives
    time.sleep(0.1)
    print("after a put that could not pickle:", lost.empty())


if __name__ == "__main__":
    d = mp.Process(target=child_daemon, daemon=True)
    d.start(); d.join()
    p = mp.Process(target=sleeper, name="sleepy")
    p.start()
    p.join(0.1)
    print(p.is_alive(), p.exitcode, repr(p).startswith("<Process name='sleepy'"), len(mp.active_children()))
    p.terminate(); p.join()
    print(p.is_alive(), p.exitcode, repr(p)[-22:])
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(e)
    q = mp.Queue()
    w = mp.Process(target=get_name, args=(q,), name="worker-1")
    w.start(); print(q.get()); w.join()
    s = P(q); s.start(); print(q.get()); s.join()
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("empty", q.empty(), q.qsize())
    a, b = mp.Pipe()
    c = mp.Process(target=pipe_child, args=(b,))
    c.start()
    print("parent got", a.recv(), a.poll(0.01))
    a.send("hi")
    c.join()
    b.close()
    try:
        print(a.recv())
    except EOFError:
        print("EOFError")
    r, w2 = mp.Pipe(duplex=False)
    try:
        r.send(1)
    except OSError as e:
        print("OSError", e)
    put_unpicklable()
    import pickle
    try:
        pickle.dumps(mp.Lock())
    except RuntimeError as e:
        print("RuntimeError", e)
    v = mp.Value('i', 5); arr = mp.Array('i', [1, 2, 3])
    print(v.value, arr[:], list(arr), len(arr), arr[1])
    with mp.Manager() as m:
        d = m.dict(); l = m.list([1]); ns = m.Namespace(); ns.x = 3
        d['a'] = 1; l.append(2)
        print(dict(d), list(l), ns.x, type(m).__name__)
    print(mp.get_start_method(), mp.cpu_count() == os.cpu_count())
    with mp.Manager() as m:
        mq = m.Queue()
        with mp.Pool(2) as pool:
            pool.starmap(put_it, [(mq, 1), (mq, 2)])
        print(sorted([mq.get(), mq.get()]))
    with mp.Pool(1) as pool:
        try:
            pool.apply(put_it, (mp.Queue(), 1))
        except RuntimeError as e:
            print(e)
