"""The text path and the HTML path on the same pages: each page of cwce and
daniel is rendered to page text by an independent renderer (inscriptis, the
text a browser-like layout gives), parsed by the text path, and scored with
the extraction metric beside the HTML path's own score.  Printed by
`wenming bench pagetexts --rendered`.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipelines.bench import scoring
from pipelines.bench.extraction import SETS, load_set, run_wenming

HALVES = ("tuning", "checking")


def half_of(page_id: str) -> str:
    return HALVES[hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2]


def render(data: bytes) -> str:
    """Page text as a reader sees it: inscriptis lays out blocks one a line."""
    from inscriptis import get_text

    from parsers.decode import decode_html

    return get_text(decode_html(data)[0])


def run_text_path(page) -> str:
    from parsers import parse_page

    article = parse_page(render(page.data).encode("utf-8"), input=f"{page.id}.txt", kind="text")
    return "\n".join(x for x in [article.title or ""] + [b.text for b in article.blocks] if x)


def run_rendered(eval_dir: Path, limit: int = 0) -> dict:
    try:
        import inscriptis  # noqa: F401
    except ImportError:
        print("\nrendered-text check skipped: inscriptis is not installed (uv pip install 'wenming[bench]')")
        return {}
    figures = {}
    print("\n== rendered page text (inscriptis) through the text path vs the HTML path: mean F1 ==")
    print(f"{'set':<8} {'part':<9} {'pages':>5} {'html F1':>8} {'text F1':>8} {'gap':>7}")
    for name in SETS:
        if not (eval_dir / name / "records.jsonl").exists():
            print(f"{name:<8} absent from {eval_dir}; skipped")
            continue
        pages = load_set(eval_dir, name)
        pages = pages[:limit] if limit else pages
        rows: dict[str, list[tuple[float, float]]] = {"all": [], **{h: [] for h in HALVES}}
        for page in pages:
            html_f1 = scoring.prf(run_wenming(page)[0], page.body)[2]
            try:
                text_f1 = scoring.prf(run_text_path(page), page.body)[2]
            except Exception:  # a page the renderer or the text path fails on scores empty
                text_f1 = 0.0
            for part in ("all", half_of(page.id)):
                rows[part].append((html_f1, text_f1))
        for part, pairs in rows.items():
            if not pairs:
                continue
            h = sum(p[0] for p in pairs) / len(pairs)
            t = sum(p[1] for p in pairs) / len(pairs)
            figures[f"{name}/{part}"] = (round(h, 3), round(t, 3))
            print(f"{name:<8} {part:<9} {len(pairs):>5} {h:>8.3f} {t:>8.3f} {t - h:>+7.3f}")
    return figures
