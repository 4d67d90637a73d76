"""The enrichment benchmark's scores stay above their floors, on the hand-written
reports alone and on both evaluation sets together."""
import pytest

from pipelines.bench.enrich import EVAL_SETS, FIELDS, load_eval, score

FLOOR = 0.90


@pytest.fixture(scope="module", params=["handwritten", "all"])
def scores(request):
    paths = EVAL_SETS[:1] if request.param == "handwritten" else EVAL_SETS
    rows = load_eval(paths)
    assert len(rows) >= 40
    result, _, notes = score(rows)
    return result, notes


@pytest.mark.parametrize("field", FIELDS)
def test_precision_and_recall_hold_the_floor(scores, field):
    result, notes = scores
    assert result[field]["precision"] >= FLOOR, notes
    assert result[field]["recall"] >= FLOOR, notes
