"""The knowledge base as readers meet it, through the real server: stories counted
once, a mirror's page, search in Traditional script, pages for reading, feeds and
exports, and what a hostile page or a careless visitor cannot do."""
from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest
import yaml
from openpyxl import load_workbook

from pipelines import serve

from .conftest import running_datasette

HOSTILE = "javascript:alert(document.domain)/*://*/"


def fetch(url: str, **params) -> tuple[int, bytes, dict]:
    if params:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read(), {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as e:
        return e.code, e.read(), {k.lower(): v for k, v in e.headers.items()}


def rows(url: str, **params) -> list[dict]:
    status, body, _ = fetch(url, _shape="objects", _size="max", **params)
    assert status == 200, body[:500]
    return json.loads(body)["rows"]


def sql(url: str, query: str, **params) -> list[dict]:
    return rows(url + "/wenming.json", sql=query, **params)


@pytest.fixture(scope="module")
def base(kb_path, tmp_path_factory):
    """A copy of the knowledge base in which one article's canonical URL is hostile."""
    path = tmp_path_factory.mktemp("reading") / "wenming.db"
    shutil.copy(kb_path, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update articles set canonical_url = ?, url = ? where title like '%幸福食堂%'",
                     [HOSTILE, "data:text/html,<script>alert(1)</script>"])
    conn.close()
    return path


@pytest.fixture(scope="module")
def site(base):
    with running_datasette(base) as url:
        yield url


def story_counts(base) -> tuple[int, int]:
    conn = sqlite3.connect(base)
    placed = conn.execute("select count(*) from articles").fetchone()[0]
    stories = conn.execute("select count(*) from articles where placement = 'original' "
                           "or (placement is null and coalesce(mirror, 0) = 0)").fetchone()[0]
    return stories, placed


def test_lists_show_each_story_once_and_the_switch_brings_copies(site, base):
    stories, placed = story_counts(base)
    assert stories < placed
    for table in ("articles", "article_index", "articles_feed"):
        assert len(rows(f"{site}/wenming/{table}.json")) == stories, table
        assert len(rows(f"{site}/wenming/{table}.json", _copies="1")) == placed, table
    _, html, _ = fetch(f"{site}/wenming/article_index")
    assert b'class="copies-toggle"' in html and "含转载与镜像".encode() in html


def _dashboard_sql(query: str, copies: bool) -> str:
    """A chart's SQL as datasette-dashboards runs it: [[ ]] blocks kept only for filters that are set."""
    return re.sub(r"\[\[(.*?)\]\]", lambda m: m.group(1) if copies and ":copies" in m.group(1) else "", query)


def test_dashboard_counts_stories_unless_asked(site, base):
    stories, placed = story_counts(base)
    charts = serve.metadata()["plugins"]["datasette-dashboards"]["coverage"]["charts"]
    count = charts["articles-count"]["query"]
    assert sql(site, _dashboard_sql(count, False))[0]["count"] == stories
    assert sql(site, _dashboard_sql(count, True), copies="yes")[0]["count"] == placed
    by_outlet = sql(site, _dashboard_sql(charts["articles-by-outlet"]["query"], False))
    assert sum(r["articles"] for r in by_outlet) == stories
    mirror_hosts = {r["site"] for r in sql(site, "select site from articles where placement = 'mirror'")}
    assert not mirror_hosts & {r["outlet"] for r in by_outlet}
    activities = sql(site, _dashboard_sql(charts["activities-count"]["query"], False))[0]["count"]
    all_activities = sql(site, "select count(*) as n from activities")[0]["n"]
    assert 0 < activities < all_activities


def test_canned_queries_count_stories_and_are_not_named_like_views(site):
    tables = {t["name"] for t in json.loads(fetch(site + "/wenming.json")[1])["tables"]}
    views = {r["name"] for r in sql(site, "select name from sqlite_master where type = 'view'")}
    queries = set(serve.metadata()["databases"]["wenming"]["queries"])
    assert not queries & (tables | views)
    once = rows(site + "/wenming/active_communities.json", region="", copies="")
    copies = rows(site + "/wenming/active_communities.json", region="", copies="yes")
    assert sum(r["activities"] for r in once) < sum(r["activities"] for r in copies)


def test_reprint_clusters_hold_two_placements_or_more(site):
    clusters = rows(site + "/wenming/reprint_clusters.json")
    assert clusters and all(r["placements"] >= 2 for r in clusters)
    once = sql(site, "select count(*) as n from clusters where placements < 2")[0]["n"]
    assert once > 0  # there are stories placed once, and they are not listed


def test_activity_types_offer_the_stored_labels(site):
    stored = {r["activity_type"] for r in rows(site + "/wenming/activity_types.json")}
    assert {"健康义诊", "关爱老人", "巡逻安全"} <= stored
    description = serve.metadata()["databases"]["wenming"]["queries"]["activities_of_type"]["description"]
    suggested = set(re.findall(r"e\.g\. ([^;)]+)", description)[0].split(", "))
    assert suggested <= stored, suggested - stored
    _, html, _ = fetch(site + "/wenming/activity_types")
    link = re.search(rb'<a class="pick-type" href="([^"]+)">', html).group(1).decode().replace("&amp;", "&")
    assert rows(site + link.replace("/activities_of_type?", "/activities_of_type.json?"))


def test_search_in_traditional_script_finds_the_simplified(site):
    simplified = rows(site + "/wenming/articles.json", _search="志愿服务", _copies="1")
    traditional = rows(site + "/wenming/articles.json", _search="志願服務", _copies="1")
    assert simplified and {r["id"] for r in traditional} == {r["id"] for r in simplified}
    assert rows(site + "/wenming/search.json", q="義診", copies="")


def test_articles_page_is_a_card_list_and_tables_are_for_reading(site, base):
    _, html, _ = fetch(site + "/wenming/articles")
    assert b'class="search-results"' in html and b'class="result"' in html
    assert b'table class="rows-and-columns"' not in html
    _, table, _ = fetch(site + "/wenming/articles", _view="table", _nocol="blocks")
    assert b'table class="rows-and-columns"' in table and b"col-blocks" not in table
    link = re.search(rb'class="view-switch"><a href="([^"]+)"', html).group(1).decode().replace("&amp;", "&")
    _, narrow, _ = fetch(site + link)
    assert b"col-body" not in narrow and b"col-blocks" not in narrow and b"col-title" in narrow
    _, database, _ = fetch(site + "/wenming")
    for internal in (b"dedup_signatures", b"dedup_state", b"_search_index", b"articles_fts"):
        assert b'href="/wenming/' + internal + b'"' not in database, internal
    _, search, _ = fetch(site + "/wenming/search", q="义诊", copies="")
    aid = sql(site, "select id from articles where title like '%义诊进楼院%'")[0]["id"]
    assert f'<a href="/wenming/articles/{aid}">{aid}</a>'.encode() in search


def test_a_mirror_names_links_and_cites_its_original(site):
    mirror = sql(site, "select m.id, o.id as original, o.canonical_url as url, m.url as mirror_url, o.title "
                       "from articles m join articles o on o.id = m.mirror_of where m.placement = 'mirror' "
                       "and coalesce(m.title, '') = '' and o.canonical_url like 'http%'")[0]
    _, html, _ = fetch(f"{site}/wenming/articles/{mirror['id']}")
    page = html.decode()
    assert f"<h1>{mirror['title']}</h1>" in page and "（无标题）" not in page
    assert f'class="original-article" href="/wenming/articles/{mirror["original"]}"' in page
    assert f'class="source-url" href="{mirror["url"]}"' in page
    if mirror["mirror_url"]:
        assert f'class="source-url" href="{mirror["mirror_url"]}"' not in page
    cite = re.search(r'<p class="cite">(.*?)</p>', page, re.S).group(1)
    assert mirror["url"] in cite


def test_hostile_links_never_become_hrefs(site, base):
    aid = sql(site, "select id from articles where title like '%幸福食堂%'")[0]["id"]
    _, html, _ = fetch(f"{site}/wenming/articles/{aid}")
    hrefs = re.findall(rb'href="([^"]*)"', html)
    assert not [h for h in hrefs if h.lower().startswith((b"javascript", b"data:"))]
    _, feed, _ = fetch(site + "/wenming/articles_feed.atom", _search="幸福食堂")
    assert b"<entry>" in feed and b"javascript:" not in feed and b"data:text" not in feed


def test_plugin_sql_functions_bound_their_input(site):
    probe = "select length(escape_fts(replace(printf('%.*c', 8000000, 'x'), 'x', 'a ')))"
    status, body, _ = fetch(site + "/wenming.json", sql=probe)
    assert status == 400 and b"user-defined function raised exception" in body
    for function in ("zh_fts_query(:q)", "zh_search_rowids(:q, 10)"):
        status, _, _ = fetch(site + "/wenming.json", sql=f"select {function}", q="义" * 5000)
        assert status == 400, function
    assert sql(site, "select zh_fts_query('义诊') as q")[0]["q"] == '"义诊"'


def test_a_long_search_is_refused_plainly(site):
    status, body, headers = fetch(site + "/wenming/articles", _search="义" * 10000)
    assert status == 400 and sum(len(v) for v in headers.values()) < 2000  # the HTTP parser may refuse it first
    status, body, headers = fetch(site + "/wenming/articles", _search="义诊" * 150)
    assert status == 400 and "at most".encode() in body
    assert sum(len(v) for v in headers.values()) < 2000


def test_feeds_exports_and_raw_pages_for_readers(site, base):
    status, feed, _ = fetch(site + "/wenming/articles_feed.atom", _search="没有这样的词语组合")
    assert status == 200 and b"<feed" in feed and b"<entry>" not in feed
    title = re.search(rb"<title>(.*?)</title>", feed).group(1).decode()
    assert "select" not in title.lower() and "articles_feed" in title
    _, xlsx, _ = fetch(site + "/wenming/article_index.xlsx", _search="义诊")
    about = load_workbook(io.BytesIO(xlsx)).worksheets[1]
    labels = [r[0] for r in about.iter_rows(values_only=True)]
    assert about.title == "About 导出说明" and "Database 数据库" in labels and "Rows 行数" in labels
    assert not {"Databas", "Antal rader", "Exporterad"} & set(labels)
    _, home, _ = fetch(site + "/")
    assert b"https://github.com/" not in home.replace(b"https://github.com/simonw/datasette", b"")
    assert b"Log in" not in home and b"/-/login" not in home
    raw_id = sql(site, "select raw_id from articles where title like '%义诊进楼院%'")[0]["raw_id"]
    status, raw, headers = fetch(f"{site}/-/raw/wenming/{raw_id}")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert "sandbox" in headers["content-security-policy"] and "content-disposition" not in headers
    assert "义诊".encode() in raw


def test_an_immutable_copy_cannot_be_downloaded(base, tmp_path):
    path = tmp_path / "wenming.db"
    shutil.copy(base, path)
    with running_datasette(path, immutable=True) as url:
        status, _, _ = fetch(url + "/wenming.db")
        assert status == 403
        assert fetch(url + "/wenming/articles.json")[0] == 200


def test_any_file_name_keeps_metadata_facets_and_dashboards(base, tmp_path):
    path = tmp_path / "other.db"
    shutil.copy(base, path)
    with running_datasette(path) as url:
        status, body, _ = fetch(url + "/other/article_index.json", _search="志愿")
        assert status == 200
        assert {"provinces", "activity_types", "placement"} <= set(json.loads(body)["facet_results"])
        assert fetch(url + "/other/region_coverage.json", region="", from_month="", to_month="", copies="")[0] == 200
        meta = json.loads(fetch(url + "/-/metadata.json")[1])
        assert "articles" in meta["databases"]["other"]["tables"]
        charts = meta["plugins"]["datasette-dashboards"]["coverage"]["charts"]
        assert {c["db"] for c in charts.values()} == {"other"}
        query = _dashboard_sql(charts["articles-by-month"]["query"], False)
        assert fetch(url + "/other.json", sql=query)[0] == 200
        _, home, _ = fetch(url + "/")
        assert b'href="/other/articles"' in home


def test_map_places_activities_at_their_county(site):
    points = rows(site + "/wenming/activity_map.json")
    assert points and all(73 < r["longitude"] < 136 and 3 < r["latitude"] < 54 for r in points)
    yuetang = [r for r in points if r["county"] == "岳塘区"]
    assert yuetang and all(abs(r["longitude"] - 112.97) < 0.3 and abs(r["latitude"] - 27.87) < 0.3 for r in yuetang)
    _, html, _ = fetch(site + "/wenming/activity_map")
    assert b"datasette-cluster-map" in html


def test_metadata_file_names_the_database_it_serves():
    path = serve.metadata_file(False, "kb2")
    try:
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    finally:
        path.unlink()
    assert set(meta["databases"]) == {"kb2"}
    assert serve.metadata_file(False, "wenming") == serve.METADATA


def test_kept_pages_follow_writes_to_the_base(base, tmp_path):
    from pipelines import store

    path = tmp_path / "wenming.db"
    shutil.copy(base, path)
    with running_datasette(path) as url:
        first = fetch(url + "/wenming/articles.json", _search="夜间巡逻", _copies="1")
        again = fetch(url + "/wenming/articles.json", _search="夜间巡逻", _copies="1")
        assert first[2]["x-wenming-cache"] == "miss" and again[2]["x-wenming-cache"] == "hit"
        assert first[1] == again[1]
        db = store.open_db(path)
        before = len(json.loads(first[1])["rows"])
        with db.conn:
            db.execute("update articles set title = title || '（夜间巡逻）' where title like '%幸福食堂%'")
            db.execute("insert into articles_fts(rowid, title, body) select rowid, '夜间 间巡 巡逻', '' "
                       "from articles where title like '%幸福食堂%'")
        db.conn.close()
        after = fetch(url + "/wenming/articles.json", _search="夜间巡逻", _copies="1")
        assert after[2]["x-wenming-cache"] == "miss"
        assert len(json.loads(after[1])["rows"]) == before + 1
