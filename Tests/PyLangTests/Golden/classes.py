class Plain:
    pass

class Child(Base, metaclass=Meta):
    """A child."""
    count = 0

    def __init__(self, value):
        super().__init__()
        self.value = value
        self.__secret = 1

    @property
    def doubled(self):
        return self.value * 2

    @staticmethod
    def make():
        return Child(1)

def factory(y):
    class Local:
        z = y
        def get(self):
            return y
    return Local

@dataclass
class Point:
    x: int = 0
    y: int = 0
