# A Manager's dict, list, Namespace and Value live in a server process; workers change
# them through proxies, and the parent sees every change.
import multiprocessing as mp

def worker(d, l, ns, i):
    d[i] = i * i
    l.append(i)
    ns.seen = True

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ns = m.Namespace(count=0, label="x")
        ps = [mp.Process(target=worker, args=(d, l, ns, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), len(d), 2 in d, d.get(3))
        print(sorted(l), len(l))
        print(ns.count, ns.label, ns)
        v = m.Value('i', 5)
        v.value += 1
        print(v.value)
