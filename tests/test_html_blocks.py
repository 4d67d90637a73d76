"""The learned block weights: the model file loads, and the scorer built
on it tells a paragraph of prose from a row of navigation links."""
from parsers.html import blocks, generic
from parsers.html.tree import parse_tree, segments

from parsers.decode import decode_html
from tests.refresh_fixtures import CASES


def test_the_model_file_matches_the_features():
    assert blocks.load() is not None, "retrain: wenming bench extraction --train-blocks"


def test_learned_scores_tell_prose_from_navigation(monkeypatch):
    page = decode_html((CASES / "table_layout_town" / "input.html").read_bytes())[0]
    segs = segments(parse_tree(page))
    monkeypatch.setattr(generic, "SCORER", "learned")
    scored = dict(zip((s.text[:8] for s in segs), generic.block_scores(segs, set())))
    assert scored["网站首页 | 政"] < 0 < scored["志愿者们有的为老"]
    assert scored["·临河镇召开第0"] < 0


def test_training_separates_two_kinds_of_rows():
    rows = [[1.0, 0.0] for _ in range(20)] + [[0.0, 1.0] for _ in range(20)]
    model = blocks.train(rows, [1] * 20 + [0] * 20, epochs=200)
    assert model["weights"][0] > 0 > model["weights"][1]
