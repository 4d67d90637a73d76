"""HTML fixtures: one folder per case under tests/fixtures/html/.

    input.html     the page, raw bytes in their original encoding
    meta.json      url, headers, what the case shows, and for multi-page
                   articles the later pages ({url: file name})
    expected.json  the fields the parser must give (refreshable)
    checks.json    hand-written checks: body_contains, body_excludes

After a parser change that should alter the output, refresh the expected
fields and review the diff:

    python -m tests.refresh_fixtures            # every case
    python -m tests.refresh_fixtures CASE ...   # some cases
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

CASES = Path(__file__).resolve().parent / "fixtures" / "html"
FIELDS = ("error", "title", "subtitle", "published", "published_from", "document_date", "source", "authors", "editors",
          "dateline", "headings", "captions", "first_paragraph", "last_paragraph", "paragraph_count",
          "canonical_url", "forum", "damage", "extraction_method")


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if (p / "input.html").exists())


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def parse_case(name: str):
    from parsers.html import parse_html

    folder = CASES / name
    meta = read_json(folder / "meta.json")
    pages = meta.get("pages") or {}

    def fetch(url: str) -> bytes | None:
        return (folder / pages[url]).read_bytes() if url in pages else None

    return parse_html((folder / "input.html").read_bytes(), url=meta.get("url"),
                      headers=meta.get("headers"), fetch=fetch if pages else None, input="input.html")


def fields_of(article) -> dict:
    paragraphs = article.paragraphs
    values = {
        "error": article.error, "title": article.title, "subtitle": article.subtitle,
        "published": article.published, "published_from": article.published_from,
        "document_date": article.document_date, "source": article.source, "authors": article.authors, "editors": article.editors,
        "dateline": article.dateline, "headings": article.headings, "captions": article.captions,
        "first_paragraph": paragraphs[0] if paragraphs else None,
        "last_paragraph": paragraphs[-1] if paragraphs else None,
        "paragraph_count": len(paragraphs), "canonical_url": article.canonical_url,
        "forum": article.forum, "damage": article.damage, "extraction_method": article.extraction_method,
    }
    return {k: values[k] for k in FIELDS}


def refresh(name: str) -> bool:
    """Write expected.json from the parser's output; True if it changed."""
    path = CASES / name / "expected.json"
    new = fields_of(parse_case(name))
    changed = read_json(path) != new
    path.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or case_names()
    unknown = [n for n in names if n not in case_names()]
    if unknown:
        print(f"no fixture named {', '.join(unknown)}; cases are in {CASES}", file=sys.stderr)
        return 2
    for name in names:
        print(f"{'changed' if refresh(name) else 'same   '} {name}")
    print("review with `git diff tests/fixtures/html` before committing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
