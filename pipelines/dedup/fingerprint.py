"""Fingerprints of article text: a hash for exact copies, a MinHash for near ones.

Text is first normalised so that a spam mirror and its original read the
same: NFKC, Traditional to Simplified (OpenCC t2s), pinyin annotations
dropped (開(kāi)展 -> 开展, including the remnants byte damage leaves, "dòng)"),
punctuation, whitespace and lost-byte marks (? and U+FFFD) dropped.  The
normalised text is segmented with jieba (segment.py), and word k-grams (shingles) are
hashed into a datasketch MinHash.

jieba and OpenCC load lazily, on the first text, never at import.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import numpy as np

from .segment import segmenter

NUM_PERM = 128
SHINGLE_WORDS = 3
MINHASH_SEED = 1
SCHEME = "affine32"
FINGERPRINT_VERSION = "1"  # change when anything below changes what a fingerprint holds

# Pinyin letters: ASCII plus the tone-marked vowels (ā á ǎ à ... ǖ ǘ ǚ ǜ, ń ň ǹ ḿ).
_PINYIN_LETTER = "a-zA-Z\u00e0-\u00fc\u0100-\u017f\u01cd-\u01dc\u01f8\u01f9\u1e3f"
_TONE_MARKED = "\u00e0-\u00fc\u0100-\u017f\u01cd-\u01dc\u01f8\u01f9\u1e3f"
_BRACKETED_PINYIN = re.compile(rf"[(\[]\s*[{_PINYIN_LETTER}]{{1,7}}\s*[)\]]")
# What byte damage leaves of an annotation: "dòng)" with its "(" eaten, or "(dò" cut short.
_PINYIN_REMNANT = re.compile(
    rf"[{_PINYIN_LETTER}]*[{_TONE_MARKED}][{_PINYIN_LETTER}]*\)?|[{_PINYIN_LETTER}]{{1,7}}\)|\([{_PINYIN_LETTER}]{{1,7}}"
)
_NOT_WORD = re.compile(r"[\W_]+")

# Words too common in this genre to say anything about which story a text is.
STOPWORDS = frozenset("的 了 和 与 及 在 是 为 对 等 也 将 并 把 被 从 向 中 上 下 这 其 以 到 由 就 都 又 还 着 之".split())


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def strip_pinyin(text: str) -> str:
    """Drop pinyin annotations and the remnants byte damage leaves of them."""
    return _PINYIN_REMNANT.sub("", _BRACKETED_PINYIN.sub("", text))


def normalise_text(text: str) -> str:
    """Simplified, pinyin-free text without punctuation or whitespace."""
    text = unicodedata.normalize("NFKC", text or "")
    text = strip_pinyin(text)
    text = _t2s().convert(text)
    return _NOT_WORD.sub("", text).lower()


def text_hash(normalised: str) -> str:
    """sha1 of normalised text: equal for exact copies, whatever their script."""
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def tokens(normalised: str) -> list[str]:
    """jieba words (dictionary route, no HMM), stopwords left out."""
    return [t for t in segmenter().cut(normalised) if t not in STOPWORDS]


def shingle_hashes(words: list[str], k: int = SHINGLE_WORDS) -> list[int]:
    """32-bit hashes of the distinct word k-grams (the whole text if shorter)."""
    if len(words) < k:
        return [zlib.crc32("\x1f".join(words).encode("utf-8"))] if words else []
    joined = ["\x1f".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)]
    return list({zlib.crc32(s) for s in joined})


@lru_cache(maxsize=1)
def _empty_minhash():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=SCHEME, hashfunc=_identity)


def _identity(value: int) -> int:
    return value


@dataclass
class Fingerprint:
    text_hash: str
    shingles: int            # number of distinct shingles
    chars: int               # length of the normalised text
    hashvalues: np.ndarray   # MinHash signature, uint32[NUM_PERM]

    def signature_bytes(self) -> bytes:
        return self.hashvalues.astype("<u4").tobytes()


def fingerprint(text: str) -> Fingerprint:
    norm = normalise_text(text)
    hashes = shingle_hashes(tokens(norm))
    m = _empty_minhash().copy()
    if hashes:
        m.update_batch(hashes)
    return Fingerprint(text_hash(norm), len(hashes), len(norm), m.hashvalues.astype(np.uint32))


def _fingerprint_tuple(text: str) -> tuple[str, int, int, bytes]:
    fp = fingerprint(text)
    return fp.text_hash, fp.shingles, fp.chars, fp.signature_bytes()


def signature_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def iter_fingerprints(texts: list[str], workers: int | None = None) -> Iterator[Fingerprint]:
    """Fingerprints of many texts in order, each distinct text made once.

    Batches of 2,000 texts or more are spread over the CPU cores, and the
    fingerprints stream back while the caller works on the earlier ones.
    """
    distinct = list(dict.fromkeys(texts))
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(distinct) < 2000:
        made: Iterator[Fingerprint] = map(fingerprint, distinct)
        yield from _repeat_for_copies(texts, distinct, made)
        return
    import multiprocessing as mp

    segmenter(), _t2s(), _empty_minhash()  # load once, shared with forked workers
    with mp.get_context("fork").Pool(workers) as pool:
        rows = pool.imap(_fingerprint_tuple, distinct, chunksize=64)
        made = (Fingerprint(h, n, c, signature_from_bytes(b)) for h, n, c, b in rows)
        yield from _repeat_for_copies(texts, distinct, made)


def _repeat_for_copies(texts: list[str], distinct: list[str], made: Iterator[Fingerprint]):
    if len(distinct) == len(texts):
        yield from made
        return
    done: dict[str, Fingerprint] = {}
    for text in texts:
        while text not in done:
            done[distinct[len(done)]] = next(made)
        yield done[text]


def fingerprints(texts: list[str], workers: int | None = None) -> list[Fingerprint]:
    return list(iter_fingerprints(texts, workers))


def estimate_similarity(a: Fingerprint, b: Fingerprint) -> tuple[float, float]:
    """(Jaccard, containment of the smaller text in the larger), from the signatures."""
    j = float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM
    small = min(a.shingles, b.shingles)
    if small == 0:
        return j, 0.0
    shared = j / (1.0 + j) * (a.shingles + b.shingles)
    return j, min(1.0, shared / small)
