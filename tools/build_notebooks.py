"""Regenerate notebooks/NN_*.ipynb from their paired jupytext sources (NN_*.py) and store checked outputs.

Each notebook is executed on the default corpus; only the outputs of cells marked `# NBVAL_CHECK_OUTPUT`
are kept (nbval compares those) and execution counts are renumbered 1, 2, …, so the committed
notebooks stay small and their diffs readable.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat
from nbconvert.preprocessors import ExecutePreprocessor

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def build(source: Path) -> Path:
    nb = jupytext.read(source)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    ExecutePreprocessor(timeout=600, kernel_name="python3").preprocess(nb, {"metadata": {"path": str(NOTEBOOKS)}})
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        # nbval needs an execution count on a cell whose stored output it compares; numbering is deterministic.
        cell.execution_count = number
        if "NBVAL_CHECK_OUTPUT" not in cell.source:
            cell.outputs = []
        for out in cell.outputs:
            if "execution_count" in out:
                out["execution_count"] = number
    target = source.with_suffix(".ipynb")
    nbformat.write(nb, target)
    return target


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.py"))
    for name in names:
        print("built", build(NOTEBOOKS / name))
    subprocess.run(["git", "status", "--short", str(NOTEBOOKS)], check=False)
