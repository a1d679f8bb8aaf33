# conformance: full-stderr
def step():
    raise TypeError("step failed")

def run():
    try:
        step()
    except TypeError as e:
        print("logging:", e)
        raise

run()
