"""Atom and XLSX as readers meet them, around datasette-atom and datasette-xlsx.

- Atom: the feed's title is the site's and the view's name (datasette-atom
  titles a table's feed with its SQL); an empty result is an empty feed,
  not an error; every entry's link passes the safe-link rule.
- XLSX: the sheet that describes the export is in English and Chinese
  (datasette-xlsx writes it in Swedish).

Both are registered after the plugins they wrap, so their extensions
(.atom, .xlsx) reach these functions.
"""
from __future__ import annotations

import datetime
import tempfile

import datasette_atom
import datasette_xlsx
from datasette.utils.asgi import Response

from .links import safe_link

ABOUT_SHEET = "About 导出说明"
LABELS = {
    "Databas": "Database 数据库", "Tabell/vy": "Table or view 表/视图", "Sparad fråga": "Canned query 预设查询",
    "SQL": "SQL", "URL": "URL", "Användare": "Signed in as 用户", "Exporterad": "Exported at 导出时间",
    "Datasette-version": "Datasette version",
}


def feed_title(datasette, database: str, table: str | None, query_name: str | None) -> str:
    site = (datasette.metadata("title") or database).strip()
    return f"{site} · {query_name or table or database}"


def _feed_rows(datasette, request, database: str, rows, columns) -> list[dict]:
    """Rows as dicts, each atom_link safe: a scraped link that is not http(s) becomes the article's page here."""
    out = []
    for row in rows:
        item = {c: row[c] for c in columns}
        if "atom_link" in item and not safe_link(item["atom_link"]):
            page = datasette.urls.row(database, "articles", str(item.get("id") or "")) if item.get("id") else "/"
            item["atom_link"] = datasette.absolute_url(request, page)
        out.append(item)
    return out


def empty_feed(request, title: str) -> Response:
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(request.url)
    fg.link(href=request.url, rel="self")
    fg.title(title)
    fg.updated(datetime.datetime.now(datetime.timezone.utc))
    return Response(fg.atom_str(pretty=True), content_type="application/xml; charset=utf-8", status=200)


def render_atom(datasette, request, sql, columns, rows, database, table, query_name, view_name, data):
    title = request.args.get("_feed_title") or feed_title(datasette, database, table, query_name)
    if not rows:
        return empty_feed(request, title)
    # datasette-atom titles the feed with its `sql` argument, and the table's name after it.
    return datasette_atom.render_atom(datasette, request, title, columns,
                                      _feed_rows(datasette, request, database, rows, columns),
                                      database, None, query_name, view_name, data)


class ExportWriter(datasette_xlsx._Writer):
    """datasette-xlsx's writer, with the sheet about the export in English and Chinese."""

    def finish(self, info):
        self._flush()
        self._close_table()
        ws = self.wb.create_sheet(ABOUT_SHEET)
        rows = [(LABELS.get(k, k), v) for k, v in info.items()]
        rows += [("Rows 行数", self.rows), ("Sheets with rows 数据表数", self.sheets)]
        if self.hit_limit:
            rows.append(("Note 注意", f"stopped at max_rows = {self.max_rows} 已达导出上限"))
        if self.truncated_cells:
            rows.append(("Cells cut 截断单元格", f"{self.truncated_cells} (Excel holds at most "
                                                f"{datasette_xlsx.EXCEL_MAX_CELL} characters a cell)"))
        for label, value in rows:
            if value not in (None, ""):
                ws.append([label, self._cell(value)])
        datasette_xlsx._set_widths(ws, [24, 100])
        with tempfile.TemporaryFile() as fp:
            self.wb.save(fp)
            fp.seek(0)
            return fp.read()


async def render_xlsx(datasette, request, database, table, sql, query_name, columns, rows, view_name, data):
    # datasette-xlsx builds its writer from the module's `_Writer`.
    datasette_xlsx._Writer = ExportWriter
    return await datasette_xlsx.render_xlsx(datasette, request, database, table, sql, query_name,
                                            columns, rows, view_name, data)


def renderers() -> list[dict]:
    return [{"extension": "atom", "render": render_atom, "can_render": datasette_atom.can_render_atom},
            {"extension": "xlsx", "render": render_xlsx, "can_render": datasette_xlsx.can_render}]
