# The re module at a glance: match, search, findall, sub, split, fullmatch, flags, groups,
# lookaround, backreferences, atomic groups, error messages, bytes and Unicode subjects.
import re
print(re.match(r'a+', 'aaab'))
m = re.search(r'(\d+)-(\d+)', 'call 555-1234 now')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1), m.lastindex)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe x')
print(m.groupdict(), m['first'], m.group('last'), m.lastgroup, m.re, m.string, m.pos, m.endpos)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(a)|b', 'ab'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.subn('a', 'b', 'aaa', 2))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'a b c d', 2))
print(re.split('x*', 'axbc'), re.sub('x*', '-', 'abxd'), re.findall('a??', 'a'))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'))
print(re.compile('a+', re.I), re.compile('a'), re.I | re.M, re.compile(r'(?i)abc').flags)
print(re.match('ABC', 'abc', re.I), re.search('^b', 'a\nb', re.M), re.search('a.b', 'a\nb', re.S))
print(re.match(r'(a)(?=b)', 'ab'), re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab cb'))
print(re.match(r'(a+)\1', 'aaaa'), re.match(r'(?P<x>a)(?P=x)', 'aa'), re.match(r'a{2,3}', 'aaaa'), re.match(r'a{2,3}?', 'aaaa'))
print(re.match(r'(?:ab)+', 'ababa'), re.match(r'(ab)*?c', 'ababc').groups(), re.match(r'(a|b)*', 'abba').group(1))
print(re.escape('a.b*c'), re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bo', 'foo'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd ef')])
for p in ['(a', 'a)', '*a', 'a**', '(?<x)', r'\q', '[a', 'a{3,2}', '(?P<1>a)', r'(?<=a+)b', r'(a)\2']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e)
print(re.match(r'(?x) a b  # comment\n c', 'abc'))
print(re.match(r'[^a-c]+', 'xyzabc'), re.match(r'[\d\s]+', '1 2 3x'), re.match('[a-]+', 'a-a-'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'a++b', 'aab'), re.match('a*+a', 'aaa'))
print(re.match(r'(a)?b', 'b').groups(), re.match(r'(a)?b', 'b').groups('x'), re.match(r'(a)?b', 'b').group(1))
print(re.search(r'\d+$', 'abc 123\n'), re.search(r'x\Z', 'x\n'))
print(re.findall(rb'\d+', b'a12b3'), re.sub(b'a', b'b', b'aa'))
print(re.match('(?i)straße', 'STRASSE'), re.match('(?i)é', 'É'), re.findall(r'\w+', 'héllo wörld'))
