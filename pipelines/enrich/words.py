"""Words of the article: jieba's dictionary with the gazetteer's names and the
team and activity words added, and a segmentation by that dictionary.

Places, teams and activity types are matched on words, never across a word
boundary: in 联合江北镇 the words are 联合|江北镇, so 合江 (a county) is not
read, and 应急救援 (应急|救援) does not contain the health word 急救.

The segmentation is jieba's dictionary route (HMM off): every dictionary
word starting at a position is a step, and the route of highest
probability wins.  An added word gets the frequency that lets it beat its
own parts (as jieba's suggest_freq does), so 江北镇 is one word, but it
does not beat a common word around it.  The dictionary is read from
jieba's data file (jieba itself is not run) and kept in the cache
(cache.py) with the gazetteer's names; it loads in a fraction of a second.
"""
from __future__ import annotations

import array
import bisect
import os
import re
from functools import lru_cache
from math import exp, log
from pathlib import Path

TAG_BITS = 6
_HAN = re.compile(r"[\u4e00-\u9fff]+")
VERSION = 3


def _jieba_dict() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise RuntimeError("enrichment needs jieba's dictionary: install jieba (listed in pyproject.toml)")
    return Path(os.path.dirname(spec.origin), "dict.txt")


NO_TAG = (1 << TAG_BITS) - 1


class Entries:
    """word -> packed frequency and tag, kept per first character: a character's
    words become a dict the first time one of them is looked up, so loading
    costs the characters an article uses, not the 580,000 entries."""

    def __init__(self, groups: dict[str, tuple[str, bytes]] | None = None) -> None:
        self._groups = dict(groups or {})
        self._tables: dict[str, dict[str, int]] = {}

    def table(self, ch: str) -> dict[str, int]:
        t = self._tables.get(ch)
        if t is None:
            raw = self._groups.pop(ch, None)
            t = {}
            if raw is not None:
                values = array.array("q")
                values.frombytes(raw[1])
                t = dict(zip(raw[0].split("\n"), values))
            self._tables[ch] = t
        return t

    def get(self, word: str, default=None):
        return self.table(word[0]).get(word, default) if word else default

    def __setitem__(self, word: str, value: int) -> None:
        self.table(word[0])[word] = value

    def setdefault(self, word: str, value: int) -> int:
        return self.table(word[0]).setdefault(word, value)

    def groups(self) -> dict[str, tuple[str, bytes]]:
        """Every character's words as the cache keeps them."""
        for ch in list(self._groups):
            self.table(ch)
        return {ch: ("\n".join(t), array.array("q", t.values()).tobytes()) for ch, t in self._tables.items() if t}


def _build() -> tuple[dict, str, int]:
    """Words and their prefixes (frequency 0) by first character, each one's
    frequency and tag packed in an int, the tag names, the total; the
    gazetteer's names added as words."""
    from . import gazetteer as gz

    with open(_jieba_dict(), encoding="utf-8") as f:
        rows = [line.split() for line in f]
    lex = Lexicon(Entries(), [], sum(int(n) for _, n, _ in rows))
    for w, n, tag in rows:
        lex.put(w, int(n), tag)
    gaz = gz.load()
    for name in (*gaz.divisions, *gaz.shorts):
        lex.add(name, "ns")
    return lex.entries.groups(), " ".join(lex.tag_names), lex.total


class Lexicon:
    """word -> frequency << TAG_BITS | tag; prefixes of words are entries of frequency 0."""

    def __init__(self, entries: Entries, tag_names: list[str], total: int) -> None:
        self.entries, self.tag_names, self.total = entries, tag_names, total
        self.logtotal = log(total) if total else 0.0
        self._logs: dict[int, float] = {}  # packed entry -> log-probability, as met

    def tag(self, word: str) -> str | None:
        v = self.entries.get(word)
        if v is None or v & NO_TAG == NO_TAG:
            return None
        return self.tag_names[v & NO_TAG]

    def frequency(self, word: str) -> int:
        return self.entries.get(word, 0) >> TAG_BITS

    def put(self, word: str, freq: int, tag: str | None = None) -> None:
        if tag is not None and tag not in self.tag_names:
            self.tag_names.append(tag)
        old = self.entries.get(word, NO_TAG)
        t = self.tag_names.index(tag) if tag is not None and old & NO_TAG == NO_TAG else old & NO_TAG
        self.entries[word] = (max(freq, old >> TAG_BITS) << TAG_BITS) | t
        for i in range(1, len(word)):
            self.entries.setdefault(word[:i], NO_TAG)

    def add(self, word: str, tag: str | None = None) -> None:
        """Add a word with the frequency that makes it beat its own parts."""
        if len(word) < 2:
            return
        best, _ = self._route(word)
        self.put(word, int(exp(best[0] + self.logtotal)) + 1, tag)

    def _route(self, s: str) -> tuple[list[float], list[int]]:
        """best[i], end[i]: the best route's log-probability from i, and where
        its first word ends (jieba's calc, ties to the longer word)."""
        n = len(s)
        best, end = [0.0] * (n + 1), [0] * (n + 1)
        entries, logs = self.entries, self._logs
        unknown = -self.logtotal
        for i in range(n - 1, -1, -1):
            score, stop = None, i + 1
            j = i + 1
            table = entries.table(s[i])
            while j <= n:
                v = table.get(s[i:j])
                if v is None:
                    break
                if v > NO_TAG:
                    p = logs.get(v)
                    if p is None:
                        p = logs[v] = log(v >> TAG_BITS) - self.logtotal
                    value = p + best[j]
                    if score is None or value >= score:
                        score, stop = value, j
                j += 1
            if score is None:
                score = unknown + best[i + 1]
            best[i], end[i] = score, stop
        return best, end

    def cut(self, text: str) -> list[str]:
        bounds = self.boundaries(text)
        cuts = [i for i in range(len(text) + 1) if bounds[i]]
        return [text[a:b] for a, b in zip(cuts, cuts[1:])]

    def boundaries(self, text: str) -> bytearray:
        """flags[i] is 1 where a word starts or ends (every offset outside runs of Han characters)."""
        flags = bytearray(b"\x01") * (len(text) + 1)
        for m in _HAN.finditer(text):
            s, base = m.group(), m.start()
            _, end = self._route(s)
            flags[base + 1:m.end()] = bytes(len(s) - 1)
            i = 0
            while i < len(s):
                i = end[i]
                flags[base + i] = 1
        return flags


class Boundaries:
    """flags[i] = 1 where a word starts or ends, worked out on demand: a run of Han
    characters is segmented the first time one of its offsets is asked for, so
    a long page costs the runs where something was to be matched."""

    def __init__(self, lex: Lexicon, text: str) -> None:
        self.lex, self.text = lex, text
        self.starts, self.ends = [], []
        for m in _HAN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._runs: dict[int, bytearray] = {}

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _Shifted(self, i.start or 0)
        k = bisect.bisect_right(self.starts, i) - 1
        if k < 0 or i >= self.ends[k] or i == self.starts[k]:
            return 1
        flags = self._runs.get(k)
        if flags is None:
            flags = self._runs[k] = self.lex.boundaries(self.text[self.starts[k]:self.ends[k]])
        return flags[i - self.starts[k]]


class _Shifted:
    def __init__(self, whole: Boundaries, offset: int) -> None:
        self.whole, self.offset = whole, offset

    def __getitem__(self, i: int) -> int:
        return self.whole[i + self.offset]


def _load() -> Lexicon:
    from . import gazetteer as gz
    from .cache import cached

    groups, tag_names, total = cached("words", VERSION + gz.VERSION, [_jieba_dict(), *gz._sources()], _build)
    return Lexicon(Entries(groups), tag_names.split(" "), total)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The dictionary with the project's words (team words, taxonomy words) added."""
    from .activity_types import trigger_words
    from .teams import TEAM_VOCABULARY

    lex = _load()
    for w in (*TEAM_VOCABULARY, *trigger_words()):
        lex.add(w)
    return lex
