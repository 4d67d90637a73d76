"""`wenming serve` starts the real Datasette over the imported samples."""
import json
import subprocess
import sys
import urllib.request

import pytest

from tests.conftest import SAMPLES, running_datasette


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "wenming.db"
    subprocess.run([sys.executable, "-m", "pipelines.cli", "import", str(SAMPLES / "seeds"), "--db", str(db)], check=True)
    with running_datasette(db) as url:
        yield url


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def test_articles_table_serves_the_five_seed_articles(server):
    data = get_json(server + "/wenming/articles.json?_shape=array&_size=max&_copies=1")
    assert len(data) == 5
    assert {r["source"] for r in data} == {"潍坊新闻网", "岳塘新闻网", "苏州日报", "四川文明网"}


def test_metadata_describes_columns(server):
    meta = get_json(server + "/-/metadata.json")
    columns = meta["databases"]["wenming"]["tables"]["articles"]["columns"]
    assert "来源" in columns["source"]


def test_csv_export_streams(server):
    with urllib.request.urlopen(server + "/wenming/articles.csv?_stream=on&_size=max&_copies=1", timeout=10) as r:
        text = r.read().decode("utf-8")
    assert "北苑街道开展" in text
