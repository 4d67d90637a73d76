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
