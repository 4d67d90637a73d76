"""Faults on the way into the store, through the CLI as users run it, on a base of many pages:
each asserts the recorded reason and that nothing else in the batch was lost."""
import shutil
import signal
import sqlite3
import time

import pytest

from tests.pagefiles import PARAGRAPHS, page, popen, sample_pages, wenming


def q(db, sql, params=()):
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def one(db, sql, params=()):
    return q(db, sql, params)[0][0]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return sample_pages(tmp_path_factory.mktemp("pages") / "pages", extra=6)


def test_kill_9_during_import_then_resume_loses_nothing_and_clusters_all(pages, tmp_path):
    db = tmp_path / "kb.db"
    proc = popen("import", pages[0].parent, "--db", db, "--all-topics")
    deadline = time.time() + 120
    try:
        while time.time() < deadline and proc.poll() is None:
            try:
                if one(db, "select count(*) from articles") >= 3:
                    break
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        assert proc.poll() is None, "the import ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert 0 < one(db, "select count(*) from articles") <= len(pages)  # killed while storing (or clustering)
    out = wenming("import", pages[0].parent, "--db", db, "--all-topics")
    assert out.returncode == 0, out.stderr[-2000:]
    assert one(db, "select count(*) from raw_pages") == len(pages)
    assert one(db, "select count(*) from articles") + one(db, "select count(*) from failures") == len(pages)
    assert one(db, "select count(*) from articles where cluster_id is null") == 0  # the killed run's too
    before = [one(db, f"select count(*) from {t}") for t in ("raw_pages", "articles", "failures", "clusters")]
    out = wenming("reparse", "--db", db)  # on a base of many pages: no read left open while writing
    assert out.returncode == 0, out.stderr[-2000:]
    assert [one(db, f"select count(*) from {t}") for t in ("raw_pages", "articles", "failures", "clusters")] == before


def test_two_imports_at_once_into_a_new_base(pages, tmp_path):
    db = tmp_path / "new.db"
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, half in enumerate(halves):
        half.mkdir()
        for p in pages[i::2]:
            shutil.copy(p, half / p.name)
    procs = [popen("import", half, "--db", db, "--all-topics") for half in halves]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e[-1500:] for e in errors]
    assert not any("already exists" in e for e in errors)
    assert one(db, "select count(*) from raw_pages") == len(pages)
    assert one(db, "select count(*) from articles") + one(db, "select count(*) from failures") == len(pages)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, pages):
    """Good pages beside an unreadable file, hostile URLs, a binary file and random bytes, imported once."""
    folder = tmp_path_factory.mktemp("hostile")
    good = folder / "pages"
    good.mkdir()
    for p in pages[:8]:
        shutil.copy(p, good / p.name)
    locked = good / "locked.html"
    locked.write_bytes(page("社区志愿者开展敬老活动", PARAGRAPHS))
    locked.chmod(0)
    urls = {"js.html": "javascript:alert(document.domain)/*://*/", "data.html": "data:text/html,<script>alert(1)</script>",
            "port.html": "http://www.example-news.cn:abc/content/1.html"}
    for i, (name, url) in enumerate(urls.items()):
        (good / name).write_bytes(page(f"街道志愿服务队开展第{i + 1}次活动", PARAGRAPHS[i:] + PARAGRAPHS[:i], url))
    known = page("志愿服务进社区", PARAGRAPHS, "http://www.example-news.cn/content/7.html")
    (good / "known.html").write_bytes(known)
    (good / "copy-of-db.html").write_bytes(b"SQLite format 3\x00" + b"\x00\x01\x02" * 3000 + known)
    import random

    rng = random.Random(7)
    (good / "random.txt").write_bytes(bytes(rng.randrange(256) for _ in range(20000)))
    db = folder / "kb.db"
    out = wenming("import", good, "--db", db, "--all-topics", root_reads=False)
    yield db, out, good
    locked.chmod(0o644)


def test_unreadable_file_is_a_failure_and_the_batch_goes_on(hostile):
    db, out, folder = hostile
    assert out.returncode == 0, out.stderr[-2000:]
    [(stage, reason)] = q(db, "select stage, reason from failures where input like '%locked.html'")
    assert stage == "read" and "Permission denied" in reason
    assert one(db, "select count(*) from articles") == 8 + 4  # the good pages, the hostile-URL ones, known.html


def test_binary_files_are_failures_with_their_reason_not_articles(hostile):
    db, _, _ = hostile
    reasons = dict(q(db, "select input, reason from failures where input in ('copy-of-db.html', 'random.txt')"))
    assert set(reasons) == {"copy-of-db.html", "random.txt"}
    assert all(r.startswith("not text:") for r in reasons.values())
    raw = q(db, "select r.body from failures f join raw_pages r on r.id = f.raw_id where f.input = 'random.txt'")
    assert len(raw[0][0]) == 20000  # raw bytes kept
    body = one(db, "select body from articles where canonical_url = 'http://www.example-news.cn/content/7.html'")
    assert body.startswith(PARAGRAPHS[0])


@pytest.mark.parametrize("name,scheme", [("js.html", "javascript"), ("data.html", "data"), ("port.html", "does not parse")])
def test_hostile_urls_are_dropped_with_a_note(hostile, name, scheme):
    db, _, _ = hostile
    [(url, canonical, notes)] = q(db, "select url, canonical_url, notes from articles where input = ?", (name,))
    assert url is None and canonical is None
    assert "canonical_url dropped" in notes and scheme in notes
    assert not q(db, "select 1 from articles where canonical_url not like 'http%' or url not like 'http%'")


def test_stats_count_imported_articles_and_failures(hostile):
    db, _, _ = hostile
    out = wenming("stats", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "articles: 12 (12 by import)" in out.stdout
    assert "failed pages: 3 (2 at parse, 1 at read)" in out.stdout
    assert "cannot read: Permission denied" in out.stdout


def test_a_truncated_copy_does_not_replace_the_complete_article(tmp_path):
    url = "http://www.example-news.cn/content/2024-05/06/content_88.htm"
    full = tmp_path / "full.html"
    full.write_bytes(page("街道志愿服务队走进社区", PARAGRAPHS, url))
    short = tmp_path / "short.html"
    short.write_bytes(page("街道志愿服务队走进社区", [PARAGRAPHS[0][:30]], url))
    edited = tmp_path / "edited.html"
    edited.write_bytes(page("街道志愿服务队走进社区（更新）", PARAGRAPHS + ["补充：活动共吸引居民两百余人参加。"], url))
    db = tmp_path / "kb.db"
    assert wenming("import", full, short, "--db", db).returncode == 0  # in this order (by name)
    [(aid, body)] = q(db, "select id, body from articles")
    assert body.count("\n") == 3  # the complete text stays
    versions = q(db, "select raw_id, shown, note from versions order by seen_at, rowid")
    assert [v[1] for v in versions] == [1, 0] and "shorter by more than half" in versions[1][2]
    assert wenming("import", edited, full, "--db", db).returncode == 0  # a newer text, then an old file again
    assert one(db, "select title from articles") == "街道志愿服务队走进社区（更新）"  # no roll back
    out = wenming("edit", aid, "version", "1", "--db", db)  # a person chooses
    assert out.returncode == 0, out.stderr
    assert one(db, "select title from articles") == "街道志愿服务队走进社区"
    assert wenming("reparse", "--db", db).returncode == 0
    assert one(db, "select title from articles") == "街道志愿服务队走进社区"
    assert wenming("edit", aid, "version", "auto", "--db", db).returncode == 0
    assert one(db, "select title from articles") == "街道志愿服务队走进社区（更新）"
    assert one(db, "select count(*) from raw_pages") == 3 and one(db, "select count(*) from versions") == 3
