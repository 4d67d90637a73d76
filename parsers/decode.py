"""Decoding page bytes without garbling them.

Order: byte-order mark, the HTTP charset, the charset the page declares in a
<meta> tag, UTF-8, GB18030, then detection.  GB2312 and GBK are read as
GB18030, their superset, so characters outside GB2312 that pages use anyway
survive.  A page cut off inside its last character is read whole up to the
cut; a page pasted together from UTF-8 and GBK text is read run by run, each
run in its own encoding.  Bad bytes never raise: they become U+FFFD and are
counted, so a caller can flag the page (Decoded.notes, note_decoding).  The
bytes themselves are kept by the caller, never replaced.

Input that is not text at all (an archive, an image, a database) is told by
its byte statistics (binary_reason, unreadable_reason) and refused with the
reason, as is input over PAGE_MAX bytes (input_fault).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Labels pages declare, mapped to the codec that reads them without loss.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "gb18030",
    "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
    "us-ascii": "utf-8",
}
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)
HEAD_BYTES = 4096
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))


def codec_for(label: str | None) -> str | None:
    """The codec to read a declared charset label with, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_headers(headers: dict | None) -> str | None:
    """The charset parameter of a Content-Type header, any key case."""
    for key, value in (headers or {}).items():
        if str(key).lower() == "content-type":
            if isinstance(value, (list, tuple)):
                value = value[0] if value else ""
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            m = re.search(r"charset\s*=\s*[\"']?([\w\-]+)", str(value), re.IGNORECASE)
            return m.group(1) if m else None
    return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    return _strict(data, "utf-8") is not None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = codec_for(best.encoding) if best else None
    # UTF-16 and UTF-32 pages carry a BOM; without one, a guess of them reads noise as text
    return None if codec is None or codec.startswith(("utf-16", "utf-32")) else codec


@dataclass
class Decoded:
    """A page's text and what reading its bytes lost."""

    text: str
    codec: str
    bad: int = 0         # bytes that could not be read (U+FFFD in the text)
    cut: bool = False    # the bytes end inside a character: the page was cut off
    mixed: int = 0       # runs of text read as GB18030 in a page otherwise UTF-8 (or the reverse)

    def notes(self) -> list[str]:
        """Damage notes for the record, one per kind of loss."""
        notes = []
        if self.bad:
            notes.append(f"{self.bad} byte{'s' if self.bad > 1 else ''} could not be read as {self.codec}")
        if self.cut:
            notes.append("truncated: the page ends inside a character (its last bytes are missing)")
        if self.mixed:
            notes.append(f"mixed encodings: {self.mixed} run{'s' if self.mixed > 1 else ''} of text read as "
                         f"{OTHER[self.codec]}, the rest as {self.codec}")
        return notes


OTHER = {"utf-8": "gb18030", "gb18030": "utf-8"}
# Text between markup and line breaks that holds a byte above ASCII.  "<",
# ">" and a newline are never part of a UTF-8 or GB18030 character, so a run
# never splits one: each run can be read in its own encoding.
RUN = re.compile(rb"[^<>\n]*[\x80-\xff][^<>\n]*")
# Chinese text in UTF-8 is three-byte characters: Han, CJK and fullwidth
# punctuation.  GBK read as UTF-8 now and then passes as two-byte letters
# (Cyrillic, Syriac), never as a run of Han.
CHINESE = re.compile("[\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
UTF8_HAN = re.compile("[\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]{3}")
MIXED_PROOF = 3  # Chinese characters in one UTF-8 run before a page is taken as mixed
WIDE = re.compile("[^\x00-\x7f]")
DAMAGED = 50  # bytes of a UTF-8 run per unreadable byte it may hold and still be UTF-8


def _lenient(data: bytes, codec: str) -> Decoded:
    """Decoded with bad bytes as U+FFFD; an incomplete last character is a cut, not text."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    text = decoder.decode(data, final=False)
    pending = decoder.getstate()[0]
    return Decoded(text, codec, text.count("\ufffd") + len(pending), cut=bool(pending))


def _replaced(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    return Decoded(text, codec, text.count("\ufffd"))


def _mixed(data: bytes) -> Decoded | None:
    """Each run of text read in UTF-8 when it is UTF-8, else in GB18030: the
    text of a page pasted together from pages in both encodings.  None when
    the page is not mixed: no run of UTF-8 long enough to tell, or no run
    that reads as GB18030 and not as UTF-8."""
    if not UTF8_HAN.search(data.decode("utf-8", errors="ignore")):
        return None  # what reads as UTF-8 holds no three Chinese characters in a row: not mixed
    runs = list(RUN.finditer(data))
    read = [_read_run(m.group(), m.end() == len(data)) for m in runs]
    utf8 = [got for got in read if got.codec == "utf-8"]
    gbk = sum(got.codec == "gb18030" and not got.bad for got in read)
    if not gbk or not utf8 or max(len(CHINESE.findall(got.text)) for got in utf8) < MIXED_PROOF:
        return None
    out, at = [], 0
    for m, got in zip(runs, read):
        out += [data[at:m.start()].decode("ascii"), got.text]
        at = m.end()
    out.append(data[at:].decode("ascii"))
    main = "utf-8" if len(utf8) >= gbk else "gb18030"
    return Decoded("".join(out), main, sum(got.bad for got in read), any(got.cut for got in read),
                   gbk if main == "utf-8" else len(utf8))


def _reads_as_chinese(text: str) -> bool:
    """Whether at least half the non-ASCII characters are Chinese ones."""
    return 2 * len(CHINESE.findall(text)) >= len(WIDE.findall(text))


def _read_run(run: bytes, last: bool) -> Decoded:
    """One run of text: UTF-8 if it reads as Chinese in UTF-8, even with a
    byte lost here and there (the page's last run may be cut inside its last
    character), else GB18030, else UTF-8 if it reads at all, else whichever
    loses less."""
    text = _strict(run, "utf-8")
    if text is not None and _reads_as_chinese(text):
        return Decoded(text, "utf-8")
    if text is None:
        got = _lenient(run, "utf-8") if last else _replaced(run, "utf-8")  # cut only at the page's end
        if got.bad <= max(1, len(run) // DAMAGED) and _reads_as_chinese(got.text):
            return got  # UTF-8 with a lost byte or two: GBK read as UTF-8 loses most of its bytes
    if (gbk := _strict(run, "gb18030")) is not None:
        return Decoded(gbk, "gb18030")
    if text is not None:
        return Decoded(text, "utf-8")  # UTF-8 letters that are no GBK
    return min((_lenient(run, c) for c in ("utf-8", "gb18030")), key=lambda d: d.bad)


def decode_page(data: bytes, http_charset: str | None = None) -> Decoded:
    """The page's text and what reading it lost; never raises on bad bytes."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom):], codec)
    declared = [codec_for(http_charset)]
    m = META_CHARSET.search(data[:HEAD_BYTES])
    declared.append(codec_for(m.group(1).decode("ascii", "ignore")) if m else None)
    declared = [c for c in declared if c]
    if "gb18030" in declared and _looks_utf8(data):
        # Pages re-served as UTF-8 often keep their old GBK <meta>; long
        # multi-byte UTF-8 that is really GBK text almost never happens.
        return Decoded(data.decode("utf-8"), "utf-8")
    # A declared charset that fails: UTF-8 and GB18030 are what Chinese pages
    # use in practice; try them before guessing.
    tried = list(dict.fromkeys(declared + ["utf-8", "gb18030"]))
    for codec in tried:
        text = _strict(data, codec)
        if text is not None:
            # UTF-8 text read as GB18030 often reads without error, as the wrong characters
            return (_mixed(data) if codec == "gb18030" else None) or Decoded(text, codec)
    for codec in tried:  # a page cut off inside its last character, whole before it
        got = _lenient(data, codec)
        if got.cut and "\ufffd" not in got.text:
            return got
    if mixed := _mixed(data):
        return mixed
    if not declared and (detected := _detect(data)):
        text = _strict(data, detected)
        if text is not None:
            return Decoded(text, detected)
    # Nothing reads cleanly: the candidate that loses the fewest bytes.
    # Single-byte codecs never fail and would always "win": only the
    # declared ones and the multi-byte ones Chinese pages use compete.
    return min((_lenient(data, c) for c in dict.fromkeys(tried + ["big5hkscs"])), key=lambda d: d.bad)


def decode_report(data: bytes, http_charset: str | None = None) -> tuple[str, str, int]:
    """(text, codec used, count of bytes that could not be read)."""
    got = decode_page(data, http_charset)
    return got.text, got.codec, got.bad


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, codec used); never raises on bad bytes."""
    text, codec, _ = decode_report(data, http_charset)
    return text, codec


# Input that is not text, told by its bytes.  Text in any encoding pages use
# holds almost no C0 control bytes and no NUL (UTF-16 is read through its BOM
# first); compressed or binary data holds about one control byte in nine.
CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
NUL_SHARE = 0.01      # NUL bytes in a text file: none
CONTROL_SHARE = 0.05  # other control bytes: a few at most (a stray form feed, an escape)
NOISE = re.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")  # unreadable or private-use characters
NOISE_SHARE = 0.05  # of a page's characters: one in twenty ...
NOISE_MIN = 50      # ... and at least this many
SAMPLE = 65_536  # bytes read from the start, the middle and the end of large inputs
# Only to name what the bytes look like in the reason; the decision is by the shares above.
KNOWN_BINARY = ((b"PK\x03\x04", "a zip archive"), (b"SQLite format 3\x00", "an SQLite database"),
                (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                (b"%PDF", "a PDF document"), (b"\x1f\x8b", "a gzip file"), (b"Rar!", "a RAR archive"),
                (b"7z\xbc\xaf", "a 7z archive"), (b"\x7fELF", "a program"), (b"MZ", "a Windows program"))


def _sample(data: bytes) -> bytes:
    if len(data) <= 3 * SAMPLE:
        return data
    mid = len(data) // 2
    return data[:SAMPLE] + data[mid:mid + SAMPLE] + data[-SAMPLE:]


def binary_reason(data: bytes) -> str | None:
    """Why the bytes are not text (the reason of an error record), or None when they may be."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None  # UTF-16 holds NUL bytes by design: judged once decoded
    sample = _sample(data)
    if not sample:
        return None
    nul = sample.count(0) / len(sample)
    control = len(CONTROL.findall(sample)) / len(sample)
    if nul < NUL_SHARE and control < CONTROL_SHARE:
        return None
    return _binary_message(data, f"{control:.0%} of its bytes are control bytes, {nul:.0%} NUL")


def unreadable_reason(data: bytes, text: str) -> str | None:
    """Why decoded bytes are not text: too many of them read as no character
    (U+FFFD) or as private-use code points, which GB18030 gives noise but
    pages never hold."""
    sample = text if len(text) <= 3 * SAMPLE else text[:SAMPLE] + text[-SAMPLE:]
    noise = len(NOISE.findall(sample))
    if noise < NOISE_MIN or noise / len(sample) < NOISE_SHARE:
        return None
    return _binary_message(data, f"{noise / len(sample):.0%} of its characters read as no character in any "
                                 "encoding tried")


def _binary_message(data: bytes, why: str) -> str:
    kind = next((name for magic, name in KNOWN_BINARY if data.startswith(magic)), None)
    looks = f"; it looks like {kind}" if kind else ""
    return (f"binary data, not text: {why}{looks}. Import the page's saved HTML or text instead")


PAGE_MAX = 64 * 2**20  # bytes of one page; larger input is refused with its reason


def input_fault(data: bytes) -> str | None:
    """Why the input cannot be a page (too large, binary), checked before decoding; else None."""
    if len(data) > PAGE_MAX:
        return (f"page too large: {len(data) / 2**20:.1f} MB, more than the {PAGE_MAX // 2**20} MB "
                "a page may hold; save the article's own page, not an archive or a dump of a site")
    return binary_reason(data)


def note_decoding(article, got: Decoded) -> None:
    """What reading the bytes lost, on the record: damage notes and flags."""
    article.damage.extend(got.notes())
    article.flags.byte_damage |= got.bad > 0
    article.flags.truncated |= got.cut
    article.flags.mixed_encoding |= got.mixed > 0
