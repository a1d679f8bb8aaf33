# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The Global Interpreter Lock is a mutex that protects access to Python objects, "
        "preventing multiple threads from executing Python bytecodes at once. This lock is "
        "necessary mainly because CPython's memory management is not thread-safe.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 50))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 60))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap("a well-known, state-of-the-art multi-threaded run-time", 12))
print(textwrap.wrap("a well-known, state-of-the-art multi-threaded run-time", 12, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("tabs\there\tand  spaces", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("keep   inner    spaces   here", 14, drop_whitespace=False))
print(textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2))
print(textwrap.wrap("well--dashed text--here", 8))
w = textwrap.TextWrapper(width=20, fix_sentence_endings=True)
print(w.wrap("First one. Second one! Third?"))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    end
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
