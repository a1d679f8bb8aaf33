# Producer and consumer taking turns inside one thread: no lock, no
# queue.
# The baker makes a bun and send()s it; the eater runs until its next
# yield and hands back how many it has eaten.


def eater(name):
    eaten = 0
    try:
        while True:
            bun = yield eaten  # wait here until the baker sends a bun
            eaten += 1
            print(f"  {name} eats bun {bun}")
    finally:
        print(f"  {name} is full after {eaten} buns")


def baker(customer, batches):
    next(customer)  # prime: run the eater up to its first yield
    for bun in range(1, batches + 1):
        print(f"baker bakes bun {bun}")
        count = customer.send(bun)  # switch to the eater and back
        print(f"baker sees {count} eaten")
    customer.close()  # GeneratorExit at the paused yield


baker(eater("ada"), 3)
print("shop closed")
