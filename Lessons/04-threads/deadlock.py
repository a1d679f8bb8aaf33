# expect: deadlock
# Two transfers in opposite directions, each locking "from" then "to".
# Under plain python3 this hangs forever. The first Ctrl-C only stops
# the main thread's join(); press Ctrl-C a second time to end it.
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        print(f"{source.name}->{target.name}: locked {source.name}")
        time.sleep(0.1)  # a slow check; the other transfer starts too
        print(f"{source.name}->{target.name}: wants {target.name}")
        with target.lock:  # held by the other transfer: it waits for us
            source.balance -= amount
            target.balance += amount
    print(f"{source.name}->{target.name}: done")


alice = Account("alice", 100)
bob = Account("bob", 100)
t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
t2 = threading.Thread(target=transfer, args=(bob, alice, 10))
t1.start()
t2.start()
t1.join()
t2.join()
print("balances:", alice.balance, bob.balance)
