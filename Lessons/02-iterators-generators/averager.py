# send(): a value goes *into* the paused generator, as the result of
# the yield expression.


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average  # hand out the average, wait for a value
        total += value
        count += 1
        average = total / count


avg = running_average()
try:
    avg.send(10)  # not started yet: there is no yield to receive it
except TypeError as err:
    print("TypeError:", err)

print("primed:", next(avg))  # run to the first yield; it hands out None
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
