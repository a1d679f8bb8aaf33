# hashlib: md5, sha1 and the SHA-2 family over the engine's digests (_hashlib,
# Builtins+Hash.swift). A hash object keeps the bytes it was fed and digests them on demand.
import _hashlib

_info = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
         "sha384": (48, 128), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_info)
algorithms_available = frozenset(_info)
__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available")


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("object supporting the buffer API required")


class HASH:
    def __init__(self, name, data=b""):
        self._name = name
        self._data = bytearray(_as_bytes(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _info[self._name][0]

    @property
    def block_size(self):
        return _info[self._name][1]

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _hashlib._digest(self._name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self._name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self._name, hex(id(self)))


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not " + type(name).__name__)
    key = name.lower().replace("-", "")
    if key not in _info:
        raise ValueError("unsupported hash type " + name)
    return HASH(key, data)


def _constructor(name):
    def constructor(string=b"", *, usedforsecurity=True):
        return HASH(name, string)
    constructor.__name__ = "openssl_" + name
    return constructor


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
