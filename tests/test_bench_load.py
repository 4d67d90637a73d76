"""The load benchmark runs end to end on a small base and prints its figures."""
from __future__ import annotations

from pipelines.bench import load


def test_bench_load_prints_figures_per_kind(tmp_path, capsys):
    db = tmp_path / "kb.db"  # any file name
    assert load.main(["--articles", "300", "--seconds", "3", "--clients", "2", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "requests/s" in out and "goals (" in out
    for kind, _ in load.MIX:
        assert f"  {kind}: " in out, kind
    assert ", 0 errors" in out.splitlines()[1]
