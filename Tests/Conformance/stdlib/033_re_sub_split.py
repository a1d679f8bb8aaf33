# sub and subn with string templates (\1, \g<name>, \g<0>, escapes) and functions, count;
# split with groups and maxsplit; findall shapes; empty matches as CPython 3.7+ treats them.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home bob@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', count=0))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'\s+', ' ', '  a   b \n c '), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1'), re.sub(r'x', r'\n', 'axb'), re.sub('a', r'\\', 'a'), repr(re.sub('a', '\\0', 'a')))
print(re.sub('a', r'\t|\x|\\n', 'a') if False else re.sub('a', r'[\g<0>]', 'banana'), re.sub('(b)?a', r'[\1]', 'ba a'))
print(re.sub(r'(?P<d>\d)', lambda m: m.group('d') * 2, 'a1b2'), re.sub('a', lambda m: '', 'banana'))
print(re.subn(r'(?P<d>\d)', lambda m: m.group('d') * 2, 'a1b2'), re.sub('n', 'N', 'banana', 1), re.sub('a', 'b', 'aaa', -1))
print(re.sub(r'(\d+)', r'\1\1', 'x12y'), re.sub(r'(\d)(\d)', r'\2\1', '1234'), re.sub(r'(a)', r'\101', 'a'))
print(re.sub('(?i)hello', 'bye', 'Hello HELLO'), re.sub('a', 'b', 'xyz'), re.sub('', '', ''))
print(re.compile(r'(\w)(\w)').sub(r'\2\1', 'abcde'), re.compile('o').subn('0', 'foo boo', 3))
print(re.sub(b'a', b'b', b'aa'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.sub(b'x', lambda m: b'y', b'axa'))

print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'a b c d', 2))
print(re.split('x*', 'axbc'), re.split('', 'ab'), re.split(r'\b', 'a b'), re.split(r'(a)(x)?', 'bacad'))
print(re.split(',', 'a,b,,c', maxsplit=1), re.split(r'\s*', ' a b'), re.split('x', ''), re.split('x', 'x'))
print(re.split('[,;]', 'a,b;c', flags=re.I), re.split('(?m)^', 'a\nb\nc'), re.split('z', 'abc', -1))
print(re.compile(r'\d').split('a1b2c3', 2), re.split(rb'\s+', b'a b  c'))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(a)|b', 'ab'))
print(re.findall('a??', 'a'), re.findall('', 'ab'), re.findall(r'\b', 'ab cd'), re.findall(r'(\d)?x', 'x1x'))
print(re.findall(r'(?i)[a-c]+', 'AbCdE'), re.findall('[^\\W\\d]+', 'ab12cd'), re.findall(r'.', 'a\nb'))
print(re.findall(r'((a)b)+', 'abab'), re.findall(r'(?:a(b))+', 'abab'), re.findall(rb'\d+', b'a12b3'))
print(re.escape('a b\t-1_x'), re.escape(b'a.b'), re.match(re.escape('1+1=2'), '1+1=2'), re.escape('ü€#&~'))
