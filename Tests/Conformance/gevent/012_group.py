# Group: a set of greenlets joined or killed together; members leave the group as they die.
import gevent
from gevent.pool import Group

group = Group()
out = []


def talk(name, delay):
    gevent.sleep(delay)
    out.append(name)
    return name


g1 = group.spawn(talk, "one", 0.02)
g2 = group.spawn(talk, "two", 0.01)
print(len(group), g1 in group)
print(group.join(), out, len(group), g1 in group)
g3 = gevent.spawn(talk, "three", 0.01)
group.add(g3)
print(len(group))
group.join()
print(out, len(group))
sleepers = [group.spawn(gevent.sleep, 10) for _ in range(3)]
gevent.sleep(0)
group.kill()
print(len(group), [g.dead for g in sleepers])
print(group.map(lambda x: x * 2, [1, 2, 3]))
print(sorted(group.imap_unordered(lambda x: -x, [1, 2, 3])))
late = group.spawn(gevent.sleep, 0.5)
print(group.join(timeout=0.05), len(group))
group.killone(late)
print(late.dead, len(group))
group.discard(late)
print(len(Group([gevent.spawn(gevent.sleep, 0)])))
