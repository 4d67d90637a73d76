"""Learned block weights: each segment's features (text length,
punctuation and link density, tag, position, chrome markup, list shape,
its neighbours') scored by a logistic model trained on the tuning half of
the evaluation pages, the way boilerpipe and Dragnet score blocks.

The model is plain numbers in parsers/html/model/blocks.json, written by
`wenming bench extraction --train-blocks`; `generic.score_learned` turns a
block's probability of being article text into the same kind of score the
rules give, so the rest of the generic extractor (best run, main element,
lists of entries) is unchanged.  Which scorer the extractor uses is the
one that measures better on the checking half (see README, Benchmarks).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from parsers.html.tree import Segment

MODEL = Path(__file__).parent / "model" / "blocks.json"
PUNCT = re.compile(r"[，。！？；：、,.!?;:“”「」（）]")
SENTENCE = re.compile(r"[。！？!?]")
CJK = re.compile(r"[\u3400-\u9fff]")
TAGS = ("p", "div", "td", "li", "span", "font", "h", "br")

NAMES = (["log_len", "punct_density", "sentence_density", "link_ratio", "cjk_share", "chrome", "listed",
          "position", "bold", "img"] + [f"tag_{t}" for t in TAGS]
         + [f"{side}_{name}" for side in ("prev", "next") for name in ("log_len", "punct_density", "link_ratio")])


def _own(seg: Segment) -> list[float]:
    n = max(len(seg.text), 1)
    return [math.log1p(len(seg.text)), len(PUNCT.findall(seg.text)) / n, len(SENTENCE.findall(seg.text)) / n,
            seg.link_ratio]


def features(segs: list[Segment], listed: set[int]) -> list[list[float]]:
    """One row of NAMES per segment."""
    own = [_own(s) for s in segs]
    blank = [0.0, 0.0, 0.0, 0.0]
    rows = []
    for i, seg in enumerate(segs):
        n = max(len(seg.text), 1)
        tag = "h" if seg.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else seg.tag
        prev = own[i - 1] if i else blank
        nxt = own[i + 1] if i + 1 < len(segs) else blank
        rows.append(own[i] + [len(CJK.findall(seg.text)) / n, float(seg.chrome is not None), float(i in listed),
                              i / max(len(segs) - 1, 1), seg.bold / n, float(seg.img)]
                    + [float(tag == t) for t in TAGS]
                    + [prev[0], prev[1], prev[3], nxt[0], nxt[1], nxt[3]])
    return rows


@lru_cache(maxsize=1)
def load() -> tuple[list[float], float, list[float], list[float]] | None:
    """(weights, bias, feature means, feature scales), or None with no model file."""
    if not MODEL.exists():
        return None
    m = json.loads(MODEL.read_text(encoding="utf-8"))
    if m.get("features") != NAMES:
        return None  # a model for other features: retrain it
    return m["weights"], m["bias"], m["mean"], m["scale"]


def probabilities(segs: list[Segment], listed: set[int]) -> list[float] | None:
    model = load()
    if model is None:
        return None
    weights, bias, mean, scale = model
    out = []
    for row in features(segs, listed):
        z = bias + sum(w * (x - mu) / sd for w, x, mu, sd in zip(weights, row, mean, scale))
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def train(rows: list[list[float]], labels: list[int], epochs: int = 400, rate: float = 0.5,
          l2: float = 1e-3) -> dict:
    """A logistic regression by gradient descent on standardised features."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w)
        b -= rate * float((p - y).mean())
    return {"features": NAMES, "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale]}
