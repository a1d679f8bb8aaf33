# Built-in functions and constructors called with too few or too many arguments raise
# CPython's TypeError (the engine used to index past its arguments and trap).
calls = [
    "divmod()", "divmod(1, 2, 3)", "pow(2)", "pow(1, 2, 3, 4)", "hasattr(1)", "delattr(1)",
    "getattr(1)", "setattr(1, 2)", "format()", "chr()", "ord()", "hex()", "oct()", "bin()",
    "abs()", "abs(1, 2)", "round()", "id()", "hash()", "callable()", "sum()", "any()", "all()",
    "ascii()", "repr()", "len()", "len(1, 2)", "isinstance(1)", "issubclass(int)", "sorted()",
    "iter()", "next()", "globals(1)", "locals(1)", "vars(1, 2)", "dir(1, 2)",
    "enumerate()", "filter()", "filter(None)", "reversed()", "slice()", "slice(1, 2, 3, 4)",
]
for call in calls:
    try:
        if call == "divmod()": divmod()
        elif call == "divmod(1, 2, 3)": divmod(1, 2, 3)
        elif call == "pow(2)": pow(2)
        elif call == "pow(1, 2, 3, 4)": pow(1, 2, 3, 4)
        elif call == "hasattr(1)": hasattr(1)
        elif call == "delattr(1)": delattr(1)
        elif call == "getattr(1)": getattr(1)
        elif call == "setattr(1, 2)": setattr(1, 2)
        elif call == "format()": format()
        elif call == "chr()": chr()
        elif call == "ord()": ord()
        elif call == "hex()": hex()
        elif call == "oct()": oct()
        elif call == "bin()": bin()
        elif call == "abs()": abs()
        elif call == "abs(1, 2)": abs(1, 2)
        elif call == "round()": round()
        elif call == "id()": id()
        elif call == "hash()": hash()
        elif call == "callable()": callable()
        elif call == "sum()": sum()
        elif call == "any()": any()
        elif call == "all()": all()
        elif call == "ascii()": ascii()
        elif call == "repr()": repr()
        elif call == "len()": len()
        elif call == "len(1, 2)": len(1, 2)
        elif call == "isinstance(1)": isinstance(1)
        elif call == "issubclass(int)": issubclass(int)
        elif call == "sorted()": sorted()
        elif call == "iter()": iter()
        elif call == "next()": next()
        elif call == "globals(1)": globals(1)
        elif call == "locals(1)": locals(1)
        elif call == "vars(1, 2)": vars(1, 2)
        elif call == "dir(1, 2)": dir(1, 2)
        elif call == "enumerate()": enumerate()
        elif call == "filter()": filter()
        elif call == "filter(None)": filter(None)
        elif call == "reversed()": reversed()
        elif call == "slice()": slice()
        elif call == "slice(1, 2, 3, 4)": slice(1, 2, 3, 4)
        print(call, "-> no error")
    except TypeError as e:
        print(call, "->", e)
