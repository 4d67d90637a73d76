"""Activity types: a documented taxonomy (taxonomy.toml) of multi-label tags.

A type applies when one of its words occurs in the text, except inside a
phrase its table lists under `except`.  The words found are returned as the
type's triggers, so a user can see why an activity got its tags.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

TAXONOMY = Path(__file__).with_name("taxonomy.toml")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict]:
    """The taxonomy: type key -> {label, words, except}; read once, on first use."""
    with open(TAXONOMY, "rb") as f:
        return tomllib.load(f)["types"]


def type_labels() -> dict[str, str]:
    return {key: t["label"] for key, t in taxonomy().items()}


def find_types(text: str) -> dict[str, list[str]]:
    """type key -> trigger words found in text, in taxonomy order."""
    found: dict[str, list[str]] = {}
    for key, t in taxonomy().items():
        cleaned = text
        for phrase in t.get("except", ()):
            cleaned = cleaned.replace(phrase, "")
        words = [w for w in t["words"] if w in cleaned]
        # keep a word only when no longer trigger of the same type contains it
        words = [w for w in words if not any(w != o and w in o for o in words)]
        if words:
            found[key] = words
    return found
