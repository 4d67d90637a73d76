"""Kill -9 mid-crawl, or pause with Ctrl-C, then run again: nothing lost, nothing fetched twice."""
import signal
import subprocess
import time

import pytest

from crawler.testsite.server import SampleServer
from crawler.testsite.site import SampleSite
from crawler.testsite.crawlrun import ROOT, article_outcomes, crawl, crawl_cmd, env, query

SLOW = ["--set", "DOWNLOAD_DELAY=0.15", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]


def stored(db) -> int:
    try:
        return query(db, "select count(*) from crawl_log where kind = 'article' and outcome is not null")[0][0]
    except Exception:  # the crawl has not created its tables yet
        return 0


def interrupt_after(db, jobdir, site, sig, n=5):
    proc = subprocess.Popen(crawl_cmd(db, ["wfnews"], site, "--jobdir", str(jobdir), *SLOW), cwd=ROOT, env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while stored(db) < n and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the crawl ended before it could be interrupted: " + proc.stderr.read()[-2000:]
    proc.send_signal(sig)
    try:
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:  # never leave a crawl behind
            proc.kill()
    return proc


@pytest.fixture
def server():
    with SampleServer(SampleSite.load(extra=24), slow_seconds=0.2) as s:
        yield s


def check_complete(db, site):
    outcomes = article_outcomes(db)
    expected = set(site.article_urls("wfnews"))
    done = {u for u, o in outcomes.items() if set(o) & {"stored", "parse-failed"}}
    assert done == expected                                   # nothing lost
    assert all(len(outcomes[u]) == 1 for u in expected)       # no article fetched and stored twice
    raw = query(db, "select url, count(*) from raw_pages group by url having count(*) > 1")
    assert raw == []


def test_kill_9_then_restart_loses_and_duplicates_nothing(server, tmp_path):
    db, jobdir = tmp_path / "w.db", tmp_path / "job"
    interrupt_after(db, jobdir, server.url, signal.SIGKILL)
    before = stored(db)
    assert 0 < before < len(server.site.article_urls("wfnews"))
    assert (jobdir / "wenming.running").exists()
    result = crawl(db, ["wfnews"], server.url, "--jobdir", str(jobdir))
    assert "stopped without closing" in result.stderr
    check_complete(db, server.site)
    assert not jobdir.exists()  # a finished crawl leaves no queue behind
    # what the killed run stored is clustered by the next one; the killed run says it was killed
    assert query(db, "select count(*) from articles where cluster_id is null")[0][0] == 0
    [(reason,)] = query(db, "select reason from crawl_runs where id = 1")
    assert reason.startswith("killed: process")


def test_pause_with_ctrl_c_and_resume_from_jobdir(server, tmp_path):
    db, jobdir = tmp_path / "w.db", tmp_path / "job"
    interrupt_after(db, jobdir, server.url, signal.SIGINT)
    assert query(db, "select reason from crawl_runs")[-1][0] == "shutdown"
    assert jobdir.exists() and not (jobdir / "wenming.running").exists()
    crawl(db, ["wfnews"], server.url, "--jobdir", str(jobdir))
    check_complete(db, server.site)
