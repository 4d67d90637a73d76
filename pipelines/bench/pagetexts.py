"""`wenming bench pagetexts`: the text path on real page texts of the genre.

Parses every NN.txt of ../shared/eval/pagetexts (or --eval DIR/pagetexts, or
$WENMING_EVAL) and scores the records against its gold with the shared
checker (../shared/tools/check_seeds.py, imported from there at run time).
Pages are split into a tuning and a checking half by a fixed hash of the
page id, so rules fitted to one half show up as a gap; the score is printed
per half and per check kind.  Says so and exits 0 when the pages are absent.

The project's own blind sets, tests/fixtures/pagetexts_blind, pagetexts_blind_e,
pagetexts_blind_m, pagetexts_blind_p, pagetexts_blind_q and pagetexts_blind_r
(36-40 page texts of the genre each, written with gold labels by writers who
had read the label schema, not the rules; e stresses the page's header, m
spam-mirror copies beside honest pages that look odd, p credits and
headlines, q headers and credits across kinds of sites, r credits and
sources on messy pages), are scored the same way beside it, with
mirror-or-not per half.

--rendered also renders the HTML pages of cwce and daniel to page text with
independent renderers (headless Chromium's innerText, inscriptis), parses
that text with the text path and prints its extraction score beside the
HTML path's.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
from pathlib import Path

HALVES = ("tuning", "checking")
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
# The project's own blind page texts: w (every kind), e (the header), m (copies and honest look-alikes:
# mirror-or-not), p (credits and headlines), q (headers and credits across kinds of sites), r (credits
# and sources on messy pages), s (one site template each), t (headlines, kickers, subtitles and credits
# in every shape), u (publishing systems' layouts, and what stands after the text's end), v (kickers and
# subtitles without dashes, endings, dates in every shape), and the later letters README's row names; aa is the
# mix a crawler meets in the proportions it meets it (media, 文明网, government, WeChat, forums, copies, awkward).
OWN_BLIND = (FIXTURES / "pagetexts_blind", FIXTURES / "pagetexts_blind_e", FIXTURES / "pagetexts_blind_m",
             FIXTURES / "pagetexts_blind_p", FIXTURES / "pagetexts_blind_q", FIXTURES / "pagetexts_blind_r",
             FIXTURES / "pagetexts_blind_s", FIXTURES / "pagetexts_blind_t", FIXTURES / "pagetexts_blind_u",
             FIXTURES / "pagetexts_blind_v", FIXTURES / "pagetexts_blind_x",
             FIXTURES / "pagetexts_blind_y", FIXTURES / "pagetexts_blind_z", FIXTURES / "pagetexts_blind_h",
             FIXTURES / "pagetexts_blind_k", FIXTURES / "pagetexts_blind_n", FIXTURES / "pagetexts_blind_c",
             FIXTURES / "pagetexts_blind_f", FIXTURES / "pagetexts_blind_g", FIXTURES / "pagetexts_blind_d",
             FIXTURES / "pagetexts_blind_i", FIXTURES / "pagetexts_blind_j", FIXTURES / "pagetexts_blind_l",
             FIXTURES / "pagetexts_blind_b", FIXTURES / "pagetexts_blind_o",
             FIXTURES / "pagetexts_blind_a", FIXTURES / "pagetexts_blind_aa", FIXTURES / "pagetexts_blind_ab",
             FIXTURES / "pagetexts_blind_ac",
             FIXTURES / "pagetexts_blind_ad", FIXTURES / "pagetexts_blind_ae", FIXTURES / "pagetexts_blind_af",
             FIXTURES / "pagetexts_blind_ag", FIXTURES / "pagetexts_blind_ah", FIXTURES / "pagetexts_blind_ai",
             FIXTURES / "pagetexts_blind_aj", FIXTURES / "pagetexts_blind_ak", FIXTURES / "pagetexts_blind_al",
             FIXTURES / "pagetexts_blind_am", FIXTURES / "pagetexts_blind_an", FIXTURES / "pagetexts_blind_ao",
             FIXTURES / "pagetexts_blind_ap")


def default_eval() -> Path:
    """$WENMING_EVAL, else the first shared/eval beside the repository or above it."""
    if os.environ.get("WENMING_EVAL"):
        return Path(os.environ["WENMING_EVAL"])
    here = Path(__file__).resolve()
    for parent in here.parents[2:]:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared" / "eval"
    return here.parents[3] / "shared" / "eval"


def half_of(page_id: str) -> str:
    """The half a page belongs to, fixed by a hash of its id."""
    return HALVES[hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2]


def load_checker(eval_dir: Path):
    """The shared check_seeds module, loaded from ../shared/tools."""
    path = eval_dir.parent / "tools" / "check_seeds.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("check_seeds", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_kind(name: str) -> str:
    """The checker's own grouping of check names ("body keeps X" -> "body")."""
    grouped = ("body", "heading", "caption", "flag", "team", "community", "activity", "place")
    return re.sub(r" .*", "", name) if name.startswith(grouped) else name


def parse_file(path: Path) -> dict:
    from parsers import parse_page

    article = parse_page(path.read_bytes(), input=path.name, kind="text")
    record = article.to_dict()
    record.pop("blocks", None)
    return record


def score(pages_dir: Path, checker, out: Path | None = None, show: str | None = None,
          mirrors: dict[str, list[int]] | None = None) -> dict:
    """{half: {kind: [passed, total]}} with "all" as a half and "all" as a kind;
    mirrors, when given, gets {half: [pages whose mirror flag is right, pages whose gold says]}."""
    table: dict[str, dict[str, list[int]]] = {h: {} for h in ("all", *HALVES)}
    records = []
    for gold_path in sorted((pages_dir / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = pages_dir / gold["input"]
        record = parse_file(page)
        records.append(record)
        half = half_of(page.stem)
        if mirrors is not None and "mirror" in gold.get("flags", {}):
            for h in ("all", half):
                cell = mirrors.setdefault(h, [0, 0])
                cell[0] += record["flags"]["mirror"] == gold["flags"]["mirror"]
                cell[1] += 1
        # a writer may leave the first or last paragraph unlabelled where the page does not tell it (a thread's
        # reply page): the shared checker reads both keys whenever the body is there, so the check is made and dropped
        ends = [end for end in ("first", "last") if f"{end}_paragraph_contains" not in gold]
        gold.update({f"{end}_paragraph_contains": "" for end in ends})
        results = [r for r in checker.check(gold, record, False) if r[0] not in {f"{end} paragraph" for end in ends}]
        for name, passed, got in results:
            for h in ("all", half):
                for kind in ("all", check_kind(name)):
                    cell = table[h].setdefault(kind, [0, 0])
                    cell[0] += bool(passed)
                    cell[1] += 1
            if show == half and not passed:
                print(f"{page.name}: FAIL {name}" + (f"  (got {got!r})" if got is not None else ""))
    if out:
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return table


def print_mirrors(mirrors: dict[str, list[int]]) -> None:
    if mirrors.get("all", [0, 0])[1]:
        print(f"{'mirror or not':<22}" + "".join(
            f"{f'{a}/{b}':>11} {a / b:>6.1%}" if b else f"{'-':>18}"
            for a, b in (mirrors.get(h, [0, 0]) for h in ("all", *HALVES))))


def print_table(table: dict) -> None:
    kinds = sorted(k for k in table["all"] if k != "all")
    print(f"{'check':<22}" + "".join(f"{h:>18}" for h in table))
    for kind in ["all", *kinds]:
        row = ""
        for h in table:
            a, b = table[h].get(kind, [0, 0])
            row += f"{f'{a}/{b}':>11} {a / b:>6.1%}" if b else f"{'-':>18}"
        print(f"{kind:<22}{row}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench pagetexts", description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=default_eval(), help="folder with pagetexts/ (and cwce/, daniel/)")
    ap.add_argument("--out", type=Path, help="also write the parsed records here (JSON lines)")
    ap.add_argument("--show", choices=HALVES, help="print the failed checks of one half")
    ap.add_argument("--rendered", action="store_true",
                    help="also score cwce and daniel rendered to text (needs inscriptis: the bench extra)")
    ap.add_argument("--pages", type=int, default=0, help="with --rendered: first N pages per set (0: all)")
    ap.add_argument("--blind", type=Path, action="append",
                    help="a folder of blind page texts with gold/ (repeat; default: the project's own, OWN_BLIND)")
    args = ap.parse_args(argv)
    pages_dir = args.eval / "pagetexts"
    if not (pages_dir / "gold").is_dir():
        print(f"no page texts at {pages_dir}: the shared set is skipped (pass --eval DIR or set WENMING_EVAL)")
    checker = load_checker(args.eval)
    if checker is None:
        print(f"no checker at {args.eval.parent / 'tools' / 'check_seeds.py'}: nothing to score with")
        return 0
    if (pages_dir / "gold").is_dir():
        mirrors: dict[str, list[int]] = {}
        table = score(pages_dir, checker, args.out, args.show, mirrors)
        print("== pagetexts: checks passed, by half (fixed by a hash of the page id) ==")
        print_table(table)
        print_mirrors(mirrors)
    for blind in args.blind or OWN_BLIND:
        if (blind / "gold").is_dir():
            mirrors = {}
            print(f"\n== own blind page texts ({blind.name}): checks passed, by half ==")
            print_table(score(blind, checker, None, args.show, mirrors))
            print_mirrors(mirrors)
    if args.rendered:
        from pipelines.bench.rendered import run_rendered

        run_rendered(args.eval, args.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
