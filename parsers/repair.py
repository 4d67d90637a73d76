"""Repair of a lost character where its pinyin and its neighbours leave one choice.

A mirror annotates every converted character, so a lost one often leaves its
pinyin behind ("日?bào)社").  The lost character was then a Traditional
character with that reading, and it must make words with the clean
characters around it.  When exactly one candidate does (報: 日报, 报社), it
is put back; otherwise the run stays marked.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .chinese import HANZI, SYLLABLE, readings, to_simplified

SINGLE_LOST = re.compile(rf"[?\ufffd](?P<syllable>{SYLLABLE})[)）]")
MIN_WORD_FREQ = 5  # a neighbour pair rarer than this in jieba's dictionary is no evidence


@lru_cache(maxsize=1)
def _converted_by_reading() -> dict[str, list[str]]:
    """Reading -> the Traditional characters (ones t2s changes) that have it."""
    PINYIN_DICT = readings()

    chars = [chr(cp) for cp in PINYIN_DICT if 0x4E00 <= cp <= 0x9FFF]
    simplified = to_simplified("\n".join(chars)).split("\n")
    index: dict[str, list[str]] = defaultdict(list)
    if len(simplified) != len(chars):
        return index
    for char, simple in zip(chars, simplified):
        if simple != char:
            for reading in PINYIN_DICT[ord(char)].split(","):
                index[reading].append(char)
    return index


@lru_cache(maxsize=8)
def words_with(chars: str) -> dict[str, int]:
    """Frequencies of the words of jieba's dictionary that hold one of `chars`, read from its
    dict.txt in one pass, without building jieba's whole prefix dictionary (a second of start-up)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).with_name("dict.txt")
    wanted = set(chars)
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split(" ")
            if wanted.intersection(word):
                out[word] = int(freq)
    return out


@lru_cache(maxsize=1)
def _word_freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


def _clean_han(text: str) -> str:
    return text if re.fullmatch(f"[{HANZI}]*", text) else ""


def _fit(candidate: str, before: str, after: str) -> int:
    """Best dictionary frequency of a word the candidate makes with clean neighbours."""
    freq = _word_freq()
    c = to_simplified(candidate)
    b = to_simplified(_clean_han(before[-2:]) or _clean_han(before[-1:]))
    a = to_simplified(_clean_han(after[:2]) or _clean_han(after[:1]))
    words = {b[-1:] + c, c + a[:1], b + c, c + a, b[-1:] + c + a[:1]}
    return max((freq.get(w, 0) for w in words if len(w) >= 2), default=0)


def lost_character(run: str, before: str, after: str) -> str | None:
    """The character a single lost-character run stood for, when only one fits."""
    m = SINGLE_LOST.fullmatch(run)
    if not m:
        return None
    scores = {c: _fit(c, before, after) for c in _converted_by_reading().get(m["syllable"], [])}
    fitting = [c for c, s in scores.items() if s >= MIN_WORD_FREQ]
    return fitting[0] if len(fitting) == 1 else None
