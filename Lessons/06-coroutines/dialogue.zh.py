# 厨师和两位客人，都是同一线程里的生成器协程：send() 把菜
# 送进去，yield 把客人的回答带出来。
import threading


def guest(name, appetite):
    answer = "ready"
    eaten = 0
    while True:
        dish = yield answer  # 停在这里，直到厨师送来一道菜
        eaten += 1
        print(f"  {name} eats {dish}")
        answer = "full" if eaten == appetite else "more please"


def cook(guests):
    for g in guests.values():
        next(g)  # 预激：让每位客人运行到第一个 yield
    course = 0
    while guests:
        course += 1
        for name, g in list(guests.items()):
            answer = g.send(f"course {course}")  # 切到客人，再切回来
            print(f"cook hears {name}: {answer}")
            if answer == "full":
                g.close()
                del guests[name]
    print("all done in", threading.current_thread().name)


cook({"ann": guest("ann", 1), "bob": guest("bob", 2)})
