import threading, queue
stage1, stage2 = queue.Queue(), queue.Queue()
DONE = object()
def parse():
    while (line := stage1.get()) is not DONE:
        stage2.put(int(line))
    stage2.put(DONE)
def total(out):
    s = 0
    while (v := stage2.get()) is not DONE:
        s += v
        print("running total", s)
    out.append(s)
out = []
workers = [threading.Thread(target=parse), threading.Thread(target=total, args=(out,))]
for w in workers:
    w.start()
for line in ["3", "4", "10"]:
    stage1.put(line)
stage1.put(DONE)
for w in workers:
    w.join()
print("final", out)
