import sys
print(sys.byteorder, sys.maxunicode, hex(sys.hexversion), sys.api_version, sys.float_repr_style, sys.warnoptions)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.get_int_max_str_digits(), sys.is_finalizing(), sys.intern("ab") == "ab")
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
print(sys.exception())
try:
    sys.intern(1)
except TypeError as e:
    print(e)
