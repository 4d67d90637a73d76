"""Every row of a canned query as CSV, streamed: /-/export/<database>/<query>.csv

Datasette streams whole tables as CSV (`_stream=on`) but cuts query
results at max_returned_rows; XLSX (datasette-xlsx) re-runs queries in
full.  This gives CSV the same: the query runs on its own read-only
connection in a thread and rows are sent as they come, a bounded queue
keeping memory flat.  Parameters come from the query string as on the
query's page; `_bom=1` (as on every CSV, see plugin.py) starts the file
with a UTF-8 byte order mark for Excel.  Only canned, read-only queries the visitor may see are exported.
"""
from __future__ import annotations

import asyncio
import csv
import io
import threading

from datasette.utils import derive_named_parameters, sqlite_timelimit
from datasette.utils.asgi import AsgiStream, Response

TIME_LIMIT_MS = 30_000
CHUNK_ROWS = 500
DONE = object()


def _run(datasette, db, database: str, sql: str, params: dict, put) -> None:
    conn = db.connect()
    try:
        datasette._prepare_connection(conn, database)
        with sqlite_timelimit(conn, TIME_LIMIT_MS):
            cursor = conn.execute(sql, params)
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow([d[0] for d in cursor.description])
            while rows := cursor.fetchmany(CHUNK_ROWS):
                writer.writerows([tuple(r) for r in rows])
                put(out.getvalue())
                out.seek(0)
                out.truncate()
            put(out.getvalue())
    except Exception as exc:  # shown at the end of the file: the rows so far are already sent
        put(f"\nexport stopped: {exc}\n")
    finally:
        conn.close()
        put(DONE)


async def export_query_csv(request, datasette):
    database, name = request.url_vars["database"], request.url_vars["query"]
    if database not in datasette.databases:
        return Response.text(f"no database {database}", status=404)
    query = await datasette.get_canned_query(database, name, request.actor)
    if not query or query.get("write"):
        return Response.text(f"no read-only canned query {name} in {database}; see /{database}", status=404)
    if not await datasette.permission_allowed(request.actor, "view-query", (database, name), default=True):
        return Response.text("not allowed to see this query", status=403)
    db = datasette.get_database(database)
    params = {p: request.args.get(p, "") for p in await derive_named_parameters(db, query["sql"])}
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue(maxsize=8)

    def put(item) -> None:
        asyncio.run_coroutine_threadsafe(queue.put(item), loop).result()

    async def stream(writer):
        thread = threading.Thread(target=_run, args=(datasette, db, database, query["sql"], params, put),
                                  daemon=True)
        thread.start()
        while (item := await queue.get()) is not DONE:
            await writer.write(item)

    headers = {"content-disposition": f'attachment; filename="{name}.csv"'}
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")
