# @timer: a decorator that passes any arguments through, returns the
# wrapped function's result and keeps its name with functools.wraps.
import functools
import time


def timer(func):
    @functools.wraps(func)  # copy __name__, __doc__... from func
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)  # pass everything through
        elapsed = time.perf_counter() - start
        print(f"[timer] {func.__name__} took {elapsed:.1f}s")
        return result  # forget this and every caller gets None

    return wrapper


@timer  # the same as: fetch = timer(fetch)
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
