"""Our extraction scores only move up: the floors in extraction_floors.json
hold the figures `wenming bench extraction` prints for our parser; and the
checking half (sites nobody tuned on) stays within 0.02 F1 of the tuning
half.  Skipped when the evaluation pages are absent (they are third-party
and stay outside the repository)."""
import json
from pathlib import Path

import pytest

from pipelines.bench import extraction

FLOORS = json.loads((Path(__file__).parent / "extraction_floors.json").read_text(encoding="utf-8"))
GAP = 0.02


@pytest.mark.parametrize("set_name", ["cwce", "daniel"])
def test_scores_stay_above_their_floors_and_hold_on_the_checking_half(set_name):
    folder = extraction.DEFAULT_EVAL / set_name
    if not (folder / "records.jsonl").exists():
        pytest.skip(f"no evaluation pages at {folder}")
    pages = extraction.load_set(extraction.DEFAULT_EVAL, set_name)
    report = extraction.evaluate(pages, {"wenming": extraction.run_wenming})["wenming"]
    scores = report["all"].summary()
    below = {k: (scores[k], floor) for k, floor in FLOORS[set_name].items() if scores[k] < floor}
    assert not below, f"scores fell below their floors (score, floor): {below}"
    tuning, checking = report["tuning"].summary()["f1"], report["checking"].summary()["f1"]
    assert checking >= tuning - GAP, f"checking half F1 {checking} fell more than {GAP} below tuning {tuning}"
