# @timer：原样传递任意参数、返回被包装函数的结果，
# 并用 functools.wraps 保留其名字的装饰器。
import functools
import time


def timer(func):
    @functools.wraps(func)  # 从 func 复制 __name__、__doc__ 等
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)  # 所有参数原样传下去
        elapsed = time.perf_counter() - start
        print(f"[timer] {func.__name__} took {elapsed:.1f}s")
        return result  # 忘了这行，调用方拿到的都是 None

    return wrapper


@timer  # 等同于：fetch = timer(fetch)
def fetch(url, retries=1):
    """Pretend to download a page."""
    time.sleep(0.3)
    return f"<page {url}, retries={retries}>"


page = fetch("example.org", retries=2)
print(page)
print(fetch.__name__, "-", fetch.__doc__)


def timer_without_wraps(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@timer_without_wraps
def parse(text):
    """Split a page into words."""
    return text.split()


print(parse.__name__, "-", parse.__doc__)
