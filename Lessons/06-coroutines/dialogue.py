# A cook and two guests as generator coroutines in one thread: send()
# carries a dish in, yield carries the guest's answer back out.
import threading


def guest(name, appetite):
    answer = "ready"
    eaten = 0
    while True:
        dish = yield answer  # paused here until the cook sends a dish
        eaten += 1
        print(f"  {name} eats {dish}")
        answer = "full" if eaten == appetite else "more please"


def cook(guests):
    for g in guests.values():
        next(g)  # prime: run each guest up to its first yield
    course = 0
    while guests:
        course += 1
        for name, g in list(guests.items()):
            answer = g.send(f"course {course}")  # to the guest and back
            print(f"cook hears {name}: {answer}")
            if answer == "full":
                g.close()
                del guests[name]
    print("all done in", threading.current_thread().name)


cook({"ann": guest("ann", 1), "bob": guest("bob", 2)})
