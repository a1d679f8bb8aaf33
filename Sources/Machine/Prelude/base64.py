# base64, written for the tutor from the module's documentation (RFC 4648, Ascii85 and git's
# base85) with python3 3.11 as the oracle for every message. Base64 itself is binascii's
# (binascii.py here); the other alphabets are done in this file with one big-int per group.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = MAXLINESIZE // 4 * 3


# MARK: - inputs

def _decodable(s):
    """The bytes of a decoder's argument: a bytes-like object, or a str of ASCII only."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(s).__name__) from None


def _encodable(s):
    """The bytes of an encoder's argument (bytes-like only; a str is a TypeError)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def _swapped(data, before, after):
    """data with the two characters of `before` replaced by those of `after`."""
    return data.translate(bytes.maketrans(before, after))


# MARK: - base64

def b64encode(s, altchars=None):
    """Base64 of the bytes-like s; altchars (2 bytes) replace '+' and '/'."""
    coded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        coded = _swapped(coded, b'+/', altchars)
    return coded


def b64decode(s, altchars=None, validate=False):
    """Decode base64 s (bytes or ASCII str). Characters outside the alphabet are skipped
    unless validate is true, when they raise binascii.Error."""
    data = _decodable(s)
    if altchars is not None:
        altchars = _decodable(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = _swapped(data, altchars, b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 of s in the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet base64 s."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 of s with '-' and '_' for '+' and '/' (safe in URLs and file names)."""
    return _swapped(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode URL-safe base64 s (standard-alphabet input also decodes)."""
    return b64decode(_swapped(_decodable(s), b'-_', b'+/'))


def encodebytes(s):
    """Base64 of s in lines of 76 characters, each ending with a newline (MIME style)."""
    data = _whole_bytes(s)
    lines = [binascii.b2a_base64(data[k:k + MAXBINSIZE])
             for k in range(0, len(data), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    """Decode base64 lines as encodebytes writes them."""
    return binascii.a2b_base64(_whole_bytes(s))


def _whole_bytes(s):
    # encodebytes/decodebytes take only byte buffers, with their own wording of the error.
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from None
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, type(s).__name__))
    return view.tobytes()


def encode(input, output):
    """Read binary file input to its end and write its base64 lines to binary file output."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # A short read is not the end: fill the line before encoding it.
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode the base64 lines of binary file input into binary file output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))


# MARK: - base32 and base16

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Characters a base32 tail of 1..4 bytes takes, and the '=' that fill its 8-character group.
_B32_TAIL_CHARS = {1: 2, 2: 4, 3: 5, 4: 7}
_B32_BYTES_FOR_PADS = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}
_digit_values = {}


def _values_of(alphabet):
    """byte -> digit value for an alphabet, made on first use (nothing is built at import)."""
    table = _digit_values.get(alphabet)
    if table is None:
        table = {c: v for v, c in enumerate(alphabet)}
        _digit_values[alphabet] = table
    return table


def _to_base32(alphabet, s):
    data = _encodable(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        bits = int.from_bytes(group + bytes(5 - len(group)), 'big')
        digits = bytes(alphabet[(bits >> shift) & 31] for shift in range(35, -1, -5))
        if len(group) < 5:
            used = _B32_TAIL_CHARS[len(group)]
            digits = digits[:used] + b'=' * (8 - used)
        out += digits
    return bytes(out)


def _from_base32(alphabet, s, casefold, map01):
    data = _decodable(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decodable(map01)
        assert len(map01) == 1, repr(map01)
        data = _swapped(data, b'01', b'O' + map01)
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pads = len(data) - len(body)
    values = _values_of(alphabet)
    out = bytearray()
    for start in range(0, len(data), 8):
        bits = 0
        for c in body[start:start + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            bits = (bits << 5) | v
        out += (bits << 5 * (8 - len(body[start:start + 8]))).to_bytes(5, 'big')
    if pads:
        kept = _B32_BYTES_FOR_PADS.get(pads)
        if kept is None:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + kept:]
    return bytes(out)


def b32encode(s):
    """Base32 (RFC 4648) of the bytes-like s."""
    return _to_base32(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 s; casefold accepts lowercase, map01 says which letter '1' stands for
    ('0' is always read as 'O' then)."""
    return _from_base32(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 of s in the "extended hex" alphabet of RFC 4648."""
    return _to_base32(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode extended-hex base32 s."""
    return _from_base32(_B32HEX, s, casefold, None)


def b16encode(s):
    """Base16 (uppercase hex) of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode base16 s; lowercase digits only with casefold."""
    data = _decodable(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# MARK: - Ascii85 and base85

_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        b'!#$%&()*+-;<=>?@^_`{|}~')


def _words_to_85(data, alphabet, pad, fold_zero, fold_spaces):
    """Each 4-byte big-endian word of data (zero-filled at the end) as 5 base-85 digits,
    least significant last; without pad the digits standing for the fill are dropped."""
    fill = -len(data) % 4
    data = data + bytes(fill)
    out = bytearray()
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if fold_zero and word == 0:
            out += b'z'
            continue
        if fold_spaces and word == 0x20202020:
            out += b'y'
            continue
        digits = bytearray(5)
        for k in range(4, -1, -1):
            word, digits[k] = divmod(word, 85)
        out += bytes(alphabet[d] for d in digits)
    if fill and not pad:
        if out.endswith(b'z'):
            # A folded last word is spelled out again so that it can be shortened.
            out[-1:] = b'!!!!!'
        del out[len(out) - fill:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like b: 'z' for a zero word, 'y' for four spaces with
    foldspaces, lines of wrapcol characters, '<~' and '~>' around it with adobe."""
    text = _words_to_85(_encodable(b), bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol and text:
        # At least one character a line (two with adobe, so '<~' stays whole), as python3.
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[k:k + width] for k in range(0, len(text), width)]
        if adobe and len(lines[-1]) + len(_A85_CLOSE) > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def b85encode(b, pad=False):
    """base85 of the bytes-like b in git's alphabet (no folding)."""
    return _words_to_85(_encodable(b), _B85, pad, False, False)


def _word_from_85(digits, length):
    """The 4 bytes of a group of base-85 digit values, padded with 84 when short."""
    word = 0
    for d in digits + [84] * (5 - len(digits)):
        word = word * 85 + d
    if word > 0xFFFFFFFF:
        return None
    return word.to_bytes(4, 'big')[:length]


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 b; with adobe the text must end with '~>' (a leading '<~' is
    optional); characters in ignorechars are skipped."""
    data = _decodable(b)
    if adobe:
        if not data.endswith(_A85_CLOSE):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85_CLOSE)
        data = data[2:-2] if data.startswith(_A85_OPEN) else data[:-2]
    out = bytearray()
    group = []
    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = _word_from_85(group, 4)
                if word is None:
                    raise ValueError('Ascii85 overflow')
                out += word
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\x00\x00\x00\x00'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        word = _word_from_85(group, len(group) - 1)
        if word is None:
            raise ValueError('Ascii85 overflow')
        out += word
    return bytes(out)


def b85decode(b):
    """Decode git-style base85 b."""
    data = _decodable(b)
    values = _values_of(_B85)
    out = bytearray()
    for start in range(0, len(data), 5):
        digits = []
        for k in range(start, min(start + 5, len(data))):
            v = values.get(data[k])
            if v is None:
                raise ValueError('bad base85 character at position %d' % k)
            digits.append(v)
        word = _word_from_85(digits, len(digits) - 1 if len(digits) < 5 else 4)
        if word is None:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word
    return bytes(out)
