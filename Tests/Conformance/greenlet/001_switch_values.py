# switch() passes values both ways: the first switch calls run(*args, **kwargs); later ones
# make the other side's switch() return them (one value as is, several as a tuple, keywords
# as a dict, both as (args, kwargs)); run's return value goes to the parent.
from greenlet import greenlet


def echo(*args, **kwargs):
    print("started with", args, kwargs)
    got = main_switch("first")
    while True:
        print("child got", repr(got))
        if got == "stop":
            return "child finished"
        got = main_switch("ack")


main = greenlet.getcurrent()


def main_switch(value):
    return main.switch(value)


child = greenlet(echo)
print("main got", repr(child.switch(1, 2, key="v")))
print("main got", repr(child.switch("one")))
print("main got", repr(child.switch("a", "b")))
print("main got", repr(child.switch(k=1)))
print("main got", repr(child.switch(1, k=2)))
print("main got", repr(child.switch()))
print("main got", repr(child.switch("stop")))
print(child.dead)
