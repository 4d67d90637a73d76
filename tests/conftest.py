import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fresh_db(tmp_path):
    from pipelines.store import open_db

    return open_db(tmp_path / "wenming.db")


@pytest.fixture(scope="session")
def seed_records():
    """The bundled seed dumps, parsed, by file name."""
    from parsers.textdump import parse_text

    return {p.name: parse_text(p.read_bytes(), input=p.name) for p in sorted((SAMPLES / "seeds").glob("*.txt"))}
