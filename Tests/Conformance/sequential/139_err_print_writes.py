# print() on a file object calls write once per item, once per separator and once for the
# end (bltinmodule.c builtin_print_impl), each item's str taken just before its write;
# sep and end must be str or None; sys.stdout may be rebound. Ends with an uncaught
# TypeError from a non-str sep.
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append('<flush>')


class Noisy:
    def __str__(self):
        print('(str of Noisy)')
        return 'noisy'


w = Recorder()
print(1, 2, file=w)
print('a', 'b', 'c', sep='--', end='!', file=w)
print(file=w)
print(1, None, sep=None, end=None, file=w)
print('x', file=w, flush=True)
print(file=w, sep='', end='')
print(*[], file=w)
print(w.calls)

print('before', Noisy(), 'after')
w2 = Recorder()
print(Noisy(), 'tail', file=w2)
print(w2.calls)

saved = sys.stdout
sys.stdout = w3 = Recorder()
print('to the recorder', 42)
sys.stdout = saved
print(w3.calls)
sys.stdout = None
print('nowhere')
sys.stdout = saved
print('back')

for bad in [{'sep': 1}, {'end': b'\n'}, {'sep': ['x']}]:
    try:
        print('x', file=w, **bad)
    except TypeError as e:
        print('TypeError:', e)
print('a', 'b', sep=0)
