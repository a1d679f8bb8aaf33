from concurrent.futures import ThreadPoolExecutor, Future, CancelledError
import threading
gate = threading.Event()
def blocked():
    gate.wait()
    return "unblocked"
log = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(blocked)
    f1.add_done_callback(lambda f: log.append(("cb", f.result())))
    f2 = ex.submit(lambda: "queued")
    print("cancel queued:", f2.cancel(), f2.cancelled(), f2.done())
    print("cancel running:", f1.cancel())
    gate.set()
print(log)
try:
    f2.result()
except CancelledError as e:
    print("CancelledError", repr(e))
f3 = Future()
f3.add_done_callback(lambda f: print("callback saw:", f.result()))
f3.set_result(42)
f3.add_done_callback(lambda f: print("added after done, runs at once:", f.result()))
f4 = Future()
f4.set_exception(ValueError("stored"))
print(repr(f4.exception()), f4.done())
try:
    f4.result()
except ValueError as e:
    print("result() re-raises:", e)
def boom():
    raise KeyError("k")
with ThreadPoolExecutor(max_workers=1) as ex:
    f5 = ex.submit(boom)
    print("exception():", repr(f5.exception()))
