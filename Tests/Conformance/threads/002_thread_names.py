import threading
def worker():
    print("running in", threading.current_thread().name)
print(threading.current_thread().name, threading.main_thread().name)
t = threading.Thread(target=worker)
print(t.name)
t.start(); t.join()
named = threading.Thread(target=worker, name="downloader")
named.start(); named.join()
t2 = threading.Thread(target=worker)
print(t2.name)
t2.start(); t2.join()
f = threading.Thread(target=lambda: None)
print(f.name)
class Custom(threading.Thread):
    def run(self):
        print("custom run in", self.name)
c = Custom()
print(c.name)
c.start(); c.join()
t3 = threading.Thread(target=print, args=("print as target",))
print(t3.name)
t3.start(); t3.join()
t3.name = "renamed"
print(t3.name)
print(repr(threading.Thread(name="r"))[:20])
