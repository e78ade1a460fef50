"""An incremental rerun (per-file and per-article caches kept from the run before, one file changed) gives exactly the
tables of a full run of the changed corpus from empty caches (correctness only: speed is measured in
benchmarks/scale.py)."""
from __future__ import annotations

import pandas as pd

from helpers import paths
from helpers.runner import run_report

CHANGED = ("\n\nRescuers said 14 more people were injured overnight, the regional health ministry said. \u201cWe are "
           "still finding people,\u201d said a fire brigade commander.\n")


def _tables(run_dir) -> dict[str, pd.DataFrame]:
    return {p.stem: pd.read_parquet(p) for p in sorted((run_dir / "tables").glob("*.parquet")) if p.stem != "changes"}


def test_a_rerun_after_one_changed_file_gives_the_tables_of_a_full_run(copy_corpus, tmp_path):
    corpus = copy_corpus(paths.PROJECT_ROOT / "tests" / "corpora" / "quake-valdora")
    first = run_report(corpus, tmp_path / "reports", log=lambda *_: None)
    changed = corpus / "daily-meridian-quake.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + CHANGED, encoding="utf-8")
    rerun = run_report(corpus, tmp_path / "reports", log=lambda *_: None)  # the caches of the first run
    full = run_report(corpus, tmp_path / "fresh", log=lambda *_: None)  # empty caches
    assert any((tmp_path / "reports" / "cache" / "articles").rglob("*.pkl"))  # the rerun had per-article results
    got, expected = _tables(rerun), _tables(full)
    assert got.keys() == expected.keys() and len(expected) > 20
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(got[name], frame, obj=name)
    before = _tables(first)
    assert not before["numbers"].equals(expected["numbers"])  # the change reached the tables
    assert (rerun / "tables" / "changes.parquet").exists()
