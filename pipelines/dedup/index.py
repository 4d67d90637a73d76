"""The story index: MinHash signatures banded for LSH, kept in the database.

Signatures (datasketch MinHash, 128 permutations) live in the
`dedup_signatures` table, so the index survives a restart: it is loaded from
there once per process and then kept up to date in memory by each update.
A generation number in `dedup_state` tells a process when another one
changed the table, and the index is reloaded.

Banding: the first BANDS * ROWS hash values make BANDS keys of ROWS values;
two texts sharing any key are candidates, then checked on the whole
signature.  With 32 bands of 3, a pair is a candidate with probability
0.95 at Jaccard 0.45, 0.986 at 0.5, 0.9996 at 0.6, and 0.0003 at 0.02 (what
unrelated stories of the genre share).  The bands are kept as plain dicts
of integer keys: datasketch's MinHashLSH keeps a set per bucket, which cost
0.4 ms and about 8 KB per article (1.6 GB for 100,000); this costs a tenth.

The thresholds were set on pairs built from our own stories (testset.py):
same-story pairs sit at Jaccard 0.51 and containment 0.79 or more, distinct
stories that repeat a whole background paragraph at Jaccard 0.36 and
containment 0.59 or less.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .fingerprint import FINGERPRINT_VERSION, NUM_PERM, Fingerprint, signature_from_bytes

BANDS, ROWS = 32, 3
SAME_STORY_JACCARD = 0.45     # two texts are one story at this Jaccard...
SAME_STORY_CONTAINMENT = 0.7  # ...or when this much of the shorter is in the longer
MIN_SHINGLES_CONTAINED = 20   # a text shorter than this is not judged by containment
MIN_CHARS = 30                # texts shorter than this (normalised) are never clustered

_MIX = np.random.RandomState(20240516).randint(1, 2**62, size=ROWS, dtype=np.int64).astype(np.uint64) | 1


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One integer key per band: rows (n, BANDS) for signatures (n, NUM_PERM)."""
    bands = signatures[:, : BANDS * ROWS].reshape(len(signatures), BANDS, ROWS).astype(np.uint64)
    return (bands * _MIX).sum(axis=2, dtype=np.uint64)


def similar(fp: Fingerprint, signatures: np.ndarray, shingles: np.ndarray) -> np.ndarray:
    """Is fp the same story as each stored signature (rows of a matrix)?"""
    j = (signatures == fp.hashvalues).sum(axis=1) / NUM_PERM
    small = np.minimum(shingles, fp.shingles)
    shared = j / (1.0 + j) * (shingles + fp.shingles)
    contained = np.where(small > 0, shared / np.maximum(small, 1), 0.0)
    return (j >= SAME_STORY_JACCARD) | ((contained >= SAME_STORY_CONTAINMENT)
                                       & (small >= MIN_SHINGLES_CONTAINED))


@dataclass
class StoryIndex:
    generation: int = 0
    cluster_of: dict[str, int] = field(default_factory=dict)
    members: dict[int, set[str]] = field(default_factory=dict)
    next_cluster: int = 1
    row_of: dict[str, int] = field(default_factory=dict)
    article_at: list = field(default_factory=list)       # row -> article id (None once removed)
    hash_of: dict[str, str] = field(default_factory=dict)
    by_hash: dict[str, set[str]] = field(default_factory=dict)
    bands: list = field(default_factory=lambda: [{} for _ in range(BANDS)])
    signatures: np.ndarray = field(default_factory=lambda: np.zeros((1024, NUM_PERM), np.uint32))
    shingles: np.ndarray = field(default_factory=lambda: np.zeros(1024, np.int64))
    chars: np.ndarray = field(default_factory=lambda: np.zeros(1024, np.int64))

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.row_of

    def fingerprint(self, article_id: str) -> Fingerprint:
        row = self.row_of[article_id]
        return Fingerprint(self.hash_of[article_id], int(self.shingles[row]), int(self.chars[row]),
                           self.signatures[row])

    def _new_row(self, article_id: str, fp: Fingerprint) -> int:
        row = len(self.article_at)
        if row == len(self.shingles):
            self.signatures = np.concatenate([self.signatures, np.zeros_like(self.signatures)])
            self.shingles = np.concatenate([self.shingles, np.zeros_like(self.shingles)])
            self.chars = np.concatenate([self.chars, np.zeros_like(self.chars)])
        self.signatures[row], self.shingles[row], self.chars[row] = fp.hashvalues, fp.shingles, fp.chars
        self.article_at.append(article_id)
        self.row_of[article_id] = row
        return row

    def add(self, article_id: str, fp: Fingerprint, cluster_id: int, keys=None) -> None:
        row = self._new_row(article_id, fp)
        self.hash_of[article_id] = fp.text_hash
        self.cluster_of[article_id] = cluster_id
        self.members.setdefault(cluster_id, set()).add(article_id)
        self.next_cluster = max(self.next_cluster, cluster_id + 1)
        if fp.chars < MIN_CHARS:
            return
        self.by_hash.setdefault(fp.text_hash, set()).add(article_id)
        for table, key in zip(self.bands, keys if keys is not None else self.keys(fp)):
            held = table.get(key)
            if held is None:
                table[key] = row
            elif isinstance(held, list):
                held.append(row)
            else:
                table[key] = [held, row]

    def keys(self, fp: Fingerprint) -> list[int]:
        return band_keys(fp.hashvalues[None, :])[0].tolist()

    def remove(self, article_id: str) -> int:
        """Take an article out; returns the cluster it was in.  Its bucket entries go stale."""
        row = self.row_of.pop(article_id)
        self.article_at[row] = None
        text_hash = self.hash_of.pop(article_id)
        self.by_hash.get(text_hash, set()).discard(article_id)
        cluster_id = self.cluster_of.pop(article_id)
        self.members[cluster_id].discard(article_id)
        if not self.members[cluster_id]:
            del self.members[cluster_id]
        return cluster_id

    def matches(self, fp: Fingerprint, keys: list[int] | None = None) -> set[str]:
        """Indexed articles that tell the same story as fp."""
        if fp.chars < MIN_CHARS:
            return set()
        found = set(self.by_hash.get(fp.text_hash, ()))
        rows: set[int] = set()
        for table, key in zip(self.bands, keys if keys is not None else self.keys(fp)):
            held = table.get(key)
            if held is None:
                continue
            if isinstance(held, list):
                rows.update(held)
            else:
                rows.add(held)
        rows = [r for r in rows if self.article_at[r] is not None and self.article_at[r] not in found]
        if rows:
            hits = similar(fp, self.signatures[rows], self.shingles[rows])
            found.update(self.article_at[r] for r, hit in zip(rows, hits) if hit)
        return found

    def new_cluster(self) -> int:
        self.next_cluster += 1
        return self.next_cluster - 1

    def move(self, article_id: str, cluster_id: int) -> None:
        old = self.cluster_of[article_id]
        self.members[old].discard(article_id)
        if not self.members[old]:
            del self.members[old]
        self.cluster_of[article_id] = cluster_id
        self.members.setdefault(cluster_id, set()).add(article_id)

    def components(self, cluster_id: int) -> list[set[str]]:
        """The cluster's members split into groups that still hold together."""
        left = set(self.members.get(cluster_id, ()))
        groups = []
        while left:
            seed = left.pop()
            group, frontier = {seed}, [seed]
            while frontier:
                current = self.fingerprint(frontier.pop())
                others = sorted(left)
                rows = [self.row_of[m] for m in others]
                hits = similar(current, self.signatures[rows], self.shingles[rows]) if rows else []
                linked = {m for m, hit in zip(others, hits) if hit or self.hash_of[m] == current.text_hash}
                left -= linked
                group |= linked
                frontier.extend(linked)
            groups.append(group)
        return groups


def load_index(db) -> StoryIndex:
    """Every stored signature into a fresh index (on first use, or after another writer)."""
    index = StoryIndex(generation=stored_generation(db))
    rows = db.execute("select article_id, cluster_id, text_hash, shingles, chars, signature, version "
                      "from dedup_signatures").fetchall()
    stale = sum(r[6] != FINGERPRINT_VERSION for r in rows)
    if stale:
        raise RuntimeError(
            f"{stale} stored signatures were made by another fingerprint version; drop table "
            "dedup_signatures and run the dedup update over all articles again")
    prints = [Fingerprint(r[2], r[3], r[4], signature_from_bytes(r[5])) for r in rows]
    keys = band_keys(np.stack([p.hashvalues for p in prints])).tolist() if prints else []
    for r, fp, k in zip(rows, prints, keys):
        index.add(r[0], fp, r[1], k)
    return index


def stored_generation(db) -> int:
    row = db.execute("select value from dedup_state where key = 'generation'").fetchone()
    return int(row[0]) if row else 0


_CACHE: dict[object, StoryIndex] = {}


def _cache_key(db) -> object:
    path = db.execute("pragma database_list").fetchone()[2]
    return path or id(db.conn)


def index_for(db) -> StoryIndex:
    """The in-memory index for this database, loaded from it when stale."""
    key = _cache_key(db)
    index = _CACHE.get(key)
    if index is None or index.generation != stored_generation(db):
        index = load_index(db)
        _CACHE[key] = index
    return index


def forget(db) -> None:
    """Drop this database's in-memory index (the next update loads it from the DB)."""
    _CACHE.pop(_cache_key(db), None)
