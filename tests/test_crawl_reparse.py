"""`wenming reparse` on a crawled base: a multi-page article stays one article with all its pages."""
from crawler.testsite.crawlrun import crawl, query
from crawler.testsite.server import SampleServer
from tests.pagefiles import wenming

TABLES = ("raw_pages", "articles", "failures", "versions", "clusters")


def counts(db):
    return {t: query(db, f"select count(*) from {t}")[0][0] for t in TABLES}


def test_reparse_of_a_crawl_changes_no_count_and_keeps_later_pages(tmp_path):
    db = tmp_path / "w.db"
    with SampleServer() as server:
        crawl(db, ["wfnews"], server.url, "--no-warc")
    multi = query(db, "select a.id, a.body from articles a join crawl_log l on l.raw_id = a.raw_id "
                      "where l.url in (select substr(reason, 9) from crawl_log where kind = 'page' and reason like 'page of %')")
    assert multi, "the sample site has a multi-page wfnews article"
    before = counts(db)
    out = wenming("reparse", "--db", db)
    assert out.returncode == 0, out.stderr[-2000:]
    assert counts(db) == before
    after = dict(query(db, "select id, body from articles"))
    assert all(after[aid] == body for aid, body in multi)  # the later pages' text is still joined
