import sys
print("explicit exit with no argument")
raise SystemExit
