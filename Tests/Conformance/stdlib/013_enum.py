# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, iteration, __members__, lookups and errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON, Color.__members__)
print(repr(Color), type(Color), Color.RED in Color, format(Color.RED), f'{Color.RED}', hash(Color.RED) == hash('RED'))
class P(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(repr(P.LOW), str(P.LOW), P.LOW + 1, P.LOW < P.HIGH, f'{P.HIGH}', P(2), P.HIGH == 2, sorted([P.HIGH, P.LOW]))
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R|Perm.W), Perm.R in (Perm.R|Perm.W), list(Perm.R|Perm.X), repr(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(Perm(7)))
class IP(enum.IntFlag):
    A = 1
    B = 2
print(repr(IP.A | IP.B), str(IP.A|IP.B), IP.A | 4, repr(IP.A|4), IP.A + 1)
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(list(A), A.X.value)
try: Color(9)
except ValueError as e: print(e)
try: Color['nope']
except KeyError as e: print(repr(e))
try:
    @enum.unique
    class U(enum.Enum):
        a = 1
        b = 1
except ValueError as e: print(e)
class Pl(enum.Enum):
    MERC = (1, 2)
    def __init__(self, m, r): self.m = m
    @property
    def twice(self): return self.m * 2
print(Pl.MERC.m, Pl.MERC.twice, Pl.MERC.value)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED is Color(1), Color.RED == 1)

class Weekday(enum.Enum):
    MON = enum.auto()
    TUE = enum.auto()
    WED = 10
    THU = enum.auto()
print([(d.name, d.value) for d in Weekday], list(reversed(Weekday))[0], Weekday.__members__["TUE"])
print(Weekday.MON in Weekday, Weekday._member_names_, len(Weekday.__members__), [n for n in Weekday.__members__])
try:
    class MoreColor(Color):
        PINK = 7
except TypeError as e:
    print("TypeError", e)

class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, text):
        return cls(text.lower())
print(State.parse("RUNNING").describe(), State("idle") is State.IDLE, {State.IDLE: 1}[State.IDLE])
print(sorted(State, key=lambda s: s.value), State.IDLE != State.RUNNING, State.IDLE == "idle")

class Shape(enum.Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99), repr(Shape(2)))

class Prio(enum.IntEnum):
    LOW = 1
    MID = enum.auto()
    HIGH = enum.auto()
print(list(Prio), Prio.HIGH * 2, Prio.MID - Prio.LOW, int(Prio.HIGH), Prio.LOW == 1, Prio(3))
print(max(Prio), min([Prio.HIGH, Prio.LOW]), f"{Prio.MID:>4}", "%s" % Prio.MID)

class Color2(enum.Flag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()
white = Color2.RED | Color2.GREEN | Color2.BLUE
print(repr(white), list(white), len(white), Color2.GREEN in white, repr(white & Color2.RED), repr(white ^ Color2.RED))
print(repr(Color2(0)), str(Color2(0)), str(Color2.RED), [m.value for m in Color2])
try:
    Color2(8)
except ValueError as e:
    print("ValueError", e)

class Perm2(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm2.R | Perm2.W
print(repr(rw), rw, rw == 6, Perm2.R in rw, rw & 2, repr(Perm2(8)), Perm2.X + 1)

class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"
print(repr(Mode.READ), str(Mode.READ), Mode.WRITE == "w", f"{Mode.READ}", Mode.READ + "!")

Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Level = enum.IntEnum("Level", [("DEBUG", 10), ("INFO", 20)])
print(list(Level), Level.INFO > Level.DEBUG)
print(isinstance(Color, enum.EnumMeta), issubclass(Prio, enum.Enum), type(Prio).__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
Color.extra = "class attributes that are not members can still be set"
print(Color.extra, Color.RED)
