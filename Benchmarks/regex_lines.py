# re on a 10,000-line log: compile a few typical patterns, then match each line with
# named groups, search inside messages, and findall/sub/split over the whole text.
import re

levels = ["INFO", "WARN", "ERROR", "DEBUG"]
lines = []
for i in range(10000):
    lines.append("2024-06-%02d 12:%02d:%02d [worker-%d] %s user=u%d ip=10.0.%d.%d took %dms path=/api/v1/item/%d" % (
        i % 28 + 1, i // 60 % 60, i % 60, i % 8, levels[i % 4], i % 97, i % 256, i * 7 % 256, i % 500, i))
text = "\n".join(lines)

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<thread>[\w-]+)\] (?P<level>[A-Z]+) (?P<rest>.*)$")
TOOK = re.compile(r"took (\d+)ms")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")

counts = {}
slow = 0
for line in lines:
    m = LINE.match(line)
    level = m.group("level")
    counts[level] = counts.get(level, 0) + 1
    t = TOOK.search(m.group("rest"))
    if t and int(t.group(1)) > 400:
        slow += 1
print(sorted(counts.items()), slow)
print(len(IP.findall(text)), len(re.findall(r"user=(u\d+)", text)))
print(len(re.sub(r"\d", "#", text)), len(re.split(r"\s+", text)))
print(sum(1 for line in lines if re.search(r"ERROR|WARN", line)), len(list(re.finditer(r"path=(\S+)", text))))
