import threading, time
balance = 100
lock = threading.Lock()
def withdraw(amount):
    global balance
    with lock:
        current = balance
        time.sleep(0.01)
        balance = current - amount
threads = [threading.Thread(target=withdraw, args=(10,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance with lock:", balance)
