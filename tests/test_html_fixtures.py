"""Every HTML fixture, one test per case and field, so a failure names both.

Refresh expected outputs with `python -m tests.refresh_fixtures` after a
parser change, and review the diff."""
from __future__ import annotations

from functools import lru_cache

import pytest

from tests.refresh_fixtures import CASES, FIELDS, case_names, fields_of, parse_case, read_json


@lru_cache(maxsize=None)
def parsed(name: str) -> dict:
    return fields_of(parse_case(name))


@lru_cache(maxsize=None)
def article(name: str):
    return parse_case(name)


FIELD_CASES = [(c, f) for c in case_names() for f in FIELDS if f in read_json(CASES / c / "expected.json")]
CHECK_CASES = [(c, kind, text) for c in case_names()
               for kind, texts in read_json(CASES / c / "checks.json").items() for text in texts]


def test_every_case_has_expected_output():
    missing = [c for c in case_names() if not (CASES / c / "expected.json").exists()]
    assert not missing, f"run `python -m tests.refresh_fixtures {' '.join(missing)}` and review"


@pytest.mark.parametrize("case,field", FIELD_CASES, ids=[f"{c}:{f}" for c, f in FIELD_CASES])
def test_field(case, field):
    expected = read_json(CASES / case / "expected.json")[field]
    assert parsed(case)[field] == expected


@pytest.mark.parametrize("case,kind,text", CHECK_CASES, ids=[f"{c}:{k}:{t[:12]}" for c, k, t in CHECK_CASES])
def test_body_check(case, kind, text):
    art = article(case)
    whole = "\n".join([art.title or ""] + [b.text for b in art.blocks])
    if kind == "body_contains":
        assert text in whole
    else:
        assert text not in whole
