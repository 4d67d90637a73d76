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


def test_every_outlet_has_its_evidence_in_the_docs():
    evidence = DOC.split("## Evidence for each outlet", 1)[1].split("\n## ", 1)[0]
    for key in load_outlets():
        if ":" not in key:  # network sites share the network's row
            assert f"| {key} " in evidence, f"add {key}'s evidence to docs/crawling.md"
    assert "| wenming network |" in evidence
