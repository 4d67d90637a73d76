"""The story index: MinHash signatures in an LSH index, kept in the database.

Signatures live in the `dedup_signatures` table, so the index survives a
restart: it is loaded from there once per process and then kept up to date
in memory by each update.  A generation number in `dedup_state` tells a
process when another one changed the table, and the index is reloaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .fingerprint import (FINGERPRINT_VERSION, MINHASH_SEED, NUM_PERM, SCHEME, Fingerprint,
                          estimate_similarity, signature_from_bytes)

LSH_THRESHOLD = 0.3          # candidates: estimated Jaccard about this or more
SAME_STORY_JACCARD = 0.35    # two texts are one story at this Jaccard...
SAME_STORY_CONTAINMENT = 0.6  # ...or when this much of the shorter is in the longer
MIN_SHINGLES_CONTAINED = 20  # a text shorter than this is not judged by containment
MIN_CHARS = 30               # texts shorter than this (normalised) are never clustered


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    if a.text_hash == b.text_hash:
        return True
    j, contained = estimate_similarity(a, b)
    if j >= SAME_STORY_JACCARD:
        return True
    return contained >= SAME_STORY_CONTAINMENT and min(a.shingles, b.shingles) >= MIN_SHINGLES_CONTAINED


def similar(fp: Fingerprint, signatures: np.ndarray, shingles: np.ndarray) -> np.ndarray:
    """same_story() of fp against many stored signatures at once (rows of a matrix)."""
    j = (signatures == fp.hashvalues).sum(axis=1) / NUM_PERM
    small = np.minimum(shingles, fp.shingles)
    shared = j / (1.0 + j) * (shingles + fp.shingles)
    contained = np.where(small > 0, shared / np.maximum(small, 1), 0.0)
    return (j >= SAME_STORY_JACCARD) | ((contained >= SAME_STORY_CONTAINMENT)
                                       & (small >= MIN_SHINGLES_CONTAINED))


def lean(fp: Fingerprint):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=MINHASH_SEED, hashvalues=fp.hashvalues, scheme=SCHEME)


def _new_lsh():
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)


@dataclass
class StoryIndex:
    generation: int = 0
    lsh: object = field(default_factory=_new_lsh)
    prints: dict[str, Fingerprint] = field(default_factory=dict)
    cluster_of: dict[str, int] = field(default_factory=dict)
    members: dict[int, set[str]] = field(default_factory=dict)
    by_hash: dict[str, set[str]] = field(default_factory=dict)
    next_cluster: int = 1
    # signatures and shingle counts as matrix rows, to check candidates all at once
    row_of: dict[str, int] = field(default_factory=dict)
    signatures: np.ndarray = field(default_factory=lambda: np.zeros((1024, NUM_PERM), np.uint32))
    shingles: np.ndarray = field(default_factory=lambda: np.zeros(1024, np.int64))
    rows: int = 0

    def clusterable(self, fp: Fingerprint) -> bool:
        return fp.chars >= MIN_CHARS

    def _store_row(self, article_id: str, fp: Fingerprint) -> None:
        if self.rows == len(self.shingles):
            self.signatures = np.concatenate([self.signatures, np.zeros_like(self.signatures)])
            self.shingles = np.concatenate([self.shingles, np.zeros_like(self.shingles)])
        self.signatures[self.rows] = fp.hashvalues
        self.shingles[self.rows] = fp.shingles
        self.row_of[article_id] = self.rows
        self.rows += 1

    def add(self, article_id: str, fp: Fingerprint, cluster_id: int, sketch=None) -> None:
        self.prints[article_id] = fp
        self.cluster_of[article_id] = cluster_id
        self.members.setdefault(cluster_id, set()).add(article_id)
        self.next_cluster = max(self.next_cluster, cluster_id + 1)
        if self.clusterable(fp):
            self._store_row(article_id, fp)
            self.by_hash.setdefault(fp.text_hash, set()).add(article_id)
            self.lsh.insert(article_id, sketch or lean(fp), check_duplication=False)

    def remove(self, article_id: str) -> int:
        """Take an article out; returns the cluster it was in."""
        fp = self.prints.pop(article_id)
        cluster_id = self.cluster_of.pop(article_id)
        self.members[cluster_id].discard(article_id)
        if not self.members[cluster_id]:
            del self.members[cluster_id]
        if self.clusterable(fp):
            del self.row_of[article_id]  # the matrix row stays, unreferenced
            self.by_hash[fp.text_hash].discard(article_id)
            self.lsh.remove(article_id)
        return cluster_id

    def matches(self, fp: Fingerprint, sketch=None) -> set[str]:
        """Indexed articles that tell the same story as fp."""
        if not self.clusterable(fp):
            return set()
        found = set(self.by_hash.get(fp.text_hash, ()))
        candidates = [k for k in self.lsh.query(sketch or lean(fp)) if k not in found]
        if candidates:
            rows = [self.row_of[k] for k in candidates]
            hits = similar(fp, self.signatures[rows], self.shingles[rows])
            found.update(k for k, hit in zip(candidates, hits) if hit)
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
                current = self.prints[frontier.pop()]
                linked = {m for m in left if same_story(current, self.prints[m])}
                left -= linked
                group |= linked
                frontier.extend(linked)
            groups.append(group)
        return groups


def load_index(db) -> StoryIndex:
    """Every stored signature into a fresh index (on first use, or after another writer)."""
    index = StoryIndex(generation=stored_generation(db))
    rows = db.execute(
        "select article_id, cluster_id, text_hash, shingles, chars, signature, version "
        "from dedup_signatures").fetchall()
    stale = [r[0] for r in rows if r[6] != FINGERPRINT_VERSION]
    if stale:
        raise RuntimeError(
            f"{len(stale)} stored signatures were made by another fingerprint version; "
            "run the dedup update over all articles again (drop table dedup_signatures first)")
    for article_id, cluster_id, text_hash, shingles, chars, blob, _ in rows:
        fp = Fingerprint(text_hash, shingles, chars, signature_from_bytes(blob))
        index.add(article_id, fp, cluster_id)
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

