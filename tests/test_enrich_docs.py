"""docs/enrich.md lists every activity type of taxonomy.toml with its label."""
import re
from pathlib import Path

from pipelines.enrich.activity_types import type_labels

DOC = Path(__file__).resolve().parent.parent / "docs" / "enrich.md"


def test_taxonomy_table_matches_the_file():
    rows = re.findall(r"^\| (\w+) \| (\S+) \| .+ \|$", DOC.read_text(encoding="utf-8"), re.M)
    documented = {key: label for key, label in rows if key not in ("key",)}
    assert documented == type_labels()
