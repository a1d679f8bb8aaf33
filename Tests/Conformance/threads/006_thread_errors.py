import threading
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("in thread RuntimeError:", e)
s = threading.Thread(target=self_join)
s.start(); s.join()
print("done")
