"""Shared fixtures: the default corpus, the project's own test corpora, and scratch corpora."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import paths

TESTS = Path(__file__).resolve().parent
CORPORA = TESTS / "corpora"
KEYS = TESTS / "keys"


@pytest.fixture
def seed_dir() -> Path:
    return paths.DEFAULT_CORPUS_DIR


@pytest.fixture
def scratch(tmp_path: Path):
    """A function that makes a corpus folder from {name: bytes or str} and returns its path."""

    def make(files: dict[str, bytes | str], name: str = "corpus") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for fname, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / fname).write_bytes(data)
        return folder

    return make


@pytest.fixture(scope="session")
def corpus_factory(tmp_path_factory):
    """A function that writes {name: text} into a new corpus folder `name` (for module-scoped report runs)."""

    def make(files: dict[str, str], name: str = "corpus") -> Path:
        folder = tmp_path_factory.mktemp(name) / name
        folder.mkdir()
        for fname, text in files.items():
            (folder / fname).write_text(text, encoding="utf-8")
        return folder

    return make


@pytest.fixture
def copy_corpus(tmp_path: Path):
    def copy(src: Path) -> Path:
        dst = tmp_path / src.name
        shutil.copytree(src, dst)
        return dst

    return copy


ACCURACY: dict[str, dict] = {}


@pytest.fixture(scope="session")
def accuracy() -> dict:
    """Accuracy figures tests report; printed at the end of the run (see pytest_terminal_summary)."""
    return ACCURACY


def pytest_terminal_summary(terminalreporter):
    if not ACCURACY:
        return
    terminalreporter.section("accuracy against hand-annotated keys")
    for name, figures in ACCURACY.items():
        text = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
        terminalreporter.write_line(f"{name}: {text}")
