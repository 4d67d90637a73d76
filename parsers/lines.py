"""Lines: the common input of the cleaning stages.

Every input kind (text dump, HTML, archive) is first turned into lines in
reading order.  A line may carry a hint from markup (an <h1>, a <figcaption>);
text dumps carry none and the stages decide from the text alone.

A block longer than BLOCK_MAX characters is no paragraph a person wrote (a
page's whole text on one line, a run of junk): it is cut to its first
BLOCK_MAX characters.  A page whose text runs past TEXT_MAX characters or
BLOCKS_MAX blocks is read up to there.  Both cuts are recorded (a damage
note, the oversized flag), so every later stage reads a bounded amount of
text and the record says what was left out.
"""
from __future__ import annotations

from dataclasses import dataclass

HINTS = ("title", "subtitle", "heading", "caption", "paragraph", "meta", "chrome")
BLOCK_MAX = 100_000  # characters of one block
TEXT_MAX = 1_000_000  # characters of a page's text read by the cleaning stages
BLOCKS_MAX = 10_000  # blocks of a page read by the cleaning stages


@dataclass
class Line:
    text: str
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.hint is not None and self.hint not in HINTS:
            raise ValueError(f"unknown line hint {self.hint!r}; one of {HINTS}")


def capped(text: str) -> tuple[str, int]:
    """(the text cut to BLOCK_MAX characters, its length before if it was cut, else 0)."""
    if len(text) <= BLOCK_MAX:
        return text, 0
    return text[:BLOCK_MAX], len(text)


def cut_note(length: int, more: bool = False) -> str:
    """The damage note of a block cut by capped(); more: the block was read only in part."""
    return (f"oversized: a block of {length:,} characters{' or more' if more else ''} "
            f"was cut to its first {BLOCK_MAX:,}")


def block_overflows(chars: int) -> bool:
    """Whether a block being read holds so much raw text (before its spaces
    are folded) that the rest of it would be cut by capped() anyway."""
    return chars > 4 * BLOCK_MAX


def over_cap(chars: int, blocks: int) -> bool:
    """Whether a page's text has run past what the cleaning stages read."""
    return chars > TEXT_MAX or blocks > BLOCKS_MAX


def within_text_cap(blocks: list, text=lambda block: block, total=None,
                    stopped: bool = False) -> tuple[list, str | None]:
    """The blocks up to TEXT_MAX characters and BLOCKS_MAX blocks, and the
    damage note of the text left unread (None when all is read).  total():
    the page's characters of text, asked only when some are left unread;
    stopped: the blocks were read only up to the cap."""
    chars = 0
    for i, block in enumerate(blocks):
        chars += len(text(block))
        if over_cap(chars, i + 1):
            kept = chars - len(text(block))
            rest = total() - kept if total else sum(len(text(b)) for b in blocks[i:])
            return blocks[:i], unread_note(rest)
    return blocks, unread_note(total() - chars if total else 0) if stopped else None


def unread_note(chars: int) -> str:
    return (f"oversized: the page's text runs past {TEXT_MAX:,} characters or {BLOCKS_MAX:,} blocks; "
            f"the rest, about {max(chars, 0):,} characters, was not read")
