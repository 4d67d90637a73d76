"""`?_search=` on articles and the article views, fast at a million articles.

Datasette's own search turns `_search` into `rowid in (select rowid from
fts where fts match ...)`, which makes SQLite collect every match before it
can sort, count or facet: for a word most articles hold (志愿服务), that is
the whole table on every page view.  Here the search is the same index and
the same query rule, but the page looks at the newest matches only (by
rowid, i.e. import order; `search_limit`, 2,000 by default), so sorting,
counting and facets stay quick.  CSV and XLSX exports are not capped: they
hold every match.

Configured in metadata.yml under plugins: wenming: search_tables (table or
view -> its column holding the article's rowid) and search_limit.
"""
from __future__ import annotations

import contextvars

from datasette.filters import FilterArguments

from .index import FTS_TABLE

DEFAULT_TABLES = {"articles": "rowid", "article_index": "article_rowid", "articles_feed": "article_rowid",
                  "activity_index": "article_rowid"}
DEFAULT_LIMIT = 2000
EXPORTS = (".csv", ".xlsx")
exporting: contextvars.ContextVar[bool] = contextvars.ContextVar("exporting", default=False)


def is_export(path: str) -> bool:
    return path.endswith(EXPORTS)


def search_config(datasette, database: str) -> tuple[dict, int]:
    config = datasette.plugin_config("wenming", database=database) or {}
    return config.get("search_tables", DEFAULT_TABLES), int(config.get("search_limit", DEFAULT_LIMIT))


def search_clause(column: str, limit: int | None) -> str:
    cap = f" order by rowid desc limit {int(limit)}" if limit else ""
    return (f"[{column}] in (select rowid from [{FTS_TABLE}] "
            f"where [{FTS_TABLE}] match zh_fts_query(:search){cap})")


async def search_filter(request, database: str, table: str, datasette) -> FilterArguments | None:
    tables, limit = search_config(datasette, database)
    column = tables.get(table)
    if not column:
        return None
    search = request.args.get("_search", "")
    context = {"supports_search": True, "search": search}
    if not search.strip():
        return FilterArguments([], extra_context=context)
    capped = not exporting.get()
    note = f" (the newest {limit:,} matches at most; CSV and XLSX exports hold all)" if capped else ""
    return FilterArguments([search_clause(column, limit if capped else None)], {"search": search},
                           [f'search matches "{search}"{note}'], context)
