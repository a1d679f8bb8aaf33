import threading
class Job(threading.Thread):
    def run(self):
        raise KeyError("missing-config")
j = Job()
j.start()
j.join()
w = threading.Thread(target=lambda: [][0], name="indexer")
w.start()
w.join()
print("main finished normally")
