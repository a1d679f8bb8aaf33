# multiprocessing: processes both ways (target and subclass), a Queue back to the parent,
# exit codes and names.
import multiprocessing as mp
import os
import sys


def work(name, q, n):
    q.put((name, sum(i * i for i in range(n)), os.getppid() == parent_pid))


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        self.q.put(("subclass", self.name, mp.current_process().name == self.name))
        sys.exit(2)


if __name__ == "__main__":
    parent_pid = os.getpid()
    q = mp.Queue()
    ps = [mp.Process(target=work, args=("p%d" % i, q, 1000 * (i + 1))) for i in range(3)]
    print([p.is_alive() for p in ps], ps[0].exitcode)
    for p in ps:
        p.start()
    results = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(results)
    print([p.exitcode for p in ps], [p.name for p in ps], [p.is_alive() for p in ps])
    w = Worker(q)
    w.start()
    print(q.get())
    w.join()
    print("subclass exit code", w.exitcode)
    print(mp.current_process().name, mp.parent_process())
