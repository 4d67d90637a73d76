"""Outlets from crawler/sources.toml, looked up by key, name, alias or host.

Besides `[outlets.KEY]` entries, a `[networks.NAME]` table describes a family
of sites that share one host scheme and one CMS (the 文明网 network: sz.wenming.cn,
wf.wenming.cn, ...): its `sites` table lists each sub-site with its name and
region, and every site becomes an outlet keyed `NAME:SUB` (`wenming:sz`) with
the network's crawl rules.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

SOURCES_TOML = Path(__file__).with_name("sources.toml")


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    region: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # spider settings: start URLs, link rules...

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _outlet(key: str, entry: dict[str, Any]) -> Outlet:
    known = {"name", "domains", "aliases", "region"}
    return Outlet(
        key=key,
        name=entry["name"],
        domains=tuple(entry.get("domains", ())),
        aliases=tuple(entry.get("aliases", ())),
        region=dict(entry.get("region", {})),
        extra={k: v for k, v in entry.items() if k not in known},
    )


REGION_KEYS = ("province", "city", "county")


def network_outlets(name: str, network: dict[str, Any]) -> dict[str, Outlet]:
    """One outlet per sub-site of a network: host, start URLs and name filled from the network's patterns."""
    shared = {k: v for k, v in network.items() if k not in {"sites", "host", "start", "label"}}
    out = {}
    for sub, site in network.get("sites", {}).items():
        host = network["host"].format(sub=sub)
        entry = {
            **shared,
            "name": site.get("name") or network["label"].format(place=site.get("city") or site.get("province", "")),
            "domains": [host],
            "aliases": site.get("aliases", []),
            "region": {k: site[k] for k in REGION_KEYS if site.get(k)},
            "start_urls": [u.format(host=host) for u in site.get("start_urls", network.get("start", []))],
            "network": name,
        }
        out[f"{name}:{sub}"] = _outlet(f"{name}:{sub}", entry)
    return out


@lru_cache(maxsize=4)
def load_outlets(path: Path = SOURCES_TOML) -> dict[str, Outlet]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    outlets = {key: _outlet(key, entry) for key, entry in data.get("outlets", {}).items()}
    for name, network in data.get("networks", {}).items():
        outlets.update(network_outlets(name, network))
    return outlets


def outlet_for_host(host: str | None, outlets: dict[str, Outlet] | None = None) -> Outlet | None:
    if not host:
        return None
    host = host.lower().split(":")[0]
    best, best_len = None, 0
    for outlet in (outlets or load_outlets()).values():
        for d in outlet.domains:  # the most specific domain wins: bbs.scwmw.cn before scwmw.cn
            if (host == d or host.endswith("." + d)) and len(d) > best_len:
                best, best_len = outlet, len(d)
    return best


def outlet_for_name(name: str | None, outlets: dict[str, Outlet] | None = None) -> Outlet | None:
    """The outlet a 来源 line or a dateline names ("潍坊新闻网", "苏报")."""
    if not name:
        return None
    for outlet in (outlets or load_outlets()).values():
        if any(n and n in name for n in outlet.names):
            return outlet
    return None
