"""`wenming outlet check` and `wenming outlet suggest` through the CLI, on saved pages."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.testsite.site import SampleSite
from pipelines.bench.extraction import DEFAULT_EVAL
from tests.conftest import ROOT

CMS = DEFAULT_EVAL / "cms-samples"


def wenming(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def saved(tmp_path: Path, site: SampleSite, outlet: str, path: str) -> tuple[Path, str]:
    response = site.respond(site.host(outlet), path)
    assert response.status == 200
    file = tmp_path / "page.html"
    file.write_bytes(response.body)
    return file, f"http://{site.host(outlet)}{path}"


def test_check_a_trs_list_page_finds_its_articles_and_its_script_pager(tmp_path):
    site = SampleSite.load(extra=6)
    file, url = saved(tmp_path, site, "wenming:sz", site.list_path("wenming:sz", 1))
    out = wenming("outlet", "check", "wenming:sz", str(file), "--url", url, "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    articles = {link["url"] for link in report["links"]["article"]}
    assert set(site.article_urls("wenming:sz")[:site.per_page]) <= articles
    listings = {link["url"] for link in report["links"]["listing"]}
    assert "http://sz.wenming.cn/wmsj/index_1.shtml" in listings  # written by createPageHTML only
    assert report["page_kind"] == "listing"


def test_check_an_article_page_shows_what_the_parser_makes_of_it(tmp_path):
    site = SampleSite.load()
    a = site.articles["tianfu_forum"][-1]
    file, url = saved(tmp_path, site, "tianfu_forum", site.article_path("tianfu_forum", a.id, a.date))
    out = wenming("outlet", "check", "tianfu_forum", str(file), "--url", url)
    assert out.returncode == 0, out.stderr
    assert "this page: article" in out.stdout
    assert f"parsed: '{a.title}'" in out.stdout


def test_check_explains_errors_in_one_line(tmp_path):
    out = wenming("outlet", "check", "nosuch", str(tmp_path / "missing.html"), "--url", "http://x.cn/")
    assert out.returncode != 0 and "no such file" in out.stderr and "Traceback" not in out.stderr
    (tmp_path / "p.html").write_text("<a href='/a'>a</a>")
    out = wenming("outlet", "check", "nosuch", str(tmp_path / "p.html"), "--url", "http://x.cn/")
    assert out.returncode != 0 and "known:" in out.stderr and "Traceback" not in out.stderr
    out = wenming("outlet", "check", "wfnews", str(tmp_path / "p.html"))
    assert out.returncode != 0 and "--url" in out.stderr


def test_suggest_proposes_rules_that_take_the_list_pages_articles(tmp_path):
    site = SampleSite.load(extra=12, per_page=8)
    file, url = saved(tmp_path, site, "wfnews", site.list_path("wfnews", 1))
    out = wenming("outlet", "suggest", str(file), "--url", url)
    assert out.returncode == 0, out.stderr
    article = re.search(r"^article = \['(.+?)'", out.stdout, re.M).group(1)
    listing = re.search(r"^listing = \['(.+?)'", out.stdout, re.M).group(1)
    paths = [u.split("wfnews.com.cn", 1)[1] for u in site.article_urls("wfnews")[:8]]
    assert all(re.search(article, p) for p in paths)
    assert re.search(listing, site.list_path("wfnews", 2)) and not re.search(article, site.list_path("wfnews", 2))


needs_cms = pytest.mark.skipif(not CMS.exists(), reason=f"no CMS sample pages at {CMS}")


@needs_cms
def test_check_on_real_discuz_thread_pages():
    for page in sorted((CMS / "tianfu_discuz_x34").glob("*.html")):
        out = wenming("outlet", "check", "discuz", str(page), "--url", "http://bbs.talkop.com/thread-1-1-1.html",
                      "--json", "--no-parse")
        report = json.loads(out.stdout)
        links = report["links"]
        assert len(links["article"]) >= 3 and len(links["listing"]) >= 2, page.name
        # later pages of the thread, linked in the rewriting-off form, are its pages
        assert any("page=2" in link["identity"] for link in links.get("article_page", [])), page.name
        assert not any("mod=space" in link["identity"] for kind in ("article", "listing", "article_page")
                       for link in links.get(kind, []))


@needs_cms
def test_check_on_real_trs_pages():
    page = CMS / "cms_trs_wcm" / "cjn_changjiang_trs.html"
    out = wenming("outlet", "check", "trs", str(page), "--url", "http://news.cjn.cn/sywh/202010/t3714581.htm", "--json")
    report = json.loads(out.stdout)
    assert report["page_kind"] == "article"
    assert len(report["links"]["article"]) >= 20
    assert all(re.search(r"/\d{6}/t\d+\.htm$", link["identity"]) for link in report["links"]["article"])
    assert report["article"]["title"] and report["article"]["characters"] > 300
