"""A raw page shown as text: /-/raw/<database>/<raw id>

The bytes of a fetched page are a stranger's HTML.  They are shown decoded
(parsers.decode, as the parser read them) as text/plain with nosniff and a
sandboxing Content-Security-Policy, so the browser shows the source and
never runs it; `?download=1` gives the bytes untouched.
"""
from __future__ import annotations

from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from parsers.decode import decode_report

HEADERS = {"x-content-type-options": "nosniff", "content-security-policy": "sandbox; default-src 'none'"}


async def raw_page(request, datasette):
    database, raw_id = request.url_vars["database"], tilde_decode(request.url_vars["raw_id"])
    if database not in datasette.databases:
        return Response.text(f"no database {database}; the knowledge base is at /", status=404)
    if not await datasette.permission_allowed(request.actor, "view-table", (database, "raw_pages"), default=True):
        return Response.text("not allowed to see raw pages", status=403)
    db = datasette.get_database(database)
    try:
        rows = (await db.execute("select body from raw_pages where id = ?", [raw_id])).rows
    except Exception:
        rows = []
    if not rows:
        return Response.text(f"no raw page {raw_id}; the article page links its raw page", status=404)
    body = bytes(rows[0][0] or b"")
    if request.args.get("download"):
        return Response(body, content_type="application/octet-stream", headers={
            **HEADERS, "content-disposition": f'attachment; filename="{raw_id}.html"'})
    text, codec, _ = decode_report(body)
    return Response(text, content_type="text/plain; charset=utf-8", headers=HEADERS)
