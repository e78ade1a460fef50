"""Interactive exploration: sortable, filterable tables in JupyterLab (itables, offline), static tables in reports."""
from __future__ import annotations

import json
import subprocess
import sys

import jupytext
import pytest

from helpers import paths
from helpers.reader import parameters_markdown

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py"))

# Run in a child process: an IPython shell is process-wide state that other tests must not inherit.
PROBE = r"""
import json, pandas as pd
from IPython.testing.globalipapp import start_ipython
from IPython.utils.capture import capture_output
shell = start_ipython()
shell.display_formatter.active_types = ["text/plain", "text/html"]
from helpers.reader import use_reader_tables
frame = pd.DataFrame({"tone_ci_low": [0.123456, 2.0], "source": ["A", "<img src=x onerror=alert(1)>"]})
with capture_output() as init:
    mode = use_reader_tables(True)
interactive = shell.display_formatter.format(frame)[0]["text/html"]
static_mode = use_reader_tables(False)
static = shell.display_formatter.format(frame)[0]["text/html"]
bundle = "".join(o.data.get("text/html", "") for o in init.outputs)
print(json.dumps({"mode": mode, "static_mode": static_mode, "interactive": interactive, "static": static,
                  "bundle": bundle}))
"""


@pytest.fixture(scope="module")
def shown():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_interactive_tables_are_itables_with_their_javascript_bundled(shown):
    assert shown["mode"] == "interactive" and "new ITable(" in shown["interactive"]
    assert "Tone 95% interval low" in shown["interactive"]  # the reader table's headers
    assert "<img src=x" not in shown["interactive"] and "&lt;img src=x" in shown["interactive"]
    assert len(shown["bundle"]) > 100_000 and "_itables_" in shown["bundle"]  # DataTables inlined, not fetched
    for page in (shown["bundle"], shown["interactive"]):
        assert "unpkg.com" not in page and "cdn." not in page and "import(" not in page.replace("await import", "")


def test_static_tables_hold_no_script(shown):
    assert shown["static_mode"] == "static" and "<script" not in shown["static"].lower()
    assert "reader-table" in shown["static"] and "&lt;img src=x" in shown["static"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_takes_interactive_tables_and_states_its_parameters(path):
    nb = jupytext.read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    params = next(c for c in code if "parameters" in c.metadata.get("tags", []))
    assert "interactive_tables = True" in params.source
    setup = "\n".join(c.source for c in code[:3])
    assert "use_reader_tables(interactive_tables)" in setup and "parameters_markdown(" in setup


def test_parameters_line_names_the_three_folders_escaped(tmp_path):
    line = parameters_markdown(tmp_path / "my_corpus", paths.PROJECT_ROOT / "data/processed/x", tmp_path / "<b>")
    assert line.startswith("**Parameters:** corpus folder ") and "my\\_corpus" in line
    assert "tables folder data/processed/x" in line and "&lt;b&gt;" in line and "<b>" not in line
