"""Reports written paragraph by paragraph in a test, enriched as the pipeline enriches an article."""
from __future__ import annotations

from parsers.record import Article, Block
from pipelines.enrich import enrich


def enriched(paragraphs: list[str], published: str = "2024-05-20", title: str | None = None) -> Article:
    """The article of these paragraphs, enriched (no outlet region)."""
    a = Article(title=title, published=published, blocks=[Block("paragraph", p) for p in paragraphs])
    enrich(a)
    return a


def types_of(paragraphs: list[str], published: str = "2024-05-20") -> set[str]:
    """The types of every activity read from a report of these paragraphs."""
    return {t for act in enriched(paragraphs, published).activities for t in act["types"]}
