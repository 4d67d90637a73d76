"""`wenming stats`: per outlet, what the crawls fetched, kept, lost, and which fields came out empty;
then the whole knowledge base: articles by way in (import, crawl, archive), versions not shown,
failed pages by stage and reason (the failures table, imports and crawls alike)."""
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
    other = [fd for name, fd in fields.items() if name not in set(names.values())]
    if other:  # imported pages of sites that are no outlet of sources.toml
        sums = [sum(fd[i] or 0 for fd in other) for i in range(1, 5)]
        rows.append(dict(zip(COLUMNS, ("(other sites)", 0, 0, 0, 0, 0, 0, *sums, ""))))
    return rows


def base_summary(db) -> list[str]:
    """Articles by way in, versions kept back, failed pages by stage and their commonest reasons."""
    ways = dict(db.execute("select coalesce(r.via, 'import'), count(*) from articles a "
                           "left join raw_pages r on r.id = a.raw_id group by 1").fetchall())
    total = sum(ways.values())
    lines = [f"articles: {total} ({', '.join(f'{n} by {way}' for way, n in sorted(ways.items())) or 'none yet'})"]
    if db["versions"].exists():
        back = db.execute("select count(*) from versions where shown = 0").fetchone()[0]
        if back:
            lines.append(f"versions kept but not shown: {back} (see the versions table, column note)")
    stages = db.execute("select coalesce(stage, 'parse'), count(*) from failures group by 1 order by 2 desc").fetchall()
    failed = sum(n for _, n in stages)
    lines.append(f"failed pages: {failed}" + (f" ({', '.join(f'{n} at {s}' for s, n in stages)}); "
                                              "raw bytes kept in the failures table, `wenming reparse` retries them"
                                              if failed else ""))
    for reason, n in db.execute("select substr(reason, 1, 100), count(*) from failures group by 1 "
                                "order by 2 desc limit 8").fetchall():
        lines.append(f"  {n} x {reason}")
    return lines


def render_all(db) -> str:
    parts = [render(outlet_stats(db)), "", *base_summary(db)]
    errors = error_summary(db)
    if errors:
        parts += ["", "fetch errors:", *(f"  {outlet}: {n} x {error}" for outlet, error, n in errors)]
    return "\n".join(parts)


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
