"""The coverage notebook runs from top to bottom over the knowledge base and draws its plots."""
from __future__ import annotations

import os

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT


def test_coverage_notebook_runs(kb_path, monkeypatch):
    monkeypatch.setenv("WENMING_DB", str(kb_path))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws PNGs
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    notebook = nbformat.read(ROOT / "notebooks" / "coverage.ipynb", as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells), "commit the notebook without outputs"
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in notebook.cells for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 4
    text = "".join(o.get("text", "") for o in outputs)
    # Each story once: the samples' original, reprint, mirrors and seed copies are one story.
    assert "12 stories, 19 articles with reprints and mirrors" in text and "孝廉社区新时代文明实践站 3" in text
    months = next(line for line in text.splitlines() if line.startswith("months:")).split()[1:]
    assert len(months) >= 3 and months == sorted(months)
