"""The enrichment benchmark's scores on the evaluation set stay above their floors."""
import pytest

from pipelines.bench.enrich import FIELDS, load_eval, score

FLOOR = 0.90


@pytest.fixture(scope="module")
def scores():
    rows = load_eval()
    assert len(rows) >= 40
    result, _, notes = score(rows)
    return result, notes


@pytest.mark.parametrize("field", FIELDS)
def test_precision_and_recall_hold_the_floor(scores, field):
    result, notes = scores
    assert result[field]["precision"] >= FLOOR, notes
    assert result[field]["recall"] >= FLOOR, notes
