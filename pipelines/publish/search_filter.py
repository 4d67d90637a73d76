"""`?_search=` on articles and the article views, fast at a million articles.

Datasette's own search turns `_search` into `rowid in (select rowid from
fts where fts match ...)`, which makes SQLite collect every match before it
can sort, count or facet: for a word most articles hold (志愿服务), that is
the whole table on every page view.  Here the search is the same index and
the same query rule, but the page looks at the newest matches only (by
rowid, i.e. import order; `search_limit`, 2,000 by default), so sorting,
counting and facets stay quick.  Those rowids are found once per search and
kept for a few seconds (`zh_search_rowids`), since one page asks for them
for its rows, its count and each facet.  CSV and XLSX exports are not
capped: they hold every match.

Configured in metadata.yml under plugins: wenming: search_tables (table or
view -> its column holding the article's rowid) and search_limit.
"""
from __future__ import annotations

import contextvars
import json
import time

from datasette.filters import FilterArguments

from ..search.index import FTS_TABLE
from ..search.segment import fts_query

DEFAULT_TABLES = {"articles": "rowid", "article_index": "article_rowid", "articles_feed": "article_rowid",
                  "activity_index": "article_rowid"}
DEFAULT_LIMIT = 2000
EXPORTS = (".csv", ".xlsx")
CACHE_SECONDS = 10
CACHE_SIZE = 256
exporting: contextvars.ContextVar[bool] = contextvars.ContextVar("exporting", default=False)
_found: dict[tuple, tuple[float, str]] = {}


def rowids_function(conn, database: str):
    """SQL function zh_search_rowids(search, limit): JSON list of the newest matching rowids.

    `database` names the file, so that two databases never share what was found.
    """
    def zh_search_rowids(search: str, limit: int) -> str:
        key = (database, search, limit)
        now = time.monotonic()
        hit = _found.get(key)
        if hit and now - hit[0] < CACHE_SECONDS:
            return hit[1]
        rows = conn.execute(f"select rowid from [{FTS_TABLE}] where [{FTS_TABLE}] match ? "
                            "order by rowid desc limit ?", [fts_query(search), int(limit)])
        found = json.dumps([r[0] for r in rows])
        if len(_found) >= CACHE_SIZE:
            _found.clear()
        _found[key] = (now, found)
        return found
    return zh_search_rowids


def is_export(path: str) -> bool:
    return path.endswith(EXPORTS)


def search_config(datasette, database: str) -> tuple[dict, int]:
    config = datasette.plugin_config("wenming", database=database) or {}
    return config.get("search_tables", DEFAULT_TABLES), int(config.get("search_limit", DEFAULT_LIMIT))


def search_clause(column: str, limit: int | None) -> str:
    if limit:
        return f"[{column}] in (select value from json_each(zh_search_rowids(:search, {int(limit)})))"
    return f"[{column}] in (select rowid from [{FTS_TABLE}] where [{FTS_TABLE}] match zh_fts_query(:search))"


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
