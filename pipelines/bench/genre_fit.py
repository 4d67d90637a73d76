"""Fit the report-or-not weights of pipelines/enrich/genre.py.

    wenming bench genre_fit [--write]

Whether a text reports activities done is weighed by a logistic model over
the genre cues' reading of it (genre.FEATURES: whether it names a day, its
sentences telling actions done, to come and with a time, the rival genres'
cue scores).  The model is fitted on the tuning halves of every blind set
(tests/fixtures/enrich_blind, each text labelled with its genre by a writer
who had not read the rules) and never on a checking half; the checking
halves are printed beside the cues alone (genre.cue_genre), writer by
writer.  The fit is Newton's method on the mean log loss with a small ridge
penalty, from zero: the same data give the same weights, so the shipped
file can be checked against a fresh fit.  --write stores the weights in
pipelines/enrich/genre_weights.json.
"""
from __future__ import annotations

import argparse
import json
import math

from pipelines.bench.enrich import BLIND_DIR, split_half
from pipelines.enrich import genre

RIDGE = 0.01     # penalty on the squared weights (the bias too), per text
ITERATIONS = 25  # Newton steps; the fit settles in far fewer


def labelled_texts() -> list[dict]:
    rows = []
    for path in sorted(BLIND_DIR.glob("writer_*.jsonl")):
        writer = path.stem.split("_", 1)[1]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["writer"] = writer
                rows.append(row)
    return rows


def reading(row: dict) -> genre.Reading:
    return genre._read(row.get("title") or "", row["paragraphs"], row.get("published"))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(xs: list[list[float]], ys: list[bool]) -> list[float]:
    """Weights minimising the mean log loss + RIDGE/2 * |w|^2, by Newton's method
    from zero; each class's texts weigh by the square root of its share's inverse,
    halfway to balanced classes (the writers' mixes of reports and other texts say
    little of the field's: left one writer out at a time, the tuning halves gave
    7 errors unweighted, 7 so, 9 fully balanced, the fewest non-reports read as
    reports so)."""
    n, d = len(xs), len(xs[0])
    positives = sum(ys)
    share = {True: math.sqrt(n / (2 * max(positives, 1))), False: math.sqrt(n / (2 * max(n - positives, 1)))}
    w = [0.0] * d
    for _ in range(ITERATIONS):
        grad = [RIDGE * wi for wi in w]
        hess = [[RIDGE if i == j else 0.0 for j in range(d)] for i in range(d)]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))))
            c = share[bool(y)] / n
            for i in range(d):
                grad[i] += (p - y) * x[i] * c
                for j in range(d):
                    hess[i][j] += p * (1 - p) * x[i] * x[j] * c
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(map(abs, step)) < 1e-10:
            break
    return w


def fitted_weights(rows: list[dict] | None = None, readings: dict[str, genre.Reading] | None = None) -> list[float]:
    """The weights fitted on the tuning halves (readings: each text's, by id, when already read)."""
    rows = labelled_texts() if rows is None else rows
    tuning = [r for r in rows if split_half(r["id"]) == "tuning"]
    xs = [genre.features(readings[r["id"]] if readings else reading(r)) for r in tuning]
    return fit(xs, [r["genre"] == "activity_report" for r in tuning])


def _tally(rows: list[dict], decide) -> str:
    wrong_in = sum(1 for r in rows if r["genre"] != "activity_report" and decide(r))
    missed = sum(1 for r in rows if r["genre"] == "activity_report" and not decide(r))
    others = sum(1 for r in rows if r["genre"] != "activity_report")
    return f"{wrong_in:>3}/{others:<3} {missed:>3}/{len(rows) - others:<3}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="wenming bench genre_fit", description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"store the weights in {genre.WEIGHTS}")
    args = ap.parse_args(argv)
    rows = labelled_texts()
    readings = {r["id"]: reading(r) for r in rows}
    weights = fitted_weights(rows, readings)
    print(f"fitted on {sum(1 for r in rows if split_half(r['id']) == 'tuning')} tuning texts of "
          f"{len({r['writer'] for r in rows})} writers; weights:")
    for name, w in zip(genre.FEATURES, weights):
        print(f"  {name:<16} {w:+.3f}")

    def model(r: dict) -> bool:
        return genre.is_report(readings[r["id"]], weights)

    def cues(r: dict) -> bool:
        return genre.cue_genre(readings[r["id"]]) == "activity_report"

    print("\nnon-reports read as reports / reports missed (cues alone | fitted model)")
    for half in ("tuning", "checking"):
        part = [r for r in rows if split_half(r["id"]) == half]
        print(f"{half:<9} all  {_tally(part, cues)} | {_tally(part, model)}")
        for writer in sorted({r["writer"] for r in part}):
            some = [r for r in part if r["writer"] == writer]
            print(f"{'':<9} {writer:<4} {_tally(some, cues)} | {_tally(some, model)}")
    if args.write:
        genre.WEIGHTS.write_text(json.dumps({"features": list(genre.FEATURES), "weights": [round(w, 6) for w in weights],
                                             "fitted_on": "tuning halves of tests/fixtures/enrich_blind"},
                                            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {genre.WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
