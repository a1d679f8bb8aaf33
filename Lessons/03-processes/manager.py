# A Manager keeps one dict and one list in a process of its own; the
# other processes change them through proxies. A plain dict is copied.
from multiprocessing import Manager, Process, active_children


def play(name, scores, log, plain):
    scores[name] = len(name) * 10  # a message to the manager process
    log.append(name)
    plain[name] = 0  # changes this process's own copy only


if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict()  # a proxy; the dict is in the manager
        log = manager.list()
        plain = {}
        players = [Process(target=play, args=(name, scores, log, plain))
                   for name in ["ann", "bob", "cleo"]]
        for p in players:
            p.start()
        for p in players:
            p.join()
        print("scores:", sorted(scores.items()))
        print("log:", sorted(log), len(log))
        print("plain dict:", plain)
        print("children:", [p.name for p in active_children()])
