# expect: deadlock
# 两笔方向相反的转账，各自先锁转出方，再锁转入方。
# 在普通 python3 下它会永远卡住。第一次 Ctrl-C 只会打断
# 主线程的 join()；再按一次 Ctrl-C 才能结束它。
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
        time.sleep(0.1)  # 一次慢检查；另一笔转账也开始了
        print(f"{source.name}->{target.name}: wants {target.name}")
        with target.lock:  # 被另一笔转账持有，而它在等我们
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
