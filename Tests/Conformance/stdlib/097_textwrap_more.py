# textwrap's finer points: hyphens and dashes, long words, tabs, sentence endings, blanks kept
# or dropped, max_lines and placeholders, shorten, dedent and indent edge cases, errors.
import textwrap

for text in ["a well-known co-operative in the so-called real-world",
             "numbers like 2-3 and x-1 or 10-year-old stay whole",
             "an em-dash--like this one--and a ---triple, then word--",
             "options --verbose and -x, a-b-c-d chains, e-mail",
             "über-schnell ça-va naïve-ish Unicode-aware"]:
    print(textwrap.wrap(text, 10))
    print(textwrap.wrap(text, 10, break_on_hyphens=False))
print(textwrap.wrap("pneumonoultramicroscopicsilicovolcanoconiosis", 7))
print(textwrap.wrap("anti-dis-establishment-arian-ism forever", 9))
print(textwrap.wrap("x" * 25, 10, initial_indent="> ", subsequent_indent="..."))
print(textwrap.wrap("short words then averyveryverylongword", 12, break_long_words=False))
print(textwrap.wrap("col1\tcol2\tcol3", 40), textwrap.wrap("col1\tcol2\tcol3", 40, tabsize=4))
print(textwrap.wrap("col1\tcol2", 40, expand_tabs=False), textwrap.wrap("col1\tcol2", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\vb\fc\rd\ne", 40))
print(textwrap.wrap("Hi there. I am here! Are you? \"Yes.\" said Mr. Smith. e.g. this", 30, fix_sentence_endings=True))
print(textwrap.wrap("End.  Double already. Single", 80, fix_sentence_endings=True))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a   b", 1), textwrap.wrap("  ", 1, drop_whitespace=False))
print(textwrap.wrap("no\u00a0break\u00a0space here", 8))

long_text = "The scheduler picks a thread, the thread runs until it blocks or its slice ends, and then the next one goes."
for lines in (1, 2, 3, 10):
    print(lines, textwrap.wrap(long_text, 25, max_lines=lines))
print(textwrap.wrap(long_text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap(long_text, 25, max_lines=2, placeholder=" [more]", initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb cccccccccc", 10, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("one two", 7, max_lines=1, placeholder="~"))
print(textwrap.fill(long_text, 30, max_lines=3, placeholder=" ..."))
w = textwrap.TextWrapper(width=12)
print(w.wrap("change the width later"))
w.width = 30
w.initial_indent = "-> "
print(w.fill("change the width later on and see"))

print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("  lots   of\n\twhitespace   inside  ", 20))
print(textwrap.shorten("Tiny", 5), textwrap.shorten("x" * 30, 12), repr(textwrap.shorten("", 5)))
print(textwrap.shorten("The quick brown fox", 15, placeholder=" (...)", break_long_words=False))

for text in ["\tone\n\ttwo\n", "  \t a\n  \t b\n", "    a\n\tb\n", "  a\n\n  \n    b\n   ", "x\n  y", "   only blanks   \n   "]:
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent("one\ntwo\r\nthree\n\n  \nlast", "| ")))
print(repr(textwrap.indent("a\nb\n", "  ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("", "> ")), repr(textwrap.dedent("")))

for kwargs in ({"width": 0}, {"width": -3}, {"width": 5, "max_lines": 1, "placeholder": " [truncated]"},
               {"width": 8, "max_lines": 2, "subsequent_indent": "     ", "placeholder": "...."}):
    try:
        textwrap.wrap("some words to wrap", **kwargs)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.fill("x", width=0)
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("", 0 + 1), textwrap.fill("", 5) == "")
for value in (None, 42, b"  bytes"):
    try:
        textwrap.dedent(value)
    except TypeError as e:
        print("TypeError", e)
