"""Record a crawl to WARC/WACZ (WENMING_WARC) and replay one without network (WENMING_REPLAY).

The recorder sits next to the downloader, so it stores the response as it
came over the wire (still compressed, if it was), with the request that
asked for it.  The replayer answers every request from the archive; a URL
the archive lacks gets a 404 that the crawl log records.
"""
from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.archives import read_responses, write_wacz


class WarcRecorderMiddleware:
    def __init__(self, crawler, target: str):
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.wacz = self.target.suffix.lower() == ".wacz"
        self.warc_path = Path(tempfile.mkdtemp()) / "data.warc.gz" if self.wacz else self.target
        self.file = open(self.warc_path, "ab")
        self.writer = WARCWriter(self.file, gzip=True)
        self.pages: list[dict] = []
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        target = crawler.settings.get("WENMING_WARC")
        if not target:
            raise NotConfigured
        return cls(crawler, target)

    def process_response(self, request, response, spider=None):
        url = request.url
        req_headers = [(k.decode(), b", ".join(v).decode("latin-1")) for k, v in request.headers.items()]
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req = self.writer.create_warc_record(
            url, "request", payload=BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"{request.method} /{path} HTTP/1.1", req_headers, is_http_request=True))
        headers = [(k.decode(), b", ".join(v).decode("latin-1")) for k, v in response.headers.items()
                   if k.lower() not in (b"content-length", b"transfer-encoding")]
        headers.append(("Content-Length", str(len(response.body))))
        resp = self.writer.create_warc_record(
            url, "response", payload=BytesIO(response.body), length=len(response.body),
            http_headers=StatusAndHeaders(f"{response.status} OK", headers, protocol="HTTP/1.1"))
        self.writer.write_request_response_pair(req, resp)
        if request.meta.get("kind") == "article":
            self.pages.append({"url": url, "title": request.meta.get("link_text") or url})
        return response

    def close(self, spider, reason):
        self.file.close()
        if self.wacz:
            write_wacz(self.warc_path, self.target, self.pages)


class WarcReplayMiddleware:
    def __init__(self, source: str):
        self.responses = {}
        for r in read_responses(source):
            self.responses[r.url] = r

    @classmethod
    def from_crawler(cls, crawler):
        source = crawler.settings.get("WENMING_REPLAY")
        if not source:
            raise NotConfigured
        return cls(source)

    def process_request(self, request, spider=None):
        r = self.responses.get(request.url)
        if r is None and request.url.startswith("https://"):  # recorded from a sample site, which speaks http
            r = self.responses.get("http://" + request.url[len("https://"):])
        if r is None:
            return Response(request.url, status=404, request=request, body=b"not in the archive")
        headers = {k: v for k, v in r.headers.items() if k not in ("content-encoding", "content-length")}
        ctype = headers.get("content-type", "")
        cls = HtmlResponse if "html" in ctype else TextResponse if ctype.startswith("text") else Response
        return cls(r.url, status=r.status, headers=headers, body=r.body, request=request)
