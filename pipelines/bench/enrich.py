"""Benchmark: enrichment against the project's evaluation sets.

    wenming bench enrich [--eval PATH] [--verbose] [--no-scale]

The blind set (tests/fixtures/enrich_blind/writer_*.jsonl: texts written for
the project by writers who had only the taxonomy and the label schema, not
the rules; activity reports and texts that report none) is split into a
tuning half and a checking half by a hash of each text's id (split_half)
and both halves are printed, beside the old sets of
tests/fixtures/enrich_eval (handwritten.jsonl, reports written one by one
beside the rules, and enrich_eval.jsonl, put together by make_eval.py).
Figures are precision and recall per field, micro-averaged over a set.

Old sets: places (every level's name across the place chains), teams
(names), types (union of the activities' types), dates (activity dates),
counts ((value, approx) pairs of every count read in the article's
sentences, of any kind but a duration: these sets were labelled when
standing totals and targets were counted as an activity's counts, which the
blind set's conventions count wrong, so here the count reader is scored,
not the activity records).

Blind set, as deployed (no outlet region unless the text has one):
- places: (level, name) pairs at county level and finer (county, township,
  community) of every place chain; province and city are left out, they
  are easy and would flatter the figure;
- teams: full names (modifier and team word, quotes dropped:
  青柚志愿服务队), stations left out; stations: practice centres, posts
  and stations (…新时代文明实践站), scored apart;
- types: the union of the activities' types (a type on a text that
  reports no activity is a false positive);
- dates: the activities' dates;
- counts: (value, approx) of the activities' counts; a predicted count
  not among the gold counts is wrong, so a background total (今年以来累计…,
  listed by the writers under not_counts) counts against precision;
- genre: the share of texts whose genre is right; and the records made on
  texts that report no activity (the figure should be 0).
Times: median and p95 per article after a warm-up run, the warm-up itself
(dictionaries loaded in a fresh process from the cache), and long pages:
800 and 1,600 paragraphs, a 10 MB page (read to MAX_CHARS, noted) and a
page that is one sentence of 150,000 characters.
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
from pathlib import Path

from parsers.record import Article, Block
from pipelines.enrich import enrich, warm_up
from pipelines.enrich.dates import days_of

EVAL_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "enrich_eval"
EVAL_SETS = (EVAL_DIR / "handwritten.jsonl", EVAL_DIR / "enrich_eval.jsonl")
BLIND_DIR = EVAL_DIR.parent / "enrich_blind"
# Printed apart: each group's writers share their labelling conventions (docs/enrich.md).
_GROUP_WRITERS = {
    "writers A and B": ("writer_a", "writer_b"),
    "writer C (later; conventions of its own)": ("writer_c",),
    "writer E (written for the activity types; counts not labelled)": ("writer_e",),
    "writer G (activity types in everyday words; counts not labelled)": ("writer_g",),
    "writer I (activity types among traps; counts not labelled)": ("writer_i",),
    "writer J (all fields; multi-activity reports, 25 provinces)": ("writer_j",),
    "writer L (all fields; short and long reports, traps in every field)": ("writer_l",),
    "writer N (all fields; 31 provinces, relative dates, reports that look like none and the reverse)": ("writer_n",),
    "writer O (all fields; half the texts report nothing but read like reports)": ("writer_o",),
    "writer P (all fields; the activity types among the genre's traps)": ("writer_p",),
    "writer Q (all fields; everyday reports over all the types, the people served named)": ("writer_q",),
    "writer R (all fields; 30 provinces, long reports of several days, non-reports that read close to reports)":
        ("writer_r",),
    "writer S (all fields; all 31 provinces, short and long reports, unquoted teams, short township names)":
        ("writer_s",),
    "writer T (all fields; 24 provinces, the types' traps, non-reports made to look like reports)": ("writer_t",),
    "writer U (all fields; 24 provinces, the people served named, relative and festival dates, 20 non-reports)":
        ("writer_u",),
    "writer V (all fields; 16 reports that read least like one, 28 texts reporting none that read close to one)":
        ("writer_v",),
    "writer W (all fields; 34 reports from 31 provinces written so that the types are hard to read, 10 non-reports)":
        ("writer_w",),
    "writer X (all fields; long reports of several days told relative to each other, reports framed by background and plans, "
    "18 non-reports written as close to a report as the genre allows)": ("writer_x",),
    "writer Y (all fields; short texts as feeds and 快讯 columns publish them: briefs of one to three sentences, "
    "photo news, 18 non-reports as short)": ("writer_y",),
    "writer Z (all fields; the registers of the outlets: agency dispatches, provincial features, county reports, "
    "government work news, 文明网 pieces, WeChat posts, school, hospital and enterprise news; 14 non-reports)": ("writer_z",),
    "writer ZA (all fields; activities told in local, seasonal, ethnic or new words: 那达慕, 村晚, 爱心冰箱, 板凳法庭; "
    "14 non-reports in the same words)": ("writer_za",),
    "writer ZB (all fields; the activity types a careful reader must decide: the people served, type words in names, "
    "programmes partly done, one type in another's words; 10 non-reports full of type words)": ("writer_zb",),
    "writer ZC (all fields; 26 non-reports that read like reports: year's summaries, inspections, trainings, programmes, "
    "calls, profiles, events postponed; 18 reports that read like something else)": ("writer_zc",),
    "writer ZD (all fields; 36 reports whose words name more types than were done: type words in the names of teams, "
    "rooms and brands, people present who did something else, wishes, framings, topics, past and future; 8 non-reports)":
        ("writer_zd",),
    "writer ZE (all fields; the everyday mix a county site publishes over a season, plainly written, no traps: briefs, "
    "ordinary and long reports over all 31 provinces and all types; 10 non-reports)": ("writer_ze",),
    "writer ZF (all fields; places named in every way local reports name them: villages after their township or alone, "
    "long transliterated names, same names twice, places inside names, where people come from; 8 non-reports)":
        ("writer_zf",),
    "writer ZG (all fields; an ordinary year's reports over all types and seasons, a third mixing types, a third naming "
    "people who did something other than their trade or types only as topics, wishes, names or plans; 8 non-reports)":
        ("writer_zg",),
    "writer ZH (all fields; numbers and days told every way beside numbers and days that are no activity's; "
    "several activities on different days; 8 non-reports)": ("writer_zh",),
    "writer ZI (all fields; an ordinary autumn and winter of a county outlet over all 31 provinces and all types, "
    "plainly written; its schema read education as any teaching; 8 non-reports)": ("writer_zi",),
    "writer ZJ (all fields; 36 reports whose types must be read from what people did: type words in names, trades, "
    "topics, habits, plans, wishes and banners, real types in plain words; a run of days dated by its two ends; "
    "8 non-reports)": ("writer_zj",),
    "writer ZK (all fields; a spring and summer of township and county reports over all 31 provinces and all types, "
    "relative days, festivals and runs of days; 9 non-reports)": ("writer_zk",),
    "writer ZL (all fields; a county outlet's ordinary days over 25 provinces, types read from what was done among "
    "menus, past work, plans, slogans and team names, done things in plain words; 8 non-reports)": ("writer_zl",),
    "writer ZM (all fields; numbers in digits and numerals over many units beside totals, plans, ages and "
    "durations; teams quoted, unquoted, listed and inside phrases; 25 provinces; 8 non-reports)": ("writer_zm",),
    "writer ZN (all fields; reports as volunteer bodies, schools, hospitals, police stations and firms write them for "
    "their own accounts: a livelier register, programmes and slogans naming other types; 25 provinces; 8 non-reports)":
        ("writer_zn",),
    "writer ZP (all fields; the types as a careful researcher labels them in ordinary reports: volunteers doing "
    "other than their trade, menus, programmes' names, the people served, plans, past years, thanks and topics; "
    "25 provinces; 8 non-reports)": ("writer_zp",),
    "writer ZQ (all fields; places, teams and counts in the hardest everyday forms over all 31 provinces: long "
    "autonomous names, renamed districts, short townships, places inside names; teams listed, with parents, "
    "short on second mention; 10 non-reports that read close to a report)": ("writer_zq",),
    "writer ZR (all fields; a year of one city's county media in each of twelve provinces, the types read from what "
    "was done that day among slogans, team names, campaigns, thanks, plans and banners; 8 non-reports)": ("writer_zr",),
    "writer ZS (all fields; telling a report from what is not one: 22 non-reports written as close to a report as "
    "their genre allows beside 22 reports that read as little like one)": ("writer_zs",),
    "writer ZO (all fields; long reports of a month or a festival week told day by day beside one- and two-sentence "
    "briefs, dates in every form; 25 provinces; 10 non-reports)": ("writer_zo",),
}
BLIND_GROUPS = {label: tuple(BLIND_DIR / f"{w}.jsonl" for w in writers) for label, writers in _GROUP_WRITERS.items()}
BLIND_SETS = tuple(path for group in BLIND_GROUPS.values() for path in group)
# Texts written to tell reports from texts that report none (genre and activities only).
GENRE_SETS = tuple(BLIND_DIR / f"writer_{w}.jsonl" for w in "dfhkm")
FIELDS = ("places", "teams", "types", "dates", "counts")
BLIND_FIELDS = ("places", "teams", "stations", "types", "dates", "counts")
FINE_LEVELS = ("county", "township", "community")
ACTIVITY_GENRE = "activity_report"
LEVELS = ("province", "city", "county", "township", "community")


def load_eval(paths: tuple[Path, ...] = EVAL_SETS) -> list[dict]:
    rows = []
    for path in paths:
        if not path.exists():
            raise SystemExit(f"no evaluation set at {path}: restore it from git "
                             "(enrich_eval.jsonl is rewritten by tests/fixtures/enrich_eval/make_eval.py)")
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def to_article(row: dict) -> Article:
    return Article(input=row["id"], title=row.get("title"), published=row.get("published"),
                   blocks=[Block("paragraph", p) for p in row["paragraphs"]])


def predicted(article: Article) -> dict[str, Counter]:
    acts = article.activities
    return {
        "places": Counter({(lvl, p[lvl]) for p in article.places for lvl in LEVELS if p.get(lvl)}),
        "teams": Counter({t["name"] for t in article.teams}),
        "types": Counter({t for a in acts for t in a["types"]}),
        "dates": Counter({a["date"] for a in acts if a.get("date")}),
        "counts": _numbers_read(article),
    }


def _numbers_read(article: Article) -> Counter:
    """Old sets: every count read in the article's sentences, of any kind but a
    duration or a measure (the sets were labelled when totals and targets were
    counts, and areas, distances and sums of money were none)."""
    from pipelines.enrich.counts import MEASURE_UNITS, find_counts
    from pipelines.enrich.text import article_text

    at = article_text(None, [], list(article.paragraphs))
    return Counter((c["value"], c["approx"]) for s in at.sentences for c in find_counts(s.text, all_kinds=True)
                   if c["kind"] != "duration" and c["unit"] not in MEASURE_UNITS)


def expected(gold: dict) -> dict[str, Counter]:
    return {
        "places": Counter({(lvl, n) for lvl in LEVELS for n in gold["places"].get(lvl, [])}),
        "teams": Counter(set(gold["teams"])),
        "types": Counter(set(gold["types"])),
        "dates": Counter(set(gold["dates"])),
        "counts": Counter(tuple(c) for c in gold["counts"]),
    }


def tally(row_id: str, field: str, p: Counter, g: Counter, counts: tuple[Counter, Counter, Counter],
          notes: list[str]) -> None:
    """Add one article's predictions of a field to the true-positive, predicted and gold counts."""
    tp, got, want = counts
    tp[field] += sum((p & g).values())
    got[field] += sum(p.values())
    want[field] += sum(g.values())
    extra, missing = p - g, g - p
    if extra or missing:
        notes.append(f"{row_id} {field}: extra {sorted(extra)} missing {sorted(missing)}")


def score(rows: list[dict], region_key: str = "region") -> tuple[dict[str, dict], list[float], list[str]]:
    """Per-field precision/recall, per-article times (ms) and notes of every miss."""
    tp, got, want = Counter(), Counter(), Counter()
    times, notes = [], []
    warm_up()  # dictionaries load here, not in the first timed article
    enrich(to_article(rows[0]), rows[0].get(region_key))
    for row in rows:
        article = to_article(row)
        start = time.perf_counter()
        enrich(article, row.get(region_key))
        times.append((time.perf_counter() - start) * 1000)
        p, g = predicted(article), expected(row["gold"])
        for f in FIELDS:
            tally(row["id"], f, p[f], g[f], (tp, got, want), notes)
    result = {f: {"precision": tp[f] / got[f] if got[f] else 1.0,
                  "recall": tp[f] / want[f] if want[f] else 1.0} for f in FIELDS}
    return result, times, notes


def split_half(row_id: str) -> str:
    """tuning or checking, fixed by the id's hash: the split never moves."""
    return "tuning" if hashlib.sha1(row_id.encode()).digest()[0] % 2 == 0 else "checking"


def load_blind(half: str | None = None, paths: tuple[Path, ...] = BLIND_SETS) -> list[dict]:
    """The blind set's rows (of one half, when given)."""
    rows = []
    for path in paths:
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if half is None or split_half(r["id"]) == half]


_QUOTES = re.compile(r"[“”‘’\"'「」『』\s]")


def team_name(name: str) -> str:
    return _QUOTES.sub("", name)


def same_teams(predicted: Counter, gold: Counter) -> Counter:
    """The predicted names, each written as the gold name of the same team (or
    station): equal, or one is the other with places or an institution written
    before it (咸水沽镇丰达园社区党员先锋队 and 丰达园社区党员先锋队, 银川市兴庆区新时代文明实践中心
    and 兴庆区新时代文明实践中心); one gold name per team."""
    out, free = Counter(), set(gold)
    for name in predicted:
        match = name if name in free else next(
            (g for g in sorted(free) if min(len(g), len(name)) >= 5 and (g.endswith(name) or name.endswith(g))), None)
        free.discard(match)
        out[match or name] += 1
    return out


def blind_predicted(article: Article) -> dict[str, Counter]:
    acts = article.activities
    teams = article.teams
    return {
        "places": Counter({(lvl, p[lvl]) for p in article.places for lvl in FINE_LEVELS if p.get(lvl)}),
        "teams": Counter({team_name(t.get("full") or t["name"]) for t in teams if t.get("kind") not in ("station", "brand")}),
        "stations": Counter({team_name(t["name"]) for t in teams if t.get("kind") == "station"}),
        "types": Counter({t for a in acts for t in a["types"]}),
        "dates": Counter({d for a in acts for d in days_of(a.get("date"), a.get("date_end"))}),
        "counts": Counter({(c["value"], c["approx"]) for a in acts for c in a["counts"]}),
    }


def blind_expected(gold: dict) -> dict[str, Counter]:
    places = gold.get("places") or {}
    return {
        "places": Counter({(lvl, n) for lvl in FINE_LEVELS for n in places.get(lvl) or []}),
        "teams": Counter({team_name(t) for t in gold.get("teams") or []}),
        "stations": Counter({team_name(t) for t in gold.get("stations") or []}),
        "types": Counter(set(gold.get("types") or [])),
        "dates": Counter(set(gold.get("dates") or [])),
        "counts": Counter({(c[0], bool(c[1])) for c in gold.get("counts") or []}),
    }


def what_agrees(article: Article, gold: dict) -> tuple[int, int]:
    """Of the counts found that the writer labelled too, how many name what was
    counted as the writer did: one name holds the other (村民 in 名村民观众;
    the writer's 份健康包 holds 健康包), the unit and punctuation aside
    (独居、高龄老人 is the writer's 独居高龄老人, 两癌筛查 the writer's “两癌”筛查)."""
    wanted = {(c[0], bool(c[1])): c[3] for c in gold.get("counts") or [] if len(c) > 3 and c[3]}
    agreed = matched = 0
    for c in (c for a in article.activities for c in a["counts"]):
        label = wanted.get((c["value"], c["approx"]))
        if label is None:
            continue
        matched += 1
        what = re.sub(r"[、，,“”\"（）()]", "", c.get("what") or "")
        label = re.sub(r"[、，,“”\"]", "", label)
        bare = label[len(c["unit"]):] if label.startswith(c["unit"]) else label
        agreed += bool(what) and (what in label or bare in what)
    return agreed, matched


def score_blind(rows: list[dict]) -> tuple[dict, dict, list[float], list[str]]:
    """Per-field figures, genre figures, per-article times (ms) and notes of every miss."""
    tp, got, want = Counter(), Counter(), Counter()
    genre = Counter()
    times, notes = [], []
    warm_up()
    for row in rows:
        article = to_article(row)
        start = time.perf_counter()
        enrich(article, row.get("region"))
        times.append((time.perf_counter() - start) * 1000)
        p, g = blind_predicted(article), blind_expected(row["gold"])
        for f in BLIND_FIELDS:
            if f in ("teams", "stations"):  # (writers differ on how many place words a station's name keeps)
                p[f] = same_teams(p[f], g[f])
            tally(row["id"], f, p[f], g[f], (tp, got, want), notes)
        background = {(c[0], bool(c[1])) for c in row["gold"].get("not_counts") or []}
        genre["background counted"] += len(set(p["counts"]) & background)
        agreed, matched = what_agrees(article, row["gold"])
        genre["what agrees"] += agreed
        genre["what matched"] += matched
        genre["right"] += article.genre == row.get("genre")
        if article.genre != row.get("genre"):
            notes.append(f"{row['id']} genre: {article.genre} for {row.get('genre')}")
        if row.get("genre") != ACTIVITY_GENRE:
            genre["non-activity texts"] += 1
            genre["texts with records"] += bool(article.activities)
            genre["records"] += len(article.activities)
    result = {f: {"precision": tp[f] / got[f] if got[f] else 1.0,
                  "recall": tp[f] / want[f] if want[f] else 1.0, "labelled": want[f]} for f in BLIND_FIELDS}
    return result, genre, times, notes


def score_genre_set(rows: list[dict]) -> tuple[Counter, list[str]]:
    """Genre right; texts with no activity and those of them given records;
    texts with activities and those of them given records."""
    c, notes = Counter(), []
    warm_up()
    for row in rows:
        article = to_article(row)
        enrich(article, row.get("region"))
        reported = bool(row["gold"]["activities"])
        c["texts"] += 1
        c["genre right"] += article.genre == row["genre"]
        c["reporting"] += reported
        c["reporting, with records"] += reported and bool(article.activities)
        c["reporting none"] += not reported
        c["reporting none, with records"] += not reported and bool(article.activities)
        if article.genre != row["genre"] or reported != bool(article.activities):
            notes.append(f"{row['id']} genre: {article.genre} for {row['genre']}, "
                         f"{len(article.activities)} records for {len(row['gold']['activities'])} activities")
    return c, notes


def _print_genre_set(verbose: bool) -> None:
    for path in GENRE_SETS:
        if path.exists():
            _print_one_genre_set(path, verbose)


def _print_one_genre_set(path: Path, verbose: bool) -> None:
    print(f"-- reports or not ({path.name}: genre and whether activities are read) --")
    for half in ("tuning", "checking"):
        c, notes = score_genre_set(load_blind(half, (path,)))
        print(f"{half}: genre right {c['genre right']}/{c['texts']}; texts reporting none "
              f"{c['reporting none']}, with records {c['reporting none, with records']}; texts reporting "
              f"{c['reporting']}, with records {c['reporting, with records']}")
        if verbose:
            print("\n".join(f"[{half}] {n}" for n in notes))
    print()


def _pr(r: dict | None) -> str:
    return (f"{r['precision']:.3f} / {r['recall']:.3f}" if r else "-").rjust(16)


def _print_blind(rows_by_half: dict[str, list[dict]], old: dict[str, dict], verbose: bool) -> list[float]:
    results, all_times, all_notes = {}, [], []
    for half, rows in rows_by_half.items():
        results[half] = score_blind(rows)
        all_times += results[half][2]
        all_notes += [f"[{half}] {n}" for n in results[half][3]]
    sizes = ", ".join(f"{h} {len(r)}" for h, r in rows_by_half.items())
    print(f"blind set ({sizes} texts) beside the old sets (precision / recall)")
    print(f"{'field':<9}" + "".join(f"{h:>16}" for h in rows_by_half) + f"{'old sets':>16}")
    for f in BLIND_FIELDS:
        if not any(results[h][0][f]["labelled"] for h in rows_by_half):
            print(f"{f:<9}{'(not labelled in this set)':>32}")
            continue
        cells = "".join(_pr(results[h][0][f]) for h in rows_by_half)
        print(f"{f:<9}{cells}{_pr(old.get(f))}")
    for h, rows in rows_by_half.items():
        g = results[h][1]
        print(f"{h}: genre right {g['right']}/{len(rows)}; texts reporting no activity "
              f"{g['non-activity texts']}, with records {g['texts with records']} ({g['records']} records); "
              f"background totals counted {g['background counted']}"
              + (f"; what was counted named as the writer did {g['what agrees']}/{g['what matched']}"
                 if g["what matched"] else ""))
    if verbose:
        print("\n".join(all_notes))
    return all_times


SEED_PAGES = Path(__file__).resolve().parents[2] / "data" / "samples" / "seeds"


def seed_times(rounds: int = 5) -> list[float] | None:
    """Times (ms) to enrich the bundled seed pages, parsed: longer, real articles."""
    pages = sorted(SEED_PAGES.glob("*.txt"))
    if not pages:
        return None
    from parsers.textdump import parse_text

    articles = [parse_text(p.read_bytes(), input=p.name) for p in pages]
    times = []
    for _ in range(rounds):
        for article in articles:
            start = time.perf_counter()
            enrich(article)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def warm_up_time(runs: int = 3) -> tuple[float, float]:
    """Seconds to load the dictionaries in a fresh process (from the cache): the median of a few runs."""
    code = ("import time; t, c = time.perf_counter(), time.process_time(); from pipelines.enrich import warm_up; "
            "warm_up(); print(time.perf_counter() - t, time.process_time() - c)")
    root = Path(__file__).resolve().parents[2]
    times, cpus = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
        wall, cpu = out.stdout.strip().splitlines()[-1].split()
        times.append(float(wall))
        cpus.append(float(cpu))
    return statistics.median(times), statistics.median(cpus)


def long_page_times(rows: list[dict]) -> list[tuple[str, float, float, str | None]]:
    """(label, seconds, CPU seconds, note) for long pages made of the set's paragraphs:
    800 and 1,600 paragraphs, and a page of 10 MB of text."""
    paragraphs = [p for r in rows for p in r["paragraphs"]]
    out = []
    cases = (("800 paragraphs", 800), ("1,600 paragraphs", 1600), ("10 MB page", None),
             ("one sentence of 150,000 characters", 0))
    for label, count in cases:
        if count == 0:  # no stop in the whole page: per-sentence work must not grow with it
            text = "，".join(p.replace("。", "，") for p in paragraphs)
            page = [(text * (150_000 // len(text) + 1))[:150_000]]
        elif count is None:
            size, count = 0, 0
            while size < 10_000_000:
                size += len(paragraphs[count % len(paragraphs)].encode("utf-8")) + 1
                count += 1
        if count:
            page = [paragraphs[i % len(paragraphs)] for i in range(count)]
        article = Article(input=label, published="2024-06-30", blocks=[Block("paragraph", p) for p in page])
        start, cpu = time.perf_counter(), time.process_time()
        enrich(article, None)
        out.append((label, time.perf_counter() - start, time.process_time() - cpu, article.enrichment_note))
    return out


def _print_times(times: list[float], rows: list[dict], scale: bool) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load is not None:  # times on a shared machine: say how busy it was
        print(f"machine load while timing: {load:.1f} (1-minute average) on {os.cpu_count()} cores")
    print(f"time per article: median {statistics.median(times):.1f} ms, p95 {_p95(times):.1f} ms")
    wall, cpu = warm_up_time()
    print(f"warm-up (dictionaries, fresh process, from the cache, median of 3): {wall:.2f} s (CPU {cpu:.2f} s)")
    seeds = seed_times()
    if seeds:
        print(f"time per seed page ({SEED_PAGES.parent.name}/seeds, 5 rounds): "
              f"median {statistics.median(seeds):.1f} ms, p95 {_p95(seeds):.1f} ms")
    if scale:
        for label, seconds, cpu, note in long_page_times(rows):
            print(f"long page, {label}: {seconds:.2f} s (CPU {cpu:.2f} s)" + (f"; {note}" if note else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wenming bench enrich", description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, action="append",
                        help="old-style evaluation set (jsonl); repeat for several (default: both in tests/fixtures)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--no-scale", action="store_true", help="skip the long pages (800, 1,600 paragraphs, 10 MB)")
    args = parser.parse_args(argv)
    paths = tuple(args.eval or EVAL_SETS)
    rows = load_eval(paths)
    result, times, notes = score(rows)
    for label, group in BLIND_GROUPS.items():
        blind = {half: load_blind(half, group) for half in ("tuning", "checking")}
        if any(blind.values()):
            print(f"-- {label} --")
            times += _print_blind(blind, result, args.verbose)
            print()
    _print_genre_set(args.verbose)
    print(f"old sets: {len(rows)} articles from {', '.join(p.name for p in paths)}")
    print(f"{'field':<8} {'precision':>9} {'recall':>7}")
    for f, r in result.items():
        print(f"{f:<8} {r['precision']:>9.3f} {r['recall']:>7.3f}")
    _print_times(times, rows, not args.no_scale)
    if args.verbose:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
