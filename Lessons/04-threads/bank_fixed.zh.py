# 转账死锁的两个修正：
# 1. 所有线程按同一个全局顺序（按编号）获取锁；
# 2. 使用 RLock，这样持有账户锁的方法可以调用另一个
#    会再次锁住同一账户的方法。
import threading
import time


class Account:
    def __init__(self, number, name, balance):
        self.number = number  # 固定且唯一的键决定加锁顺序
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()

    def withdraw(self, amount):
        with self.lock:  # transfer 已持有该锁时也会调用这里
            if amount > self.balance:
                raise ValueError(f"{self.name} cannot pay {amount}")
            self.balance -= amount

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


def transfer(source, target, amount):
    first, second = sorted([source, target], key=lambda a: a.number)
    with first.lock:
        time.sleep(0.1)  # 同样的慢检查：现在不会死锁了
        with second.lock:
            source.withdraw(amount)  # 第二次锁住 source.lock
            target.deposit(amount)
    print(f"{source.name}->{target.name}: moved {amount}")


alice = Account(1, "alice", 100)
bob = Account(2, "bob", 100)
t1 = threading.Thread(target=transfer, args=(alice, bob, 30))
t2 = threading.Thread(target=transfer, args=(bob, alice, 10))
t1.start()
time.sleep(0.05)  # 让 alice->bob 先走，输出才稳定
t2.start()
t1.join()
t2.join()
total = alice.balance + bob.balance
print("balances:", alice.balance, bob.balance, "total", total)

# 普通 Lock 不能被同一个线程获取两次：它会永远
# 等待自己。用 acquire(timeout=...) 可以安全地观察这一点。
plain = threading.Lock()
with plain:
    print("plain Lock, owner again:", plain.acquire(timeout=0.1))
again = threading.RLock()
with again:
    print("RLock, owner again:", again.acquire(timeout=0.1))
    again.release()  # RLock 获取几次就必须释放几次
