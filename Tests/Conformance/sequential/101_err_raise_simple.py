# conformance: full-stderr
print("before")
raise ValueError("something went wrong")
