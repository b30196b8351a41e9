"""A line on stderr every few seconds while a long stage works, so a user sees it is alive and how far.

DVC shows a stage's stderr as it comes; a progress bar's carriage returns would fill its log, so
this writes whole lines, at most one per ``every`` seconds, and nothing at all for work that ends
sooner (a small corpus prints only the stage's own summary).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

DEFAULT_EVERY_SECONDS = 5.0
# Overrides the interval (seconds) for every stage, e.g. 60 for a quieter log of a huge corpus.
EVERY_SECONDS_ENV = "DIPNEWS_PROGRESS_SECONDS"


def default_every() -> float:
    """The interval between two lines: the environment's setting when it is a number, else 5 s."""
    try:
        return max(0.0, float(os.environ.get(EVERY_SECONDS_ENV, DEFAULT_EVERY_SECONDS)))
    except ValueError:
        return DEFAULT_EVERY_SECONDS


@dataclass
class Progress:
    """Work done out of ``total``, reported on ``stream`` at most once per ``every`` seconds."""

    stage: str
    total: int
    unit: str
    every: float = field(default_factory=default_every)
    stream: TextIO | None = None  # None: sys.stderr at the time of writing (pytest swaps it)
    clock: Callable[[], float] = time.monotonic
    done: int = 0
    started: float = field(init=False)
    last_report: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.last_report = self.clock()

    def advance(self, count: int = 1, doing: str = "") -> None:
        """Record ``count`` more units done; report if ``every`` seconds passed since the last line."""
        self.done += count
        now = self.clock()
        if now - self.last_report >= self.every:
            self.last_report = now
            self._write(self.line(now, doing))

    def line(self, now: float, doing: str = "") -> str:
        elapsed = now - self.started
        share = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
        text = f"{self.stage}: {self.done:,} of {self.total:,} {self.unit}{share}, {elapsed:.0f} s"
        if self.done and elapsed > 0 and self.total > self.done:
            left = (self.total - self.done) * elapsed / self.done
            text += f", {self.done / elapsed:,.1f} {self.unit}/s, about {left:.0f} s left"
        return f"{text}; {doing}" if doing else text

    def _write(self, text: str) -> None:
        stream = self.stream if self.stream is not None else sys.stderr
        print(text, file=stream, flush=True)
