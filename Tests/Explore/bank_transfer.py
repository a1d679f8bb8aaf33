# Two transfers in opposite directions, each taking the two accounts' locks in its own
# order (no sleeps): if each thread holds its first lock when the other wants it, both wait
# forever.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        with target.lock:
            source.balance -= amount
            target.balance += amount


def pay(source, target):
    for _ in range(5):
        transfer(source, target, 1)


alice = Account("alice", 100)
bob = Account("bob", 100)
threads = [threading.Thread(target=pay, args=(alice, bob)), threading.Thread(target=pay, args=(bob, alice))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice.balance, bob.balance)
