# base64's RFC 4648 codecs (base64 with its alphabets, base32, base32hex, base16), the
# inputs each accepts and binascii.Error's messages for bad input, against python3.
import base64, binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00", b"\xff\xfe\xfd",
           bytes(range(0, 256, 7))]
for d in samples:
    print(d[:8], base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d),
          base64.b32hexencode(d), base64.b16encode(d))
    assert base64.b64decode(base64.b64encode(d), validate=True) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
print(base64.b64encode(bytearray(b"abc")), base64.b64encode(memoryview(b"abc")), base64.b32encode(bytearray(b"a")))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64encode(b"\xfb\xff", altchars=bytearray(b"*!")))
print(base64.b64decode(b"-_8=", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_", validate=True))
print(base64.b64decode(memoryview(b"YQ==")), base64.b64decode(bytearray(b"YQ==")), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode(b"YW=Jj"), base64.b64decode(b"YQ===="), base64.b64decode(b"YQ=x="), base64.b64decode(b"YWJ=jZA=="))
print(base64.b64decode(b"ab!c=="), base64.b64decode(b"ab==cd"), base64.b64decode(b"  Y W J j \n"), base64.standard_b64decode(b"YWJj"))
print(base64.b32decode("MZXW6YQ0", map01="L"), base64.b32decode("MZXW6YQ1", map01=b"I"), base64.b32decode("mzxw6yq=", casefold=True))
print(base64.b32decode("MZ======"), base64.b32decode("MZXW===="), base64.b32decode("MZXW6==="), base64.b32decode("MZXW6YQ="))
print(base64.b32hexdecode("cpnmu===", casefold=True), base64.b16decode("abcd", casefold=True), base64.b16decode(bytearray(b"00FF")))
print(base64.b64decode("===="), base64.b32decode(""), base64.b16decode(""), base64.b64encode(b""), base64.b32encode(b""))

calls = [
    lambda: base64.b64encode("s"), lambda: base64.b64encode(b"ab", altchars=b"*"), lambda: base64.b64encode(5),
    lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64decode("abcde"),
    lambda: base64.b64decode("ab=c"), lambda: base64.b64decode(b"YWJjZ"), lambda: base64.b64decode(b"YWJjZ", validate=True),
    lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b64decode("ab==cd", validate=True),
    lambda: base64.b64decode(b"=abc", validate=True), lambda: base64.b64decode(b"abc===", validate=True),
    lambda: base64.b64decode(b"ab\ncd", validate=True), lambda: base64.b64decode(b"YW=Jj", validate=True),
    lambda: base64.b64decode("é"), lambda: base64.b64decode(12), lambda: base64.b64decode(None),
    lambda: base64.b64decode(b"ab", altchars=b"-"), lambda: base64.urlsafe_b64encode("x"),
    lambda: base64.b32encode("s"), lambda: base64.b32encode(7), lambda: base64.b32decode("AB"),
    lambda: base64.b32decode("ab"), lambda: base64.b32decode("MZXW6=="), lambda: base64.b32decode("M======="),
    lambda: base64.b32decode("MZX====="), lambda: base64.b32decode("========"), lambda: base64.b32decode("MZ=W6==="),
    lambda: base64.b32decode("MZXW6YQ1"), lambda: base64.b32decode("1======="), lambda: base64.b32decode("mzxw6yq="),
    lambda: base64.b32decode(b"MZXW6YQ=MZXW6YQ="), lambda: base64.b32decode("MZXW6YQ0", map01="LL"),
    lambda: base64.b32decode(b"MZXW6YQ=", map01=5), lambda: base64.b32decode(5), lambda: base64.b32hexdecode("CPNMUW"),
    lambda: base64.b32hexdecode("WXYZ===="), lambda: base64.b32hexencode("x"),
    lambda: base64.b16decode("0g"), lambda: base64.b16decode("0"), lambda: base64.b16decode("ab"),
    lambda: base64.b16decode("0G0"), lambda: base64.b16decode("A G"), lambda: base64.b16encode("x"), lambda: base64.b16decode(5),
    lambda: binascii.a2b_base64(12), lambda: binascii.unhexlify(12), lambda: binascii.b2a_base64("s"),
    lambda: binascii.hexlify("s"), lambda: binascii.a2b_base64("é"), lambda: binascii.unhexlify("é"),
    lambda: binascii.a2b_hex("0G"), lambda: binascii.unhexlify("abc"),
]
for number, call in enumerate(calls):
    try:
        print(number, repr(call()))
    except Exception as e:
        print(number, type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, base64.__all__)
