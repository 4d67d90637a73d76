"""docs/crawling.md shows every option of `wenming crawl` and every outlet key of sources.toml."""
from pathlib import Path

from crawler.sources import load_outlets
from pipelines.cli import build_parser

DOC = (Path(__file__).resolve().parent.parent / "docs" / "crawling.md").read_text()


def crawl_options():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return [o for a in sub.choices["crawl"]._actions for o in a.option_strings if o.startswith("--") and o != "--help"]


def test_every_crawl_option_is_documented():
    missing = [o for o in crawl_options() if o not in DOC]
    assert not missing, f"document {missing} in docs/crawling.md"


def test_documented_outlet_keys_exist():
    for key in ("wfnews", "ytxww"):
        assert key in DOC and key in load_outlets()
