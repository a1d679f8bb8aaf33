# 两个线程各给全局 counter 加 1，各 500,000 次，不加锁。
# 在 concurrency-tutor 里这样试试：--switch-points every（或按 m）
import threading

counter = 0


def work(n):
    global counter
    for _ in range(n):
        counter += 1  # 加载、相加、存储：3.11 从不在中间切换


threads = [threading.Thread(target=work, args=(500000,))
           for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter, "of", 2 * 500000)
