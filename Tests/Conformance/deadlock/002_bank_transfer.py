import threading, time
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()
def transfer(src, dst, amount):
    with src.lock:
        print(f"locked {src.name}, moving {amount} to {dst.name}")
        time.sleep(0.1)
        with dst.lock:
            src.balance -= amount
            dst.balance += amount
alice = Account("alice", 100)
bob = Account("bob", 100)
t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
t2 = threading.Thread(target=transfer, args=(bob, alice, 20))
t1.start(); t2.start()
t1.join(); t2.join()
print("never printed:", alice.balance, bob.balance)
