# random: the documented pseudo-random functions over the engine's MT19937 core.
# The core is native (`_random`, Builtins/Builtins+Random.swift) and produces CPython's words
# bit for bit. A seeded program prints python3's numbers only if this layer also asks the core
# for the same draws, in the same order, and does the same float arithmetic on them; so each
# method keeps the algorithm the Python docs name (rejection on getrandbits for integers,
# Kinderman-Monahan, Box-Muller, Cheng, Ahrens-Dieter, Best-Fisher) and its order of draws.
# Engine differences: a generator with no seed (seed(), Random(), the module's own, and
# SystemRandom) starts from the run's --seed instead of urandom, so runs repeat; float
# arguments to randrange are accepted without 3.11's DeprecationWarning.
import _random
import math as _math
import sys as _sys
from bisect import bisect_right as _bisect_right
from itertools import accumulate as _accumulate
from operator import index as _index

__all__ = [
    "Random", "SystemRandom",
    "seed", "getstate", "setstate", "getrandbits", "randbytes",
    "random", "uniform", "triangular", "randint", "randrange", "choice", "choices",
    "shuffle", "sample",
    "normalvariate", "gauss", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "betavariate", "paretovariate", "weibullvariate",
]

# python3's module exposes these names; the distributions below use them. Each is computed
# the same way python3 computes it, so the last bit agrees too.
BPF = 53                    # bits of precision in a float from random()
RECIP_BPF = 2.0 ** -BPF
TWOPI = _math.tau
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)

# randrange's default step: `step is _STEP_NOT_GIVEN` tells whether a step was passed. An
# explicit 1 passes the test too, as in python3, whose small ints are shared objects.
_STEP_NOT_GIVEN = 1
_SEED_TYPES = (int, float, str, bytes, bytearray)
_inst = None                # the module's generator, made at the end of the file


# vonmisesvariate needs acos with libm's last bit; the engine's math has none yet, so the core
# module lends its own.
_arccos = getattr(_math, "acos", None) or _random._acos


def _as_range_bound(value, label):
    # randrange takes ints and anything with __index__; an integral float is still accepted in
    # 3.11 (deprecated), any other value that int() takes must equal its int.
    if type(value) is int:
        return value
    try:
        return _index(value)
    except TypeError:
        pass
    whole = int(value)
    # Charged to randrange's caller (stacklevel 3: past this function and randrange).
    from warnings import warn
    if whole != value:
        warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % label)
    warn("non-integer arguments to randrange() have been deprecated since Python 3.10 and will be "
         "removed in a subsequent version", DeprecationWarning, 3)
    return whole


def _text_seed_v1(text):
    # Python 2's seed for str and bytes (version=1): a 64-bit multiplicative string hash,
    # kept so that old seeds reproduce old sequences.
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    h = ord(text[0]) << 7 if text else 0
    for ch in text:
        h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    return h ^ len(text)


def _text_seed_v2(text):
    # The default for str, bytes and bytearray: the bytes followed by their SHA-512 digest,
    # read as one big-endian int, so every bit of the text reaches the generator.
    import hashlib
    if isinstance(text, str):
        text = text.encode()
    return int.from_bytes(text + hashlib.sha512(text).digest(), "big")


def _set_threshold(k):
    # sample() draws k distinct indexes either from a shrinking copy of the population or by
    # redrawing repeats into a set; python3 takes the copy while the population is no bigger
    # than the set would be (21 slots, plus a hash table growing in powers of four past 5
    # entries). The choice changes which numbers are drawn, so the sizes are python3's.
    slots = 21
    if k > 5:
        slots += 4 ** _math.ceil(_math.log(k * 3, 4))
    return slots


def _is_sequence(obj):
    # collections.abc.Sequence, which sample() demands: the built-in sequences, and classes
    # that derive from (or register with) the ABC once a program has imported it; other
    # indexable objects pass while the engine has no such module.
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (set, frozenset, dict)) or not hasattr(obj, "__getitem__"):
        return False
    abcs = _sys.modules.get("collections.abc")
    return abcs is None or isinstance(obj, abcs.Sequence)


class Random:
    """A Mersenne Twister generator with its own state; subclass it to supply another
    source of bits (override random(), and getrandbits() for integer methods)."""

    VERSION = 3             # the layout getstate() returns and setstate() expects

    def __new__(cls, *args, **kwargs):
        # The state exists before __init__, as in python3's C type, so a subclass whose
        # __init__ never calls ours still has a generator.
        self = super().__new__(cls)
        self._mt = _random._mt_new()
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own generator gets its integers from it. The nearest class
        # along the MRO that defines _randbelow, getrandbits or random decides how.
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._below_from_bits
                return
            if "random" in own:
                cls._randbelow = cls._below_from_floats
                return

    # The core: what a subclass may replace.

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        return _random._mt_random(self._mt)

    def getrandbits(self, k):
        """An int with k random bits."""
        return _random._mt_getrandbits(self._mt, k)

    def seed(self, a=None, version=2):
        """Start the sequence again from a (None: from the run's seed)."""
        if isinstance(a, (str, bytes, bytearray)):
            if version == 2:
                a = _text_seed_v2(a)
            elif version == 1 and not isinstance(a, bytearray):
                a = _text_seed_v1(a)
        if a is not None and not isinstance(a, _SEED_TYPES):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        # The module's generator is marked so that a forked child reseeds it before its first
        # draw, as python3 does with os.register_at_fork.
        _random._mt_seed(self._mt, a, self is _inst)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, _random._mt_getstate(self._mt), self.gauss_next

    def setstate(self, state):
        """Resume from a state that getstate() returned."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, words, self.gauss_next = state
        core = getattr(self, "_mt", None)
        if core is None:
            # copy.copy makes its copy with object.__new__ and then restores the state here.
            core = self._mt = _random._mt_new()
        if version == 2:
            # Python 2 pickled the words as signed C longs; bring them back to 32 bits.
            try:
                words = tuple(w % 0x100000000 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        _random._mt_setstate(core, words)

    # pickle and copy go through the state.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # Integers.

    def _below_from_bits(self, n):
        # Uniform in range(n): draw as many bits as n has and try again when too big. Less than
        # half the draws are wasted, and it is the sequence python3 draws.
        bits = n.bit_length()
        while True:
            r = self.getrandbits(bits)
            if r < n:
                return r

    def _below_from_floats(self, n):
        # For generators with random() only: scale a 53-bit float, rejecting the top sliver of
        # [0, 1) that would make the low results likelier.
        top = 1 << BPF
        if n >= top:
            return _math.floor(self.random() * n)
        cutoff = (top - top % n) / top
        while True:
            x = self.random()
            if x < cutoff:
                return _math.floor(x * top) % n

    _randbelow = _below_from_bits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_STEP_NOT_GIVEN):
        """A random member of range(start, stop, step)."""
        if type(start) is int and type(stop) is int and step is _STEP_NOT_GIVEN and stop > start:
            # randint's case, the common one, skips the checks below.
            return start + self._randbelow(stop - start)
        lo = _as_range_bound(start, "arg 1")
        if stop is None:
            if step is not _STEP_NOT_GIVEN:
                raise TypeError("Missing a non-None stop argument")
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = _as_range_bound(stop, "stop")
        span = hi - lo
        stride = _as_range_bound(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        members = -(-span // stride)    # ceil(span / stride): the length of the range
        if members <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(members)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # Sequences.

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        # Fisher-Yates from the end: slot i trades places with one of slots 0..i.
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of the population (repeats as counts gives), in pick order."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_with_counts(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        below = self._randbelow
        if size <= _set_threshold(k):
            # A partial shuffle of a copy: each pick's slot is refilled from the live end.
            pool = list(population)
            for i in range(k):
                live = size - i
                j = below(live)
                picked[i] = pool[j]
                pool[j] = pool[live - 1]
            return picked
        # Few picks from many: draw indexes, drawing again on a repeat.
        seen = set()
        for i in range(k):
            j = below(size)
            while j in seen:
                j = below(size)
            seen.add(j)
            picked[i] = population[j]
        return picked

    def _sample_with_counts(self, population, size, counts, k):
        # Sampling from the population with each element repeated counts[i] times, without
        # building it: sample positions in the repeated sequence, then find whose run each
        # position falls in.
        ends = list(_accumulate(counts))
        if len(ends) != size:
            raise ValueError("The number of counts does not match the population")
        total = ends.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        positions = self.sample(range(total), k=k)
        return [population[_bisect_right(ends, p)] for p in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, by relative or cumulative weights."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                # Equal weights: one float scaled to an index per pick.
                floor = _math.floor
                scale = size + 0.0
                return [population[floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError("The number of choices must be a keyword argument: k=%r"
                                    % (weights,)) from None
                raise
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        # A uniform point on [0, total) lands in the run of the element it picks; the last
        # index is the bound so that rounding at the top cannot run past the population.
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # Real-valued distributions. Each keeps python3's draws and float operations in order.

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > c:
            # Mirror the draw so one formula serves both sides of the peak.
            u, c = 1.0 - u, 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_math.log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution, faster than normalvariate but not thread-safe."""
        # Box-Muller turns two uniforms into two normal deviates; the second one waits in
        # gauss_next for the next call (which is why two threads can get the same number).
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """The log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """The exponential distribution with rate lambd (mean 1/lambd)."""
        # 1.0 - random() is in (0, 1], so the log is finite.
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution: angle mu, concentration kappa, result in [0, 2*pi)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        # Best and Fisher (1979): a wrapped-Cauchy envelope and a squeeze test.
        half = 0.5 / kappa
        rho = half + _math.sqrt(1.0 + half * half)
        while True:
            z = _math.cos(_math.pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _arccos(f)) % TWOPI
        return (mu - _arccos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """The gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            return self._gamma_large_shape(alpha) * beta
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_large_shape(self, alpha):
        # Cheng (1977), "The generation of gamma variables with non-integral shape parameter":
        # a log-logistic envelope, for alpha > 1.
        draw = self.random
        a = _math.sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _math.log(u1 / (1.0 - u1)) / a
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            r = b + c * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Ahrens and Dieter's GS algorithm for 0 < alpha < 1: a mixture of a power density on
        # [0, 1] and an exponential tail beyond, each accepted with its own test.
        draw = self.random
        b = (_math.e + alpha) / _math.e
        while True:
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _math.exp(-x):
                    return x
            else:
                x = -_math.log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """The beta distribution (alpha, beta > 0), a float in [0, 1]."""
        # X / (X + Y) for gamma variates X and Y with shapes alpha and beta.
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """The Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """python3's reads the OS's entropy; here it is the core seeded once from the run's seed,
    so runs repeat. Like python3's, it ignores seed() and has no state to save."""

    def __init__(self, x=None):
        _random._mt_seed(self._mt, None)
        self.gauss_next = None

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


# The module's functions are the bound methods of one shared generator, seeded from the run's
# seed now that `_inst` names it (the fork marker in seed() depends on that).
_inst = Random.__new__(Random)
_inst.seed()
seed, getstate, setstate = _inst.seed, _inst.getstate, _inst.setstate
getrandbits, randbytes = _inst.getrandbits, _inst.randbytes
random, uniform, triangular = _inst.random, _inst.uniform, _inst.triangular
randint, randrange = _inst.randint, _inst.randrange
choice, choices, shuffle, sample = _inst.choice, _inst.choices, _inst.shuffle, _inst.sample
normalvariate, gauss, lognormvariate = _inst.normalvariate, _inst.gauss, _inst.lognormvariate
expovariate, vonmisesvariate = _inst.expovariate, _inst.vonmisesvariate
gammavariate, betavariate = _inst.gammavariate, _inst.betavariate
paretovariate, weibullvariate = _inst.paretovariate, _inst.weibullvariate
