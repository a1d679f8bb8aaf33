# match: the alternatives of an OR pattern must bind the same names (a compile-time SyntaxError).
print("never printed: the file does not compile")
def f(point):
    match point:
        case (x, 0) | (0, y):
            return x
