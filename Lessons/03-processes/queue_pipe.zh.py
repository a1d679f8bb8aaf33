# 进程之间不共享内存，所以它们互相发送副本：Queue 可供任意多个
# 发送方使用，Pipe 恰好连接两端。
import queue
from multiprocessing import Pipe, Process, Queue


def measure(name, size, results):
    results.put((name, size * size))  # pickle、发送、再反序列化


def shout(conn):
    while True:
        word = conn.recv()  # 等待另一端发送
        if word is None:
            break
        conn.send(word.upper() + "!")


if __name__ == "__main__":
    wrong = queue.Queue()  # 线程队列：每个进程各得一份副本
    p = Process(target=measure, args=("lost", 2, wrong))
    p.start()
    p.join()
    try:
        wrong.get(timeout=0.2)
    except queue.Empty:
        print("queue.Queue: the child's item never arrived")

    results = Queue()  # 进程队列：底下是一个管道
    workers = [Process(target=measure, args=(name, size, results))
               for name, size in [("a", 3), ("b", 4), ("c", 5)]]
    for w in workers:
        w.start()
    got = sorted(results.get() for _ in workers)  # 顺序不定：排序
    for w in workers:
        w.join()  # 先 get 再 join：见提示
    print("Queue:", got)

    here, there = Pipe()  # 两个相连的端点，双向
    child = Process(target=shout, args=(there,))
    child.start()
    for word in ["hello", "pipe"]:
        here.send(word)
        print("Pipe:", here.recv())
    here.send(None)  # 通知子进程停下
    child.join()
