"""`wenming bench extraction`: our HTML parser against trafilatura,
readability-lxml and GNE on the evaluation pages, in one run.

Reads ../shared/eval beside the repository (or --eval DIR, or $WENMING_EVAL); says so and exits
0 when it is absent.  Prints per set (cwce, daniel) and per half: title +
body P/R/F1 (the design's metric), date and author accuracy where the set
has labels, median ms/page, and peak memory for every system (resident
memory of a separate process parsing the first --memory-pages pages).

The halves are fixed by a hash of each page's site (its registrable
domain), so every page of one site falls in the same half: rules are tuned
on the tuning half only, and the checking half shows whether they hold on
sites nobody looked at.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.bench import scoring
from pipelines.bench.peers import Result, available

def _default_eval() -> Path:
    """$WENMING_EVAL, else the nearest shared/eval beside a folder above the repository."""
    if os.environ.get("WENMING_EVAL"):
        return Path(os.environ["WENMING_EVAL"])
    repo = Path(__file__).resolve().parents[2]
    found = [p / "shared" / "eval" for p in repo.parents if (p / "shared" / "eval").is_dir()]
    return found[0] if found else repo.parent / "shared" / "eval"


DEFAULT_EVAL = _default_eval()
SETS = ("cwce", "daniel")


@dataclass
class Page:
    id: str
    data: bytes
    url: str | None
    body: str
    author: str | None = None
    date: str | None = None
    site: str = ""


HALVES = ("tuning", "checking")
_PAGE_URL = re.compile(rb"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)"""
                       rb"""|property=["']og:url["'][^>]*content=["']([^"']+)""", re.I)
_LINK_HOST = re.compile(rb"""(?:href|src)\s*=\s*["']?(?:https?:)?//([a-z0-9.\-]+)""", re.I)


def site_of(page_id: str, url: str | None, data: bytes, host: str | None = None) -> str:
    """The registrable domain a page was served from: the set's host, the
    URL it names, its canonical or og:url, else the host most of its links
    point at; the page id when it names none."""
    from pipelines.dedup.canonical import _domain_parser

    if not host and url:
        host = urlsplit(url).hostname
    if not host and (m := _PAGE_URL.search(data)):
        host = urlsplit((m.group(1) or m.group(2)).decode("latin-1")).hostname
    if not host:
        hosts = Counter(h.decode("latin-1").lower() for h in _LINK_HOST.findall(data))
        host = hosts.most_common(1)[0][0] if hosts else None
    if not host:
        return page_id
    parts = _domain_parser()(host)
    return getattr(parts, "top_domain_under_public_suffix", None) or parts.registered_domain or host


def half_of(site: str) -> str:
    """"tuning" or "checking", fixed by a hash of the site."""
    return HALVES[hashlib.sha1(site.encode("utf-8")).digest()[0] % 2]


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)

    def summary(self) -> dict:
        mean = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
        return {"pages": len(self.f1), "p": mean(self.p), "r": mean(self.r), "f1": mean(self.f1),
                "dates": mean(self.dates), "dates_n": len(self.dates),
                "authors": mean(self.authors), "authors_n": len(self.authors),
                "ms_median": round(statistics.median(self.ms), 1) if self.ms else None}


def strip_cleaneval(data: bytes) -> tuple[bytes, str | None]:
    """Drop the CleanEval `<text id=URL ...>` wrapper; return the URL it names."""
    first, _, rest = data.partition(b"\n")
    url = None
    if first.lstrip().startswith(b"<text"):
        m = re.search(rb'id="([^"]+)"', first)
        url = m.group(1).decode("latin-1") if m else None
        data = rest
        tail = data.rstrip()
        if tail.endswith(b"</text>"):
            data = tail[: -len(b"</text>")]
    return data, url


def load_set(eval_dir: Path, name: str) -> list[Page]:
    pages = []
    with open(eval_dir / name / "records.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            data = (eval_dir / name / rec["html_file"]).read_bytes()
            url = None
            if rec.get("cleaneval_wrapper"):
                data, url = strip_cleaneval(data)
            site = site_of(rec["id"], url, data, rec.get("host"))
            pages.append(Page(rec["id"], data, url, rec["body"], rec.get("author"), rec.get("date"), site))
    return pages


def run_wenming(page: Page) -> Result:
    art = wenming_article(page)
    # cwce labels an official document by the date it bears (成文日期), which
    # the record keeps in document_date, apart from the page's published date
    return scored_text(art.title, [b.text for b in art.blocks]), art.document_date or art.published, list(art.authors)


def wenming_article(page: Page):
    from parsers.html import parse_html

    return parse_html(page.data, url=page.url)


def scored_text(title: str | None, blocks: list[str]) -> str:
    """What the extraction metric scores of a record: its headline and its blocks, a line each."""
    return "\n".join(x for x in [title or "", *blocks] if x)


def score_page(scores: Scores, page: Page, result: Result, ms: float) -> None:
    text, published, authors = result
    p, r, f1 = scoring.prf(text, page.body)
    scores.p.append(p), scores.r.append(r), scores.f1.append(f1), scores.ms.append(ms)
    if scoring.labelled(page.date) and scoring.date_parts(page.date):
        scores.dates.append(scoring.date_matches(published, page.date))
    if scoring.labelled(page.author):
        scores.authors.append(scoring.authors_match(authors, page.author))


def measure(pages: list[Page], system: str, fn) -> list[tuple[Page, Result, float]]:
    """Run one system over pages; a page that makes it fail scores empty."""
    from parsers.decode import decode_html

    out = []
    if pages:  # start-up (imports, dictionaries, caches) is not time per page
        if system == "wenming":
            from parsers import warm_up

            warm_up()
        try:
            fn(pages[0]) if system == "wenming" else fn(decode_html(pages[0].data)[0], pages[0].url)
        except Exception:  # noqa: BLE001 - the timed run records the failure
            pass
    for page in pages:
        html = None if system == "wenming" else decode_html(page.data)[0]
        start = time.perf_counter()
        try:
            result = fn(page) if system == "wenming" else fn(html, page.url)
        except Exception:  # a peer failing on a page counts as an empty answer
            result = ("", None, [])
        out.append((page, result, (time.perf_counter() - start) * 1000))
    return out


LABEL_SHARE = 0.6  # share of a block's bigrams found in the true body for it to count as article text


def train_blocks(eval_dir: Path, sets: list[str]) -> int:
    """Fit the block weights on the tuning half's pages: a block is article
    text when most of its character bigrams are in the page's true body."""
    from parsers.html import _read, blocks, generic

    rows, labels = [], []
    for set_name in sets:
        for page in load_set(eval_dir, set_name):
            if half_of(page.site) != "tuning":
                continue
            got = _read(page.data, page.url, None)
            if isinstance(got, str):
                continue
            truth = scoring.bigrams(page.body)
            rows += blocks.features(got.segs, generic.list_items(got.segs))
            for seg in got.segs:
                bag = scoring.bigrams(seg.text)
                share = sum((bag & truth).values()) / sum(bag.values()) if bag else 0.0
                labels.append(int(share >= LABEL_SHARE))
    model = blocks.train(rows, labels)
    blocks.MODEL.parent.mkdir(exist_ok=True)
    blocks.MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(rows)} blocks ({sum(labels)} article text) of the tuning half; wrote {blocks.MODEL}")
    return 0


def peak_memory(eval_dir: Path, set_name: str, system: str, pages: int) -> float:
    """Peak resident memory (MB) of a fresh process that imports one system
    and parses the set's first pages with it: C allocations (libxml2)
    included, which tracemalloc would miss."""
    cmd = [sys.executable, "-m", "pipelines.bench.extraction", "--eval", str(eval_dir), "--sets", set_name,
           "--memory-probe", system, "--memory-pages", str(pages)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return float("nan")


def own_peak_mb() -> float:
    """This process's peak resident memory: VmHWM (reset at exec, unlike
    ru_maxrss, which a child inherits from the parent it forked from)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(args) -> int:
    """Child side of peak_memory: parse, print the peak, exit."""
    systems = {"wenming": run_wenming, **available()}
    pages = load_set(args.eval, args.sets[0])[: args.memory_pages]
    measure(pages, args.memory_probe, systems[args.memory_probe])
    print(f"{own_peak_mb():.1f}")
    return 0


def evaluate(pages: list[Page], systems: dict, listing: bool = False) -> dict[str, dict[str, Scores]]:
    """{system: {"all"|"tuning"|"checking": Scores}}"""
    report: dict[str, dict[str, Scores]] = {}
    for name, fn in systems.items():
        parts = {"all": Scores(), "tuning": Scores(), "checking": Scores()}
        for page, result, ms in measure(pages, name, fn):
            for part in ("all", half_of(page.site)):
                score_page(parts[part], page, result, ms)
            if listing and name == "wenming":
                p, r, f1 = scoring.prf(result[0], page.body)
                print(f"{half_of(page.site):<8} {f1:.3f} P{p:.2f} R{r:.2f} {page.site:<24} {page.id[:40]} "
                      f"date={result[1]} want={page.date} authors={result[2]} want={page.author}")
        report[name] = parts
    return report


def print_report(set_name: str, report: dict, memory: dict[str, float]) -> None:
    print(f"\n== {set_name} ==")
    print(f"{'system':<12} {'part':<8} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'dates':>11} {'authors':>11} {'ms/page':>8} {'peak RSS MB':>11}")
    for name, parts in report.items():
        for part, sc in parts.items():
            if not sc.f1:
                continue  # a half left out by --half
            s = sc.summary()
            d = f"{s['dates']:.3f}/{s['dates_n']}" if s["dates"] is not None else "-"
            a = f"{s['authors']:.3f}/{s['authors_n']}" if s["authors"] is not None else "-"
            mem = f"{memory[name]:.1f}" if part == "all" and name in memory else ""
            print(f"{name:<12} {part:<8} {s['pages']:>5} {s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f} "
                  f"{d:>11} {a:>11} {s['ms_median']:>8.1f} {mem:>11}")
    ours = report.get("wenming")
    if ours and ours["tuning"].f1 and ours["checking"].f1:
        gap = ours["checking"].summary()["f1"] - ours["tuning"].summary()["f1"]
        print(f"wenming checking - tuning F1: {gap:+.3f} (the checking half must stay within 0.02)")
    if ours and "trafilatura" in report and ours["all"].ms:
        mine, theirs = statistics.mean(ours["all"].ms), statistics.mean(report["trafilatura"]["all"].ms)
        print(f"time per page: wenming {mine:.1f} ms, trafilatura {theirs:.1f} ms, "
              f"ratio {mine / theirs:.2f} (target at most 0.5)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench extraction", description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="folder with cwce/ and daniel/")
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--systems", nargs="+", help="subset of: wenming trafilatura readability gne")
    ap.add_argument("--memory-pages", type=int, default=20, help="pages per system for peak memory (0: skip)")
    ap.add_argument("--half", choices=HALVES, help="measure one half only (tune on the tuning half)")
    ap.add_argument("--list", action="store_true", help="also print each page's site, half and F1 for wenming")
    ap.add_argument("--blocks", choices=("rules", "learned"), default="rules",
                    help="how the generic extractor scores blocks (learned: parsers/html/model/blocks.json)")
    ap.add_argument("--train-blocks", action="store_true",
                    help="train the learned block weights on the tuning half and write the model file")
    ap.add_argument("--memory-probe", help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if args.memory_probe:
        return memory_probe(args)
    if not (args.eval / "cwce").is_dir() and not (args.eval / "daniel").is_dir():
        print(f"no evaluation pages at {args.eval}: nothing to measure "
              f"(put cwce/ and daniel/ there or pass --eval DIR)")
        return 0
    if args.train_blocks:
        return train_blocks(args.eval, args.sets)
    from parsers.html import generic

    generic.SCORER = args.blocks
    systems = {"wenming": run_wenming, **available()}
    if args.systems:
        systems = {k: v for k, v in systems.items() if k in args.systems}
    figures = {}
    for set_name in args.sets:
        if not (args.eval / set_name / "records.jsonl").exists():
            print(f"\n== {set_name} == absent from {args.eval}; skipped")
            continue
        pages = load_set(args.eval, set_name)
        if args.half:
            pages = [p for p in pages if half_of(p.site) == args.half]
        report = evaluate(pages, systems, listing=args.list)
        memory = {n: peak_memory(args.eval, set_name, n, args.memory_pages)
                  for n in systems} if args.memory_pages else {}
        print_report(set_name, report, memory)
        figures[set_name] = {n: {part: sc.summary() for part, sc in parts.items()}
                             for n, parts in report.items()}
        for n, mb in memory.items():
            figures[set_name][n]["all"]["peak_mb"] = round(mb, 1)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
