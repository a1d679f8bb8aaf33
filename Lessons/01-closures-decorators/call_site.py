# A higher-order function can add behaviour, but every caller must
# change.
import time


def download():
    time.sleep(0.2)  # stands in for fetching a web page
    print("downloaded")


def timed_call(func):
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print(f"{func.__name__} took {elapsed:.1f}s")


# Before: callers wrote download(). Now each one must write this:
timed_call(download)


# A function that *returns* a new function keeps the old call site.
def timer(func):
    def wrapper():
        start = time.perf_counter()
        func()
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.1f}s")

    return wrapper


download = timer(download)  # rebind the name: this is what @timer does
download()  # the call site is unchanged
