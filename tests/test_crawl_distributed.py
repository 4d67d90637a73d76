"""Workers that share nothing but Redis, one writer that owns the database (crawler/streams.py,
pipelines/crawl/ingest.py), with the real redis-server and the sample server; where the machine
allows, each worker runs in its own network namespace."""
import json
import os
import signal
import sqlite3
import time

import pytest
import redis

from crawler.testsite import distributed as cluster
from crawler.testsite.crawlrun import article_outcomes, query
from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleArticle, SampleSite

pytestmark = pytest.mark.skipif(not cluster.REDIS, reason="redis-server is not installed (apt-get install redis-server)")


@pytest.fixture
def crawl_net(tmp_path):
    """(redis, sample server, per-worker (redis URL, site URL, command prefix)) for two workers."""
    spaces = cluster.Namespaces(2) if cluster.Namespaces.available() else None
    if spaces:
        spaces.create()
    try:
        binds = tuple(spaces.host_address(i) for i in range(2)) if spaces else ()
        server = SampleServer(SampleSite.load(extra=8), slow_seconds=0.2)
        if spaces:
            cluster.serve_everywhere(server)
        server.start()
        store = cluster.Redis(tmp_path, binds)
        port = server.httpd.server_address[1]
        where = [(store.url(spaces.host_address(i)), f"http://{spaces.host_address(i)}:{port}", spaces.prefix(i))
                 if spaces else (store.url(), f"http://127.0.0.1:{port}", []) for i in range(2)]
        yield store, server, where
        server.stop()
        store.stop()
    finally:
        if spaces:
            spaces.remove()


def start_worker(tmp_path, where, i, *extra):
    url, site, prefix = where[i]
    return cluster.start(cluster.worker_cmd(url, site, 2, i, *extra), tmp_path / f"worker{i}", tmp_path / f"worker{i}.log",
                         prefix)


def start_writer(tmp_path, store):
    return cluster.start(cluster.ingest_cmd(store.url(), tmp_path / "writer" / "base.db"), tmp_path / "writer",
                         tmp_path / "writer.log")


def finish(procs, tmp_path, timeout=240):
    deadline = time.time() + timeout
    try:
        for name, p in procs.items():
            rc = p.wait(timeout=max(1, deadline - time.time()))
            assert rc == 0, (tmp_path / f"{name}.log").read_text()[-3000:]
    finally:
        for p in procs.values():  # never leave a process behind
            if p.poll() is None:
                p.kill()


def stored_count(db) -> int:
    if not db.exists():
        return 0
    try:
        return query(db, "select count(*) from crawl_log where outcome = 'stored'")[0][0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def check_everything_stored_once(db, site):
    outcomes = article_outcomes(db)
    for outlet, items in site.articles.items():
        for url, a in zip(site.article_urls(outlet), items):
            kept = [o for o in outcomes.get(url, []) if o in ("stored", "parse-failed")]
            if a.topic:
                assert len(kept) == 1, (url, outcomes.get(url))
            else:
                assert outcomes.get(url) == ["off-topic"], url
    assert query(db, "select canonical_url from articles group by canonical_url having count(*) > 1") == []
    assert query(db, "select url from article_versions group by url having count(*) > 1") == []
    stored = query(db, "select count(distinct url) from crawl_log where kind = 'article' and outcome = 'stored'")[0][0]
    assert query(db, "select count(*) from articles")[0][0] == stored > 0
    assert query(db, "select count(*) from articles where cluster_id is null") == [(0,)]  # everything clustered


def check_stream_empty(store):
    r = redis.Redis.from_url(store.url())
    assert r.xlen("wenming:stream") == 0
    assert r.xpending("wenming:stream", "writer")["pending"] == 0


def test_workers_share_nothing_but_redis(crawl_net, tmp_path):
    store, server, where = crawl_net
    procs = {f"worker{i}": start_worker(tmp_path, where, i) for i in range(2)}
    procs["writer"] = start_writer(tmp_path, store)
    finish(procs, tmp_path)
    db = tmp_path / "writer" / "base.db"
    for i in range(2):  # a worker keeps no database, no archive, no file at all
        assert list((tmp_path / f"worker{i}").iterdir()) == []
    check_everything_stored_once(db, server.site)
    check_stream_empty(store)
    # no page fetched twice
    assert query(db, "select url from crawl_log where status is not null and attempt = 1 "
                     "group by url having count(*) > 1") == []
    # the crawl log is complete: every response each worker counted is a row, every list page and
    # final article fetch has its outcome
    runs = query(db, "select worker, reason, stats from crawl_runs")
    assert sorted((w, r) for w, r, _ in runs) == [("shard-0", "finished"), ("shard-1", "finished")]
    responses = sum(json.loads(s).get("downloader/response_count", 0) for _, _, s in runs)
    assert query(db, "select count(*) from crawl_log where status is not null")[0][0] == responses
    assert query(db, "select count(*) from crawl_log where kind = 'listing' and outcome is null") == [(0,)]
    # the writer's archive holds every response: list pages, robots.txt and error pages as well as articles
    from pipelines.archives import read_responses

    archived = {r.url for path in (tmp_path / "writer" / "warc").glob("*.warc.gz") for r in read_responses(path)}
    answered = {u for (u,) in query(db, "select url from crawl_log where status is not null and "
                                        "coalesce(outcome, '') != 'off-topic'")}
    assert answered and answered <= archived, answered - archived
    assert any("robots.txt" in u for u in archived)
    # politeness: each site fetched by one worker, and both took part
    per_outlet = query(db, "select outlet, count(distinct worker) from crawl_log group by outlet")
    assert all(n == 1 for _, n in per_outlet), per_outlet
    assert {w for (w,) in query(db, "select distinct worker from crawl_log")} == {"shard-0", "shard-1"}
    # the workers can now skip what is stored: the known set is in Redis
    r = redis.Redis.from_url(store.url())
    assert r.hlen("wenming:known:wfnews") == len(server.site.articles["wfnews"])
    assert r.sismember("wenming:finished", "wfnews")

    # a second crawl fetches only the new article, and its listings stop at known links
    last_run = query(db, "select max(id) from crawl_runs")[0][0]
    server.site.add_article(SampleArticle(outlet="wfnews", id=399, date="2024-10-01", title="奎文区志愿者宣传垃圾分类",
                                          paragraphs=["10月1日，奎文区一个社区的二十多名志愿者在小区门口设点，向居民讲解垃圾分类知识。",
                                                      "志愿者们现场演示厨余垃圾和其他垃圾的分法，还给居民发放了分类指南。",
                                                      "社区新时代文明实践站负责人说，这项志愿服务今后每周都会开展。"]))
    known = ("--set", "WENMING_STOP_AFTER_KNOWN=2")
    procs = {f"worker{i}": start_worker(tmp_path, where, i, *known) for i in range(2)}
    procs["writer"] = start_writer(tmp_path, store)
    finish(procs, tmp_path)
    new_url = f"http://{server.site.host('wfnews')}{server.site.article_path('wfnews', 399, '2024-10-01')}"
    again = query(db, "select distinct url from crawl_log where run_id > ? and kind = 'article' and status = 200",
                  (last_run,))
    assert again == [(new_url,)]
    assert article_outcomes(db)[new_url] == ["stored"]
    assert query(db, "select count(*) from crawl_log where run_id > ? and reason like '%listing stopped%'", (last_run,))


def test_kill_a_worker_and_the_writer_mid_crawl(crawl_net, tmp_path):
    store, server, where = crawl_net
    slow = ("--set", "DOWNLOAD_DELAY=0.3", "--set", "DOWNLOAD_DELAY_JITTER=0")  # long enough to kill mid-crawl
    r = redis.Redis.from_url(store.url())
    procs = {"writer": start_writer(tmp_path, store)}
    db = tmp_path / "writer" / "base.db"
    try:
        wait_until(lambda: r.exists("wenming:stream"), procs)  # the writer is ready
        procs.update({f"worker{i}": start_worker(tmp_path, where, i, *slow) for i in range(2)})
        wait_until(lambda: r.xinfo_stream("wenming:stream")["entries-added"] >= 40, procs)
        os.kill(procs["worker1"].pid, signal.SIGKILL)
        procs["worker1"].wait()
        procs["worker1"] = start_worker(tmp_path, where, 1, *slow)
        wait_until(lambda: stored_count(db) >= 10, procs)
        os.kill(procs["writer"].pid, signal.SIGKILL)
        procs["writer"].wait()
        time.sleep(1)
        procs["writer"] = start_writer(tmp_path, store)
    except BaseException:
        for p in procs.values():
            p.kill()
        raise
    finish(procs, tmp_path)
    check_everything_stored_once(db, server.site)
    check_stream_empty(store)
    ended = query(db, "select worker, reason from crawl_runs where finished_at is not null")
    assert sorted(ended) == [("shard-0", "finished"), ("shard-1", "finished")]


def wait_until(condition, procs, timeout=120):
    deadline = time.time() + timeout
    while not condition():
        assert time.time() < deadline, "the crawl did not get that far"
        assert all(p.poll() is None for p in procs.values()), "a process ended before it was killed"
        time.sleep(0.1)


def test_workers_pause_while_the_writer_is_behind(tmp_path):
    """No writer yet: the stream grows to WENMING_STREAM_MAX and the worker waits; the writer comes, all is stored."""
    limit = 20
    store = cluster.Redis(tmp_path)
    r = redis.Redis.from_url(store.url())
    try:
        with SampleServer(SampleSite.load(extra=8), slow_seconds=0.2) as server:
            worker = cluster.start(cluster.worker_cmd(store.url(), server.url, 1, 0, "--set", f"WENMING_STREAM_MAX={limit}",
                                                      "--set", "CONCURRENT_REQUESTS=4"),
                                   tmp_path / "worker", tmp_path / "worker.log")
            procs = {"worker": worker}
            wait_until(lambda: r.exists("wenming:stream") and r.xlen("wenming:stream") > limit, procs)
            time.sleep(3)
            # paused: only the downloads already under way (4, a few entries each) came in after the limit
            assert worker.poll() is None
            assert limit < r.xlen("wenming:stream") <= limit + 4 * 4
            assert r.xinfo_stream("wenming:stream")["entries-added"] == r.xlen("wenming:stream")
            procs["writer"] = start_writer(tmp_path, store)
            finish(procs, tmp_path)
            site = server.site
        db = tmp_path / "writer" / "base.db"
        check_everything_stored_once(db, site)
        stats = json.loads(query(db, "select stats from crawl_runs")[0][0])
        assert stats["wenming/backpressure/pauses"] >= 1
    finally:
        store.stop()


def test_one_delay_per_site_across_workers(tmp_path):
    """Two workers' delay middlewares reserve a site's next free moment in Redis: their requests to one host
    are DOWNLOAD_DELAY apart, another host is not held up."""
    from crawler.politeness import SharedDelayMiddleware

    store = cluster.Redis(tmp_path)
    try:
        a, b = (SharedDelayMiddleware(redis.Redis.from_url(store.url()), "wenming", 0.5, 0.0) for _ in range(2))
        waits = [m.reserve(keys=["wenming:next:www.example.cn"], args=[m.delay_ms()]) for m in (a, b, a)]
        assert waits[0] == 0
        assert 400 <= waits[1] <= 500 and 900 <= waits[2] <= 1000, waits
        assert b.reserve(keys=["wenming:next:other.example.cn"], args=[b.delay_ms()]) == 0
    finally:
        store.stop()


def test_an_entry_that_cannot_be_stored_is_set_aside(tmp_path):
    """The writer keeps a bad entry whole in wenming:failed with the reason, stores the rest, and acknowledges all."""
    from crawler.streams import CrawlStream
    from pipelines.crawl.db import close_all, crawl_db
    from pipelines.crawl.ingest import Writer, newer

    store = cluster.Redis(tmp_path)
    try:
        stream = CrawlStream(store.url())
        good = stream.log_fetch(outlet="wfnews", url="http://www.wfnews.com.cn/a.htm", kind="listing", status=200)
        stream.redis.xadd("wenming:stream", {"type": "article", "data": "{not json"})
        stream.add("article", {"outlet": "wfnews"})  # no URL, no pages
        writer = Writer(crawl_db(tmp_path / "base.db"), stream.redis, progress=None)
        writer.lock()
        writer.start()
        writer.apply(writer.read(10, 100))
        assert query(tmp_path / "base.db", "select url from crawl_log") == [("http://www.wfnews.com.cn/a.htm",)]
        failed = stream.redis.xrange("wenming:failed")
        assert len(failed) == 2 and all(b"reason" in fields for _, fields in failed)
        assert stream.redis.xlen("wenming:stream") == 0
        assert stream.redis.xpending("wenming:stream", "writer")["pending"] == 0
        assert newer(writer.last, good)
    finally:
        close_all()
        store.stop()
