"""The text path and the HTML path on the same pages: each page of cwce and
daniel is rendered to page text by independent renderers, parsed by the text
path, and scored with the extraction metric beside the HTML path's own score.
Printed by `wenming bench pagetexts --rendered`.

Two renderers, side by side when both are at hand:
- chromium: headless Chromium's innerText (Playwright driving Debian's
  /usr/bin/chromium), what a reader's select-all and copy gives.  Page
  scripts never run (JavaScript off) and nothing is fetched (every request
  is aborted);
- inscriptis: a library's layout of the HTML as text (it sets table cells
  side by side, so a layout table's columns can interleave).
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

from pipelines.bench import scoring
from pipelines.bench.extraction import SETS, load_set, scored_text, wenming_article
from pipelines.bench.pagetexts import HALVES, half_of  # one split of page ids for the text path's figures

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def inscriptis_renderer():
    from inscriptis import get_text

    from parsers.decode import decode_html

    return lambda data: get_text(decode_html(data)[0])


@contextlib.contextmanager
def chromium_renderer():
    """innerText of the page's body in headless Chromium, scripts off and the network closed."""
    from playwright.sync_api import sync_playwright

    from parsers.decode import decode_html

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(java_script_enabled=False, offline=True)
            context.route("**/*", lambda route: route.abort())
            tab = context.new_page()

            def render(data: bytes) -> str:
                tab.set_content(decode_html(data)[0], wait_until="domcontentloaded", timeout=30_000)
                return tab.locator("body").inner_text(timeout=30_000)

            yield render
        finally:
            browser.close()


def available_renderers() -> dict[str, str]:
    """name -> why it cannot run ('' when it can)."""
    out = {}
    try:
        import playwright  # noqa: F401
        out["chromium"] = "" if Path(CHROMIUM).exists() else f"no {CHROMIUM} (apt-get install -y chromium)"
    except ImportError:
        out["chromium"] = "playwright is not installed (uv pip install 'wenming[bench]')"
    try:
        import inscriptis  # noqa: F401
        out["inscriptis"] = ""
    except ImportError:
        out["inscriptis"] = "inscriptis is not installed (uv pip install 'wenming[bench]')"
    return out


@contextlib.contextmanager
def renderer(name: str):
    if name == "chromium":
        with chromium_renderer() as render:
            yield render
    else:
        yield inscriptis_renderer()


def run_text_path(text: str, page_id: str) -> str:
    return scored_text(*text_path_record(text, page_id))


def text_path_record(text: str, page_id: str) -> tuple[str, list[str]]:
    """The headline ('' when none) and the body's blocks the text path reads from a page's text."""
    from parsers import parse_page

    article = parse_page(text.encode("utf-8"), input=f"{page_id}.txt", kind="text")
    return article.title or "", [b.text for b in article.blocks]


def headlines_agree(a: str, b: str) -> bool:
    """Two headlines agree: equal without spaces, or one holds the other (a site's
    name or a page number added) and the shorter has six characters or more."""
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    return a == b or (min(len(a), len(b)) >= 6 and (a in b or b in a))


def run_rendered(eval_dir: Path, limit: int = 0) -> dict:
    can = available_renderers()
    names = [n for n, why in can.items() if not why]
    for n, why in can.items():
        if why:
            print(f"\nrendered-text check by {n} skipped: {why}")
    if not names:
        return {}
    figures: dict[str, tuple] = {}
    agreed: dict[str, dict[tuple[str, str], bool | None]] = {r: {} for r in names}
    print(f"\n== rendered page text ({', '.join(names)}) through the text path vs the HTML path: mean F1 ==")
    print(f"{'set':<8} {'part':<9} {'pages':>5} {'html F1':>8}" + "".join(f" {n[:10]:>10} {'gap':>7}" for n in names))
    for name in SETS:
        if not (eval_dir / name / "records.jsonl").exists():
            print(f"{name:<8} absent from {eval_dir}; skipped")
            continue
        pages = load_set(eval_dir, name)
        pages = pages[:limit] if limit else pages
        html, headlines = {}, {}
        for page in pages:  # the HTML path: its score and its headline, from one parse
            art = wenming_article(page)
            html[page.id] = scoring.prf(scored_text(art.title, [b.text for b in art.blocks]), page.body)[2]
            headlines[page.id] = art.title or ""
        text: dict[str, dict[str, float]] = {}
        for r in names:
            text[r] = {}
            with renderer(r) as render:
                for page in pages:
                    try:
                        title, blocks = text_path_record(render(page.data), page.id)
                        text[r][page.id] = scoring.prf(scored_text(title, blocks), page.body)[2]
                        agreed[r][name, page.id] = headlines_agree(title, headlines[page.id]) if headlines[page.id] else None
                    except Exception:  # a page the renderer or the text path fails on scores empty
                        text[r][page.id] = 0.0
                        agreed[r][name, page.id] = False if headlines[page.id] else None
        for part in ("all", *HALVES):
            ids = [p.id for p in pages if part == "all" or half_of(p.id) == part]
            if not ids:
                continue
            h = sum(html[i] for i in ids) / len(ids)
            row = f"{name:<8} {part:<9} {len(ids):>5} {h:>8.3f}"
            for r in names:
                t = sum(text[r][i] for i in ids) / len(ids)
                figures[f"{name}/{part}/{r}"] = (round(h, 3), round(t, 3))
                row += f" {t:>10.3f} {t - h:>+7.3f}"
            print(row)
    print_headlines(agreed, figures)
    return figures


def print_headlines(agreed: dict[str, dict[tuple[str, str], bool | None]], figures: dict) -> None:
    """The text path's headline on the rendered text against the HTML path's
    headline of the same page (pages where the HTML path finds one), per half."""
    print("\n== the headline the text path reads from rendered text = the HTML path's headline ==")
    print(f"{'renderer':<11}" + "".join(f" {part:>16}" for part in ("all", *HALVES)))
    for r, pages in agreed.items():
        row = f"{r:<11}"
        for part in ("all", *HALVES):
            marks = [ok for (_, pid), ok in pages.items() if ok is not None and (part == "all" or half_of(pid) == part)]
            figures[f"headlines/{part}/{r}"] = (sum(marks), len(marks))
            row += f" {sum(marks):>6}/{len(marks):<4} {sum(marks) / max(len(marks), 1):>4.0%}"
        print(row)
