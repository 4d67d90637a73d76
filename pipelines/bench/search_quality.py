"""Which Chinese search rule finds what a substring search finds?

    wenming bench search_quality

Indexes the bundled samples and the test articles (tests/fixtures) in
memory with four rules and runs the query list of
tests/fixtures/search_queries.txt, comparing each result with a substring
search of title and body: FTS5's default tokenizer (unicode61), its trigram
tokenizer, jieba words (search mode, the query cut the same way, words as a
phrase), and the character pairs of pipelines/search/segment.py, which the
knowledge base uses.  Prints recall and precision for each.
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from pipelines import store
from pipelines.importer import import_files
from pipelines.search import segment

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def texts() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "samples.db")
        import_files(db, [ROOT / "data" / "samples"], progress=None)
        found = [f"{r['title'] or ''}\n{r['body'] or ''}" for r in db.query("select title, body from articles")]
    for line in (FIXTURES / "search_articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            found.append(item["title"] + "\n" + "\n".join(item["paragraphs"]))
    return found


def jieba_rule():
    import jieba

    jieba.setLogLevel(60)

    def index(text: str) -> str:
        return " ".join(t for t in jieba.cut_for_search(segment.normalise(text)) if t.strip())

    def query(word: str) -> str:
        toks = [t for t in jieba.cut(segment.normalise(word)) if re.search(r"\w", t)]
        return '"' + " ".join(toks) + '"'
    return index, query


def quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


RULES = {
    "unicode61": ("unicode61", lambda t: t, quote),
    "trigram": ("trigram", lambda t: t, quote),
    "jieba": ("unicode61", None, None),
    "pairs": ("unicode61", segment.index_text, segment.phrase),
}


def measure(name: str, docs: list[str], queries: list[str]) -> tuple[float, float]:
    tokenizer, index, query = RULES[name]
    if name == "jieba":
        index, query = jieba_rule()
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create virtual table f using fts5(text, tokenize='{tokenizer}')")
    conn.executemany("insert into f(rowid, text) values(?, ?)", [(i, index(d)) for i, d in enumerate(docs)])
    hits = found_total = truth_total = 0
    for q in queries:
        words = q.split()
        truth = {i for i, d in enumerate(docs) if all(segment.normalise(w) in segment.normalise(d) for w in words)}
        expr = " AND ".join(query(w) for w in words)
        try:
            found = {r[0] for r in conn.execute("select rowid from f where f match ?", [expr])}
        except sqlite3.OperationalError:
            found = set()
        hits += len(found & truth)
        found_total += len(found)
        truth_total += len(truth)
    return hits / truth_total, (hits / found_total if found_total else 0.0)


def main(argv: list[str] | None = None) -> int:
    queries = [q for q in (FIXTURES / "search_queries.txt").read_text(encoding="utf-8").splitlines()
               if q.strip() and not q.startswith("#") and " OR " not in q]
    docs = texts()
    print(f"{len(queries)} queries over {len(docs)} articles, against substring search")
    for name in RULES:
        recall, precision = measure(name, docs, queries)
        print(f"{name:10} recall {recall:.3f}  precision {precision:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
