# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; inline and scoped), RegexFlag reprs,
# and the Unicode classes of str patterns against the ASCII ones of bytes patterns.
import re

print(repr(re.I | re.M), str(re.X), re.I & re.I, re.A, int(re.S), re.NOFLAG, re.I | 8, re.M | re.I)
print(re.compile('a', re.I | re.M).flags, re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags)
print(re.compile('a', re.I), re.compile(b'a', re.M | re.S), re.compile('a', re.A | re.I), re.compile('a', re.U))
print(re.compile('a', re.VERBOSE | re.DOTALL), re.compile('a', flags=re.IGNORECASE), re.compile('a', 2))
print(re.I == 2, re.IGNORECASE is re.I, bool(re.NOFLAG), re.M in (re.M | re.S), re.RegexFlag.__name__)

print(re.match('ABC', 'abc', re.I), re.match('abc', 'ABC', flags=re.IGNORECASE), re.match('[a-z]+', 'HeLLo', re.I))
print(re.search('^b', 'a\nb', re.M), re.search('^b', 'a\nb'), re.search('a.b', 'a\nb', re.S), re.search('a.b', 'a\nb'))
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'\w$', 'ab\ncd\n', re.M), re.findall(r'\w$', 'ab\ncd\n'))
print(re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n'), re.search(r'\Aa', 'ba'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.match(r'(?x) a b  # comment' '\n' r' c', 'abc'), re.match(r'(?x) [a b] + \# ', 'ab #'), re.match(r'(?x)a{2} ', 'aa'))
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
""", re.VERBOSE)
print(verbose.match('2024-06').groupdict())
print(re.match(r'(?i:A)a', 'aa'), re.match(r'(?i:A)a', 'aA'), re.match(r'(?s:.)(?-s:.)?', '\n\n').span())
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?m:^b)', 'b'), re.findall(r'(?-i:a)', 'aA', re.I))

print(re.match('(?i)straße', 'STRASSE'), re.match('(?i)é', 'É'), re.findall(r'\w+', 'héllo wörld'))
print(re.match('(?i)ǅ', 'ǆ'), re.match(r'(?i)[k]', 'K'), re.match(r'(?i)[^k]', 'K'), re.match('(?ai)é', 'É'))
print(re.findall(r'\d', '١٢3'), re.findall(r'(?a)\d', '١٢3'), re.findall(r'\s+', 'a\u3000b\x1cc'), re.findall(rb'\w+', b'caf\xe9 ok'))
print(re.findall(r'\w+', 'naïve café', re.ASCII), re.findall(r'[\w]+', '日本語 text'), re.findall(r'\W+', 'a—b'))
print(re.match(r'\x41\u0042\101\0', 'ABA\0'), re.match('[\\]]+', ']]'), re.match(r'[]a]+', 'a]'), re.match(r'[a\-z]+', 'a-z'))
print(re.match(r'[^a-c]+', 'xyzabc'), re.match(r'[\d\s]+', '1 2 3x'), re.match('[a-]+', 'a-a-'), re.match(r'[\x00-\x1f]', '\t'))
print(re.match(r'\N{EM DASH}+', '——x'), re.match('[α-ω]+', 'λόγος'), re.match('(?i)[α-ω]+', 'ΛΌΓΟΣ'), len('ΛΌΓΟΣ'))
print(re.search('é+', 'café éé').span(), re.sub('ö', 'oe', 'schön'), re.split('·', 'a·b·c'))
print(re.match(rb'[\x80-\xff]+', b'\x80\xfe!'), re.match(rb'(?i)\xc9', b'\xe9'), re.match(b'(?i)k', b'K'))
