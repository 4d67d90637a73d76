"""The extraction metric of the design (DESIGN.md, "Measuring extraction").

Title + body are compared as bags of character bigrams after NFKC,
Traditional-to-Simplified (著 and 着 as one), and dropping whitespace and punctuation;
precision, recall and F1 per page.  Dates count when they fall on the same
calendar day (or the same month or year when the label is that coarse);
authors count when any name is shared.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

from parsers.chinese import to_simplified

_DROP = re.compile(r"[\W_]+")
NAME_SPLIT = re.compile(r"[\s,，、;；/|]+")
DATE_LABEL = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2}))?(?:[-/.月](\d{1,2}))?")


def normalise(text: str) -> str:
    """NFKC, Simplified script, no punctuation; 著 and 着 count as one
    character (Traditional script writes both as 著, so a label converted
    character by character cannot tell them apart)."""
    text = unicodedata.normalize("NFKC", text or "")
    return _DROP.sub("", to_simplified(text)).lower().replace("著", "着")


def bigrams(text: str) -> Counter:
    t = normalise(text)
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def prf(predicted: str, truth: str) -> tuple[float, float, float]:
    p_bag, t_bag = bigrams(predicted), bigrams(truth)
    if not p_bag or not t_bag:
        return 0.0, 0.0, 0.0
    common = sum((p_bag & t_bag).values())
    p = common / sum(p_bag.values())
    r = common / sum(t_bag.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def date_parts(value: str | None) -> tuple[int, ...] | None:
    """(year[, month[, day]]) from a label or an ISO value; None if not a date."""
    if not value:
        return None
    m = DATE_LABEL.match(value)
    if not m:
        return None
    parts = tuple(int(g) for g in m.groups() if g)
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return parts


def date_matches(predicted: str | None, label: str) -> bool:
    want, got = date_parts(label), date_parts(predicted)
    return bool(want and got and got[: len(want)] == want)


def author_names(label: str) -> set[str]:
    return {n for n in NAME_SPLIT.split(label or "") if n}


def authors_match(predicted: list[str], label: str) -> bool:
    want = author_names(label)
    got = {n for a in predicted for n in author_names(a)}
    return bool(want & got)


def labelled(value: str | None) -> bool:
    """A truth label that can be scored: known, and for dates, a date."""
    return bool(value) and value.strip() != "UNKNOWN"
