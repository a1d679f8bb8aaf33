# Replacement templates as _parser.parse_template reads them: octal and group numbers,
# escapes kept or translated, \g<0>, bytes templates, and the errors with their positions.
import re

PAT = '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)'
for repl in [r'\777', r'\08x', r'\1a', r'\11', r'\100', r'\g<0>\g<1>', r'\&\-', '\\\u00e9', r'\b\a\f\v\r',
             r'\g<01>', r'\12', r'\g<11>\g<12>', r'x\\y', r'\g<1>\g<11>\0', r'\9\1']:
    try:
        print(repr(repl), repr(re.sub(PAT, repl, 'abcdefghijk!')))
    except re.error as e:
        print(repr(repl), 'error:', e)
print(re.sub(b'(a)', br'[\1\n]', b'a'), re.sub(b'(?P<x>a)', br'\g<x>\g<x>', b'ab'))
try:
    re.sub(b'(a)', br'\q', b'a')
except re.error as e:
    print(e, e.pos)
m = re.match(r'(?P<first>\w+) (?P<second>\w+)', 'hello world')
print(m.expand(r'\2 \1'), m.expand(r'\g<second>-\g<first>'), m.expand(r'\g<0>!'), m.expand(b'x' and r'[\g<1>]'))
try:
    m.expand(r'\3')
except re.error as e:
    print(e)
print(re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a1b22'), re.subn(r'(\w+)', r'\1\1', 'ab cd'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('(a)', '\\\\1', 'a'), re.sub('a', '\\\\\\\\', 'a'))
