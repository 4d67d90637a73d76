"""`wenming stats`: per outlet, what the crawls fetched, kept, lost, and which fields came out empty."""
from __future__ import annotations

from crawler.sources import load_outlets

COLUMNS = ("outlet", "fetches", "fetch_errors", "listings", "stored", "parse_failed", "off_topic",
           "articles", "no_title", "no_date", "no_body", "last_crawl")


def outlet_stats(db) -> list[dict]:
    names = {k: o.name for k, o in load_outlets().items()}
    log = {r[0]: r for r in db.execute(
        "select outlet, count(*), sum(error is not null), sum(kind = 'listing'), "
        "sum(kind = 'article' and outcome = 'stored'), sum(kind = 'article' and outcome = 'parse-failed'), "
        "sum(kind = 'article' and outcome = 'off-topic'), max(fetched_at) from crawl_log group by outlet").fetchall()}
    fields = {r[0]: r for r in db.execute(
        "select outlet, count(*), sum(coalesce(title, '') = ''), sum(coalesce(published, '') = ''), "
        "sum(coalesce(body, '') = '') from articles group by outlet").fetchall()}
    rows = []
    for key, name in names.items():
        lg, fd = log.get(key), fields.get(name)
        if not lg and not fd:
            continue
        lg, fd = lg or (key, 0, 0, 0, 0, 0, 0, None), fd or (name, 0, 0, 0, 0)
        rows.append(dict(zip(COLUMNS, (key, *lg[1:7], *fd[1:5], lg[7] or ""))))
    return rows


def error_summary(db) -> list[tuple[str, str, int]]:
    return db.execute("select outlet, error, count(*) from crawl_log where error is not null "
                      "group by outlet, error order by outlet, count(*) desc").fetchall()


def render(rows: list[dict], errors: list | None = None) -> str:
    if not rows:
        return "no crawls yet: run `wenming crawl --all` (the local sample sites) or `wenming crawl OUTLET --live`"
    widths = {c: max(len(c), *(len(str(r[c] if r[c] is not None else 0)) for r in rows)) for c in COLUMNS}
    lines = ["  ".join(c.ljust(widths[c]) for c in COLUMNS)]
    lines += ["  ".join(str(r[c] if r[c] is not None else 0).ljust(widths[c]) for c in COLUMNS) for r in rows]
    return "\n".join(lines)
