# Searches that skip ahead to where a match can start (the first character's test): patterns
# that begin with a literal, a set, a class, a repeat that must match once, a group, a word
# boundary, a repeated group, case-insensitively, a negated character, any character; and
# those that may start anywhere (optional parts, alternations, anchors, lookarounds).
import re

text = "The 3 quick brown foxes, 12 lazy dogs; IP 10.0.0.1 and 192.168.1.254.\nNext: CAT cat Cat 7x."
patterns = [
    r"q\w+", r"[aeiou]{2}", r"\d+", r"(\d+)\s(\w+)", r"\b\w{4}\b", r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
    r"(?i)cat", r"[^a-z ]+", r".x", r"(?:ab)+", r"(\w)\1", r"(?:\d\.)+\d", r"\Bo\w",
    r"x?y", r"a|3", r"^N\w+", r"(?m)^N\w+", r"(?<=\s)\d", r"(?=\d)\d\d", r"\s*;", r"[A-Z][a-z]*",
    r"(?:[a-z]+,)?\s\d", r"(\d)?x", r"\.\d+\b", r"(?s).\n.", r"\w+$", r"e(?:s|x)+",
]
for p in patterns:
    print(p, re.findall(p, text), re.search(p, text) and re.search(p, text).span())
print(re.compile(r"\d+").search(text, 10, 30).span(), re.compile(r"\d").findall(text, 45, 52))
print(re.sub(r"\b\w", lambda m: m.group().upper(), "hello big world"), re.sub(r"o+", "0", "foo boo o"))
print([m.span() for m in re.finditer(r"\d+", "a1b22c333")], re.split(r"[,;]\s*", "a, b;c"))
print(re.findall(rb"\d+", b"a12b3"), re.search("é+", "caféé").span(), re.findall("(?i)É", "éÉe"))
print(re.findall(r"\d*", "a12b"), re.findall(r"(?:\d)+", "a12b"), re.sub(r"x*", "-", "abxd"))
for p, s in ((r"(?=(a))?", "bab"), (r"(a)|b", "abab"), (r"(?<=(a))b", "abab"), (r"((a)|b)+", "abab"),
             (r"(a*)*", "aab"), (r"(?:(a)|(b))*", "abab"), (r"(?=(\w+))\w", "ab cd")):
    print(p, re.split(p, s), re.findall(p, s), re.sub(p, "-", s))
