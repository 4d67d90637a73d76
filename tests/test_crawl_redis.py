"""Two scrapy-redis workers share one crawl: each site fetched by one worker, no page fetched twice."""
import shutil
import socket
import subprocess
import time

import pytest

from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleSite
from crawler.testsite.crawlrun import ROOT, article_outcomes, crawl_cmd, env, query

REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(not REDIS, reason="redis-server is not installed (apt-get install redis-server)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    port = free_port()
    proc = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


def test_two_workers_share_one_crawl(redis_url, tmp_path):
    db = tmp_path / "w.db"
    with SampleServer(SampleSite.load(extra=6), slow_seconds=0.2) as server:
        workers = [subprocess.Popen(crawl_cmd(db, [], server.url, "--redis", redis_url, "--shared-db", "--shards", "2",
                                              "--shard", str(i)), cwd=ROOT, env=env(),
                                    stdout=subprocess.DEVNULL, stderr=open(tmp_path / f"worker{i}.log", "w"))
                   for i in range(2)]
        try:
            for i, w in enumerate(workers):
                assert w.wait(timeout=240) == 0, (tmp_path / f"worker{i}.log").read_text()[-3000:]
        finally:
            for w in workers:  # never leave a worker behind
                if w.poll() is None:
                    w.kill()
        site = server.site
    # every article of every outlet dealt with, each fetched by one worker only once
    outcomes = article_outcomes(db)
    for outlet, items in site.articles.items():
        for url, a in zip(site.article_urls(outlet), items):
            assert len(outcomes.get(url, [])) == 1, url
            assert outcomes[url][0] in (("stored", "parse-failed") if a.topic else ("off-topic",))
    fetched = query(db, "select url, count(*) from crawl_log where status is not null and attempt = 1 "
                        "group by url having count(*) > 1")
    assert fetched == []
    # politeness: each site is fetched by exactly one worker, and both workers took part
    per_host = query(db, "select outlet, count(distinct worker) from crawl_log where worker is not null group by outlet")
    assert all(n == 1 for _, n in per_host), per_host
    assert len({w for (w,) in query(db, "select distinct worker from crawl_log where worker is not null")}) == 2


def test_a_lost_workers_shard_is_adopted(redis_url, tmp_path):
    """Worker 1 of 2 never starts: worker 0 takes its shard over after a while, and the crawl ends."""
    db = tmp_path / "w.db"
    with SampleServer(slow_seconds=0.2) as server:
        worker = subprocess.run(crawl_cmd(db, ["wfnews", "ytxww"], server.url, "--redis", redis_url, "--shared-db",
                                          "--shards", "2", "--shard", "0"),
                                cwd=ROOT, env=env(), capture_output=True, text=True, timeout=240)
        assert worker.returncode == 0, worker.stderr[-3000:]
        site = server.site
    outcomes = article_outcomes(db)
    for outlet in ("wfnews", "ytxww"):
        assert set(site.article_urls(outlet)) <= set(outcomes)
