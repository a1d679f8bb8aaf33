import threading, time
def background():
    time.sleep(1)
    print("never printed: the process exits first")
d = threading.Thread(target=background, daemon=True)
print("daemon flag:", d.daemon)
d.start()
normal = threading.Thread(target=lambda: print("normal thread ran"))
print("normal default daemon:", normal.daemon)
normal.start(); normal.join()
def spawner():
    child = threading.Thread(target=lambda: None)
    print("child inherits daemon:", child.daemon)
spawn = threading.Thread(target=spawner, daemon=True)
spawn.start(); spawn.join()
x = threading.Thread(target=lambda: None)
x.daemon = True
print("set later:", x.daemon)
x.start(); x.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("main thread is daemon:", threading.current_thread().daemon)
print("main exits while the daemon sleeps")
