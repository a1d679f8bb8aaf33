import sys
print("stdout line")
print("stderr line", file=sys.stderr)
sys.exit(0)
