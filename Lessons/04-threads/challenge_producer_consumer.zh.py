# nondeterministic: 这是一个挑战；四个线程由你来调度。
# “生产者与消费者”：发现列表为空的消费者只等待一次：该用 `while` 的地方
# 用了 `if`。它醒来时，
# 数据可能已被另一个消费者取走。让某个消费者从空列表 pop。
import threading

items = []
changed = threading.Condition()


def producer():
    with changed:
        items.append("job")
        changed.notify()


def consumer():
    with changed:
        if not items:
            changed.wait()
        items.pop()


threads = [threading.Thread(target=consumer, name="C1"), threading.Thread(target=consumer, name="C2"),
           threading.Thread(target=producer, name="P1"), threading.Thread(target=producer, name="P2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("left:", items)
