import threading, time
ev = threading.Event()
print(ev.is_set(), ev.wait(0.05))
def waiter(name):
    print(name, "waiting")
    ev.wait()
    print(name, "released")
w = threading.Thread(target=waiter, args=("w1",))
w.start()
time.sleep(0.1)
print("main sets the event")
ev.set()
w.join()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print("after clear:", ev.is_set(), ev.wait(0.01))
go = threading.Event()
order = []
def runner(i):
    go.wait()
    order.append(i)
rs = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for r in rs:
    r.start()
print("none ran yet:", order)
go.set()
for r in rs:
    r.join()
print("all ran:", sorted(order))
