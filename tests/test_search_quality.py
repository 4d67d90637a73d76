"""Chinese search in Datasette finds what a substring search finds."""
from __future__ import annotations

import sqlite3

import pytest

from pipelines.search.segment import QUOTED, normalise

from .conftest import FIXTURES, get

QUERIES = [q for q in (FIXTURES / "search_queries.txt").read_text(encoding="utf-8").splitlines()
           if q.strip() and not q.startswith("#")]


def substring_truth(texts: dict[str, str], query: str) -> set[str]:
    """Articles holding every word of the query (either side of OR), case-insensitively."""
    groups, current = [], []
    for m in QUOTED.finditer(query):
        word = m.group(1) if m.group(1) is not None else m.group(2)
        if word == "OR" and m.group(1) is None:
            groups.append(current)
            current = []
        else:
            current.append(normalise(word))
    groups.append(current)
    return {aid for aid, text in texts.items() if any(all(w in text for w in g) for g in groups if g)}


@pytest.fixture(scope="module")
def article_texts(kb_path) -> dict[str, str]:
    conn = sqlite3.connect(kb_path)
    rows = conn.execute("select id, coalesce(title, '') || char(10) || coalesce(body, '') from articles")
    return {aid: normalise(text) for aid, text in rows}


def search_ids(datasette, table: str, query: str) -> set[str]:
    response = get(datasette, f"/wenming/{table}.json", _search=query, _size="max", _shape="objects",
                   _copies="1")  # every placement: this measures the search rule, not story counting
    assert response.status_code == 200, response.text
    return {row["id"] for row in response.json()["rows"]}


def test_query_list_is_long_enough():
    assert len(QUERIES) >= 50
    assert all(2 <= len(q.replace(" ", "")) <= 12 for q in QUERIES)


def test_search_matches_substring_truth(datasette, article_texts):
    found_total = truth_total = hit_total = 0
    misses = []
    for query in QUERIES:
        truth = substring_truth(article_texts, query)
        found = search_ids(datasette, "articles", query)
        hit_total += len(found & truth)
        found_total += len(found)
        truth_total += len(truth)
        if found != truth:
            misses.append((query, sorted(found - truth), sorted(truth - found)))
    recall = hit_total / truth_total
    precision = hit_total / found_total
    assert truth_total > 150, "the queries should find many articles"
    print(f"recall {recall:.3f} precision {precision:.3f} over {len(QUERIES)} queries, {truth_total} relevant")
    assert recall >= 0.98 and precision >= 0.95, (recall, precision, misses)


def test_search_on_views_matches_articles(datasette):
    for query in ("义诊", "关爱老人", "新时代文明实践站"):
        assert search_ids(datasette, "article_index", query) == search_ids(datasette, "articles", query)


def test_two_character_word_is_not_found_inside_another(datasette, article_texts):
    # 义务诊疗 holds 义 and 诊 but not the word 义诊.
    found = search_ids(datasette, "articles", "义诊")
    assert found
    assert all("义诊" in article_texts[aid] for aid in found)
    assert not any(article_texts[aid].startswith("义务诊疗") for aid in found)
