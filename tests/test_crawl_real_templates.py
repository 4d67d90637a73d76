"""The spiders against sample pages built on the live templates' structure: TRS lists and articles
paginated by createPageHTML() only, a Discuz! X3.4 forum with URL rewriting off; and against the
plain-link templates. Every article found, each fetched once, later pages kept."""
import pytest

from crawler.rules import rules_for
from crawler.testsite.crawlrun import article_outcomes, crawl, query
from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleSite

EXTRA = 5  # more articles than one list page holds, so later list pages must be found


@pytest.mark.parametrize("templates", ["real", "simple"])
@pytest.mark.parametrize("outlet", ["wenming:sz", "scwmw", "tianfu_forum"])
def test_every_article_found_through_the_sites_own_pagination(outlet, templates, tmp_path):
    site = SampleSite.load(extra=EXTRA, templates=templates)
    db = tmp_path / "w.db"
    with SampleServer(site, slow_seconds=0.5) as server:
        crawl(db, [outlet], server.url)
    wanted = {u for u, a in zip(site.article_urls(outlet), site.articles[outlet]) if a.topic}
    outcomes = article_outcomes(db)
    assert wanted <= set(outcomes), sorted(wanted - set(outcomes))[:5]
    assert all(len(outcomes[u]) == 1 for u in wanted)  # once each
    n_lists = -(-len(site.articles[outlet]) // site.per_page)
    rules = rules_for([outlet])[outlet]
    lists = {rules.identity(u) for (u,) in query(db, "select url from crawl_log where kind = 'listing' and status = 200")}
    assert {rules.identity(f"http://{site.host(outlet)}{site.list_path(outlet, p)}") for p in range(1, n_lists + 1)} <= lists
    raw = {u for (u,) in query(db, "select url from raw_pages")}
    for a in site.articles[outlet]:
        if a.pages > 1:  # later pages of the article or thread, found from its first page
            assert f"http://{site.host(outlet)}{site.article_path(outlet, a.id, a.date, 2)}" in raw
    if templates == "real" and outlet == "tianfu_forum":
        assert all("forum.php?" in u for u in wanted)  # rewriting off: no thread-N-1-1.html anywhere
    if templates == "real" and outlet != "tianfu_forum":
        page2 = site.respond(site.host(outlet), site.list_path(outlet, 1)).body
        assert b"createPageHTML" in page2 and site.list_path(outlet, 2).rsplit("/", 1)[1].encode() not in page2
