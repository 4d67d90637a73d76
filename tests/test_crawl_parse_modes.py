"""Articles end up the same whether parsed in the crawl's thread, in a worker, or after the crawl."""
import pytest

from crawler.testsite.server import SampleServer
from crawler.testsite.crawlrun import article_outcomes, crawl, query


@pytest.fixture(scope="module")
def server():
    with SampleServer(slow_seconds=0.2) as s:
        yield s


def outcomes_with(server, tmp_path, workers: int):
    db = tmp_path / f"w{workers}.db"
    crawl(db, ["tianfu_forum"], server.url, "--set", f"WENMING_PARSE_WORKERS={workers}")
    return db, {u: o[-1] for u, o in article_outcomes(db).items()}


@pytest.fixture(scope="module")
def default(server, tmp_path_factory):
    return outcomes_with(server, tmp_path_factory.mktemp("default"), 0)[1]


@pytest.mark.parametrize("workers", [1, -1])
def test_parse_mode_does_not_change_what_is_stored(server, default, tmp_path, workers):
    db, other = outcomes_with(server, tmp_path, workers)
    assert other == default and set(other.values()) <= {"stored", "parse-failed"}
    # a two-page thread keeps both pages, and both rows carry the outcome
    first = f"http://bbs.scwmw.cn{server.site.article_path('tianfu_forum', 4401, '')}"
    rows = query(db, "select kind, outcome from crawl_log where url like '%tid=4401&%' and outcome is not null")
    assert sorted(rows) == [("article", default[first]), ("page", default[first])]


def test_articles_fetched_by_a_killed_crawl_are_parsed_by_the_next(server, tmp_path):
    from pipelines.crawl.db import crawl_db, log_fetch, set_outcome
    from pipelines.crawl.parse import parse_pending
    from pipelines.store import save_raw

    db = crawl_db(tmp_path / "left.db")
    rid = save_raw(db, "<html><body><p>志愿服务</p></body></html>".encode(), url="http://www.ytxww.com/content/1",
                   via="crawl")
    fid = log_fetch(db, outlet="ytxww", url="http://www.ytxww.com/content/1", kind="article", status=200)
    set_outcome(db, fid, "fetched", "parse pending", rid)
    result = parse_pending(db, workers=1, progress=None)
    assert result["articles"] == 1
    assert db.execute("select outcome from crawl_log where id = ?", [fid]).fetchone()[0] in ("stored", "parse-failed")
    assert parse_pending(db, workers=1, progress=None)["articles"] == 0
