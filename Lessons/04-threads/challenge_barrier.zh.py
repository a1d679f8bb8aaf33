# nondeterministic: 这是一个挑战；两个线程由你来调度。
# “屏障”：每一轮领头线程先推进轮数，两个线程在屏障处会合，然后跟随线程
# 检查轮数。屏障只保证两者都到了，
# 不保证之后谁先走。让跟随线程的检查失败。
import threading

barrier = threading.Barrier(2)
rounds = 0


def leader():
    global rounds
    for _ in range(2):
        rounds = rounds + 1
        barrier.wait()


def follower():
    for n in range(2):
        barrier.wait()
        assert rounds == n + 1, "the leader is a round ahead"


a = threading.Thread(target=leader, name="Leader")
b = threading.Thread(target=follower, name="Follower")
a.start()
b.start()
a.join()
b.join()
print("rounds =", rounds)
