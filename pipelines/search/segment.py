"""Chinese text as search tokens: the same rule for the index and the query.

SQLite's own tokenizers cannot find two-character Chinese words inside
longer runs of Han characters, and Python's sqlite3 cannot register a
tokenizer.  So the index stores text already cut into tokens (separated by
spaces, read by FTS5's unicode61 tokenizer), and a search is cut the same
way before it reaches FTS5:

- a run of Han characters becomes its overlapping character pairs
  (志愿服务 -> 志愿 愿服 服务); a lone Han character stays as it is;
- a run of letters or digits is one token, lower-cased (APP, 2023, 5G).

A search is converted to Simplified script first (parsers.chinese, as the
parser converts pages), so 志願服務 finds what 志愿服务 finds.

Known gap: a lone Han character is matched only where it starts a pair or
stands alone, so 年 alone misses 今年; inside a longer search it is found.

A search word becomes the phrase of its tokens, so 志愿服务 matches exactly
where the text holds 志愿服务 and nowhere else: what a substring search
finds, at index speed.  Words split by spaces must all match (AND); OR
between words keeps either.
"""
from __future__ import annotations

import re
import unicodedata
from operator import add

from parsers.chinese import to_simplified

# Raise when index_text changes: stores indexed with an older rule are re-indexed
# when opened (index.ensure_current_rule), since old rows are removed by their tokens.
INDEX_RULE = 1
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
RUN = re.compile(f"(?P<han>[{HAN}]+)|(?P<word>[^\\W_{HAN}]+)")
QUOTED = re.compile(r'"([^"]*)"|(\S+)')


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def runs(text: str) -> list[tuple[str, str]]:
    """(kind, run) pairs: kind is 'han' or 'word'."""
    return [(m.lastgroup, m.group()) for m in RUN.finditer(normalise(text))]


def run_tokens(kind: str, run: str) -> list[str]:
    if kind == "word" or len(run) == 1:
        return [run]
    return list(map(add, run, run[1:]))


def tokens(text: str) -> list[str]:
    return [tok for kind, run in runs(text) for tok in run_tokens(kind, run)]


def index_text(text: str | None) -> str:
    """The text as stored in the search index: tokens separated by spaces."""
    out = []
    for m in RUN.finditer(normalise(text or "")):
        run = m.group()
        out.append(" ".join(map(add, run, run[1:])) if m.lastgroup == "han" and len(run) > 1 else run)
    return " ".join(out)


def phrase(word: str) -> str | None:
    """One search word as an FTS5 phrase, or None when it holds no token."""
    word_runs = runs(word)
    toks = [tok for kind, run in word_runs for tok in run_tokens(kind, run)]
    if not toks:
        return None
    kind, last = word_runs[-1]
    lone_han_last = kind == "han" and len(last) == 1
    if len(toks) == 1 and lone_han_last:
        # A lone Han character is the first half of a pair, or a pair of its own.
        return f'("{toks[0]}" OR "{toks[0]}"*)'
    # 2025年 is 2025 then a token starting with 年 (年城 in 2025年城乡); app also finds apps,
    # but 30 does not find 300.
    prefix = lone_han_last or (kind == "word" and not last.isdigit())
    return '"' + " ".join(toks) + ('"*' if prefix else '"')


def fts_query(search: str | None) -> str:
    """A search as typed (义诊 巡逻, "关爱老人", 志愿服务 OR 义诊) as an FTS5 query.

    A search with nothing to look for (only punctuation) gives '""', which matches nothing.
    """
    parts: list[str] = []
    for m in QUOTED.finditer(to_simplified(search or "")):
        word = m.group(1) if m.group(1) is not None else m.group(2)
        if word == "OR" and m.group(1) is None:
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        p = phrase(word)
        if p:
            parts.append(p)
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or '""'


def search_words(search: str | None) -> list[str]:
    """The words of a search, for highlighting (OR and quotes dropped)."""
    words = []
    for m in QUOTED.finditer(to_simplified(search or "")):
        word = m.group(1) if m.group(1) is not None else m.group(2)
        if word != "OR" and tokens(word):
            words.append(normalise(word))
    return words
