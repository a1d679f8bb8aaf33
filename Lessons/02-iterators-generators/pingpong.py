def consumer():
    eaten = 0
    while True:
        bun = yield eaten
        eaten += 1
        print("consumer ate bun", bun)


def producer(eater):
    next(eater)  # prime: run the consumer up to its first yield
    for bun in range(1, 4):
        print("producer made bun", bun)
        eaten = eater.send(bun)
    eater.close()
    print("producer done, consumer ate", eaten)


producer(consumer())
