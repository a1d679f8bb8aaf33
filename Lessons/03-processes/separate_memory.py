from multiprocessing import Process

balance = 100


def spend():
    global balance
    balance -= 30
    print("child sees", balance)


if __name__ == "__main__":
    child = Process(target=spend)
    child.start()
    child.join()
    print("parent sees", balance)
    print("child exit code", child.exitcode)
