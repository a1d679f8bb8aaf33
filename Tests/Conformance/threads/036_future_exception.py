from concurrent.futures import ThreadPoolExecutor
def divide(a, b):
    return a / b
with ThreadPoolExecutor(max_workers=2) as ex:
    ok = ex.submit(divide, 1, 4)
    bad = ex.submit(divide, 1, 0)
    print(ok.result())
    print(repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("re-raised in main:", e)
    print(bad.done(), bad.cancelled())
