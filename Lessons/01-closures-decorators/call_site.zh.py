# 高阶函数可以增加功能，但每个调用方都得跟着
# 修改。
import time


def download():
    time.sleep(0.2)  # 代替下载网页
    print("downloaded")


def timed_call(func):
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{func.__name__} took {elapsed:.1f}s")


# 以前调用方写 download()，现在每一处都得改成这样：
timed_call(download)


# *返回*一个新函数的函数，能让调用方式保持不变。
def timer(func):
    def wrapper():
        start = time.perf_counter()
        func()
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.1f}s")

    return wrapper


download = timer(download)  # 重新绑定名字：@timer 做的就是这件事
download()  # 调用方式没有变
