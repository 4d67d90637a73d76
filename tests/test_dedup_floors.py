"""Floors for story clustering on the labelled set: raise them when the code gets better."""
import sqlite_utils

from pipelines.bench.dedup import pairwise, run_labelled
from pipelines.bench import dedup_testset as testset

PRECISION_FLOOR = 0.98
RECALL_FLOOR = 0.95


def test_labelled_set_is_big_and_hard_enough():
    articles = testset.labelled_articles()
    assert len(articles) >= 200
    roles = {a["role"] for a in articles}
    assert roles == {"original", "reprint", "mirror"}
    stories = {a["story"] for a in articles}
    assert len(stories) >= 30


def test_pairwise_precision_and_recall_hold_their_floors():
    scores = run_labelled(sqlite_utils.Database(memory=True), batch=25)
    assert scores["precision"] >= PRECISION_FLOOR
    assert scores["recall"] >= RECALL_FLOOR
    assert scores["mirrors_linked"] >= 0.95


def test_pairwise_counts_pairs_not_articles():
    truth = {"a": 1, "b": 1, "c": 2, "d": 2}
    scores = pairwise(truth, {"a": 7, "b": 7, "c": 7, "d": 8})
    assert scores["precision"] == 1 / 3  # a-b right; a-c, b-c wrong
    assert scores["recall"] == 1 / 2     # a-b found, c-d missed
