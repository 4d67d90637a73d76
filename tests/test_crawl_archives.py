"""Record a crawl to WARC/WACZ, replay it without network, import archives."""
import json
import zipfile

import pytest

from crawler.testsite.server import SampleServer
from pipelines.archives import read_responses
from pipelines.cli import main
from crawler.testsite.crawlrun import article_outcomes, crawl, query


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    with SampleServer(slow_seconds=0.2) as server:
        crawl(tmp / "live.db", ["ytxww"], server.url, "--warc", str(tmp / "crawl.warc.gz"))
        crawl(tmp / "live2.db", ["scwmw"], server.url, "--warc", str(tmp / "crawl.wacz"))
    return tmp


def test_warc_holds_every_response(recorded):
    urls = {r.url for r in read_responses(recorded / "crawl.warc.gz")}
    assert "http://www.ytxww.com/robots.txt" in urls
    assert "http://www.ytxww.com/list/36981" in urls
    assert "http://www.ytxww.com/content/8801" in urls


def test_wacz_is_a_zip_with_datapackage(recorded):
    with zipfile.ZipFile(recorded / "crawl.wacz") as z:
        names = z.namelist()
        package = json.loads(z.read("datapackage.json"))
    assert "pages/pages.jsonl" in names and any(n.startswith("archive/") for n in names)
    assert {r["path"] for r in package["resources"]} == {n for n in names if n != "datapackage.json"}


@pytest.mark.parametrize("archive,outlet", [("crawl.warc.gz", "ytxww"), ("crawl.wacz", "scwmw")])
def test_replay_crawls_the_archive_without_network(recorded, tmp_path, archive, outlet):
    db = tmp_path / "replay.db"
    crawl(db, [outlet], None, "--replay", str(recorded / archive))  # no --site: nothing to reach
    live = {u: o[-1] for u, o in article_outcomes(recorded / ("live.db" if outlet == "ytxww" else "live2.db")).items()}
    replayed = {u: o[-1] for u, o in article_outcomes(db).items()}
    assert replayed == live
    assert query(db, "select mode from crawl_runs")[0][0] == "replay"


def test_import_takes_warc_and_wacz(recorded, tmp_path):
    db = tmp_path / "imported.db"
    assert main(["import", str(recorded / "crawl.warc.gz"), str(recorded / "crawl.wacz"), "--db", str(db)]) == 0
    urls = {u for (u,) in query(db, "select url from raw_pages")}
    assert "http://www.ytxww.com/content/8801" in urls and "http://www.scwmw.cn/zbsc/ya/202405/t20240520_7701.htm" in urls
    assert not any("/column/" in u or "index" in u or u.endswith("robots.txt") for u in urls)  # lists skipped
    assert query(db, "select count(distinct via) from raw_pages where via = 'warc'")[0][0] == 1
