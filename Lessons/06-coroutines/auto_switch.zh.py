# gevent 会自己切换：当一个 greenlet 睡眠（或等待 I/O）时，
# hub 就去运行另一个可以继续执行的 greenlet。
import time

import gevent

gevent.get_hub()  # 计时前先启动 hub（要花一点时间）
start = time.perf_counter_ns()


def log(text):
    # 从开始到现在的整十分之一秒数，向下取整，
    # 这样几毫秒的延迟不会改变任何一行输出
    tenths = (time.perf_counter_ns() - start) // 100_000_000
    print(f"{tenths / 10}s {text}")


def worker(name, naps):
    for nap in naps:
        log(f"{name} sleeps {nap}")
        gevent.sleep(nap)  # 把线程交给 hub
    log(f"{name} done")
    return name.upper()


jobs = [
    gevent.spawn(worker, "a", [0.3]),
    gevent.spawn(worker, "b", [0.1, 0.1]),
    gevent.spawn(worker, "c", [0, 0.1]),
]
log("spawned 3, none has run yet")
gevent.joinall(jobs)  # 主 greenlet 等待；hub 运行其余的
print([job.value for job in jobs])
