# Built-in functions and constructors called with too few or too many arguments raise
# CPython's TypeError (the engine used to index past its arguments and trap).
calls = [
    ('divmod()', lambda: divmod()),
    ('divmod(1, 2, 3)', lambda: divmod(1, 2, 3)),
    ('pow(2)', lambda: pow(2)),
    ('pow(1, 2, 3, 4)', lambda: pow(1, 2, 3, 4)),
    ('hasattr(1)', lambda: hasattr(1)),
    ('delattr(1)', lambda: delattr(1)),
    ('getattr(1)', lambda: getattr(1)),
    ('setattr(1, 2)', lambda: setattr(1, 2)),
    ('format()', lambda: format()),
    ('chr()', lambda: chr()),
    ('ord()', lambda: ord()),
    ('hex()', lambda: hex()),
    ('oct()', lambda: oct()),
    ('bin()', lambda: bin()),
    ('abs()', lambda: abs()),
    ('abs(1, 2)', lambda: abs(1, 2)),
    ('round()', lambda: round()),
    ('id()', lambda: id()),
    ('hash()', lambda: hash()),
    ('callable()', lambda: callable()),
    ('sum()', lambda: sum()),
    ('any()', lambda: any()),
    ('all()', lambda: all()),
    ('ascii()', lambda: ascii()),
    ('repr()', lambda: repr()),
    ('len()', lambda: len()),
    ('len(1, 2)', lambda: len(1, 2)),
    ('isinstance(1)', lambda: isinstance(1)),
    ('issubclass(int)', lambda: issubclass(int)),
    ('sorted()', lambda: sorted()),
    ('iter()', lambda: iter()),
    ('next()', lambda: next()),
    ('globals(1)', lambda: globals(1)),
    ('locals(1)', lambda: locals(1)),
    ('vars(1, 2)', lambda: vars(1, 2)),
    ('dir(1, 2)', lambda: dir(1, 2)),
    ('enumerate()', lambda: enumerate()),
    ('filter()', lambda: filter()),
    ('filter(None)', lambda: filter(None)),
    ('reversed()', lambda: reversed()),
    ('slice()', lambda: slice()),
    ('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4)),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
