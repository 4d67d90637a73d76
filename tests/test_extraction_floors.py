"""Our extraction scores only move up: the floors in extraction_floors.json
hold the figures `wenming bench extraction` prints for our parser.  Skipped
when the evaluation pages are absent (they are third-party and stay outside
the repository)."""
import json
from pathlib import Path

import pytest

from pipelines.bench import extraction

FLOORS = json.loads((Path(__file__).parent / "extraction_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("set_name", ["cwce", "daniel"])
def test_scores_stay_above_their_floors(set_name):
    folder = extraction.DEFAULT_EVAL / set_name
    if not (folder / "records.jsonl").exists():
        pytest.skip(f"no evaluation pages at {folder}")
    pages = extraction.load_set(extraction.DEFAULT_EVAL, set_name)
    scores = extraction.evaluate(pages, {"wenming": extraction.run_wenming})["wenming"]["all"].summary()
    below = {k: (scores[k], floor) for k, floor in FLOORS[set_name].items() if scores[k] < floor}
    assert not below, f"scores fell below their floors (score, floor): {below}"
