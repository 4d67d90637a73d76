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
from pathlib import Path

from pipelines.bench import scoring
from pipelines.bench.extraction import SETS, load_set, run_wenming
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
    from parsers import parse_page

    article = parse_page(text.encode("utf-8"), input=f"{page_id}.txt", kind="text")
    return "\n".join(x for x in [article.title or ""] + [b.text for b in article.blocks] if x)


def run_rendered(eval_dir: Path, limit: int = 0) -> dict:
    can = available_renderers()
    names = [n for n, why in can.items() if not why]
    for n, why in can.items():
        if why:
            print(f"\nrendered-text check by {n} skipped: {why}")
    if not names:
        return {}
    figures: dict[str, tuple] = {}
    print(f"\n== rendered page text ({', '.join(names)}) through the text path vs the HTML path: mean F1 ==")
    print(f"{'set':<8} {'part':<9} {'pages':>5} {'html F1':>8}" + "".join(f" {n[:10]:>10} {'gap':>7}" for n in names))
    for name in SETS:
        if not (eval_dir / name / "records.jsonl").exists():
            print(f"{name:<8} absent from {eval_dir}; skipped")
            continue
        pages = load_set(eval_dir, name)
        pages = pages[:limit] if limit else pages
        html = {page.id: scoring.prf(run_wenming(page)[0], page.body)[2] for page in pages}
        text: dict[str, dict[str, float]] = {}
        for r in names:
            text[r] = {}
            with renderer(r) as render:
                for page in pages:
                    try:
                        text[r][page.id] = scoring.prf(run_text_path(render(page.data), page.id), page.body)[2]
                    except Exception:  # a page the renderer or the text path fails on scores empty
                        text[r][page.id] = 0.0
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
    return figures
