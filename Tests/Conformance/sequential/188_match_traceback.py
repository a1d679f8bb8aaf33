# match: tracebacks from inside a match statement name the line of the pattern or guard that
# raised (read through __traceback__), and the uncaught error's last line.
class Odd:
    def __gt__(self, other):
        return False

    def __lt__(self, other):
        raise ValueError("odd comparison")


class Temperature:
    __match_args__ = ("celsius",)

    def __init__(self, reading):
        self.reading = reading

    @property
    def celsius(self):
        if self.reading == "odd":
            return Odd()
        if self.reading == "broken":
            raise RuntimeError("sensor broken")
        return (self.reading - 32) * 5 / 9 if self.reading is not None else None


def describe(t):
    match t:
        case Temperature(c) if c > 30:
            return "hot"
        case Temperature(
            c
        ) if (
            c < 10
        ):
            return "cold"
        case [first, *rest] if first.upper() == "X":
            return "starts with x"
        case Temperature():
            return "mild"


def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


for subject in [Temperature(100), Temperature(40), Temperature(60), Temperature(None),
                Temperature("broken"), Temperature("odd"), ["x"], [1], Temperature("hot")]:
    try:
        print(describe(subject))
    except Exception as e:
        print(type(e).__name__, e, lines(e))

print(describe(Temperature(None)))
