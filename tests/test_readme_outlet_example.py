"""The README's "Adding an outlet" entry works as written: docs that cannot drift."""
import re

from crawler.rules import rules_for
from crawler.sources import SOURCES_TOML
from tests.conftest import ROOT


def test_readme_outlet_entry_crawls_its_links(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding an outlet", 1)[1].split("\n## ", 1)[0]
    first_block = section.split("\n    ", 1)[1].split("\n\n", 1)[0]
    entry = "\n".join(line.removeprefix("    ") for line in ("    " + first_block).splitlines())
    assert entry.startswith("[outlets.myoutlet]")
    sources = tmp_path / "sources.toml"
    crawl_table = re.search(r"^\[crawl\].*?(?=^\[(?:outlets|families))", SOURCES_TOML.read_text(encoding="utf-8"), re.S | re.M)
    sources.write_text((crawl_table.group(0) if crawl_table else "") + entry.split("\n\n")[0] + "\n", encoding="utf-8")
    rules = rules_for(["myoutlet"], path=sources)["myoutlet"]
    assert rules.outlet.region == {"province": "山东省", "city": "潍坊市"}
    assert any(p.search("/content/2024-05/06/content_123.htm") for p in rules.article)
    assert any(p.search("/wmsj/index_2.htm") for p in rules.listing)
