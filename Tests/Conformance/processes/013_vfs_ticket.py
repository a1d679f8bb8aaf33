# Three buyers, one ticket in a JSON file, a process Lock around check-and-buy: the file is
# shared by the processes as a real file system is.
import json, os, time
from multiprocessing import Process, Lock

with open("ticket.json", "w") as f:
    json.dump({"count": 1}, f)

def search(name):
    with open("ticket.json") as f:
        print("%s sees %d ticket(s) left" % (name, json.load(f)["count"]))

def buy(name, lock):
    with lock:
        search(name)
        time.sleep(0.1)
        with open("ticket.json") as f:
            data = json.load(f)
        if data["count"] > 0:
            data["count"] -= 1
            with open("ticket.json", "w") as f:
                json.dump(data, f)
            print(name, "bought the ticket")
        else:
            print(name, "found none left")

if __name__ == "__main__":
    lock = Lock()
    ps = [Process(target=buy, args=("buyer%d" % i, lock)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    with open("ticket.json") as f:
        print(f.read())
    print(os.path.exists("ticket.json"), "ticket.json" in os.listdir("."))
    os.remove("ticket.json")
    try:
        open("ticket.json")
    except FileNotFoundError as e:
        print(e)
