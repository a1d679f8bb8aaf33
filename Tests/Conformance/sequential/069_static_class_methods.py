class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    @classmethod
    def made(cls):
        return f"{cls.__name__}: {cls.count}"
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
d = Date.from_string("2024-02-29")
print(d, Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))
print(Date.made(), d.made())
class MyDate(Date):
    pass
md = MyDate.from_string("2000-1-1")
print(md, type(md).__name__, MyDate.made())
f = Date.from_string
print(f("1-2-3"), f.__name__)
sm = Date.is_leap
print(sm(2023), callable(sm))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
bound = d.__repr__
print(bound(), bound.__self__ is d, bound.__func__ is Date.__repr__)
