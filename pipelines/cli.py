"""wenming: collect, clean and publish civilization-practice news.

Each subcommand is one function here; errors are one line on stderr with
what to do next, and exit code 2.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from . import store

DATA = Path("data")


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


def cmd_parse(args) -> int:
    from parsers import parse_page

    from .enrich import enrich

    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            record = {"input": name, "error": f"cannot read: {exc.strerror}"}
        else:
            article = parse_page(data, input=path.name, url=args.url, kind=args.kind)
            if not article.error:
                enrich(article)
            record = article.to_dict()
            record.pop("blocks", None)
        print(json.dumps(record, ensure_ascii=False), flush=True)
    return 0


def cmd_import(args) -> int:
    from .importer import import_files

    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")
    db = store.open_db(args.db)
    summary = import_files(db, paths)
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
    db = existing_db(args.db)
    value = json.loads(args.value) if args.field in ("authors", "editors") else args.value
    try:
        store.edit_article(db, args.article, args.field, value, note=args.note or "")
    except (KeyError, ValueError) as exc:
        raise UserError(str(exc.args[0])) from None
    print(f"edited {args.article} {args.field}", file=sys.stderr)
    return 0


def cmd_crawl(args) -> int:
    from crawler.sources import load_outlets

    from .crawl import crawl

    keys = list(load_outlets()) if args.all else args.outlets
    if not keys:
        raise UserError("name the outlets to crawl (see crawler/sources.toml) or give --all")
    if args.replay and not Path(args.replay).exists():
        raise UserError(f"no archive at {args.replay}; record one with `wenming crawl ... --warc FILE`")
    extra = dict(kv.split("=", 1) for kv in args.set or [])
    if args.redis:
        from .crawl import redis_settings

        if args.jobdir:
            raise UserError("--jobdir and --redis do not mix: with --redis the queue lives in Redis")
        try:
            extra = {**redis_settings(args.redis, args.shards, args.shard), **extra}
        except KeyError as exc:
            raise UserError(str(exc.args[0])) from None
    try:
        warc = "" if args.no_warc else args.warc
        stats = crawl(keys, db=args.db, live=args.live, site=args.site or "", jobdir=args.jobdir, warc=warc,
                      replay=args.replay, recheck=args.recheck, extra=extra)
    except KeyError as exc:
        raise UserError(str(exc.args[0])) from None
    reason = stats.get("finish_reason", "?")
    print(f"crawled {', '.join(keys)}: {stats.get('downloader/response_count', 0)} responses, "
          f"{stats.get('item_scraped_count', 0)} articles kept, {stats.get('item_dropped_count', 0)} off-topic "
          f"({reason}) -> {args.db}; see `wenming stats`", file=sys.stderr)
    if reason == "shutdown" and args.jobdir:
        print(f"  paused: run the same command to resume from {args.jobdir}", file=sys.stderr)
    return 0 if reason in ("finished", "shutdown") else 1


def cmd_stats(args) -> int:
    from .crawlstats import error_summary, outlet_stats, render

    db = existing_db(args.db)
    print(render(outlet_stats(db)))
    errors = error_summary(db)
    if errors:
        print("\nfetch errors:")
        for outlet, error, n in errors:
            print(f"  {outlet}: {n} x {error}")
    return 0


def cmd_serve(args) -> int:
    from .serve import serve

    existing_db(args.db)
    return serve(args.db, host=args.host, port=args.port, immutable=args.immutable)


def cmd_bench(args) -> int:
    try:
        module = importlib.import_module(f"pipelines.bench.{args.name}")
    except ModuleNotFoundError:
        raise UserError(f"no benchmark {args.name!r}; see `wenming bench --help`") from None
    return module.main(args.rest)


def existing_db(path) -> "store.sqlite_utils.Database":
    if not Path(path).exists():
        raise UserError(f"no database at {path}; build it with `make run` or `wenming import data/samples`")
    return store.open_db(path)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wenming", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    db_opt = {"default": str(store.DEFAULT_DB), "help": "SQLite database (default: %(default)s)"}

    s = sub.add_parser("parse", help="parse pages or text dumps to JSON Lines on stdout")
    s.add_argument("files", nargs="+", help="page files (.html) or page-text dumps (.txt)")
    s.add_argument("--url", help="the URL the page was fetched from")
    s.add_argument("--kind", choices=["text", "html"], help="input kind (default: by file name)")
    s.set_defaults(fn=cmd_parse)

    s = sub.add_parser("import", help="import files into the database (idempotent)")
    s.add_argument("paths", nargs="+", help="files or folders of pages (.html), text dumps (.txt) "
                                            "and web archives (.warc, .warc.gz, .wacz)")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_import)

    s = sub.add_parser("reparse", help="re-run the parsers over every stored raw page")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_reparse)

    s = sub.add_parser("edit", help="correct a field of an article by hand; survives re-parsing")
    s.add_argument("article", help="article id")
    s.add_argument("field", choices=store.EDITABLE)
    s.add_argument("value", help='new value (JSON list for authors/editors, e.g. \'["张三"]\')')
    s.add_argument("--note", help="why the value was corrected")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_edit)

    s = sub.add_parser("crawl", help="crawl outlets (default: the local sample sites; --live: the real sites)")
    s.add_argument("outlets", nargs="*", help="outlet keys of crawler/sources.toml")
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
    s.add_argument("--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting, e.g. DOWNLOAD_DELAY=5")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_crawl)

    s = sub.add_parser("stats", help="per outlet: fetches, failures, articles, missing fields")
    s.add_argument("--db", **db_opt)
    s.set_defaults(fn=cmd_stats)

    s = sub.add_parser("serve", help="serve the database with Datasette")
    s.add_argument("--db", **db_opt)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8001)
    s.add_argument("--immutable", action="store_true", help="serve a published copy read-only and immutable (datasette -i)")
    s.set_defaults(fn=cmd_serve)

    s = sub.add_parser("bench", help="run a benchmark and print its figures")
    s.add_argument("name", help="benchmark name, a module of pipelines/bench: extraction, pagetexts, enrich, dedup, crawl, search, search_quality")
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
