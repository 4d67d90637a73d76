"""wenming: collect, clean and publish civilization-practice news.

Each subcommand is one function here; errors are one line on stderr with
what to do next, and exit code 2.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import sys
from pathlib import Path

DATA = Path("data")
DEFAULT_DB = DATA / "wenming.db"
BENCH = Path(__file__).resolve().parent / "bench"


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


def cmd_parse(args) -> int:
    """Loads only what the inputs need: the HTML or the text parser, and enrichment unless --no-enrich."""
    from parsers import parse_page

    failed = 0
    for name in args.files:
        record = parse_one(Path(name), args, parse_page)
        failed += bool(record.get("error"))
        print(json.dumps(record, ensure_ascii=False), flush=True)
    if failed == len(args.files):
        print(f"wenming: no input could be parsed ({failed} error records); see their \"error\"", file=sys.stderr)
        return 1
    return 0


def parse_one(path: Path, args, parse_page) -> dict:
    if path.is_dir():
        return {"input": str(path), "error": f"is a folder: parse its files ({path}/*.html) or import it "
                                             f"with `wenming import {path}`"}
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {"input": str(path), "error": f"cannot read: {exc.strerror}"}
    article = parse_page(data, input=path.name, url=args.url, kind=args.kind)
    if not article.error and args.enrich:
        from .enrich import enrich

        enrich(article)
    record = article.to_dict()
    record.pop("blocks", None)
    if not args.enrich:
        for key in ("places", "teams", "activities"):
            record.pop(key, None)
    return record


def cmd_import(args) -> int:
    from . import store
    from .importer import import_files

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")
    db = store.open_db(args.db)
    summary = import_files(db, paths, all_topics=args.all_topics)
    for name, why in summary.skipped[:20]:
        print(f"  skipped: {name}: {why}", file=sys.stderr)
    if len(summary.skipped) > 20:
        print(f"  ... and {len(summary.skipped) - 20} more skipped", file=sys.stderr)
    if summary.counts["off_topic"]:
        print("  off-topic pages are not stored; `--all-topics` keeps every page", file=sys.stderr)
    return report(summary, "imported", args.db)


def cmd_reparse(args) -> int:
    from .importer import reparse

    db = existing_db(args.db)
    return report(reparse(db), "re-parsed", args.db)


def report(summary, verb: str, db_path) -> int:
    for name, reason in summary.failures[:20]:
        print(f"  failed: {name}: {reason}", file=sys.stderr)
    print(f"{summary.line(verb)} -> {db_path}", file=sys.stderr)
    if summary.counts["failed"]:
        print("  failed pages are kept in the failures table with their raw bytes; "
              "fix the parser and run `wenming reparse`", file=sys.stderr)
    return 0


def cmd_edit(args) -> int:
    from . import store
    from .edits import BadValue, parse_value

    try:
        value = parse_value(args.field, args.value)
    except BadValue as exc:
        raise UserError(f"{args.field}: {exc}") from None
    db = existing_db(args.db)
    try:
        if args.field == "version":
            return choose_version(db, args.article, value, args.note or "")
        store.edit_article(db, args.article, args.field, value, note=args.note or "")
    except (KeyError, ValueError) as exc:
        raise UserError(str(exc.args[0])) from None
    print(f"edited {args.article} {args.field}: {json.dumps(value, ensure_ascii=False)}", file=sys.stderr)
    return 0


def choose_version(db, article_id: str, value: str, note: str) -> int:
    """`edit ID version N` shows version N whatever comes later; `version auto` gives the choice back."""
    from . import store, versions
    from .importer import Summary, reparse_raw

    if not db["articles"].count_where("id = ?", [article_id]):
        raise UserError(f"no article {article_id!r}; find ids with `wenming find WORDS`")
    if value == "auto":
        db["edits"].delete_where("article_id = ? and field = 'version'", [article_id])
        rid = versions.settle(db, article_id)
    else:
        rid = versions.raw_of_version(db, article_id, int(value))
        if rid is None:
            n = len(versions.ordered(db, article_id))
            raise UserError(f"article {article_id} has versions 1 to {n}; see them in the versions table")
        db["edits"].upsert({"article_id": article_id, "field": "version", "value": rid, "note": note,
                            "edited_at": store.now()}, pk=("article_id", "field"))
    reparse_raw(db, rid, Summary())
    print(f"article {article_id} shows version {value} (raw page {rid})", file=sys.stderr)
    return 0


def cmd_find(args) -> int:
    db = existing_db(args.db)
    words = [w for w in args.words if w]
    where = " and ".join("(coalesce(title, '') || coalesce(body, '')) like ?" for _ in words) or "1"
    rows = db.execute(f"select id, substr(coalesce(published, ''), 1, 10), coalesce(outlet, source, site, ''), "
                      f"coalesce(title, '(无标题)') from articles where {where} order by published desc limit ?",
                      [f"%{w}%" for w in words] + [args.limit]).fetchall()
    for row in rows:
        print("\t".join(row))
    if not rows:
        print("no article has all of these words; try fewer", file=sys.stderr)
    return 0


def cmd_crawl(args) -> int:
    from crawler.sources import load_outlets

    from .crawl.run import crawl

    keys = args.outlets
    if args.all:  # every outlet; of the sample sites, the outlets they serve
        from crawler.testsite.site import STYLES

        local = not (args.live or args.replay)
        keys = [k for k in load_outlets() if not local or k in STYLES]
    if not keys:
        raise UserError("name the outlets to crawl (see crawler/sources.toml) or give --all")
    if args.replay and not Path(args.replay).exists():
        raise UserError(f"no archive at {args.replay}; record one with `wenming crawl ... --warc FILE`")
    extra = dict(kv.split("=", 1) for kv in args.set or [])
    db, warc = args.db, "" if args.no_warc else args.warc
    if args.redis:
        from .crawl.run import redis_settings

        if args.jobdir:
            raise UserError("--jobdir and --redis do not mix: with --redis the queue lives in Redis")
        try:
            extra = {**redis_settings(args.redis, args.shards, args.shard), **extra}
        except KeyError as exc:
            raise UserError(str(exc.args[0])) from None
        if not args.shared_db:  # a worker keeps no database: `wenming ingest` stores what it sends
            from crawler.streams import worker_settings

            extra = {**worker_settings(args.redis, extra["WENMING_REDIS_KEY"]), **extra}
            db, warc = extra["WENMING_DB"], warc or ""
    try:
        stats = crawl(keys, db=db, live=args.live, site=args.site or "", jobdir=args.jobdir, warc=warc,
                      replay=args.replay, recheck=args.recheck, extra=extra)
    except KeyError as exc:
        raise UserError(str(exc.args[0])) from None
    reason = stats.get("finish_reason", "?")
    print(f"crawled {', '.join(keys)}: {stats.get('downloader/response_count', 0)} responses, "
          f"{stats.get('item_scraped_count', 0)} articles kept, {stats.get('item_dropped_count', 0)} off-topic "
          f"({reason}) -> {db}; see `wenming stats`", file=sys.stderr)
    if reason == "shutdown" and args.jobdir:
        print(f"  paused: run the same command to resume from {args.jobdir}", file=sys.stderr)
    return 0 if reason in ("finished", "shutdown") else 1


def cmd_ingest(args) -> int:
    import redis

    from .crawl.ingest import WriterBusy, ingest

    try:
        writer = ingest(args.redis, args.db, key=args.key, drain=args.drain, parse_workers=args.parse_workers,
                        warc="" if args.no_warc else args.warc)
    except redis.ConnectionError as exc:
        raise UserError(f"cannot reach Redis at {args.redis} ({exc}); start it (redis-server) or fix the URL") from None
    except WriterBusy as exc:
        raise UserError(str(exc)) from None
    print(f"{writer.line()} -> {args.db}", file=sys.stderr)
    return 0


def _outlet_page(args) -> tuple[bytes, str]:
    from crawler.outletcheck import read_page

    try:
        data, fetched_url = read_page(args.page)
    except (OSError, ValueError) as e:
        raise UserError(str(e)) from None
    url = args.url or fetched_url
    if not url:
        raise UserError("give the saved page's address with --url, so its links can be resolved")
    return data, url


def cmd_outlet_check(args) -> int:
    from crawler import outletcheck

    data, url = _outlet_page(args)
    try:
        report = outletcheck.check(args.key, data, url, parse=not args.no_parse)
    except KeyError as e:
        raise UserError(e.args[0]) from None
    print(outletcheck.as_json(report) if args.json else outletcheck.render(report))
    return 0


def cmd_outlet_suggest(args) -> int:
    from crawler import outletcheck

    data, url = _outlet_page(args)
    print(outletcheck.render_suggestion(outletcheck.suggest(data, url)))
    return 0


def cmd_stats(args) -> int:
    from .crawl.stats import render_all

    print(render_all(existing_db(args.db)))
    return 0


def cmd_serve(args) -> int:
    from .serve import serve

    existing_db(args.db)
    if port_in_use(args.host, args.port):
        raise UserError(f"port {args.port} on {args.host} is in use (another `wenming serve`?); "
                        f"stop it or pick another with --port {args.port + 1}")
    return serve(args.db, host=args.host, port=args.port, immutable=args.immutable)


def port_in_use(host: str, port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: TIME_WAIT is free
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def benchmarks() -> dict[str, str]:
    """name -> first line of its docstring, for every module of pipelines/bench with a main()."""
    out = {}
    for path in sorted(BENCH.glob("[a-z]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.FunctionDef) and n.name == "main" for n in tree.body):
            out[path.stem] = summary_line(ast.get_docstring(tree) or "", path.stem)
    return out


def summary_line(doc: str, name: str, width: int = 90) -> str:
    text = " ".join(doc.strip().split("\n\n")[0].split()).replace(f"`wenming bench {name}`:", "").strip()
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def bench_list() -> str:
    return "benchmarks (wenming bench NAME --help for its options):\n" + "\n".join(
        f"  {name:15} {line}" for name, line in benchmarks().items())


def cmd_bench(args) -> int:
    if not args.name:
        print(bench_list())
        return 0
    if args.name not in benchmarks():
        raise UserError(f"no benchmark {args.name!r}; known: {', '.join(benchmarks())}")
    module = importlib.import_module(f"pipelines.bench.{args.name}")
    return module.main(args.rest)


def existing_db(path):
    from . import store

    if not Path(path).exists():
        raise UserError(f"no database at {path}; build it with `make run` or `wenming import data/samples`")
    return store.open_db(path)


def outlets_help() -> str:
    from crawler.sources import load_outlets

    return "outlets (crawler/sources.toml):\n" + "\n".join(f"  {k:14} {o.name}" for k, o in load_outlets().items())


def add_crawl(sub, db_opt: dict) -> None:
    s = sub.add_parser("crawl", help="crawl outlets (default: the local sample sites; --live: the real sites)",
                       epilog=outlets_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("outlets", nargs="*", help="outlet keys of crawler/sources.toml (listed below)")
    s.add_argument("--all", action="store_true", help="every outlet of crawler/sources.toml")
    s.add_argument("--live", action="store_true", help="crawl the real sites over the network, politely")
    s.add_argument("--site", help="a running sample server (http://127.0.0.1:PORT) instead of starting one")
    s.add_argument("--replay", help="answer every request from this .warc.gz/.wacz (no network)")
    s.add_argument("--warc", help="record the crawl to this .warc.gz or .wacz "
                                  "(default: warc/crawl-TIME.warc.gz beside the database)")
    s.add_argument("--no-warc", action="store_true", help="keep only the article pages (in the database)")
    s.add_argument("--jobdir", help="keep the crawl's queue here: Ctrl-C pauses, the same command resumes")
    s.add_argument("--recheck", action="store_true", help="re-fetch recent articles now to catch edits")
    s.add_argument("--redis", metavar="URL", help="share the crawl with other workers through Redis (scrapy-redis)")
    s.add_argument("--shards", type=int, default=1, help="with --redis: how many workers share the crawl")
    s.add_argument("--shard", type=int, default=0, help="with --redis: this worker's number, 0 to shards-1")
    s.add_argument("--shared-db", action="store_true",
                   help="with --redis: every worker writes --db itself (one machine) instead of sending its pages "
                        "to `wenming ingest`")
    s.add_argument("--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting, e.g. DOWNLOAD_DELAY=5")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_crawl)

    s = sub.add_parser("ingest", help="the one writer of a distributed crawl: store what `crawl --redis` workers send")
    s.add_argument("--redis", metavar="URL", required=True, help="the Redis the workers crawl through")
    s.add_argument("--key", default="wenming", help="the crawl's Redis key prefix, the workers' WENMING_REDIS_KEY "
                                                    "(default: %(default)s)")
    s.add_argument("--drain", action="store_true",
                   help="stop once the workers are gone and everything they sent is stored (default: run until Ctrl-C)")
    s.add_argument("--parse-workers", type=int, default=0, help="parse and enrich in N processes (default: here)")
    s.add_argument("--warc", help="append every response the workers sent to this .warc.gz "
                                  "(default: warc/ingest-TIME.warc.gz beside the database)")
    s.add_argument("--no-warc", action="store_true", help="keep only the article pages (in the database)")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_ingest)

def add_outlet(sub) -> None:
    s = sub.add_parser("outlet", help="try an outlet's link rules on a saved page before a crawl")
    osub = s.add_subparsers(dest="action", required=True)
    o = osub.add_parser("check", help="which links of a saved page are articles, pages, lists or ignored, and why")
    o.add_argument("key", help="outlet key of crawler/sources.toml, or a CMS family (trs, discuz, founder)")
    o.add_argument("page", help="a saved list or article page, or an http(s):// URL")
    o.add_argument("--url", help="the saved page's address (needed for a file: links are resolved against it)")
    o.add_argument("--json", action="store_true", help="the report as JSON")
    o.add_argument("--no-parse", action="store_true", help="do not parse an article page")
    o.set_defaults(fn=cmd_outlet_check)
    o = osub.add_parser("suggest", help="link patterns for a new sources.toml entry, from a saved list page")
    o.add_argument("page", help="a saved list page, or an http(s):// URL")
    o.add_argument("--url", help="the saved page's address")
    o.set_defaults(fn=cmd_outlet_suggest)


def build_parser() -> argparse.ArgumentParser:
    from .edits import EDITABLE

    p = argparse.ArgumentParser(prog="wenming", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    db_opt = {"default": str(DEFAULT_DB), "help": "SQLite database (default: %(default)s)"}

    s = sub.add_parser("parse", help="parse pages or text dumps to JSON Lines on stdout")
    s.add_argument("files", nargs="+", help="page files (.html) or page-text dumps (.txt); exit 1 when none parses")
    s.add_argument("--url", help="the URL the page was fetched from")
    s.add_argument("--kind", choices=["text", "html"], help="input kind (default: by file name)")
    s.add_argument("--no-enrich", dest="enrich", action="store_false",
                   help="extraction alone: no places, teams, activities (starts in a fraction of the time)")
    s.set_defaults(fn=cmd_parse)

    s = sub.add_parser("import", help="import files into the database (idempotent)")
    s.add_argument("paths", nargs="+", help="files, or folders of pages (.html, .htm, .shtml), text dumps (.txt) "
                                            "and web archives (.warc, .warc.gz, .wacz); other files are skipped")
    s.add_argument("--all-topics", action="store_true",
                   help="keep every page (default: only pages with a topic keyword, as a crawl does)")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_import)

    s = sub.add_parser("reparse", help="re-run the parsers over every stored raw page")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_reparse)

    s = sub.add_parser("edit", help="correct a field of an article by hand; survives re-parsing",
                       description="Values are checked per field: published is a date (2024-03-05, "
                                   "2024-03-05 09:30, 2024年3月5日); authors and editors are names separated "
                                   "by 、 or a JSON list; version N shows version N of the article "
                                   "(auto: the best, chosen by the store).")
    s.add_argument("article", help="article id (find it with `wenming find WORDS`)")
    s.add_argument("field", choices=EDITABLE)
    s.add_argument("value", help="new value, e.g. 2024-03-05, 张三、李四, or a version number")
    s.add_argument("--note", help="why the value was corrected")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_edit)

    s = sub.add_parser("find", help="article ids, dates, outlets and titles of articles holding some words")
    s.add_argument("words", nargs="*", help="words the title or text must hold (none: the latest articles)")
    s.add_argument("--limit", type=int, default=20, help="at most this many (default: %(default)s)")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_find)

    add_crawl(sub, db_opt)
    add_outlet(sub)

    s = sub.add_parser("stats", help="per outlet: fetches, failures, articles, missing fields; "
                                     "articles by way in, failed pages by stage")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_stats)

    s = sub.add_parser("serve", help="serve the database with Datasette",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    s.add_argument("--db", default=str(DEFAULT_DB), help="SQLite database")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on")
    s.add_argument("--port", type=int, default=8001, help="port to listen on")
    s.add_argument("--immutable", action="store_true", help="serve a published copy read-only and immutable (datasette -i)")
    s.set_defaults(fn=cmd_serve)

    s = sub.add_parser("bench", help="run a benchmark and print its figures (alone: list them)",
                       epilog=bench_list(), formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("name", nargs="?", metavar="NAME", help="benchmark name, listed below")
    s.add_argument("rest", nargs=argparse.REMAINDER, help="the benchmark's own options")
    s.set_defaults(fn=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.fn(args)
    except UserError as exc:
        print(f"wenming: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("wenming: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
