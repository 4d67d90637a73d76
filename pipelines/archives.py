"""Web archives: read responses out of WARC / WACZ files, write a crawl as WACZ.

A WACZ is a zip holding WARCs under archive/, a page list and a
datapackage.json with each file's hash (WACZ 1.1.1); reading takes every
WARC inside it.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wacz")


def is_archive(path: Path | str) -> bool:
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


@dataclass
class ArchivedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    date: str | None


def _warc_streams(path: Path) -> Iterator[io.BufferedIOBase]:
    if str(path).lower().endswith(".wacz"):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("archive/") and ".warc" in name:
                    with z.open(name) as f:
                        yield io.BytesIO(f.read())
    else:
        with open(path, "rb") as f:
            yield f


def read_responses(path: Path | str) -> Iterator[ArchivedResponse]:
    """Every HTTP response record of a .warc, .warc.gz or .wacz, body decoded from transfer/content encoding."""
    for stream in _warc_streams(Path(path)):
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or not record.http_headers:
                continue
            headers = {k.lower(): v for k, v in record.http_headers.headers}
            yield ArchivedResponse(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(record.http_headers.get_statuscode() or 0), headers=headers,
                body=record.content_stream().read(), date=record.rec_headers.get_header("WARC-Date"))


def write_wacz(warc: Path, wacz: Path, pages: list[dict]) -> None:
    """Package one .warc.gz as a .wacz: archive/, pages/pages.jsonl, datapackage.json."""
    files = {f"archive/{warc.name}": warc.read_bytes(),
             "pages/pages.jsonl": "\n".join(json.dumps(p, ensure_ascii=False) for p in
                                           [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"},
                                            *pages]).encode() + b"\n"}
    package = {"profile": "data-package", "wacz_version": "1.1.1", "software": "wenming",
               "resources": [{"name": Path(n).name, "path": n, "hash": "sha256:" + hashlib.sha256(b).hexdigest(),
                              "bytes": len(b)} for n, b in files.items()]}
    with zipfile.ZipFile(wacz, "w") as z:
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED)
        z.writestr("datapackage.json", json.dumps(package, indent=2))
