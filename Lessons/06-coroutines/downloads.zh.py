# 两次“下载”（用 sleep 代替网络）：先一个接一个，再用两个
# greenlet，最后用调用原始的、未打补丁的 time.sleep 的
# greenlet。
from gevent import monkey

monkey.patch_all()  # 最先做：time.sleep、socket 等都会让出控制

import time

import gevent

SITES = {"python.org": 0.3, "pypi.org": 0.2}
blocking_sleep = monkey.get_original("time", "sleep")


def fetch(site, sleep=time.sleep):
    sleep(SITES[site])  # 等待响应
    return len(site) * 1000


def timed(label, work):
    start = time.perf_counter()
    sizes = work()
    seconds = time.perf_counter() - start
    print(f"{label:<11} {sum(sizes)} bytes in {seconds:.1f}s")


def serial():
    return [fetch(site) for site in SITES]


def spawned(sleep):
    jobs = [gevent.spawn(fetch, site, sleep) for site in SITES]
    gevent.joinall(jobs)
    return [job.value for job in jobs]


print("time.sleep is gevent.sleep:", time.sleep is gevent.sleep)
gevent.get_hub()  # 计时前先启动 hub
timed("serial", serial)
timed("greenlets", lambda: spawned(time.sleep))
timed("unpatched", lambda: spawned(blocking_sleep))
