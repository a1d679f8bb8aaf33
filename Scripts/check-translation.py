#!/usr/bin/env python3
"""Check that Chinese translations of lessons stay in step with the English.

    Scripts/check-translation.py [--no-run] [PATH ...]

PATH is a lessons folder (default: Lessons/ beside this script's folder), a
lesson folder, or a single lesson.md / NAME.py file. For every lesson.md the
lesson.zh.md beside it must have:

- the same front matter keys in the same order, the same id, and a
  non-empty title and summary;
- the same pages (`## `) and sub-headings (their levels), in order;
- the same directives in the same order: `@example` with the same file,
  `@claim` with the same text, `@hint`, `@question` with the same number
  of choices and the same one marked `[x]`, `@explain`, `@details`, `@end`;
- the same code fences (same language), whose code is equal once comments
  and trailing whitespace are removed, line by line.

For every NAME.py that has comments, NAME.zh.py must exist; for every
NAME.zh.py, its code must equal NAME.py's line by line once comments and
trailing whitespace are removed, its `# nondeterministic` / `# expect:
deadlock` marker must match, and under python3 (unless --no-run) it must
print what NAME.out holds (deterministic examples; stderr and exit status
must also equal NAME.py's) or exit 0 (nondeterministic ones). Deadlock
examples are never run: under python3 they hang.

Also reported, as warnings: Chinese code lines wider than 72 columns (a Han
character takes two), ASCII punctuation next to Han characters in prose, a
space between an emphasis marker and Chinese text (`*栈* 来`), and a line
break between two Chinese characters inside a paragraph (the lesson
parser joins a paragraph's lines with a space, which would show there; the
Chinese lessons therefore keep each paragraph on one line).

Prints `file:line: message` per problem and a summary; exits 1 on an error.
This is a helper for translators; the tutor's own `check` is the authority.
"""

import difflib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import unicodedata

CODE_WIDTH = 72
RUN_TIMEOUT = 120
MARKERS = ("# nondeterministic", "# expect: deadlock")

errors = 0
warnings = 0


def report(path, line, message, warning=False):
    global errors, warnings
    if warning:
        warnings += 1
        message = "warning: " + message
    else:
        errors += 1
    print(f"{path}:{line}: {message}")


def width(text):
    """Display columns of text: East Asian wide and full-width count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# MARK: - Python code modulo comments


def strip_comments(source):
    """The lines of source with comments and trailing whitespace removed.

    Uses tokenize so that a `#` inside a string is not taken for a
    comment; falls back to a plain scan for fragments tokenize rejects
    (lesson snippets such as `def hello(who): ...` followed by nothing).
    """
    lines = source.split("\n")
    cuts = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                cuts[tok.start[0] - 1] = tok.start[1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        cuts = {}
        for i, line in enumerate(lines):
            col = comment_column(line)
            if col is not None:
                cuts[i] = col
    return [
        (line[: cuts[i]] if i in cuts else line).rstrip()
        for i, line in enumerate(lines)
    ]


def comment_column(line):
    """Where a `#` comment starts in one line of Python, ignoring strings."""
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c == "#":
            return i
        elif c in "'\"":
            quote = c * 3 if line.startswith(c * 3, i) else c
            i += len(quote) - 1
        i += 1
    return None


def compare_code(en_lines, zh_lines, en_path, en_start, zh_path, zh_start):
    """Report the first line where two code listings differ modulo comments."""
    a = strip_comments("\n".join(en_lines))
    b = strip_comments("\n".join(zh_lines))
    if a == b:
        return
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            report(
                zh_path,
                zh_start + i,
                f"code differs from {en_path}:{en_start + i} "
                f"(comments aside): {y!r} vs {x!r}",
            )
            return
    report(
        zh_path,
        zh_start + min(len(a), len(b)),
        f"code has {len(b)} lines, {en_path} has {len(a)} "
        "(keep a comment line for each comment line)",
    )


# MARK: - Lessons


def parse_lesson(path):
    """Front matter items and the structural events of a lesson file.

    An event is (line number, key, detail): key is what must match the
    other language exactly, detail is the translated text or the code.
    """
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    front = []
    body_start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            line = lines[i]
            if line.strip() == "---":
                body_start = i + 1
                break
            if line.startswith("#") or not line.strip():
                continue
            key, _, value = line.partition(":")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            front.append((i + 1, key.strip(), value))
        else:
            report(path, 1, "front matter is not closed")
    else:
        report(path, 1, "no front matter")

    events = []
    fence = None
    code = []
    code_start = 0
    in_question = False
    for i in range(body_start, len(lines)):
        line = lines[i]
        n = i + 1
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                events.append((code_start, ("code", fence_lang), code))
                fence = None
            else:
                code.append(line)
            continue
        m = re.match(r"^(`{3,}|~{3,})\s*(\S*)", line)
        if m:
            fence, fence_lang, code, code_start = m.group(1), m.group(2), [], n + 1
            continue
        m = re.match(r"^(#{2,6}) ", line)
        if m:
            key = "page" if len(m.group(1)) == 2 else "heading" + m.group(1)
            events.append((n, (key,), line[len(m.group(0)) :].strip()))
            continue
        m = re.match(r"^@(\w+)\s*(.*)$", line)
        if m:
            word, arg = m.group(1), m.group(2).strip()
            if word in ("example", "claim"):
                # A claim is checked by the tutor's check: it must read the same.
                events.append((n, (word, arg), arg))
            else:
                events.append((n, (word,), arg))
            if word == "question":
                in_question = True
            elif word == "end":
                in_question = False
            continue
        m = re.match(r"^- \[([ xX])\] ?(.*)$", line)
        if m and in_question:
            mark = "x" if m.group(1) in "xX" else " "
            events.append((n, ("choice", mark), m.group(2)))
    if fence:
        report(path, code_start - 1, "code fence is not closed")
    return lines, front, events


HAN = r"[\u3400-\u9fff\uf900-\ufaff]"
HAN_OR_PUNCT = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…]"
ASCII_PUNCT_NEAR_HAN = re.compile(
    rf"{HAN}[,;:?!()]|[,;:?!(]{HAN}|{HAN}\.(?!\w)|\){HAN}"
)


def check_punctuation(path, lines, events):
    """Warn about ASCII punctuation touching Han characters in prose."""
    in_code = set()
    for start, key, code in events:
        if key[0] == "code":
            in_code.update(range(start - 1, start + len(code) + 1))
    fence_open = False
    for i, line in enumerate(lines):
        if re.match(r"^(`{3,}|~{3,})", line):
            fence_open = not fence_open
            continue
        if fence_open or i + 1 in in_code:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            re.search(rf"{HAN_OR_PUNCT}$", line)
            and not re.match(r"^(@details|@example|@end|#|- \[)", line)
            and re.match(rf"^\s*{HAN_OR_PUNCT}", nxt)
            and not re.match(r"^(@|#|- |\* |\d+\. |```|~~~)", nxt)
        ):
            report(
                path,
                i + 1,
                "line break between two Chinese characters: the lesson parser "
                "joins lines with a space, which shows here; join the lines",
                warning=True,
            )
        prose = re.sub(r"`[^`]*`", "`x`", line)  # inline code is not prose
        m = re.search(
            rf"{HAN_OR_PUNCT} \*{{1,2}}{HAN_OR_PUNCT}|{HAN_OR_PUNCT}\*{{1,2}} {HAN_OR_PUNCT}",
            prose,
        )
        if m:
            report(
                path,
                i + 1,
                f"space between emphasis and Chinese text: {m.group(0)!r}",
                warning=True,
            )
        m = ASCII_PUNCT_NEAR_HAN.search(prose)
        if m:
            report(
                path,
                i + 1,
                f"ASCII punctuation next to Chinese: {m.group(0)!r}",
                warning=True,
            )


def check_lesson(en_path):
    zh_path = en_path[: -len(".md")] + ".zh.md"
    if not os.path.exists(zh_path):
        report(en_path, 1, "no lesson.zh.md beside it")
        return
    en_lines, en_front, en_events = parse_lesson(en_path)
    zh_lines, zh_front, zh_events = parse_lesson(zh_path)

    en_keys = [k for _, k, _ in en_front]
    zh_keys = [k for _, k, _ in zh_front]
    if en_keys != zh_keys:
        report(zh_path, 1, f"front matter keys {zh_keys} differ from {en_keys}")
    en_fm = {k: v for _, k, v in en_front}
    for n, key, value in zh_front:
        if key == "id" and value != en_fm.get("id"):
            report(zh_path, n, f"id {value!r} differs from {en_fm.get('id')!r}")
        if not value:
            report(zh_path, n, f"empty {key}")
        elif key in ("title", "summary") and value == en_fm.get(key):
            report(zh_path, n, f"{key} is not translated", warning=True)

    a = [key for _, key, _ in en_events]
    b = [key for _, key, _ in zh_events]
    if a != b:
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            where = zh_events[j1][0] if j1 < len(zh_events) else len(zh_lines)
            there = en_events[i1][0] if i1 < len(en_events) else len(en_lines)
            have = " ".join(":".join(k) for k in b[j1:j2]) or "nothing"
            want = " ".join(":".join(k) for k in a[i1:i2]) or "nothing"
            report(
                zh_path,
                where,
                f"structure differs from {en_path}:{there}: has {have!r} "
                f"where English has {want!r}",
            )
    en_code = [(n, d) for n, key, d in en_events if key[0] == "code"]
    zh_code = [(n, d) for n, key, d in zh_events if key[0] == "code"]
    for (n1, d1), (n2, d2) in zip(en_code, zh_code):
        compare_code(d1, d2, en_path, n1, zh_path, n2)
    for n, key, text in zh_events:
        if key[0] in ("hint", "question", "details") and not text:
            # The text starts on the directive's line; an empty one is an
            # error in the tutor's check.
            report(zh_path, n, f"@{key[0]} has no text on its line")

    for n, key, code in zh_events:
        if key[0] != "code":
            continue
        for i, line in enumerate(code):
            if width(line) > CODE_WIDTH:
                report(
                    zh_path,
                    n + i,
                    f"code line is {width(line)} columns wide "
                    f"(over {CODE_WIDTH})",
                    warning=True,
                )
    check_punctuation(zh_path, zh_lines, zh_events)


# MARK: - Examples


def has_comments(source):
    return any(line.strip() for line in source.split("\n")) and strip_comments(
        source
    ) != [line.rstrip() for line in source.split("\n")]


def marker(source):
    """The kind marker of an example: which of MARKERS its top comments have."""
    for line in source.split("\n")[:10]:
        for m in MARKERS:
            if line.startswith(m):
                return m
    return None


def run_python(path, as_name):
    """Run path under python3 as as_name in a fresh temporary folder."""
    folder = tempfile.mkdtemp(prefix="check-translation-")
    try:
        shutil.copy(path, os.path.join(folder, as_name))
        try:
            p = subprocess.run(
                [sys.executable, as_name],
                cwd=folder,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=RUN_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None
        # the folder differs between runs; a warning or traceback names it
        return p.returncode, p.stdout, p.stderr.replace(folder.encode() + b"/", b"")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def missing_module(result):
    """The module named by a run's ModuleNotFoundError, if it ended so."""
    if result is None or result[0] == 0:
        return None
    last = result[2].decode(errors="replace").strip().split("\n")[-1]
    prefix = "ModuleNotFoundError: No module named "
    return last[len(prefix):] if last.startswith(prefix) else None


def check_example(en_path, run):
    zh_path = en_path[: -len(".py")] + ".zh.py"
    with open(en_path, encoding="utf-8") as f:
        en_source = f.read()
    if not os.path.exists(zh_path):
        if has_comments(en_source):
            report(en_path, 1, "has comments but no .zh.py beside it")
        return
    with open(zh_path, encoding="utf-8") as f:
        zh_source = f.read()
    compare_code(
        en_source.split("\n"), zh_source.split("\n"), en_path, 1, zh_path, 1
    )
    if marker(en_source) != marker(zh_source):
        report(
            zh_path,
            1,
            f"kind marker {marker(zh_source)!r} differs from "
            f"{marker(en_source)!r}",
        )
    for i, line in enumerate(zh_source.split("\n")):
        if width(line) > CODE_WIDTH:
            report(
                zh_path,
                i + 1,
                f"line is {width(line)} columns wide (over {CODE_WIDTH})",
                warning=True,
            )
    if not run:
        return
    name = os.path.basename(en_path)
    kind = marker(en_source)
    if kind == "# expect: deadlock":
        return
    zh = run_python(zh_path, name)
    missing = missing_module(zh)
    if missing:
        # e.g. greenlet or gevent: record and check such examples with a
        # Python that has them (Lessons/README.md, third-party modules)
        report(zh_path, 1, f"not run: this Python has no module {missing}",
               warning=True)
        return
    if zh is None:
        report(zh_path, 1, f"python3 did not finish within {RUN_TIMEOUT}s")
        return
    if kind == "# nondeterministic":
        if zh[0] != 0:
            report(zh_path, 1, f"python3 exited {zh[0]}: {zh[2][-300:]!r}")
        return
    en = run_python(en_path, name)
    out_path = en_path[: -len(".py")] + ".out"
    if os.path.exists(out_path):
        with open(out_path, "rb") as f:
            expected = f.read()
        if zh[1] != expected:
            report(zh_path, 1, f"python3 output differs from {out_path}")
    elif en is not None and zh[1] != en[1]:
        report(zh_path, 1, f"python3 output differs from {en_path}'s")
    if en is not None and (zh[0], zh[2]) != (en[0], en[2]):
        report(
            zh_path,
            1,
            f"exit status or stderr differ from {en_path}'s: "
            f"{zh[0]} {zh[2][-200:]!r} vs {en[0]} {en[2][-200:]!r}",
        )


# MARK: - Driver


def lesson_folders(path):
    if os.path.exists(os.path.join(path, "lesson.md")):
        return [path]
    return sorted(
        os.path.join(path, d)
        for d in os.listdir(path)
        if not d.startswith(".")
        and os.path.exists(os.path.join(path, d, "lesson.md"))
    )


def check_folder(folder, run):
    check_lesson(os.path.join(folder, "lesson.md"))
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py") and not name.endswith(".zh.py"):
            check_example(os.path.join(folder, name), run)
        elif name.endswith(".zh.py"):
            original = name[: -len(".zh.py")] + ".py"
            if not os.path.exists(os.path.join(folder, original)):
                report(os.path.join(folder, name), 1, f"no {original} beside it")


def main(argv):
    run = "--no-run" not in argv
    paths = [a for a in argv if a != "--no-run"]
    if any(p.startswith("-") for p in paths):
        print(__doc__.strip().split("\n\n")[0], file=sys.stderr)
        return 64
    if not paths:
        here = os.path.dirname(os.path.abspath(__file__))
        paths = [os.path.relpath(os.path.join(here, "..", "Lessons"))]
    lessons = 0
    for path in paths:
        if os.path.isfile(path):
            if path.endswith(".md"):
                check_lesson(path)
            else:
                check_example(path, run)
            lessons += 1
            continue
        for folder in lesson_folders(path):
            check_folder(folder, run)
            lessons += 1
    print(
        f"check-translation: {lessons} checked, {errors} errors, "
        f"{warnings} warnings"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
