# Log parsing the way a lesson might: worker threads parse their share of lines with
# compiled patterns and a shared re cache, then the results are merged under a lock.
import re
import threading
from collections import Counter

LINE = re.compile(
    r'^(?P<ts>\d{2}:\d{2}:\d{2})\s+\[(?P<thread>[\w-]+)\]\s+(?P<level>INFO|WARN|ERROR)\s+(?P<msg>.*)$'
)
DURATION = re.compile(r'took (\d+(?:\.\d+)?)\s*(ms|s)\b')

levels = ["INFO", "WARN", "ERROR"]
lines = []
for i in range(300):
    level = levels[(i * 7) % 3]
    unit = "ms" if i % 4 else "s"
    lines.append("12:%02d:%02d [Worker-%d] %s request %d took %d.%d %s" % (
        i // 60, i % 60, i % 5, level, i, i % 13, i % 10, unit))
lines.append("garbage line")
lines.append("12:00:00 [Main] INFO shutting down")

lock = threading.Lock()
totals = Counter()
slow = []
bad = []


def worker(chunk):
    local = Counter()
    for line in chunk:
        m = LINE.match(line)
        if not m:
            with lock:
                bad.append(line)
            continue
        local[m.group("level")] += 1
        d = DURATION.search(m.group("msg"))
        if d:
            value = float(d.group(1)) * (1000 if d.group(2) == "s" else 1)
            if value > 5000:
                with lock:
                    slow.append((m["thread"], value))
        # re.search through the module cache, as learners write it
        if re.search(r"request (\d+)", line) and re.fullmatch(r"\d+:\d+:\d+", m["ts"]) is None:
            raise AssertionError(line)
    with lock:
        totals.update(local)


threads = [threading.Thread(target=worker, args=(lines[k::4],), name="parser-%d" % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sorted(totals.items()))
print(len(slow), sorted(slow)[:3])
print(bad)
by_worker = Counter(re.findall(r"\[(Worker-\d)\]", "\n".join(lines)))
print(sorted(by_worker.items()))
print(re.sub(r"\d{2}:\d{2}:\d{2}", "<ts>", lines[0]))
print(re.split(r"\s*\|\s*", "a | b|c  |d"))
ERR = re.compile(r"(?m)^.*ERROR.*$")
print(len(ERR.findall("\n".join(lines))))
print([m.start() for m in re.finditer(r"Worker-0", "\n".join(lines[:12]))])
