import json
import subprocess
import sys

from tests.conftest import SAMPLES

SEEDS = sorted((SAMPLES / "seeds").glob("*.txt"))


def wenming(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_parse_writes_one_json_record_per_input():
    out = wenming("parse", *map(str, SEEDS))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["input"] for r in records] == [p.name for p in SEEDS]
    for key in ("url", "title", "subtitle", "published", "source", "authors", "editors", "dateline",
                "body", "headings", "captions", "flags", "forum"):
        assert key in records[0]


def test_a_file_it_cannot_read_gives_an_error_record_and_the_others_come_out(tmp_path):
    out = wenming("parse", str(tmp_path / "missing.txt"), str(SEEDS[0]))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert "cannot read" in records[0]["error"]
    assert records[1]["title"] and out.returncode == 0


def test_errors_are_one_line_with_what_to_do(tmp_path):
    out = wenming("reparse", "--db", str(tmp_path / "none.db"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert "make run" in out.stderr


def test_import_prints_a_summary(tmp_path):
    out = wenming("import", str(SAMPLES / "seeds"), "--db", str(tmp_path / "w.db"))
    assert out.returncode == 0 and "imported 5 pages: 5 articles, 0 failed" in out.stderr


# -- the knowledge base as a user builds and corrects it -------------------------------
import socket  # noqa: E402
import sqlite3  # noqa: E402

import pytest  # noqa: E402

from tests.pagefiles import PARAGRAPHS, page  # noqa: E402


def counts(db) -> dict:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("raw_pages", "articles", "failures", "versions", "clusters")} | {
            "shown": con.execute("select count(*) from versions where shown = 1").fetchone()[0]}
    finally:
        con.close()


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    out = wenming("import", str(SAMPLES), "--db", str(db))
    assert out.returncode == 0, out.stderr
    return db


def test_reparse_after_import_succeeds_and_changes_no_count(kb, tmp_path):
    db = tmp_path / "copy.db"
    db.write_bytes(kb.read_bytes())
    before = counts(db)
    out = wenming("reparse", "--db", str(db))
    assert out.returncode == 0, out.stderr[-2000:]
    assert "re-parsed 8 pages: 8 articles, 0 failed" in out.stderr
    assert counts(db) == before and before["articles"] == 8


def article_id(db, where="1"):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"select id from articles where {where} order by id limit 1").fetchone()[0]
    finally:
        con.close()


def column(db, aid, name):
    con = sqlite3.connect(db)
    try:
        return con.execute(f"select {name} from articles where id = ?", [aid]).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("value,stored", [("刘楠", ["刘楠"]), ("刘楠、王芳", ["刘楠", "王芳"]),
                                          ('["张三", "李四"]', ["张三", "李四"])])
def test_edit_takes_names_as_json_or_separated(kb, value, stored):
    aid = article_id(kb)
    out = wenming("edit", aid, "authors", value, "--db", str(kb))
    assert out.returncode == 0, out.stderr
    assert json.loads(column(kb, aid, "authors")) == stored


def test_edit_parses_dates_and_updates_the_month(kb):
    aid = article_id(kb)
    out = wenming("edit", aid, "published", "yesterday", "--db", str(kb))
    assert out.returncode == 2 and "not a date" in out.stderr and "2024-03-05" in out.stderr
    assert column(kb, aid, "published") != "yesterday"
    assert wenming("edit", aid, "published", "2021年3月5日", "--db", str(kb)).returncode == 0
    assert (column(kb, aid, "published"), column(kb, aid, "month")) == ("2021-03-05", "2021-03")
    assert wenming("edit", aid, "published", "2021-04-06 09:30", "--db", str(kb)).returncode == 0
    assert column(kb, aid, "published") == "2021-04-06T09:30:00+08:00"
    assert column(kb, aid, "published_from") == "edit"


def test_an_unknown_id_says_how_to_find_ids(kb):
    out = wenming("edit", "nosuchid", "title", "标题", "--db", str(kb))
    assert out.returncode == 2 and "wenming find" in out.stderr
    found = wenming("find", "志愿", "--db", str(kb))
    assert found.returncode == 0 and len(found.stdout.splitlines()) >= 3
    assert all(len(line.split("\t")[0]) == 16 for line in found.stdout.splitlines())


def test_import_keeps_to_pages_and_on_topic_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(page("社区志愿者开展敬老活动", PARAGRAPHS))
    (folder / "road.htm").write_bytes(page("一条主干道完成路面改造", ["经过两个月的施工，城市主干道的路面改造工程近日完工并恢复通车。",
                                                          "此次改造更换了破损的沥青路面，并对沿线排水管网进行了疏通。"]))
    (folder / "SOURCES.txt").write_text("pages saved from http://www.example.cn/ on 2024-05-01\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (folder / "notes.md").write_text("# notes\n")
    db = tmp_path / "kb.db"
    out = wenming("import", str(folder), "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "imported 1 pages: 1 articles" in out.stderr and "2 off topic" in out.stderr
    assert "skipped: " + str(folder / "photo.jpg") in out.stderr and "notes.md" in out.stderr
    assert counts(db)["articles"] == 1
    out = wenming("import", str(folder), "--db", str(db), "--all-topics")
    assert counts(db)["raw_pages"] == 3  # road.htm and SOURCES.txt kept too, photo and notes never


def test_parse_exits_non_zero_for_a_folder_or_when_every_input_failed(tmp_path):
    out = wenming("parse", str(SAMPLES))
    assert out.returncode == 1 and "wenming import" in json.loads(out.stdout)["error"]
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"  \n")
    assert wenming("parse", str(bad)).returncode == 1
    assert wenming("parse", str(bad), str(SEEDS[0])).returncode == 0


def test_parse_without_enrichment_gives_the_record_alone():
    out = wenming("parse", "--no-enrich", str(SEEDS[0]))
    record = json.loads(out.stdout)
    assert out.returncode == 0 and record["title"] and "places" not in record


def test_help_names_benchmarks_outlets_and_defaults():
    alone = wenming("bench")
    assert alone.returncode == 0 and "startup" in alone.stdout and "crawl" in alone.stdout
    assert "search_quality" in wenming("bench", "--help").stdout
    assert "wfnews" in wenming("crawl", "--help").stdout and "潍坊新闻网" in wenming("crawl", "--help").stdout
    assert "default: 8001" in wenming("serve", "--help").stdout


def test_serve_on_a_busy_port_says_so_before_serving(kb):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = wenming("serve", "--db", str(kb), "--port", str(port))
    assert out.returncode == 2 and "in use" in out.stderr and "serving" not in out.stderr
