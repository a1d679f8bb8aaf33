class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
for a in [Animal("generic"), Dog("Rex", ["sit"]), Puppy("Bit")]:
    print(a.speak(), "|", a.kind())
print(Puppy("x").tricks, Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), isinstance(Dog("d"), Puppy))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        print("Base init")
class Child(Base):
    pass
Child()
print(Child.__bases__[0].__name__, Dog.__base__.__name__)
