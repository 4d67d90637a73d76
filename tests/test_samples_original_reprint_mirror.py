"""The bundled samples: an original, its reprint on another outlet, and a spam mirror.

The pages are read here with a few lines of lxml (the parsers do this
properly); what is checked is that dedup links the three.
"""
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from crawler.sources import outlet_for_host
from tests.dedup_rows import fresh_db
from pipelines.bench import samples
from pipelines.dedup import update_clusters
from pipelines.dedup.fingerprint import normalise_text

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
NAMES = ["dedup-original.html", "dedup-reprint.html", "dedup-mirror.html"]


def read_page(path: Path) -> dict:
    tree = lxml.html.fromstring(path.read_bytes())
    url = tree.xpath("//link[@rel='canonical']/@href")[0]
    site = urlsplit(url).hostname
    info = normalise_text(tree.xpath("string(//div[@class='info'])"))
    source = re.match(r"来源(.+?)发布时间", info)
    body = "\n".join(p.text_content() for p in tree.xpath("//div[@class='TRS_Editor']/p"))
    pinyin = bool(re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)", body))
    outlet = outlet_for_host(site)
    return {"id": path.stem, "url": url, "site": site, "outlet": outlet.name if outlet else None,
            "source": source.group(1) if source else None, "title": tree.findtext(".//h1"),
            "published": None, "body": body, "script_converted": int(pinyin),
            "pinyin_annotated": int(pinyin), "byte_damage": int("\ufffd" in body or "?" in body),
            "seo_spam": 0, "mirror": int(pinyin)}


def test_bundled_samples_are_what_the_generator_writes():
    for name in NAMES:
        assert (SAMPLES / name).read_text(encoding="utf-8") == samples.page(name), (
            f"{name} is stale: run python -m pipelines.bench.samples")


@pytest.mark.parametrize("arrival", [NAMES, list(reversed(NAMES))])
def test_samples_link_original_reprint_and_mirror(arrival):
    db = fresh_db()
    rows = [read_page(SAMPLES / name) for name in arrival]
    db["articles"].insert_all(rows, pk="id")
    for row in rows:  # one page at a time, as a crawl brings them
        update_clusters(db, [row["id"]])
    got = {r["id"]: r for r in db.query("select id, cluster_id, placement, mirror_of from articles")}
    assert len({r["cluster_id"] for r in got.values()}) == 1
    assert got["dedup-original"]["placement"] == "original"
    assert got["dedup-reprint"]["placement"] == "reprint"
    assert got["dedup-mirror"]["placement"] == "mirror"
    assert got["dedup-mirror"]["mirror_of"] == "dedup-original"
