"""Seconds spent per crawl stage, kept in Scrapy's stats as wenming/seconds/<stage> (for the benchmark)."""
from __future__ import annotations

import time
from contextlib import contextmanager


@contextmanager
def timed(stats, stage: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        if stats is not None:
            stats.inc_value(f"wenming/seconds/{stage}", time.perf_counter() - t0)
