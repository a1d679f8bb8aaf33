import sys
def check(config):
    if "path" not in config:
        sys.exit("error: missing path in config")
print("checking")
check({})
