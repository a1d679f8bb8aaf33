#!/usr/bin/env python3
"""Say how much of each prelude repeats CPython's Lib sources line for line.

Issue 23 asks for preludes that are our own code. A line counts as copied when it sits in a
run of RUN consecutive code lines (stripped, comments and blank lines dropped) that also
occurs, in that order, somewhere in the running python3's standard library. Independent code
that follows the same documentation shares single lines (error messages, `return self`), but
rarely eight in a row.

usage: Scripts/cpython-overlap.py [--run N] [--max FRACTION] [PRELUDE.py ...]
With --max, exits 1 when any file's copied share is above FRACTION.
"""
import argparse
import os
import sys
import sysconfig


def code_lines(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            text = line.strip()
            if text and not text.startswith("#"):
                out.append((number, text))
    return out


def library_runs(run):
    lib = sysconfig.get_paths()["stdlib"]
    runs = set()
    for root, dirs, files in os.walk(lib):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "test", "tests", "idlelib")]
        for name in files:
            if name.endswith(".py"):
                texts = [t for _, t in code_lines(os.path.join(root, name))]
                for i in range(len(texts) - run + 1):
                    runs.add(tuple(texts[i:i + run]))
    return runs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--run", type=int, default=8)
    parser.add_argument("--max", type=float)
    parser.add_argument("--ranges", action="store_true", help="print the copied line ranges")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    files = args.files or sorted(
        os.path.join(here, "..", "Sources", "Machine", "Prelude", f)
        for f in os.listdir(os.path.join(here, "..", "Sources", "Machine", "Prelude"))
        if f.endswith(".py"))
    runs = library_runs(args.run)
    worst = 0.0
    rows = []
    for path in files:
        lines = code_lines(path)
        texts = [t for _, t in lines]
        copied = [False] * len(lines)
        for i in range(len(texts) - args.run + 1):
            if tuple(texts[i:i + args.run]) in runs:
                for j in range(i, i + args.run):
                    copied[j] = True
        share = sum(copied) / len(lines) if lines else 0.0
        worst = max(worst, share)
        ranges = []
        start = None
        for i, c in enumerate(copied + [False]):
            if c and start is None:
                start = i
            elif not c and start is not None:
                ranges.append("%d-%d" % (lines[start][0], lines[i - 1][0]))
                start = None
        rows.append((share, sum(copied), len(lines), os.path.basename(path), ranges))
    for share, n, total, name, ranges in sorted(rows, reverse=True):
        if share == 0 and not args.files:
            continue
        print("%5.1f%% %5d/%-5d %s%s" % (100 * share, n, total, name,
                                         ("  " + " ".join(ranges)) if args.ranges and ranges else ""))
    if args.max is not None and worst > args.max:
        sys.exit(1)


if __name__ == "__main__":
    main()
