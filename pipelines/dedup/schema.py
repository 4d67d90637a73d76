"""Tables, columns and views the dedup stage owns.

- articles gains cluster_id, mirror_of, placement ("original"|"reprint"|"mirror");
- clusters: one row per story (first article, outlet and date, placements,
  placements by outlet as JSON, mirror count);
- dedup_signatures: the MinHash of every clustered article, so updates are
  incremental and survive restarts; dedup_state: a generation counter;
- coverage views count a story once and leave mirrors out; the
  *_with_mirrors views and mirror_copies show the copies.
"""
from __future__ import annotations

ROLE_COLUMNS = ("script_converted, pinyin_annotated, byte_damage, seo_spam, mirror, "
                "cluster_id, mirror_of, placement")

ARTICLE_COLUMNS = {"cluster_id": int, "mirror_of": str, "placement": str}
FLAG_COLUMNS = ("script_converted", "pinyin_annotated", "byte_damage", "seo_spam", "mirror")

TABLES = """
create table if not exists dedup_signatures (
    article_id text primary key,
    cluster_id integer,
    text_hash text,
    shingles integer,
    chars integer,
    signature blob,
    version text
);
create index if not exists dedup_signatures_text_hash on dedup_signatures (text_hash);
create table if not exists dedup_state (key text primary key, value text);
create table if not exists clusters (
    id integer primary key,
    first_article text,
    first_outlet text,
    first_published text,
    placements integer,
    outlets text,
    mirrors integer,
    articles integer
);
"""

VIEWS = {
    "coverage_by_month": """
        select substr(first_published, 1, 7) as month, count(*) as stories,
               sum(placements) as placements
        from clusters where placements > 0 group by month order by month""",
    "coverage_by_month_with_mirrors": """
        select substr(first_published, 1, 7) as month, count(*) as stories,
               sum(placements) as placements, sum(mirrors) as mirrors
        from clusters group by month order by month""",
    "coverage_by_outlet": """
        select coalesce(outlet, site) as outlet, count(distinct cluster_id) as stories,
               count(*) as placements,
               sum(placement = 'original') as originals, sum(placement = 'reprint') as reprints
        from articles where placement in ('original', 'reprint')
        group by coalesce(outlet, site) order by stories desc""",
    "mirror_copies": """
        select m.id as mirror, m.site as mirror_site, m.url as mirror_url,
               o.id as original, coalesce(o.outlet, o.site) as original_outlet,
               o.url as original_url, m.cluster_id
        from articles m left join articles o on o.id = m.mirror_of
        where m.placement = 'mirror'""",
}


def ensure_schema(db) -> None:
    """Create what dedup needs; the articles table must exist already."""
    if "articles" not in db.table_names():
        raise RuntimeError("no articles table: store some articles before clustering them")
    db.executescript(TABLES)
    articles = db["articles"]
    have = set(articles.columns_dict)
    for column, kind in ARTICLE_COLUMNS.items():
        if column not in have:
            articles.add_column(column, kind)
    for column in FLAG_COLUMNS:
        if column not in have:
            articles.add_column(column, int)
    db.execute("create index if not exists articles_cluster_id on articles (cluster_id)")
    for name, sql in VIEWS.items():
        db.execute(f"create view if not exists {name} as {sql}")


def coverage(db, by: str = "month", include_mirrors: bool = False) -> list[dict]:
    """Stories per month or per outlet, each cluster counted once; mirrors only when asked."""
    if by == "month":
        view = "coverage_by_month_with_mirrors" if include_mirrors else "coverage_by_month"
    elif by == "outlet":
        if include_mirrors:
            sql = ("select coalesce(outlet, site) as outlet, count(distinct cluster_id) as stories,"
                   " count(*) as placements, sum(placement = 'mirror') as mirrors from articles"
                   " where placement is not null group by coalesce(outlet, site) order by stories desc")
            return list(db.query(sql))
        view = "coverage_by_outlet"
    else:
        raise ValueError(f"coverage by {by!r}: use by='month' or by='outlet'")
    return list(db.query(f"select * from {view}"))
