# conformance: full-stderr
def parse(text):
    try:
        raise KeyError(text)
    except KeyError:
        raise RuntimeError("could not parse " + text)

print("parsing")
parse("abc")
