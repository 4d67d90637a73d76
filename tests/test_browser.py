"""A reader in headless Chromium: search in Chinese, click a facet, open an
article, load the dashboard, download the XLSX. Screenshots go to artifacts/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pipelines import serve

from .conftest import ROOT, running_datasette

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="needs Debian chromium at /usr/bin/chromium: apt-get install -y chromium")


@pytest.fixture(scope="module")
def site(kb_path):
    """The real `datasette` server, started as `wenming serve` starts it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop(serve.PASSWORD_ENV, None)
    with running_datasette(kb_path, env=env) as url:
        yield url


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, args=ARGS,
            headless=True, accept_downloads=True, locale="zh-CN", viewport={"width": 1280, "height": 900})
        yield browser.new_page()
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_in_chinese(site, page):
    page.goto(site + "/wenming/articles")
    page.fill("input[name=_search]", "义诊")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=*")
    marks = page.locator("mark").all_inner_texts()
    shot(page, "search-yizhen")
    assert marks and set(marks) == {"义诊"}
    assert "夜间巡逻守平安" not in page.content()
    excel = page.locator(".export-links a", has_text="CSV for Excel")
    assert "_bom=1" in excel.get_attribute("href") and "_search=" in excel.get_attribute("href")


def test_click_a_facet(site, page):
    page.goto(site + "/wenming/article_index?_search=志愿")
    page.locator(".facet-info[data-column=provinces] a", has_text="四川省").first.click()
    page.wait_for_url("**provinces__arraycontains=*")
    shot(page, "facet-province")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() >= 2
    assert "江苏省" not in page.locator("table.rows-and-columns tbody").inner_text()


def test_open_an_article(site, page):
    page.goto(site + "/wenming/article_index?_search=幸福食堂")
    page.locator("table.rows-and-columns td.col-id a").first.click()
    page.wait_for_selector("article.article h1")
    shot(page, "article-page")
    assert page.locator("article.article h1").inner_text() == "文明实践站里的“幸福食堂”"
    assert page.locator(".body p").count() == 2
    assert page.locator("a.source-url").get_attribute("href") == "http://news.example.cn/a/109.html"
    assert "张浦镇新时代文明实践站" in page.locator("article.article").inner_text()


def test_dashboard_draws_charts(site, page):
    page.goto(site + "/-/dashboards/coverage")
    page.wait_for_selector("#card-articles-by-month svg, #card-articles-by-month canvas", timeout=20000)
    shot(page, "dashboard")
    assert page.locator(".marks, canvas").count() >= 3


def test_download_xlsx_with_chinese(site, page, tmp_path):
    page.goto(site + "/wenming/article_index?_search=关爱老人&_copies=1")  # one story is known only by a mirror
    with page.expect_download() as info:
        page.locator(".export-links a", has_text="xlsx").first.click()
    path = tmp_path / "articles.xlsx"
    info.value.save_as(path)
    shot(page, "before-xlsx-download")
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    titles = {r[rows[0].index("title")] for r in rows[1:]}
    assert titles == {"关爱空巢老人 温暖重阳节", "北苑街道开展“统战+志愿服务”活动,激发基层统战工作新活力"}
    assert "夜间巡逻守平安" not in titles


def test_canned_query_offers_every_row_as_csv(site, page):
    page.goto(site + "/wenming/region_coverage?region=潍坊市&from_month=&to_month=&copies=")
    link = page.locator(".export-links a", has_text="CSV, every row")
    href = link.get_attribute("href")
    assert href.startswith("/-/export/wenming/region_coverage.csv?") and "_bom=1" in href
    shot(page, "canned-query")
    body = page.request.get(site + href).body()
    assert body.startswith(b"\xef\xbb\xbf") and "示例日报" in body.decode("utf-8-sig")


def test_home_page_leads_to_reading_pages(site, page):
    page.goto(site + "/")
    shot(page, "home")
    assert page.locator("a", has_text="Log in").count() == 0
    page.locator("a", has_text="search articles").first.click()
    page.wait_for_selector(".search-results .result")
    shot(page, "article-list")
    cards = page.locator(".search-results .result")
    assert cards.count() >= 5 and page.locator("table.rows-and-columns").count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280, width
    assert page.locator(".copies-switch a.copies-toggle").count() == 1


def test_mirror_page_points_to_its_original(site, page):
    page.goto(site + "/wenming/articles?_copies=1")
    page.wait_for_selector(".search-results .result")
    mirror = page.locator(".result", has=page.locator(".placement", has_text="mirror")).first
    mirror.locator("a.article-link").click()
    page.wait_for_selector("article.article h1")
    shot(page, "mirror-page")
    assert page.locator("article.article h1").inner_text() != "（无标题）"
    assert page.locator("p.copy-of a.original-article").count() == 1
    source = page.locator("a.source-url")
    assert source.count() == 0 or "hy5566" not in (source.get_attribute("href") or "")
    page.locator("p.copy-of a.original-article").click()
    page.wait_for_selector("article.article h1")
    assert page.locator("p.copy-of").count() == 0


def test_map_draws_activity_markers(site, page):
    page.goto(site + "/wenming/activity_map")
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon, .leaflet-container .marker-cluster",
                           timeout=20000)
    shot(page, "map")
    assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1
