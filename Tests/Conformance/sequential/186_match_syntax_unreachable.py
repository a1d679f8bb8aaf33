# match: an irrefutable pattern (a bare capture) before other cases is a compile-time SyntaxError.
print("never printed: the file does not compile")
def f(command):
    match command:
        case "go":
            return 1
        case other:
            return 2
        case "stop":
            return 3
