# conformance: full-stderr
def cleanup():
    raise OSError("disk full")

def work():
    try:
        raise ValueError("bad value")
    finally:
        cleanup()

work()
