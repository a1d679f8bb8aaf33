import math
from math import fsum, sqrt
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']

class StatisticsError(ValueError):
    pass

# Exact arithmetic as CPython's statistics does it with fractions.Fraction, on (numerator,
# denominator) pairs of ints: sums of floats are exact, then rounded once.

def _frac(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return (n, d)

def _fadd(a, b):
    return _frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

def _fsub(a, b):
    return _frac(a[0] * b[1] - b[0] * a[1], a[1] * b[1])

def _fmul(a, b):
    return _frac(a[0] * b[0], a[1] * b[1])

def _fdiv(a, b):
    return _frac(a[0] * b[1], a[1] * b[0])

def _exact_ratio(x):
    if type(x) is float or isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    if isinstance(x, int):
        return (int(x), 1)
    raise TypeError("can't convert type '{}' to numerator/denominator".format(type(x).__name__))

def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))

def _partials(data, squares):
    # Exact sums by denominator (CPython's partials): the data's common type, the count, the
    # numerators (and, with squares, the squared numerators) and any non-finite sum.
    count = 0
    T = int
    sx = {}
    sxx = {}
    nonfinite = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
            continue
        sx[d] = sx.get(d, 0) + n
        if squares:
            sxx[d] = sxx.get(d, 0) + n * n
    return T, count, sx, sxx, nonfinite

def _total(partials, square):
    total = (0, 1)
    for d, n in partials.items():
        total = _fadd(total, _frac(n, d * d if square else d))
    return total

def _sum(data):
    T, count, sx, _, nonfinite = _partials(data, False)
    if nonfinite is not None:
        return (T, nonfinite, count)
    return (T, _total(sx, False), count)

def _convert(value, T):
    if not isinstance(value, tuple):
        return value
    n, d = value
    if T is int or T is bool:
        if d != 1:
            return n / d
        return n
    return n / d

def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, tuple):
        return total / n
    return _convert(_fdiv(total, (n, 1)), T)

def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    num = fsum(x * w for x, w in zip(data, weights))
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den

def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None

def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        T, sw, _ = _sum(_fail_neg(weights, errmsg))
        sum_weights = _convert(sw, T)
    try:
        data = list(_fail_neg(data, errmsg))
        T, total, count = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sw = _exact_ratio(sum_weights)
    return _convert(_fdiv(sw, total), T)

def _sorted_data(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data, len(data)

def median(data):
    data, n = _sorted_data(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2

def median_low(data):
    data, n = _sorted_data(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]

def median_high(data):
    data, n = _sorted_data(data)
    return data[n // 2]

def median_grouped(data, interval=1):
    data, n = _sorted_data(data)
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    L = x - interval / 2
    l1 = bisect_left(data, x)
    l2 = bisect_right(data, x, l1) - 1
    cf = l1
    f = l2 - l1 + 1
    return L + interval * (n / 2 - cf) / f

def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None

def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]

def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    # Cut point i of n sits at position i*span/n of the sorted data (0-based for
    # 'inclusive', 1-based with the ends clamped for 'exclusive'); the value there is the
    # linear interpolation between its two neighbours, with the weights in n-ths so that
    # ints and Fractions stay exact until the one division.
    if method == 'inclusive':
        span, offset = ld - 1, 0
    elif method == 'exclusive':
        span, offset = ld + 1, 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        below = i * span // n
        if offset:
            below = min(max(below, 1), ld - 1)
        weight = i * span - below * n
        low, high = data[below - offset], data[below - offset + 1]
        cuts.append((low * (n - weight) + high * weight) / n)
    return cuts

def _ss(data, c=None):
    # CPython 3.11's _ss: the exact sum of squared deviations, its type and the mean.
    data = list(data)
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return (T, ssd, c, count)
    T, count, sx, sxx, nonfinite = _partials(data, True)
    if not count:
        return (T, (0, 1), (0, 1), 0)
    if nonfinite is not None:
        return (T, nonfinite, nonfinite, count)
    tx = _total(sx, False)
    txx = _total(sxx, True)
    ssd = _fdiv(_fsub(_fmul((count, 1), txx), _fmul(tx, tx)), (count, 1))
    c = _fdiv(tx, (count, 1))
    return (T, ssd, c, count)

def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)

_sqrt_bit_width = 2 * 53 + 3

def _float_sqrt_of_frac(n, m):
    # Correctly rounded sqrt(n/m) (CPython's statistics._float_sqrt_of_frac).
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator

def _mean_square(name, data, center, ddof):
    # The sum of squared deviations over n - ddof, exact; a float when the data are not finite.
    T, ss, c, n = _ss(data, center)
    if n < ddof + 1:
        raise StatisticsError('%s requires at least %s data point%s' % (name, 'two' if ddof else 'one', 's' if ddof else ''))
    if not isinstance(ss, tuple):
        return T, ss
    return T, _fdiv(ss, (n - ddof, 1))

def variance(data, xbar=None):
    T, mss = _mean_square('variance', data, xbar, 1)
    return _convert(mss, T)

def pvariance(data, mu=None):
    T, mss = _mean_square('pvariance', data, mu, 0)
    return _convert(mss, T)

def _sqrt_of(mss):
    if not isinstance(mss, tuple):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss[0], mss[1])

def stdev(data, xbar=None):
    return _sqrt_of(_mean_square('stdev', data, xbar, 1)[1])

def pstdev(data, mu=None):
    return _sqrt_of(_mean_square('pstdev', data, mu, 0)[1])

def _paired(name, x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return n

def _centered_sums(x, y, n):
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return xbar, ybar, sxy

def covariance(x, y, /):
    n = _paired('covariance', x, y)
    return _centered_sums(x, y, n)[2] / (n - 1)

def correlation(x, y, /):
    n = _paired('correlation', x, y)
    xbar, ybar, sxy = _centered_sums(x, y, n)
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))

def linear_regression(x, y, /, *, proportional=False):
    n = _paired('linear regression', x, y)
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy = _centered_sums(x, y, n)
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
