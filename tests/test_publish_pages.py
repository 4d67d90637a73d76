"""Pages, facets, canned queries, feeds and exports of the published knowledge base."""
from __future__ import annotations

import asyncio
import io
import sqlite3

import yaml
from openpyxl import load_workbook

from pipelines import serve

from .conftest import get


def article_id(kb_path, title_part: str) -> str:
    conn = sqlite3.connect(kb_path)
    return conn.execute("select id from articles where title like ?", [f"%{title_part}%"]).fetchone()[0]


def test_article_page_reads_like_the_article(datasette, kb_path):
    aid = article_id(kb_path, "义诊进楼院")
    html = get(datasette, f"/wenming/articles/{aid}").text
    assert "<h1>青石社区开展义诊进楼院活动</h1>" in html
    assert "<p>医护志愿者还为行动不便的老人上门义诊，讲解慢性病防治知识。</p>" in html
    assert 'href="http://news.example.cn/a/101.html"' in html
    assert "/wenming/raw_pages/" in html
    assert "青石社区新时代文明实践站" in html and "健康义诊" in html and "关爱老人" in html
    assert "王小明" in html and "示例日报" in html
    assert "王小明. “青石社区开展义诊进楼院活动”. 示例日报, 2023-05-06." in html


def test_article_page_escapes_scraped_markup(datasette, kb_path):
    aid = article_id(kb_path, "不打烊")
    html = get(datasette, f"/wenming/articles/{aid}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_search_results_show_highlighted_passages(datasette, kb_path):
    html = get(datasette, "/wenming/articles", _search="义诊").text
    assert "<mark>义诊</mark>" in html
    assert 'value="义诊"' in html  # the search box keeps what was typed
    aid = article_id(kb_path, "义诊进楼院")
    assert f'href="/wenming/articles/{aid}">青石社区开展<mark>义诊</mark>进楼院活动</a>' in html
    assert "夜间巡逻守平安" not in html


def test_facets_by_place_type_team_and_placement(datasette):
    data = get(datasette, "/wenming/article_index.json", _search="志愿").json()
    facets = data["facet_results"]
    for name in ("outlet", "source", "provinces", "cities", "counties", "townships", "activity_types",
                 "teams", "year", "month", "placement"):
        assert name in facets, name
    provinces = {r["value"]: r["count"] for r in facets["provinces"]["results"]}
    assert provinces["四川省"] >= 2
    assert {r["value"] for r in facets["placement"]["results"]} == {"original"}  # each story once
    with_copies = get(datasette, "/wenming/article_index.json", _search="志愿", _copies="1").json()["facet_results"]
    assert "mirror" in {r["value"] for r in with_copies["placement"]["results"]}
    narrowed = get(datasette, "/wenming/article_index.json", _search="志愿", provinces__arraycontains="四川省",
                   _shape="objects").json()["rows"]
    assert narrowed and all("四川省" in r["provinces"] for r in narrowed)


def test_activity_facets(datasette):
    facets = get(datasette, "/wenming/activity_index.json").json()["facet_results"]
    assert {"province", "county", "township", "team", "types", "year", "month"} <= set(facets)


def test_canned_queries_answer(datasette):
    def rows(name, **params):
        response = get(datasette, f"/wenming/{name}.json", _shape="objects", **params)
        assert response.status_code == 200, response.text
        return response.json()["rows"]

    coverage = rows("region_coverage", region="潍坊市", from_month="", to_month="", copies="")
    assert {r["month"] for r in coverage} >= {"2023-06", "2024-01"}
    with_copies = rows("region_coverage", region="潍坊市", from_month="", to_month="", copies="yes")
    assert {r["month"] for r in with_copies} >= {"2023-04", "2023-06", "2024-01"}
    assert sum(r["articles"] for r in with_copies) > sum(r["articles"] for r in coverage)
    assert rows("active_teams", region="", copies="")[0]["activities"] >= 2
    assert rows("active_communities", region="湘潭市", copies="")
    old = rows("activities_of_type", activity_type="关爱老人", region="", from_date="2023-01-01", to_date="",
               copies="")
    assert {"青石社区", "霞光社区", "张浦镇"} <= {r["place"] for r in old}
    assert all(r["source_url"] for r in old if r["place"] == "青石社区")  # seed dumps have no URL
    assert rows("reprints")[0]["placements"] == 2
    missing = {r["id"]: r["missing"] for r in rows("missing_fields")}
    assert any("title" in m for m in missing.values())
    assert rows("search", q="幸福食堂", copies="")[0]["title"] == "文明实践站里的“幸福食堂”"


def test_csv_with_bom_opens_in_excel(datasette):
    plain = get(datasette, "/wenming/articles.csv", _search="义诊").content
    assert not plain.startswith(b"\xef\xbb\xbf")
    for extra in ({}, {"_stream": "on"}):
        body = get(datasette, "/wenming/articles.csv", _search="义诊", _bom="1", **extra).content
        assert body.startswith(b"\xef\xbb\xbf")
        assert "青石社区开展义诊进楼院活动" in body.decode("utf-8-sig")


def test_xlsx_export_keeps_chinese_and_filters(datasette):
    response = get(datasette, "/wenming/article_index.xlsx", _search="义诊", _col="title")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("title")
    titles = {row[column] for row in rows[1:]}
    assert "青石社区开展义诊进楼院活动" in titles
    assert "夜间巡逻守平安" not in titles


def test_atom_feed_per_filter(datasette):
    feed = get(datasette, "/wenming/articles_feed.atom", _search="巡逻").text
    assert "<feed" in feed and "夜间巡逻守平安" in feed
    assert "幸福食堂" not in feed
    assert "2023-06-12T00:00:00+08:00" in feed


def test_dashboard_page_loads(datasette):
    html = get(datasette, "/-/dashboards/coverage").text
    assert "Coverage" in html and "articles-by-month" in html


def test_settings_are_safe_by_default():
    args = serve.datasette_args("data/wenming.db", password=False)
    assert "sql_time_limit_ms" in args and "max_returned_rows" in args
    assert "-i" in serve.datasette_args("x.db", immutable=True, password=False)


def test_password_makes_the_site_private(kb_path, monkeypatch):
    from datasette.app import Datasette
    from datasette_auth_passwords.utils import hash_password

    assert "allow" not in yaml.safe_load(serve.METADATA.read_text(encoding="utf-8"))
    monkeypatch.setenv(serve.PASSWORD_ENV, hash_password("文明实践", iterations=1000))
    private = Datasette([str(kb_path)], metadata=serve.metadata(password=True), settings=serve.SETTINGS)
    assert get(private, "/wenming/articles.json").status_code == 403
    login = asyncio.run(private.client.post("/-/login", data={"username": "wenming", "password": "文明实践"}))
    assert login.status_code == 302
    cookies = {"ds_actor": login.cookies["ds_actor"]}
    assert asyncio.run(private.client.get("/wenming/articles.json", cookies=cookies)).status_code == 200


def test_pages_look_at_the_newest_matches_and_exports_hold_all(datasette, kb_path):
    from datasette.app import Datasette

    meta = serve.metadata()
    meta["plugins"]["wenming"]["search_limit"] = 3
    capped = Datasette([str(kb_path)], metadata=meta, template_dir=str(serve.TEMPLATES), settings=serve.SETTINGS)
    page = get(capped, "/wenming/articles.json", _search="志愿", _shape="objects", _size="max").json()
    everything = get(datasette, "/wenming/articles.json", _search="志愿", _shape="objects", _size="max").json()
    assert page["filtered_table_rows_count"] == 3 < everything["filtered_table_rows_count"]
    newest = sorted(sqlite3.connect(kb_path).execute(
        "select rowid, id from articles where body like '%志愿%' or title like '%志愿%'").fetchall())[-3:]
    assert {r["id"] for r in page["rows"]} == {aid for _, aid in newest}
    csv = get(capped, "/wenming/articles.csv", _search="志愿", _stream="on", _col="title").text
    assert len(csv.strip().splitlines()) - 1 == everything["filtered_table_rows_count"]
    xlsx = get(capped, "/wenming/articles.xlsx", _search="志愿", _col="title").content
    assert load_workbook(io.BytesIO(xlsx)).worksheets[0].max_row - 1 == everything["filtered_table_rows_count"]


def test_odd_searches_answer_without_error(datasette):
    for search, at_least in (("，", 0), ("OR", 0), ('"', 0), ("(义诊", 3), ("义诊 OR", 3), ("app", 2)):
        response = get(datasette, "/wenming/articles.json", _search=search, _copies="1")
        assert response.status_code == 200, (search, response.text)
        count = response.json()["filtered_table_rows_count"]
        assert count >= at_least and (at_least or count == 0), (search, count)


def test_search_results_escape_scraped_markup(datasette):
    for table in ("articles", "article_index", "activity_index"):
        html = get(datasette, f"/wenming/{table}", _search="不打烊").text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>不打烊" not in html, table
    html = get(datasette, "/wenming/articles", _search="不打烊").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;文明创建&lt;b&gt;<mark>不打烊</mark>&lt;/b&gt;" in html


def test_query_csv_export_holds_every_row(datasette, kb_path):
    from datasette.app import Datasette

    small = Datasette([str(kb_path)], metadata=serve.metadata(), template_dir=str(serve.TEMPLATES),
                      settings={**serve.SETTINGS, "max_returned_rows": 3})
    page = get(small, "/wenming/region_coverage.json", region="", from_month="", to_month="", copies="").json()
    assert page["truncated"]
    response = get(small, "/-/export/wenming/region_coverage.csv", region="", from_month="", to_month="",
                   copies="", _bom="1")
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0] == "month,outlet,articles"
    full = get(datasette, "/wenming/region_coverage.json", region="", from_month="", to_month="", copies="").json()
    assert len(lines) - 1 == len(full["rows"]) > 3
    assert "示例日报" in response.content.decode("utf-8-sig")
    assert get(small, "/-/export/wenming/no_such_query.csv").status_code == 404
