"""Bytes of a TXT or MD file to text, whatever editor or operating system wrote them.

UTF-8 is tried first (with or without a byte-order mark), then UTF-16/32 by mark or by the
pattern of zero bytes. A byte that is not valid UTF-8 is read as Windows-1252 (Latin-1 for the
five bytes cp1252 leaves undefined): a cp1252 file comes out right, and so does a UTF-8 file
with one pasted cp1252 line, with no mojibake from guessing one encoding for the whole file.
"""

from __future__ import annotations

import codecs
import re

from matcher.errors import CorruptDocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if byte not in _CONTROL_BYTES)
# Real text has almost none; executables, images and archives have plenty.
_MAX_CONTROL_SHARE = 0.05
# A short note with a stray escape or two is text with noise, which tidying removes.
_MIN_CONTROLS = 16
_SAMPLE_BYTES = 64 * 1024
_FALLBACK = "cocok-cp1252-fallback"


# Where a UTF-8 character can start: an ASCII byte or a complete, well-formed sequence.
_UTF8_CHAR = (
    rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NOT_UTF8_RUN = re.compile(rb"(?:(?!" + _UTF8_CHAR + rb")[\x80-\xff])+")
# cp1252 for the bytes 0x80-0x9f it defines, Latin-1 for the five it leaves undefined.
_CP1252_OVER_LATIN1 = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    # The codec reports one bad byte at a time; a file of them would call back per byte, so
    # the whole run of bytes that start no UTF-8 character is taken at once.
    run = _NOT_UTF8_RUN.match(error.object, error.start)
    end = max(error.end, run.end() if run else error.start)
    undecodable = bytes(error.object[error.start : end])
    return undecodable.decode("latin-1").translate(_CP1252_OVER_LATIN1), end


codecs.register_error(_FALLBACK, _cp1252_fallback)


def decode_text(data: bytes, name: str) -> str:
    """The text of ``data``; CorruptDocumentError when it is binary rather than text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    wide = _bomless_utf16(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    controls = len(data.translate(None, _NOT_CONTROL_BYTES))
    if controls > _MIN_CONTROLS and controls > _MAX_CONTROL_SHARE * len(data):
        raise CorruptDocumentError(
            f"{name}: not text (binary data); save it as PDF, DOCX, TXT or MD"
        )
    return data.decode("utf-8", errors=_FALLBACK)


def _bomless_utf16(data: bytes) -> str | None:
    # Latin-script UTF-16 has a zero in every other byte; one-byte encodings have almost none.
    sample = data[:_SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) // 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None
