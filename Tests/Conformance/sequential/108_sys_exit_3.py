import sys
print("exiting with status 3")
sys.stdout.flush()
try:
    sys.exit(3)
finally:
    print("finally runs on the way out")
print("never printed")
