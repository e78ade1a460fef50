"""Errors raised for bad input: each names the file and the problem."""
from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """A corpus or one of its files cannot be used as it is."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
