"""The article as one text with paragraph and sentence spans, for the finders.

Every finder works on offsets into one string, so a place named in the title
can help place a community named in the fifth paragraph, and every fact can
point back to the sentence it came from.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# Full-width digits and signs to ASCII, one character for one, so offsets hold.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－", "0123456789.-")
_ENDS = "。！？!?；;"
_OPEN = "“‘「『《（(【"
_CLOSE = "”’」』》）)】"


# Words of time told from now (今年, 今后, 目前, 当天): never the start of a place's or a team's
# name (今后社区计划…, 今年服务队提前进村).
TIME_WORDS = ("今年", "今后", "明年", "去年", "目前", "当前", "近年", "如今", "现在", "此前", "以后", "今天", "昨天",
              "当天", "当日", "上午", "下午", "晚上", "随后", "同时", "此外")

# 即将 telling a time to come (即将开展), not who is meant (即将办喜事的村民, 即将出海的渔船) nor a
# festival's approach (即将到来): a plan's word in activities, dates and genre alike.
SOON = r"即将(?!到来)(?![^，。；]{1,6}的)"
# An action told as still to come (将于…举办, 拟于, 定于, 届时, 即将开展): the words of intent every
# reader of tense shares; each adds its own (activities: 下一步, 原定; genre: 将联合; counts: 不少于).
# A date in such a sentence is a planned day, the sentence no part of an activity, a notice's line.
TO_COME = rf"将(?:于|在|组织|开展|举办|举行)|拟于|拟在|计划于|计划在|定于|预计于|届时|{SOON}"
# Words of togetherness after 还将 (还将一起参加…): no quantity, so its 将 is no 把.
TOGETHER = ("一起", "一同", "一道", "一并", "一齐")


def will_also(sentence: str) -> bool:
    """还将 before a verb tells what is still to come (还将组织…, 还将在…); before a noun,
    a place, a pronoun or a quantity its 将 is 把 and tells what was done (还将村内的烟头…捡拾干净,
    还将一部分送到…); 一起, 一同 are no quantity (还将一起参加…).  Activities and counts read it alike."""
    if "还将" not in sentence:
        return False
    from .words import lexicon

    lex = lexicon()
    for m in re.finditer("还将", sentence):
        words = lex.cut(sentence[m.end():m.end() + 8])
        tag = lex.tag(words[0]) if words else None
        thing = (tag or "").startswith(("n", "s", "r")) or (tag == "m" and words[0] not in TOGETHER)
        if not (words and (words[0][0].isdigit() or thing)):
            return True
    return False



# What someone is quoted as saying (“我们社区老年人多，…”王红梅说): their words, not the
# report's account of what was done (no activity type, no count of the activity).
SAYS = "说|表示|感慨|感叹|坦言|告诉记者"  # the verbs that tell who said a quote
SPEECH = re.compile(rf"“[^“”]{{8,200}}”(?=[^，。；！？“”]{{0,16}}?(?:{SAYS}|道))"
                    r"|(?:(?<=[说道][：，,])|(?<=(?:表示|坦言|解释|回忆|感慨)[：:，,]))“[^“”]{8,200}”"  # (…孙永海说，“就是…”)
                    r"|(?<=[讲谈聊问答念读喊][起道到][：:])“[^“”]{8,200}”")  # (从村里的变化讲起：“全会提出…”)
# Right after a closing quote: who said it (王大爷说。, 他笑着表示), so the quote and its speaker are one sentence.
SPEAKER_AFTER = re.compile(rf"[^，。；！？“”]{{0,16}}?(?:{SAYS}|道|介绍|笑着|称)|[，,]")


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int | None  # index into article.paragraphs; None for title and headings
    text: str


@dataclass
class ArticleText:
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _bounds: object = None

    @property
    def bounds(self):
        """flags[i] = 1 where a word starts or ends (words.Boundaries, worked out on demand)."""
        if self._bounds is None:
            from .words import Boundaries, lexicon

            self._bounds = Boundaries(lexicon(), self.text)
        return self._bounds

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(i, 0)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences: a stop ends one only outside quotes and brackets,
    and a closing quote right after a stop stays with its sentence.  A quote
    that closes on a stop ends its sentence too, unless its speaker follows
    (“…比亲人还亲。”据了解，… is two sentences; “…还亲。”王大爷说。 one)."""
    spans, start, depth, i = [], 0, 0, 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
            if depth == 0 and ch == "”" and i and text[i - 1] in _ENDS and i + 1 < n \
                    and not SPEAKER_AFTER.match(text, i + 1):
                spans.append((start, i + 1))
                start = i = i + 1
                continue
        elif ch in _ENDS and depth == 0:
            j = i + 1
            while j < n and (text[j] in _ENDS or text[j] in _CLOSE):
                j += 1
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    return spans


def article_text(title: str | None, headings: list[str], paragraphs: list[str]) -> ArticleText:
    """Title, headings and paragraphs joined by newlines, split into sentences."""
    parts: list[tuple[str, int | None]] = []
    if title:
        parts.append((title, None))
    parts += [(h, None) for h in headings]
    parts += [(p, i) for i, p in enumerate(paragraphs)]
    pieces, sentences, offset = [], [], 0
    for raw, index in parts:
        block = raw.translate(_FULLWIDTH).replace("\n", " ")
        for s, e in split_sentences(block):
            sentences.append(Sentence(offset + s, offset + e, index, block[s:e].strip()))
        pieces.append(block)
        offset += len(block) + 1
    text = "\n".join(pieces)
    return ArticleText(text, sentences, [s.start for s in sentences])
