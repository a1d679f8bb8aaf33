# Manager 把一个字典和一个列表放在它自己的进程里；其他进程
# 通过代理修改它们。普通字典则会被复制。
from multiprocessing import Manager, Process, active_children


def play(name, scores, log, plain):
    scores[name] = len(name) * 10  # 一条发给管理器进程的消息
    log.append(name)
    plain[name] = 0  # 只改这个进程自己的副本


if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict()  # 一个代理；字典在管理器里
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
