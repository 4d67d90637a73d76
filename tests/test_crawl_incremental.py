"""A re-crawl fetches only what is new; a re-check of recent articles keeps edits as versions."""
from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleArticle, SampleSite
from crawler.testsite.crawlrun import article_outcomes, crawl, query


def fetched_articles(db, run_id):
    return {u for (u,) in query(db, "select distinct url from crawl_log where run_id = ? and kind = 'article' "
                                    "and status = 200", (run_id,))}


def test_recrawl_fetches_only_new_articles(tmp_path):
    db = tmp_path / "w.db"
    with SampleServer(SampleSite.load(extra=6)) as server:
        crawl(db, ["wenming:sz"], server.url, "--set", "WENMING_STOP_AFTER_KNOWN=2")
        first = set(article_outcomes(db))
        new = SampleArticle(outlet="wenming:sz", id=399, date="2024-10-01", title="常熟市志愿者开展垃圾分类宣传",
                            paragraphs=["常熟市一个社区的志愿者在小区门口设点，向居民讲解垃圾分类知识。"])
        server.site.add_article(new)
        crawl(db, ["wenming:sz"], server.url, "--set", "WENMING_STOP_AFTER_KNOWN=2")
    run2 = query(db, "select max(id) from crawl_runs")[0][0]
    new_url = f"http://sz.wenming.cn{server.site.article_path('wenming:sz', 399, '2024-10-01')}"
    assert fetched_articles(db, run2) == {new_url}
    assert new_url not in first
    # the listing stopped at known links instead of paging through the whole column
    listings = query(db, "select count(*) from crawl_log where run_id = ? and kind = 'listing'", (run2,))[0][0]
    all_listings = query(db, "select count(*) from crawl_log where run_id = 1 and kind = 'listing'")[0][0]
    assert listings < all_listings
    assert query(db, "select count(*) from crawl_log where run_id = ? and reason like '%listing stopped%'", (run2,))


def test_first_crawl_killed_early_does_not_stop_at_known_links(tmp_path):
    """Until an outlet had one finished crawl, known links never stop a listing."""
    db = tmp_path / "w.db"
    with SampleServer(SampleSite.load(extra=6)) as server:
        crawl(db, ["wenming:sz"], server.url, "--set", "WENMING_STOP_AFTER_KNOWN=1")
    assert not query(db, "select 1 from crawl_log where reason like '%listing stopped%'")


def test_recheck_keeps_an_edited_article_as_a_new_version(tmp_path):
    db = tmp_path / "w.db"
    with SampleServer() as server:
        crawl(db, ["ytxww"], server.url)
        server.site.edit_article("ytxww", 8802, ["岳塘区新组建的志愿服务队伍今天正式授旗，更正了参与人数。"])
        crawl(db, ["ytxww"], server.url, "--recheck")
    url = "http://www.ytxww.com/content/8802"
    versions = query(db, "select version, raw_id from article_versions where url = ? order by version", (url,))
    assert [v for v, _ in versions] == [1, 2]
    assert versions[0][1] != versions[1][1]  # both texts kept raw
    run2 = query(db, "select max(id) from crawl_runs")[0][0]
    outcomes = {u: (o, r) for u, o, r in query(db, "select url, outcome, reason from crawl_log where run_id = ? "
                                                   "and kind = 'article' and outcome is not null", (run2,))}
    assert outcomes[url][0] in ("stored", "parse-failed") and "edited: version 2" in outcomes[url][1]
    assert outcomes["http://www.ytxww.com/content/8801"][0] == "unchanged"
