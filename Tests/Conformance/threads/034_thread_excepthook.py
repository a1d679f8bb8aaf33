import threading
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def fail():
    raise ValueError("inside thread")
t = threading.Thread(target=fail, name="failing")
t.start(); t.join()
print("main unaffected")
threading.excepthook = threading.__excepthook__
