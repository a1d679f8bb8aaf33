# nondeterministic: a challenge; you schedule the two threads.
# "Barrier": each round the leader moves the round on and both meet at
# the barrier; then the follower checks the round. The barrier says both
# arrived, not who goes first after it. Make the follower's check fail.
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
