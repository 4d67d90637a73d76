"""Versions, not overwrites: which parse of an article the knowledge base shows.

Every raw page that parses to an article (same canonical URL, so the same
article id) is a version of it, in `versions`, in the order the pages came
in (`raw_pages.fetched_at`, first seen).  The article row holds the version
chosen here:

- a person's choice first (`wenming edit ID version N`);
- else the newest version, except one that would make the article worse: a
  text less than half as long as the one shown (a truncated copy, an error
  page under the same address) or an incomplete one (a later page of it
  failed) where a complete one is shown.

Those stay as versions with a note saying why they are not shown; nothing is
deleted, and re-importing an old file does not roll an article back (its
raw page keeps the time it first came in).
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass
class Version:
    raw_id: str
    chars: int
    complete: bool


def record(db: sqlite_utils.Database, article_id: str, raw_id: str, chars: int, complete: bool) -> None:
    seen = db.execute("select fetched_at from raw_pages where id = ?", [raw_id]).fetchone()
    db.execute("insert into versions (article_id, raw_id, seen_at, chars, complete, shown) values (?, ?, ?, ?, ?, 0) "
               "on conflict (article_id, raw_id) do update set chars = excluded.chars, complete = excluded.complete",
               [article_id, raw_id, seen[0] if seen else None, chars, int(complete)])


def forget_raw(db: sqlite_utils.Database, raw_id: str) -> None:
    """A raw page that no longer parses is no version of anything."""
    db.execute("delete from versions where raw_id = ?", [raw_id])


def pinned(db: sqlite_utils.Database, article_id: str) -> str | None:
    row = db.execute("select value from edits where article_id = ? and field = 'version'", [article_id]).fetchone()
    return row[0] if row else None


def ordered(db: sqlite_utils.Database, article_id: str) -> list[Version]:
    return [Version(r, c, bool(k)) for r, c, k in db.execute(
        "select raw_id, chars, complete from versions where article_id = ? order by seen_at, rowid", [article_id])]


def choose(versions: list[Version], pin: str | None = None) -> tuple[str | None, dict[str, str]]:
    """The raw id to show, and a note for each version passed over."""
    notes: dict[str, str] = {}
    if pin and any(v.raw_id == pin for v in versions):
        for n, v in enumerate(versions, 1):
            if v.raw_id != pin:
                notes[v.raw_id] = "a person chose another version (wenming edit ID version N)"
        return pin, notes
    shown: Version | None = None
    for n, v in enumerate(versions, 1):
        if shown and shown.complete and not v.complete:
            notes[v.raw_id] = f"incomplete (a page of it failed) while version {number(versions, shown)} is complete"
        elif shown and v.chars * 2 < shown.chars:
            notes[v.raw_id] = (f"shorter by more than half ({v.chars} characters) than version "
                               f"{number(versions, shown)} ({shown.chars}): a truncated or error copy?")
        else:
            if shown:
                notes.pop(shown.raw_id, None)
            shown = v
    return (shown.raw_id if shown else None), notes


def number(versions: list[Version], v: Version) -> int:
    return versions.index(v) + 1


def settle(db: sqlite_utils.Database, article_id: str) -> str | None:
    """Choose the version to show, write `shown` and the notes; the chosen raw id."""
    versions = ordered(db, article_id)
    chosen, notes = choose(versions, pinned(db, article_id))
    db.conn.executemany("update versions set shown = ?, note = ? where article_id = ? and raw_id = ?",
                        [(int(v.raw_id == chosen), notes.get(v.raw_id), article_id, v.raw_id) for v in versions])
    return chosen


def raw_of_version(db: sqlite_utils.Database, article_id: str, n: int) -> str | None:
    versions = ordered(db, article_id)
    return versions[n - 1].raw_id if 1 <= n <= len(versions) else None
