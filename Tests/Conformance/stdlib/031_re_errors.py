# re.error messages and positions for patterns CPython's parser rejects, and the other
# exceptions of the re API (TypeError, ValueError, IndexError, OverflowError).
import re

pats = ['(a', 'a)', '*a', 'a**', '(?<x)', r'\q', '[a', 'a{3,2}', '(?P<1>a)', r'(?<=a+)b', r'(a)\2',
        '(?P<a>x)(?P<a>y)', '(?P=b)', '(?z)', 'a|*', '(?', '[z-a]', r'[\w-z]', 'x{', 'abc)', '((a)', '(?i',
        '(?x)(?i)a', 'a(?i)b', r'\x1', r'\u12', '(?P<a', '(?P', r'\8', '(?#abc', '(?P=1)', '^*', '$+', r'\b*',
        '(?<!a*)b', 'a\n(b', '[]', '[^]', '(?-x:a)', '(?a-i:a)', '(?u)', '(?L)a', '(?im-s)a', '(?i-i:a)',
        r'(?(1)a|b)', r'(a)(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'\0', '(?P<a-b>x)', 'a{99999999999}', '\\',
        '(?P<>a)', '(?P=)', '(?<', '(?<=a|bc)', '(?<=(?P<n>a))(?P=n)', '[a-\\d]', r'\N{DASH}', r'\N{EM DASH}+', r'\N', r'\N{', r'\U00110000',
        '(?:', 'a{1,2}{3}', 'a?+*', '(?P<n>a)(?P=n', '\\\n', '(?i)(?a)(?u)x']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(a', b'\\q', b'[\xe9-a]', b'(?u)a']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, e)

try:
    re.compile('(?u)a', re.A)
except ValueError as e:
    print('ValueError', e)
for args in [('a', b'a'), (b'a', 'a'), ('a', 5), (5, 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
for repl in [r'\2', r'\g<x>', r'\q', r'\g<1', r'\g<a b>', '\\', r'\g<-1>', r'\g']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)
m = re.match('(a)(b)?', 'a')
for g in [3, -1, 'x', 1.0]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern)
print(re.error('plain'), re.error('plain').pos, isinstance(re.error('x'), Exception))
try:
    raise re.error("boom")
except re.error as err:
    print(type(err).__name__, err.args)
