import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
args = sys.argv[1:]
for i, a in enumerate(args):
    print(i, repr(a))
print(sum(int(a) for a in args if a.isdigit()))
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, sys.version_info[0], sys.version_info[:2] == (3, 11))
sys.stdout.write("via sys.stdout\n")
sys.stderr.write("via sys.stderr\n")
sys.stdout.flush()
sys.stderr.flush()
