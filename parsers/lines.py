"""Lines: the common input of the cleaning stages.

Every input kind (text dump, HTML, archive) is first turned into lines in
reading order.  A line may carry a hint from markup (an <h1>, a <figcaption>);
text dumps carry none and the stages decide from the text alone.
"""
from __future__ import annotations

from dataclasses import dataclass

HINTS = ("title", "subtitle", "heading", "caption", "paragraph", "meta", "chrome")


@dataclass
class Line:
    text: str
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.hint is not None and self.hint not in HINTS:
            raise ValueError(f"unknown line hint {self.hint!r}; one of {HINTS}")
