"""The notebooks: thin, in sync with their paired sources, each with a tagged parameters cell."""
from __future__ import annotations

import re

import jupytext
import nbformat
import pytest

from helpers import paths
from helpers.runner import numbered_notebooks

NOTEBOOKS = numbered_notebooks()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_matches_its_paired_source(path):
    source = jupytext.read(path.with_suffix(".py"))
    notebook = nbformat.read(path, as_version=4)
    assert [(c.cell_type, c.source) for c in source.cells] == [(c.cell_type, c.source) for c in notebook.cells], \
        "run `make notebooks` after editing the .py source"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_thin_and_parametrised(path):
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")  # purpose first
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and {"corpus_dir", "processed_dir", "figures_dir"} <= set(
        re.findall(r"^(\w+)\s*=", tagged[0].source, re.M))
    assert re.search(r'^corpus_dir = ""', tagged[0].source, re.M), "the default corpus is data/default_corpus.txt's, not named here"
    assert not any(re.search(r"^\s*(def|class)\s", c.source, re.M) for c in code), "functions belong in src/helpers"
    assert not any(re.search(r"['\"](/|\.\./)", c.source) for c in code), "paths belong in helpers.paths"


def test_every_numbered_notebook_is_listed_in_the_readme():
    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        assert f"`{path.stem}`" in readme
