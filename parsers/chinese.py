"""Script-level repairs of mirrored Chinese text.

Spam mirrors convert an article to Traditional script, put the pinyin of
every converted character in brackets after it (開(kāi)展), and are often
read as GBK one byte out of step, which leaves runs like "?;顒?dòng)".  The
order of repair matters: byte damage first (it needs the pinyin), then the
pinyin annotations (they need the Traditional characters), then the script.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

HANZI = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
SYLLABLE = rf"[a-zü{TONED}]{{1,6}}"
# A pinyin note in ASCII or full-width brackets after a character (or after a lost one, now
# U+FFFD): "(kāi)", "(kāi )" with a space inside, or a word's note, a syllable for each of
# its characters: "文明(wén míng)".
PINYIN_NOTE = re.compile(rf"(?<=[{HANZI}\ufffd])[(（]\s?({SYLLABLE}(?:\s{SYLLABLE}){{0,3}})\s?[)）]")
# Lost bytes.  A run starts where GBK was read out of step: "?" (or U+FFFD)
# then a semicolon (a lead byte read with the wrong partner) or the remains of
# an annotation whose "(" was swallowed ("?dòng)").  It runs on over garbage
# characters up to the next such mark, and ends with a stray trail byte read
# as ASCII ("A(chǔ)", "L" before a Han character).  A lone "?" is not in it:
# that may be a real question mark.
_LOST = rf"(?:[?\ufffd](?:[;；]|[！。](?=[{HANZI}?\ufffd])|{SYLLABLE}[)）])|[?\ufffd]{{2}}(?=[{HANZI}]))"
DAMAGE = re.compile(
    rf"{_LOST}(?:[{HANZI}]{{0,4}}(?:{_LOST}|[?\ufffd][!！]))*"
    rf"(?:[{HANZI}]{{0,4}}[A-Za-z](?=[{HANZI}])|[A-Za-z@_`~^|][(（]{SYLLABLE}[)）])?"
)
MARK = "\ufffd"  # what an unrepaired lost character becomes in clean text
# The end of a tag whose "<" was lost with a byte ("打印?/a>", "…</p" cut): markup remains, not text.
BROKEN_TAG = re.compile(r"[?\ufffd]?(?<!<)/(?:a|p|span|div|font|strong|b|br|td|tr|li)>", re.I)
# "?!" before Han text: a real question and exclamation, or lost bytes when
# the characters after it make no words (GBK read out of step: "?!爸灰用裼").
GARBLED_AFTER = re.compile(rf"[?\ufffd][!！](?=([{HANZI}][{HANZI}@#$%&]{{3,7}}))")
# 著 is a word of its own in 著名, 显著, 名著; elsewhere in converted text it is the aspect particle 着.
ZHU = re.compile("著")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def readings() -> dict[int, str]:
    """pypinyin's table of each character's readings (code point -> "kāi,kǎi"), loaded from its
    module file alone: importing the pypinyin package would load its phrase tables too (0.3 s)."""
    import importlib.util

    origin = importlib.util.find_spec("pypinyin").submodule_search_locations[0]
    spec = importlib.util.spec_from_file_location("_pypinyin_readings", f"{origin}/pinyin_dict.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pinyin_dict


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every pinyin syllable, toned and toneless, that pypinyin knows."""
    PINYIN_DICT = readings()

    found: set[str] = set()
    for listed in set(PINYIN_DICT.values()):  # a few thousand distinct readings among 40,000 characters
        for r in listed.split(","):
            found.add(r)
    found |= {strip_tone(r) for r in found}
    return frozenset(found)


def reading_notes(text: str) -> int:
    """Toned pinyin notes that are readings of the character before them."""
    return sum(1 for m in PINYIN_NOTE.finditer(text)
               if " " not in m.group(1) and any(c in TONED for c in m.group(1)) and reads(text[m.start() - 1], m.group(1))
               or word_note(text, m))


def word_note(text: str, m: re.Match) -> bool:
    """A note of several toned syllables, each a reading of its character in
    the word before it (文明(wén míng)): an annotation, never an author's text."""
    syllables = m.group(1).split()
    chars = text[max(0, m.start() - len(syllables)):m.start()]
    return len(syllables) > 1 and len(chars) == len(syllables) and all(
        any(c in TONED for c in syl) and reads(ch, syl) for ch, syl in zip(chars, syllables))


def reads(char: str, syllable: str) -> bool:
    """Whether a toned syllable is one of the character's readings."""
    return syllable in readings().get(ord(char), "").split(",")


def strip_tone(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def is_syllable(text: str) -> bool:
    return text in _syllables()


# Radicals and compatibility forms that draw like the characters they stand for (⽔ for 水, ⽂ for 文,
# 﨑 for 崎): a copier's substitution, read back as the characters themselves.
LOOKALIKE = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")


def unlooked(text: str) -> tuple[str, int]:
    """The text with its look-alike forms read as the characters they draw, and how many there were."""
    return LOOKALIKE.subn(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def to_simplified_text(text: str) -> str:
    """Simplified script for running text converted from Traditional, with
    著 read as the particle 着 where no word of jieba's dictionary keeps it
    (有著 -> 有着, 随著 -> 随着; 著名, 显著 stay)."""
    out = to_simplified(text)
    return ZHU.sub(lambda m: _zhu_or_zhe(out, m.start()), out) if "著" in out else out


def _zhu_or_zhe(text: str, i: int) -> str:
    from .repair import words_with

    freq = words_with("著着")

    def best(char: str) -> int:
        words = [text[max(0, i - k):i] + char + text[i + 1:i + 1 + j] for k in (0, 1, 2) for j in (0, 1, 2) if k + j]
        return max((freq.get(w, 0) for w in words if len(w) >= 2), default=0)

    return "著" if best("著") > best("着") else "着"


def is_converted(char: str) -> bool:
    """True for a Traditional character that t2s changes (開 -> 开)."""
    return to_simplified(char) != char


def count_converted(text: str) -> tuple[int, int]:
    """(characters t2s changes, all Han characters) in text."""
    simplified = to_simplified(text)
    han = re.findall(f"[{HANZI}]", text)
    if len(simplified) != len(text):  # phrase conversion changed the length; count by set
        return sum(1 for c in han if is_converted(c)), len(han)
    changed = sum(1 for a, b in zip(text, simplified) if a != b and re.match(f"[{HANZI}]", a))
    return changed, len(han)


@lru_cache(maxsize=1)
def _s2t_standards():
    """OpenCC's Simplified-to-Traditional conversions of the three standards (common, Taiwan, Hong Kong)."""
    import opencc

    return tuple(opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk"))


def miswritten_traditional(text: str) -> int:
    """Characters of a Traditional text that no standard writes there: a copy
    converted from Simplified one character at a time, which picks the wrong one
    of the forms a Simplified character stands for (志愿 -> 誌願, 干部 -> 乾部,
    面向 -> 麵向).  Each character is compared with OpenCC's phrase-aware
    conversion of the same words in every standard, so an outlet's own edition
    (in any standard: 為/爲, 裡/裏) counts none."""
    simple = to_simplified(text)
    if len(simple) != len(text):
        return 0  # (one-to-one conversions only: positions must line up)
    standards = _s2t_standards()
    written = [c.convert(simple) for c in standards]
    if any(len(w) != len(text) for w in written):
        return 0
    # only a character's other forms count (誌 for 志, 乾 for 幹): where the text has a character's usual
    # form in some standard, a standard's own phrase reading (縣志|願 read as 縣誌) is no fault of the text
    other_form: dict[str, bool] = {}
    found = 0
    for i, ch in enumerate(text):
        if ch == simple[i] or any(w[i] == ch for w in written):
            continue
        if ch not in other_form:
            other_form[ch] = all(c.convert(simple[i]) != ch for c in standards)
        found += other_form[ch]
    return found


def looks_traditional(text: str) -> bool:
    """Enough Traditional characters that the text was converted, not quoted."""
    changed, han = count_converted(text)
    return changed >= 3 and changed >= 0.03 * han


def strip_pinyin(text: str, annotated: bool = False) -> tuple[str, int]:
    """Drop "(pinyin)" notes that follow a converted character; keep real brackets.

    (二), (通讯员:陈志蓉) and an English word in brackets after a Simplified
    character all stay: a note is removed only when its text is a pinyin
    syllable and the character before it is a Traditional one; on a page
    the mirror annotated (`annotated`), also toned pinyin that is a reading
    of the character before it (mirrors annotate characters the conversion
    leaves alike too: 志(zhì), and the neutral tone's toneless reading: 的(de)), while an author's
    中(zhōng) on a clean page stays.
    """
    removed = 0

    def drop(m: re.Match) -> str:
        nonlocal removed
        before = text[m.start() - 1]
        toned = any(c in TONED for c in m.group(1))
        if word_note(text, m):
            removed += 1
            return ""
        # (on an annotated page a neutral tone's toneless reading goes too: 的(de), 们(men), 了(le))
        if is_syllable(m.group(1)) and (is_converted(before) or (toned and before == MARK)
                                        or (annotated and reads(before, m.group(1)))):
            removed += 1
            return ""
        return m.group(0)

    return PINYIN_NOTE.sub(drop, text), removed


def garbled(han: str) -> bool:
    """Han characters that make no word of jieba's dictionary with each other:
    bytes read out of step, not text."""
    from .repair import MIN_WORD_FREQ, _word_freq

    if re.search(r"[@#$%&]", han):  # a stray ASCII byte among the characters
        return True
    freq, simple = _word_freq(), to_simplified(han)
    pairs = [simple[i:i + n] for n in (2, 3) for i in range(len(simple) - n + 1)]
    return not any(freq.get(w, 0) >= MIN_WORD_FREQ for w in pairs)


@dataclass
class DamageReport:
    found: int = 0
    repaired: int = 0
    spans: list[str] = field(default_factory=list)  # damaged text as it stood, unrepaired


def mark_byte_damage(text: str, report: DamageReport) -> str:
    """Put back lost characters that are certain; replace each other run by one MARK."""

    from .repair import lost_character

    before = report.found - report.repaired

    def mark(m: re.Match) -> str:
        report.found += 1
        found = lost_character(m.group(0), text[: m.start()], text[m.end():])
        if found:
            report.repaired += 1
            return found
        report.spans.append(m.group(0))
        return MARK

    text = DAMAGE.sub(mark, text)
    text = GARBLED_AFTER.sub(lambda m: mark(m) if garbled(m.group(1)) else m.group(0), text)
    text, broken = BROKEN_TAG.subn("", text)
    lone = text.count(MARK) - (report.found - report.repaired - before)
    report.found += broken + max(0, lone)
    report.spans.extend([MARK] * max(0, lone))
    return text


# A date in Chinese numerals (二〇二四年五月六日, 二○二三年十二月二十日): a signed document's, an issue's.
# (a month and a day as numerals are written, 十二, 二十三, so that a stranger's 十十月 reads as no date)
CN_DATE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
                     r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def cn_number(text: str) -> int:
    """一 to 三十九 (十, 十二, 二十, 二十五; 廿三 too)."""
    text = text.replace("廿", "二十")
    if text == "十":
        return 10
    if "十" not in text:
        return CN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)


def arabic_dates(text: str) -> str:
    """The text with its dates in Chinese numerals written in digits (二〇二四年五月六日 -> 2024年5月6日)."""
    def digits(m: re.Match) -> str:
        year = "".join(str(CN_DIGIT[c]) for c in m["y"])
        return f"{year}年{cn_number(m['m'])}月{cn_number(m['d'])}日"

    return CN_DATE.sub(digits, text) if "年" in text else text
