# Switching from inside code called by built-ins (map, sorted keys, sum over a generator,
# str.join): the greenlet's whole stack waits, as greenlet keeps C stacks.
from greenlet import greenlet, getcurrent

main = getcurrent()
log = []


def fetch(url):
    log.append("fetch " + url)
    answer = main.switch(url)          # suspend inside map()
    return answer.upper()


def key(word):
    log.append("key " + word)
    return main.switch(("key", word))  # suspend inside sorted()


def numbers():
    for i in range(3):
        yield main.switch(("num", i))  # suspend inside sum()


def crawl():
    pages = list(map(fetch, ["a", "b"]))
    order = sorted(["pear", "fig", "apple"], key=key)
    total = sum(numbers())
    joined = ",".join(main.switch(("part", p)) for p in "xy")
    return pages, order, total, joined


g = greenlet(crawl)
request = g.switch()
while not g.dead:
    if isinstance(request, str):
        reply = "page " + request
    elif request[0] == "key":
        reply = len(request[1])
    elif request[0] == "num":
        reply = request[1] * 10
    else:
        reply = request[1] * 2
    print("main answers", request, "->", reply)
    request = g.switch(reply)
print("result", request)
print(log)
