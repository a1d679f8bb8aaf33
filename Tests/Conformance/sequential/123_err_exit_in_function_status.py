import sys
def fail(code):
    print("failing with", code, file=sys.stderr)
    sys.exit(code)
print("start")
fail(42)
