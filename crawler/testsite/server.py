"""Serve the sample sites over HTTP on 127.0.0.1, by Host header.

The crawler reaches it as an HTTP proxy (see crawler/middlewares.py,
LocalSiteMiddleware): requests keep the outlets' real URLs, and this server
answers for every bundled outlet's host.  Run alone with
`python -m crawler.testsite.server --port 8765`.
"""
from __future__ import annotations

import argparse
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .site import TEMPLATES, SampleSite

SLOW_SECONDS = 3.0


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a crawler opens dozens of connections at once; the default backlog is 5


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: SampleSite
    slow_seconds = SLOW_SECONDS

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without this, Nagle's algorithm and delayed
        # ACKs stall every keep-alive response by ~40 ms
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        try:
            self.answer()
        except (BrokenPipeError, ConnectionResetError):  # the crawler gave up (timeout): fine
            self.close_connection = True

    def answer(self) -> None:
        if self.path.startswith("http"):
            parts = urlsplit(self.path)
            host, path = parts.netloc, parts.path + (f"?{parts.query}" if parts.query else "")
        else:
            host, path = self.headers.get("Host", ""), self.path
        r = self.site.respond(host, path)
        if r.fault == "slow":
            time.sleep(self.slow_seconds)
        self.send_response(r.status)
        self.send_header("Content-Type", r.content_type)
        declared = len(r.body) * 4 if r.fault == "truncated" else len(r.body)
        self.send_header("Content-Length", str(declared))
        if r.fault == "truncated":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(r.body[: len(r.body) // 2] if r.fault == "truncated" else r.body)

    def log_message(self, format, *args) -> None:  # quiet: the crawl log records every fetch
        pass


class SampleServer:
    """The sample sites served from a thread; use as a context manager."""

    def __init__(self, site: SampleSite | None = None, port: int = 0, slow_seconds: float = SLOW_SECONDS):
        self.site = site or SampleSite.load()
        handler = type("BoundHandler", (Handler,), {"site": self.site, "slow_seconds": slow_seconds})
        self.httpd = Server(("127.0.0.1", port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> "SampleServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "SampleServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--extra", type=int, default=0, help="generated articles per outlet (benchmarks)")
    p.add_argument("--per-page", type=int, default=3, help="articles per list page")
    p.add_argument("--templates", choices=TEMPLATES, default="real",
                   help="real: TRS script pagers and a Discuz! forum without URL rewriting, as live sites send; "
                        "simple: plain pagination links (default: %(default)s)")
    args = p.parse_args(argv)
    site = SampleSite.load(extra=args.extra, per_page=args.per_page, templates=args.templates)
    server = SampleServer(site, port=args.port).start()
    print(f"sample sites at {server.url} (use as proxy, or WENMING_LOCAL_SITE={server.url})", flush=True)
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
