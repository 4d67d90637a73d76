"""`wenming crawl --all` on the sample sites: every fault in the crawl log with its reason, no duplicates."""
import pytest

from crawler.testsite.server import SampleServer
from pipelines.cli import main
from crawler.testsite.crawlrun import crawl, query


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    db = tmp_path_factory.mktemp("all") / "w.db"
    with SampleServer(slow_seconds=1.0) as server:
        result = crawl(db, [], server.url, "--set", "WENMING_PROGRESS_SECONDS=0.5")
        db.with_name("stderr.txt").write_text(result.stderr)
        yield db, server.site


def errors_of(db, url):
    return [e for (e,) in query(db, "select error from crawl_log where url = ? order by id", (url,))]


def fault_url(site, outlet, kind):
    path = next(p for p, k in site.fault_paths(outlet).items() if k == kind)
    return f"http://{site.host(outlet)}{path}"


@pytest.mark.parametrize("outlet,kind,reason", [
    ("wfnews", "404", "HTTP 404"),
    ("wfnews", "truncated", "truncated response"),
    ("ytxww", "500", "HTTP 500"),
    ("wenming:sz", "slow", "timeout"),
    ("scwmw", "robots", "Forbidden by robots.txt"),
])
def test_every_fault_is_logged_with_its_reason(crawled, outlet, kind, reason):
    db, site = crawled
    errors = errors_of(db, fault_url(site, outlet, kind))
    assert errors and all(reason in (e or "") for e in errors), errors
    final = query(db, "select outcome, reason from crawl_log where url = ? and outcome is not null",
                  (fault_url(site, outlet, kind),))
    assert final == [("fetch-failed", final[0][1])] and reason in final[0][1]


def test_retries_are_logged_as_attempts(crawled):
    db, site = crawled
    attempts = query(db, "select attempt from crawl_log where url = ? order by id", (fault_url(site, "ytxww", "500"),))
    assert [a for (a,) in attempts] == [1, 2]


def test_no_page_stored_twice_and_off_topic_kept_out(crawled):
    db, site = crawled
    assert query(db, "select url from raw_pages group by url having count(*) > 1") == []
    assert query(db, "select url from crawl_log where kind = 'article' and outcome in ('stored', 'parse-failed') "
                     "group by url having count(*) > 1") == []
    assert query(db, "select count(*) from raw_pages where url = 'http://www.ytxww.com/content/8803'")[0][0] == 0
    assert query(db, "select outcome from crawl_log where url = 'http://www.ytxww.com/content/8803'") == [("off-topic",)]


def test_stats_summarises_each_outlet(crawled, capsys):
    db, _ = crawled
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for outlet in ("wfnews", "ytxww", "wenming:sz", "scwmw", "tianfu_forum"):
        assert outlet in out
    assert "no_title" in out and "HTTP 500" in out and "timeout" in out


def test_every_response_is_kept_raw_in_the_crawl_warc(crawled):
    from pipelines.archives import read_responses

    db, site = crawled
    [warc] = list((db.parent / "warc").glob("crawl-*.warc.gz"))
    kept = {(r.url, r.status) for r in read_responses(warc)}
    assert (fault_url(site, "ytxww", "500"), 500) in kept
    assert ("http://www.ytxww.com/list/36981", 200) in kept


def test_the_crawl_shows_progress_and_explains_the_sample_sites_faults(crawled):
    db, site = crawled
    err = db.with_name("stderr.txt").read_text()
    assert "crawl: " in err and "pages/s" in err
    summary = next(line for line in err.splitlines() if "expected errors" in line)
    for kind in ("404", "500", "truncated", "slow", "robots"):
        assert f"{kind}:" in summary
    assert "Gave up retrying" not in err and "data loss" not in err.lower()
    assert "fetch errors:" not in err  # nothing unexplained
