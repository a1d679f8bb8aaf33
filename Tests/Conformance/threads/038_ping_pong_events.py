import threading
ping, pong = threading.Event(), threading.Event()
def player(name, mine, other, rounds):
    for i in range(rounds):
        mine.wait()
        mine.clear()
        print(name, i)
        other.set()
a = threading.Thread(target=player, args=("ping", ping, pong, 3))
b = threading.Thread(target=player, args=("pong", pong, ping, 3))
a.start(); b.start()
ping.set()
a.join(); b.join()
print("game over")
