import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
for word in ["for", "match", "case", "_", "print", "None", "async", "await", "nonlocal", "type", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
names = ["class_", "lambda", "value", "yield"]
print([n + "_" if keyword.iskeyword(n) else n for n in names])
print(sorted(keyword.__all__))
