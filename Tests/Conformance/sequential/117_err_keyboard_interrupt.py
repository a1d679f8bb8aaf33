# conformance: full-stderr
print("simulating Ctrl-C")
raise KeyboardInterrupt
