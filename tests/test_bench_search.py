"""The search benchmark runs end to end on a small corpus and prints its figures."""
from __future__ import annotations

import sqlite3

from pipelines.bench import search


def test_bench_builds_a_searchable_corpus_and_times_it(tmp_path, capsys):
    db = tmp_path / "other.db"  # any file name: the server names the database after it
    assert search.main(["--articles", "300", "--repeat", "1", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for figure in ("build:", "bytes/article", "search box page, HTML", "rows only, JSON", "p95"):
        assert figure in out
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 300
    assert conn.execute("select count(*) from articles_fts where articles_fts match '\"志愿 愿服 服务\"'").fetchone()[0] > 0


def test_synthetic_index_rows_are_what_the_store_would_index():
    from pipelines.search.segment import index_text

    corpus = search.Corpus(seed=3)
    for n in range(200):
        row, (rowid, title_tokens, body_tokens) = corpus.article(n)
        assert rowid == row[0] == n
        assert title_tokens == index_text(row[4])
        assert body_tokens == index_text(row[8])
