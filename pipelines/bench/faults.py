"""Benchmark: parsing pages a hostile or careless source gives, in time
proportional to the page.

    wenming bench faults [--mb 10] [--paragraphs 1600] [--repeat 3]

Generates the pages (made-up reports in the genre's style, every paragraph
different): a page of --mb megabytes of HTML and the same as a text dump,
and a page of --paragraphs paragraphs as HTML and as a text dump.  Each is
parsed (parsers.parse_page, parse only: no enrichment) in a fresh process,
--repeat times; prints the median seconds (wall clock, and CPU time,
which other work on the machine disturbs less), the process's peak resident
memory, and the peak of Python allocations (tracemalloc, in one more run), with the paragraphs
kept and the damage notes (a page past the size caps of parsers.lines is
read up to them, and says so).
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import time
import tracemalloc

PLACES = ("东湖社区", "西城街道", "南山村", "北关社区", "清河镇", "新华路社区", "桃园村", "滨江街道")
DOINGS = ("开展垃圾分类宣传", "为独居老人打扫卫生", "举办义诊活动", "清理小区楼道杂物", "开展反诈知识讲座",
          "组织青少年读书会", "走访慰问困难家庭", "开展文明交通劝导")
TEAMS = ("新时代文明实践志愿服务队", "党员先锋志愿队", "巾帼志愿服务队", "青年志愿者协会")
TITLE = "各地新时代文明实践站开展志愿服务活动"


def paragraph(i: int) -> str:
    place, doing, team = PLACES[i % 8], DOINGS[(i // 8) % 8], TEAMS[(i // 64) % 4]
    return (f"第{i + 1}期：{place}{team}的志愿者们{doing}，共服务居民{(i * 37) % 300 + 20}人次，"
            f"发放宣传资料{(i * 13) % 500 + 50}份，受到群众的一致好评。")


def html_page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='content'>{body}</div></body></html>").encode()


def text_page(paragraphs: list[str]) -> bytes:
    return "\n".join([TITLE, "来源：本网", *paragraphs]).encode()


def paragraphs_for_bytes(size: int) -> list[str]:
    out, total, i = [], 0, 0
    while total < size:
        out.append(paragraph(i))
        total += len(out[-1].encode()) + 7
        i += 1
    return out


def cases(mb: float, count: int) -> dict[str, tuple]:
    return {f"{mb:g} MB page (HTML)": ("html", mb, 0), f"{mb:g} MB page (text dump)": ("text", mb, 0),
            f"{count:,}-paragraph page (HTML)": ("html", 0, count),
            f"{count:,}-paragraph page (text dump)": ("text", 0, count),
            f"{count * 5:,}-line list page (text dump)": ("list", 0, count * 5)}


def _run(kind: str, mb: float, count: int, trace: bool, queue) -> None:
    """In a fresh process: build the page, parse it once, report figures
    (Python allocations only when trace: tracing slows the parse)."""
    from parsers import parse_page

    parse_page(html_page([paragraph(0)]), input="warm.html")  # imports and dictionaries, not timed
    paras = paragraphs_for_bytes(int(mb * 1_000_000)) if mb else [paragraph(i) for i in range(count)]
    if kind == "list":  # a page of list items, each a line of the text: no line may cost the rest of the page
        paras = [f"★{p}" for p in paras]
    data = (html_page if kind == "html" else text_page)(paras)
    if trace:
        tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    art = parse_page(data, input=f"bench.{'html' if kind == 'html' else 'txt'}")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    queue.put((len(data), seconds, peak, rss, len(art.paragraphs), art.error, list(art.damage), cpu))


def measure(kind: str, mb: float, count: int, trace: bool = False) -> tuple:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(kind, mb, count, trace, queue))
    proc.start()
    got = queue.get()
    proc.join()
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench faults", description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10, help="size of the large page in megabytes (default 10)")
    ap.add_argument("--paragraphs", type=int, default=1600, help="paragraphs of the long page (default 1600)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; the median is printed (default 3)")
    args = ap.parse_args(argv)
    print(f"{'page':34} {'bytes':>11} {'seconds':>8} {'cpu s':>6} {'py peak':>9} {'rss peak':>9} "
          f"{'paragraphs':>10}  notes")
    for name, (kind, mb, count) in cases(args.mb, args.paragraphs).items():
        runs = [measure(kind, mb, count) for _ in range(max(1, args.repeat))]
        size, _, _, rss, kept, error, damage, _ = runs[-1]
        seconds, cpu = statistics.median(r[1] for r in runs), statistics.median(r[7] for r in runs)
        peak = measure(kind, mb, count, trace=True)[2]
        notes = error or "; ".join(damage) or "-"
        print(f"{name:34} {size:>11,} {seconds:>8.2f} {cpu:>6.2f} {peak / 2**20:>7.0f}MB {rss / 2**20:>7.0f}MB "
              f"{kept:>10,}  {notes}")
    return 0
