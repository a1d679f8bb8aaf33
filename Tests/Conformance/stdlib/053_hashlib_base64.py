import base64, binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]
for d in data[:8]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b85encode(d), base64.a85encode(d))
for d in data:
    e = base64.b64encode(d)
    assert base64.b64decode(e) == d and base64.b64decode(e.decode()) == d
    assert base64.b32decode(base64.b32encode(d)) == d and base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d and base64.a85decode(base64.a85encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"), base64.b64encode(b"\xfb\xff", altchars=b"*!"))
print(base64.b64decode(b"YWJj\nZGVm"), base64.b64decode("===="), base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.b32decode("mzxw6===", casefold=True), base64.b16decode("abcd", casefold=True))
print(base64.b32hexencode(b"hello"), base64.b85encode(b"abc", pad=True), base64.a85encode(b"hello world", adobe=True))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk="))
print(binascii.hexlify(b"\x01\x02\x03", "-"), issubclass(binascii.Error, ValueError))
for f in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b64decode('a'), lambda: base64.b64decode('abcde'), lambda: base64.b64decode('ab=c'), lambda: base64.b64decode('ab==cd', validate=True), lambda: base64.b64decode('é'), lambda: base64.b64encode('s'), lambda: base64.b32decode('AB'), lambda: base64.b32decode('ab'), lambda: base64.b16decode('0g'), lambda: base64.b16decode('0'), lambda: base64.b16decode('ab'), lambda: base64.b85decode('|~'), lambda: base64.b64decode(b"=abc", validate=True), lambda: binascii.unhexlify(b"zz"), lambda: base64.b64decode(12)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"b" * 111, b"b" * 112, b"c" * 1000]:
        print(name, len(data), hashlib.new(name, data).hexdigest())
h = hashlib.sha256(b"abc"); h2 = h.copy(); h2.update(b"def"); h.update(bytearray(b"!"))
print(h.hexdigest(), h2.hexdigest(), h2.digest()[:4], h.name, h.digest_size, h.block_size)
print(hashlib.md5(b"x").name, hashlib.sha512().digest_size, hashlib.sha384().block_size, hashlib.new("SHA256").name, type(h).__name__)
try: hashlib.sha1("s")
except TypeError as e: print("TypeError", e)
try: hashlib.new("nope")
except ValueError as e: print("ValueError", e)
