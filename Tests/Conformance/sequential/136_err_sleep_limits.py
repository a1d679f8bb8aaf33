# time.sleep with seconds no clock can hold: CPython 3.11's _PyTime_FromSecondsObject errors
# (OverflowError for floats out of range and for ints past C long long nanoseconds, ValueError
# for NaN), the sign check, and EINVAL for a deadline past the kernel's clock. Ends with an
# uncaught OverflowError from time.sleep(float('inf')).
import time

values = [1e10, 1e300, float('-inf'), float('nan'), -1, -1.5, -1e-10, 10**30, 2**63,
          9223372037, 9223372036, 92233720368, 'x', None, [], -0.0, 0, 1e-10, True, False]
for v in values:
    try:
        print(repr(v), '->', time.sleep(v))
    except (OverflowError, ValueError, TypeError, OSError) as e:
        print(repr(v), '!', type(e).__name__ + ':', e, getattr(e, 'errno', ''))

try:
    time.sleep()
except TypeError as e:
    print('no argument !', e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print('two arguments !', e)


class Seconds:
    def __index__(self):
        return 0


print('__index__ ->', time.sleep(Seconds()))
t0 = time.monotonic()
time.sleep(0.2)
print('slept', round(time.monotonic() - t0, 1))
time.sleep(float('inf'))
print('not reached')
