"""Page texts written line by line in a test, read as `wenming parse` reads a .txt dump."""
from __future__ import annotations

from parsers import parse_page


def text_page(*lines: str):
    """The record of a page text made of these lines."""
    return parse_page("\n".join(lines).encode("utf-8"), input="page.txt", kind="text")
