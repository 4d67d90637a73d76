"""The Datasette plugin of the knowledge base.

- Chinese search: `?_search=` and the search box on articles and the
  article views use the index of index.py with the query rule of
  segment.py (search_filter.py); `escape_fts` and `zh_fts_query` in SQL
  apply the same rule, for other tables and for canned queries.
- Highlighted excerpts of the searched words in the title and body cells.
- `?_bom=1` on any CSV (also streamed, `_stream=on`) starts it with a UTF-8
  byte order mark, so Excel opens Chinese text correctly.
- /-/export/<database>/<query>.csv: every row of a canned query (export.py).
- The article page (row-wenming-articles.html) gets the article with its
  paragraphs, places, teams and activities, and for a reprint or mirror the
  original it copies.
- Stories once: articles and the article views leave reprints and mirrors
  out unless `?_copies=1` (search_filter.py).
- Safety: links from pages pass `safe_link` (links.py); SQL functions bound
  their input and overlong searches are refused (limits.py); raw pages are
  shown as sandboxed text (raw.py).
- Atom and XLSX wrapped for readers (outputs.py).
"""
from __future__ import annotations

import contextvars
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from datasette.utils import path_with_added_args, path_with_removed_args, tilde_encode, urlsafe_components
from datasette.utils.asgi import Response
from markupsafe import Markup

from . import cache, outputs
from .export import export_query_csv
from .limits import bounded, too_long_page, too_long_search
from .article_page import article_for_page
from .links import safe_link
from .raw import raw_page
from .search_filter import COPIES_ARG, exporting, is_export, rowids_function, search_filter
from ..search.segment import fts_query
from .snippet import highlight, snippet, word_pattern

BOM = "\ufeff".encode()
SEARCH_ARGS = ("_search", "q")
EXCERPT_COLUMNS = {"body", "evidence", "paragraph", "atom_content"}
HIGHLIGHT_COLUMNS = {"title", "atom_title"}
current_search: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_search", default=None)
current_path: contextvars.ContextVar[str] = contextvars.ContextVar("current_path", default="")


@hookimpl(trylast=True)
def prepare_connection(conn, database):
    # trylast: runs after Datasette's own prepare_connection, so this rule wins.
    conn.create_function("escape_fts", 1, bounded("escape_fts", fts_query), deterministic=True)
    conn.create_function("zh_fts_query", 1, bounded("zh_fts_query", fts_query), deterministic=True)
    main = next((row[2] for row in conn.execute("pragma database_list") if row[1] == "main"), "")
    conn.create_function("zh_search_rowids", 2, rowids_function(conn, main or database))


def _search_of(scope) -> str | None:
    args = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
    for key in SEARCH_ARGS:
        if args.get(key) and args[key][0].strip():
            return args[key][0]
    return None


def _wants_bom(scope) -> bool:
    if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
        return False
    args = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
    return args.get("_bom", [""])[0] in ("1", "on", "true")


def with_bom(send):
    started = False

    async def wrapped(message):
        nonlocal started
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
            message = {**message, "headers": headers}
        elif message["type"] == "http.response.body" and not started:
            started = True
            message = {**message, "body": BOM + message.get("body", b"")}
        await send(message)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    pages = cache.PageCache()

    def database_files() -> list[str]:
        return [db.path for db in datasette.databases.values() if db.path]

    def wrap(app):
        app = cache.wrap(app, pages, database_files)

        async def wrapped_app(scope, receive, send):
            http = scope.get("type") == "http"
            search = _search_of(scope) if http else None
            if too_long_search(search):
                await _send_page(send, 400, too_long_page(search))
                return
            token = current_search.set(search)
            path_token = current_path.set(scope.get("path", "") if http else "")
            # An export stays an export through the requests it makes (datasette-xlsx pages via .json).
            export_token = exporting.set(exporting.get() or (http and is_export(scope.get("path", ""))))
            try:
                await app(scope, receive, with_bom(send) if _wants_bom(scope) else send)
            finally:
                exporting.reset(export_token)
                current_search.reset(token)
                current_path.reset(path_token)
        return wrapped_app
    return wrap


async def _send_page(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8")]})
    await send({"type": "http.response.body", "body": body})


ARTICLE_LINKS = {("article_index", "id"), ("articles_feed", "id"), ("activity_index", "article_id"),
                 ("reprint_clusters", "first_article"), ("mirror_copies", "original"), ("mirror_copies", "mirror")}
# Canned queries (their pages have no table) and their columns holding article ids.
QUERY_LINKS = {"search": {"id"}, "missing_fields": {"id"}, "activities_of_type": {"article_id"},
               "reprints": {"first_article"}}


def _query() -> str:
    """The canned query whose page this is (the last part of the path)."""
    return current_path.get().rstrip("/").rsplit("/", 1)[-1]


def _links_to_article(table: str | None, column: str) -> bool:
    if table:
        return (table, column) in ARTICLE_LINKS
    return column in QUERY_LINKS.get(_query(), ())


@hookimpl
def register_routes():
    return [(r"^/-/export/(?P<database>[^/]+)/(?P<query>[^/]+)\.csv$", export_query_csv),
            (r"^/-/raw/(?P<database>[^/]+)/(?P<raw_id>[^/]+)$", raw_page),
            (r"^/-/wenming\.css$", lambda: Response(STYLE, content_type="text/css; charset=utf-8"))]


@hookimpl(trylast=True)
def register_output_renderer(datasette):
    # trylast: registered after datasette-atom and datasette-xlsx, so these win for .atom and .xlsx.
    return outputs.renderers()


@hookimpl
def extra_css_urls():
    return ["/-/wenming.css"]


# Titles that do not wrap at four characters, ids that are links, no 6,000 px rows.
STYLE = """table.rows-and-columns td.col-title { min-width: 16em; }
table.rows-and-columns td.col-id, table.rows-and-columns td.col-article_id { white-space: nowrap; }
table.rows-and-columns td { max-width: 40em; }
.copies-switch { margin: 0.4em 0 0.8em; }
"""


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["tilde_encode"] = tilde_encode
    env.filters["safe_link"] = safe_link


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    # trylast: its search box setting wins over Datasette's (no FTS table of its own here).
    async def inner():
        return await search_filter(request, database, table, datasette)

    return inner


@hookimpl
def render_cell(value, column, table, database, datasette):
    if isinstance(value, str) and value and _links_to_article(table, column):
        href = datasette.urls.row(database, "articles", tilde_encode(value))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if not table and column == "activity_type" and isinstance(value, str) and _query() == "activity_types":
        # The list to pick from: each stored label opens activities_of_type with it filled in.
        href = datasette.urls.database(database) + "/activities_of_type?" + urlencode(
            {"activity_type": value, "region": "", "from_date": "", "to_date": "", "copies": ""})
        return Markup('<a class="pick-type" href="{}">{}</a>').format(href, value)
    search = current_search.get()
    if not search or not isinstance(value, str):
        return None
    if column in EXCERPT_COLUMNS:
        return Markup('<div class="search-excerpt">') + snippet(value, search) + Markup("</div>")
    if column in HIGHLIGHT_COLUMNS:
        return highlight(value, word_pattern(search))
    return None


@hookimpl
def extra_body_script(template, database, table, view_name, datasette):
    if view_name not in ("table", "query", "database"):
        return ""
    return PAGE_SCRIPT


# A link to CSV for Excel beside Datasette's own export links; the long list of
# column descriptions folded away so the search box comes first.
PAGE_SCRIPT = """document.querySelectorAll('.export-links a[href*=".csv"]').forEach(function (a) {
  if (a.dataset.bom) return;
  var link = document.createElement('a');
  var url = new URL(a.href, location.href); url.searchParams.set('_bom', '1');
  link.href = url.toString(); link.textContent = 'CSV for Excel'; link.dataset.bom = '1';
  a.after(document.createTextNode(', '), link);
});
document.querySelectorAll('.export-links').forEach(function (p) {
  var parts = location.pathname.split('/').filter(Boolean);
  if (!document.body.classList.contains('query') || parts.length !== 2 || location.search.indexOf('sql=') !== -1) return;
  var all = document.createElement('a');
  all.href = '/-/export/' + parts[0] + '/' + parts[1] + '.csv' + (location.search ? location.search + '&' : '?') + '_bom=1';
  all.textContent = 'CSV, every row (Excel)';
  p.append(document.createTextNode(' · '), all);
});
document.querySelectorAll('dl.column-descriptions').forEach(function (dl) {
  var details = document.createElement('details');
  var summary = document.createElement('summary');
  summary.textContent = 'Columns 字段说明';
  dl.replaceWith(details); details.append(summary, dl);
});"""


def copies_switch(request) -> dict:
    """The link that turns reprints and mirrors on or off on a list of stories."""
    if request.args.get(COPIES_ARG):
        return {"copies_on": True, "copies_link": path_with_removed_args(request, {COPIES_ARG})}
    return {"copies_on": False, "copies_link": path_with_added_args(request, {COPIES_ARG: "1"})}


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if request is None:
        return {}
    if view_name == "table":
        return copies_switch(request)
    if view_name != "row" or table != "articles":
        return {}

    async def inner():
        pks = urlsafe_components(request.url_vars.get("pks", ""))
        if len(pks) != 1:
            return {}
        return {"article": await article_for_page(datasette.get_database(database), pks[0])}

    return inner
