# The classic dialogue: a consumer greenlet switches to the producer for each item, the
# producer switches each item back; explicit switching, no scheduler.
from greenlet import greenlet


def producer():
    for item in ["apple", "bread", "cheese"]:
        print("produce", item)
        consumer_g.switch(item)
    consumer_g.switch(None)


def consumer():
    eaten = []
    while True:
        item = producer_g.switch()
        if item is None:
            return eaten
        print("consume", item)
        eaten.append(item)


producer_g = greenlet(producer)
consumer_g = greenlet(consumer)
print(consumer_g.switch())
print(consumer_g.dead, producer_g.dead)
