__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these six count as blanks when wrapping: a no-break space (U+00A0) stays inside its word,
# as the documentation of TextWrapper promises.
_whitespace = '\t\n\x0b\x0c\r '
_blank_to_space = {ord(c): ' ' for c in _whitespace}


def _wordish(c):
    # What a `\w` of a Unicode regex matches.
    return c.isalnum() or c == '_'


def _letterish(c):
    # A `\w` that is not a decimal digit: hyphenated words split only between such characters,
    # so "2-3" and "x-1" stay whole.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _ends_sentence_punct(c):
    # The characters after which a run of two or more hyphens reads as a dash, not a hyphen.
    return _wordish(c) or c in '!"\'&.,?'


def _dash_length(text, at):
    """Length of a dash (two or more '-' followed by a word character) starting at `at`, else 0."""
    end = at
    n = len(text)
    while end < n and text[end] == '-':
        end += 1
    if end - at >= 2 and end < n and _wordish(text[end]):
        return end - at
    return 0


def _hyphen_breaks_after(text, at):
    """True when the '-' at `at` may end a line: letters before it and two letters after it."""
    if at < 2 or not _letterish(text[at - 1]):
        return False
    if not (_letterish(text[at - 2]) or (at >= 3 and text[at - 2] == '-' and _letterish(text[at - 3]))):
        return False
    n = len(text)
    if at + 2 >= n or not _letterish(text[at + 1]):
        return False
    # "a-b-c" style compounds: one more hyphen may sit between the two letters after it.
    if _letterish(text[at + 2]):
        return True
    return text[at + 2] == '-' and at + 3 < n and _letterish(text[at + 3])


def _chunks_with_hyphens(text):
    """Split text into blank runs, dashes and word pieces, a piece ending after a breakable hyphen."""
    out = []
    n = len(text)
    start = 0
    while start < n:
        c = text[start]
        if c in _whitespace:
            stop = start + 1
            while stop < n and text[stop] in _whitespace:
                stop += 1
        else:
            stop = 0
            if start and _ends_sentence_punct(text[start - 1]):
                stop = start + _dash_length(text, start)
            if stop == 0:
                # The shortest run of non-blanks that ends at a blank, at a breakable hyphen
                # (kept with the piece) or just before a dash.
                stop = start + 1
                while stop < n:
                    if text[stop] in _whitespace:
                        break
                    if text[stop] == '-' and _hyphen_breaks_after(text, stop):
                        stop += 1
                        break
                    if _ends_sentence_punct(text[stop - 1]) and _dash_length(text, stop):
                        break
                    stop += 1
        out.append(text[start:stop])
        start = stop
    return out


def _chunks_at_blanks(text):
    """Split text into alternating runs of blanks and non-blanks."""
    out = []
    n = len(text)
    start = 0
    while start < n:
        blank = text[start] in _whitespace
        stop = start + 1
        while stop < n and (text[stop] in _whitespace) == blank:
            stop += 1
        out.append(text[start:stop])
        start = stop
    return out


class TextWrapper:
    """Wraps paragraphs of text to a width; the options are its public attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # Geometry of the lines.
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.max_lines = max_lines
        self.placeholder = placeholder
        # How blanks in the input are treated.
        self.tabsize = tabsize
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where words may be cut.
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens

    # -- turning text into chunks -------------------------------------------------------

    def _chunks_of(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_blank_to_space)
        if self.break_on_hyphens is True:
            return _chunks_with_hyphens(text)
        return _chunks_at_blanks(text)

    def _double_space_sentences(self, chunks):
        # A single space after a lower-case letter and '.', '!' or '?' (maybe quoted) becomes
        # two. The documentation admits the heuristic: "Mr. Smith" counts as an ending too.
        i = 0
        last = len(chunks) - 1
        while i < last:
            word = chunks[i]
            k = len(word) - 1
            if k >= 0 and word[k] in '"\'':
                k -= 1
            if chunks[i + 1] == ' ' and k >= 1 and word[k] in '.!?' and 'a' <= word[k - 1] <= 'z':
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    # -- laying chunks out in lines -----------------------------------------------------

    def _cut_long_chunk(self, chunks, at, line, used, room):
        """Put the head of chunks[at], too long for any line, on `line`; keep its tail at `at`."""
        space = room - used if room >= 1 else 1
        word = chunks[at]
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(word) > space:
                # Prefer to cut just after the last hyphen that fits, unless only hyphens
                # precede it.
                hyphen = word.rfind('-', 0, space)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            line.append(word[:cut])
            chunks[at] = word[cut:]
            return at
        if not line:
            line.append(word)
            return at + 1
        return at

    def _truncated_line(self, lines, line, used, indent, room):
        """The last line allowed by max_lines: end it with the placeholder."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _lay_out(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        at = 0
        total = len(chunks)
        drop = self.drop_whitespace
        while at < total:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Blanks that would start a continuation line are dropped; the first line keeps
            # the text's own leading blanks.
            if drop and lines and not chunks[at].strip():
                at += 1
            line = []
            used = 0
            while at < total and used + len(chunks[at]) <= room:
                used += len(chunks[at])
                line.append(chunks[at])
                at += 1
            if at < total and len(chunks[at]) > room:
                at = self._cut_long_chunk(chunks, at, line, used, room)
                used = sum(len(piece) for piece in line)
            if drop and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if limit is None or len(lines) + 1 < limit:
                lines.append(indent + ''.join(line))
                continue
            # The last permitted line: it stands as is only when nothing but a droppable blank
            # follows and it fits.
            rest_is_empty = at >= total or (drop and at == total - 1 and not chunks[at].strip())
            if rest_is_empty and used <= room:
                lines.append(indent + ''.join(line))
            else:
                self._truncated_line(lines, line, used, indent, room)
                break
        return lines

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most `width` characters, without newlines."""
        chunks = [c for c in self._chunks_of(text) if c]
        if self.fix_sentence_endings:
            self._double_space_sentences(chunks)
        return self._lay_out(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string of lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most `width` characters (TextWrapper's options apply)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join its lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the blanks of `text` and cut it to fit `width`, ending with the placeholder."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the longest run of spaces and tabs that starts every non-blank line."""
    if not isinstance(text, str):
        # CPython's dedent works by regular expressions, and these are their complaints.
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            # Lines of only spaces and tabs do not count, and come out empty.
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before each line for which `predicate` holds (default: not only blanks)."""
    out = []
    for line in text.splitlines(True):
        wanted = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if wanted else line)
    return ''.join(out)
