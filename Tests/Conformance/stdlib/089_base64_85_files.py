# base64's Ascii85 and base85 (folding, padding, wrapping, Adobe framing and their errors),
# the MIME line functions and file encode/decode, and the binascii helpers they stand on.
import base64, binascii, io

samples = [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"\x00\x00\x00\x00", b"\x00\x00\x00\x00\x00",
           b"    ", b"   ", b"\x00", b"\xff\xff\xff\xff", bytes(range(10)), b"        x"]
for d in samples:
    print(d, base64.a85encode(d), base64.a85encode(d, foldspaces=True), base64.a85encode(d, pad=True),
          base64.a85encode(d, adobe=True), base64.b85encode(d), base64.b85encode(d, pad=True))
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, foldspaces=True), foldspaces=True) == d
    assert base64.a85decode(base64.a85encode(d, adobe=True, wrapcol=3), adobe=True) == d
    assert base64.b85decode(base64.b85encode(d)) == d
long = bytes(range(40))
for width in [-1, 0, 1, 2, 3, 5, 10, 30]:
    print(width, base64.a85encode(long, wrapcol=width), base64.a85encode(long, wrapcol=width, adobe=True))
print(base64.a85encode(b"abcdefgh", wrapcol=5, adobe=True), base64.a85encode(b"abcdefg", wrapcol=4, adobe=True),
      base64.a85encode(b"", wrapcol=4, adobe=True), base64.a85encode(b"abc", wrapcol=7, adobe=True))
print(base64.a85encode(bytearray(b"xyz")), base64.b85encode(memoryview(b"xyz")), base64.b85decode("VPa!s"), base64.a85decode("@:E_W"))

calls = [
    lambda: base64.a85decode(b"<~@:E_W~>", adobe=True), lambda: base64.a85decode(b"@:E_W", adobe=True),
    lambda: base64.a85decode(b"<~@:E_W~>"), lambda: base64.a85decode(b"@:E_Wz"), lambda: base64.a85decode(b"@:zE_W"),
    lambda: base64.a85decode(b"@:E_W y"), lambda: base64.a85decode(b"y", foldspaces=True),
    lambda: base64.a85decode(b"@:y", foldspaces=True), lambda: base64.a85decode(b"@:E_W\n\t @:"),
    lambda: base64.a85decode(b"@:E_W @:", ignorechars=b""), lambda: base64.a85decode(b"vvvvv"),
    lambda: base64.a85decode(b"s8W-!"), lambda: base64.a85decode(b's8W-"'), lambda: base64.a85decode(b"@:E_W{"),
    lambda: base64.a85decode(b"@"), lambda: base64.a85decode(b"@:"), lambda: base64.a85decode(b"<~@:E_W", adobe=True),
    lambda: base64.a85decode(b"  <~@:E_W~>  ", adobe=True), lambda: base64.a85decode(b"<~~>", adobe=True),
    lambda: base64.a85decode(b"~>", adobe=True), lambda: base64.a85decode(b"z~>", adobe=True),
    lambda: base64.a85encode("x"), lambda: base64.a85decode(5), lambda: base64.a85decode(b"@:E_W\x7f"),
    lambda: base64.a85decode(b"z", ignorechars=b"z"), lambda: base64.a85decode(b"zz"), lambda: base64.a85decode(b"uuuuu"),
    lambda: base64.a85decode(b's8W-"s8W'), lambda: base64.a85decode(b"s8W"), lambda: base64.a85decode(b"uuuu"),
    lambda: base64.a85decode("é"),
    lambda: base64.b85decode(b"|~"), lambda: base64.b85decode(b"|NsC0"), lambda: base64.b85decode(b"|NsC1"),
    lambda: base64.b85decode(b"VPa!sWo"), lambda: base64.b85decode(b"V"), lambda: base64.b85decode(b"VP"),
    lambda: base64.b85decode(b'VPa!s"'), lambda: base64.b85decode(b"ab cd"), lambda: base64.b85decode(b"0000000000|NsC1"),
    lambda: base64.b85decode(b'|NsC1"'), lambda: base64.b85decode(b"~~~~"), lambda: base64.b85decode(b"{{{{{"),
    lambda: base64.b85encode("x"), lambda: base64.b85decode(None),
    lambda: base64.encodebytes("x"), lambda: base64.decodebytes("eA=="), lambda: base64.encodebytes(5),
]
for number, call in enumerate(calls):
    try:
        print(number, repr(call()))
    except Exception as e:
        print(number, type(e).__name__, e)

print(base64.encodebytes(b"x" * 100), base64.encodebytes(b""), base64.encodebytes(bytearray(b"xy")))
print(base64.encodebytes(bytes(range(57))).count(b"\n"), base64.encodebytes(bytes(range(58))).count(b"\n"))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.decodebytes(bytearray(b"eA==")), base64.MAXLINESIZE, base64.MAXBINSIZE)
source = io.BytesIO(bytes(range(200)))
sink = io.BytesIO()
base64.encode(source, sink)
encoded = sink.getvalue()
print(encoded)
back = io.BytesIO()
base64.decode(io.BytesIO(encoded), back)
print(back.getvalue() == bytes(range(200)), len(back.getvalue()))
print(binascii.hexlify(b"\x01\xab"), binascii.b2a_hex(b"abc", b":", 2), binascii.hexlify(b"abcde", ".", -2),
      binascii.unhexlify("01AB"), binascii.a2b_hex(b"ff00"), binascii.crc32(b"hello world"), binascii.crc32(b"abc", 5),
      binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="),
      binascii.b2a_base64(memoryview(b"ab")))
