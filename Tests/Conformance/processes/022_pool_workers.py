# Pool(maxtasksperchild=N) replaces its workers (new pids); a ProcessPoolExecutor whose worker
# dies in a task is broken (BrokenProcessPool); a worker's exception reaches the parent with the
# worker's traceback as its __cause__ (RemoteTraceback), as CPython prints it.
import multiprocessing
import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def pid_of(x):
    return os.getpid()


def die(x):
    os._exit(1)


def square(x):
    return x * x


def bad(x):
    raise ValueError("bad %d" % x)


def user_lines(exc):
    # The traceback's text without library frames, paths or caret lines.
    lines, library = [], False
    for chunk in traceback.format_exception(exc):
        for line in chunk.splitlines():
            if line.startswith("  File "):
                library = os.path.basename(__file__) not in line
                if not library:
                    lines.append("  File " + line.split('", ', 1)[1])
            elif line.startswith("    "):
                if not library and line.strip(" ^~"):
                    lines.append(line)
            else:
                lines.append(line)
    return lines


if __name__ == "__main__":
    with multiprocessing.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(pid_of, range(6), chunksize=1)
        print("workers used:", len(set(pids)), "none of them the parent:", os.getpid() not in pids)
    with multiprocessing.Pool(2, maxtasksperchild=3) as pool:
        pids = pool.map(pid_of, range(9), chunksize=1)
        print("at most three tasks a worker:", max(pids.count(p) for p in pids) <= 3, len(set(pids)) >= 3)
    try:
        multiprocessing.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print(e)

    with ProcessPoolExecutor(2) as ex:
        print(ex.submit(square, 3).result())
        f = ex.submit(die, 1)
        try:
            f.result()
        except BrokenProcessPool as e:
            print(type(e).__name__ + ":", e)
        try:
            ex.submit(square, 2)
        except BrokenProcessPool as e:
            print("submit:", e)

    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(bad, (1,))
        except ValueError as e:
            print("\n".join(user_lines(e)))
        errors = []
        pool.apply_async(bad, (2,), error_callback=errors.append).wait()
        print("error_callback:", repr(errors[0]), type(errors[0].__cause__).__name__)
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.submit(bad, 3).result()
        except ValueError as e:
            print("\n".join(user_lines(e)))
