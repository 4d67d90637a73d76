"""`?_search=` on articles and the article views, fast at a million articles.

Datasette's own search turns `_search` into `rowid in (select rowid from
fts where fts match ...)`, which makes SQLite collect every match before it
can sort, count or facet: for a word most articles hold (志愿服务), that is
the whole table on every page view.  Here the search is the same index and
the same query rule, but the page looks at the newest matches only (by
rowid, i.e. import order; `search_limit`, 2,000 by default), so sorting,
counting and facets stay quick.  Those rowids are found once per search and
kept for a few seconds (`zh_search_rowids`), since one page asks for them
for its rows, its count and each facet; a write to the database files
makes a new key.  CSV and XLSX exports are not
capped: they hold every match.

Stories, not copies: articles and the article views show each story once
(its original; an article not clustered yet unless it is a mirror); reprints
and mirrors come in with `?_copies=1`, the switch shown above the rows
(`story_clause`).

Configured in metadata.yml under plugins: wenming: search_tables (table or
view -> its column holding the article's rowid), story_tables (table or view
-> `story` for a view's story column, `articles` for the articles table) and
search_limit.
"""
from __future__ import annotations

import contextvars
import json
import time

from datasette.filters import FilterArguments

from ..search.index import FTS_TABLE
from ..search.segment import fts_query
from .cache import files_state
from .limits import MAX_ROWIDS, check_text

DEFAULT_TABLES = {"articles": "rowid", "article_index": "article_rowid", "articles_feed": "article_rowid",
                  "activity_index": "article_rowid"}
DEFAULT_STORY_TABLES = {"articles": "articles", "article_index": "story", "articles_feed": "story",
                        "activity_index": "story"}
COPIES_ARG = "_copies"
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
        check_text("zh_search_rowids", search)
        limit = max(0, min(int(limit), MAX_ROWIDS))
        key = (database, files_state([database]), search, limit)  # a write to the base makes a new key
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


def wants_copies(request) -> bool:
    return request.args.get(COPIES_ARG, "") in ("1", "on", "yes", "true")


async def story_clause(datasette, database: str, table: str) -> str | None:
    """SQL that keeps one row per story on `table`, or None when the table is not one of them."""
    config = datasette.plugin_config("wenming", database=database) or {}
    kind = config.get("story_tables", DEFAULT_STORY_TABLES).get(table)
    if not kind:
        return None
    columns = set(await datasette.get_database(database).table_columns(table))
    if kind == "story":
        return "[story] = 1" if "story" in columns else None
    mirror = "coalesce([mirror], 0) = 0" if "mirror" in columns else "1"
    if "placement" in columns:
        return f"(case when [placement] is null then {mirror} else [placement] = 'original' end)"
    return mirror if "mirror" in columns else None


async def search_filter(request, database: str, table: str, datasette) -> FilterArguments | None:
    where, described, context = [], [], {}
    if not wants_copies(request) and (story := await story_clause(datasette, database, table)):
        where.append(story)
        described.append("one row per story (reprints and mirrors out: add _copies=1)")
        context["stories_only"] = True
    elif wants_copies(request):
        context["with_copies"] = True
    found = await _search_arguments(request, database, table, datasette)
    if found is None:
        return FilterArguments(where, {}, described, context) if context else None
    return FilterArguments(where + found.where_clauses, found.params, described + found.human_descriptions,
                           {**context, **found.extra_context})


async def _search_arguments(request, database: str, table: str, datasette) -> FilterArguments | None:
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
