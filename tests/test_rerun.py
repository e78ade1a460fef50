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


def _article_keys(cache_dir) -> dict[str, set]:
    """The article keys each per-article function's cache entry holds (`articlecache.per_article`), by function."""
    import pickle

    out = {}
    for entry in sorted((cache_dir / "articles").rglob("*.pkl")):
        known, _ = pickle.loads(entry.read_bytes())
        out[entry.stem.rsplit("-", 1)[0]] = set(known)
    return out


# What a rerun after one changed file computes again, per per-article function (articles whose result is not in the
# cache), measured on the edit below (a paragraph added at the end of one article, with a figure and a quotation):
# each function computes the changed article only, and the headline and lead parts none (they did not change).
RECOMPUTED = {"read_blocks": 1, "resolve_speakers": 1, "described_names": 1, "number_mentions": 1,
              "sentence_tone": 1, "voice_tone": 1, "actor_mentions": 1, "evaluative_words": 1, "sentence_frames": 1,
              "lead_parts": 0, "term_matches": 1, "text_scores": 1}


def test_a_rerun_after_one_changed_file_gives_the_tables_of_a_full_run(copy_corpus, tmp_path):
    corpus = copy_corpus(paths.PROJECT_ROOT / "tests" / "corpora" / "quake-valdora")
    first = run_report(corpus, tmp_path / "reports", log=lambda *_: None)
    before = _article_keys(tmp_path / "reports" / "cache")
    changed = corpus / "daily-meridian-quake.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + CHANGED, encoding="utf-8")
    rerun = run_report(corpus, tmp_path / "reports", log=lambda *_: None)  # the caches of the first run
    after = _article_keys(tmp_path / "reports" / "cache")
    assert {name: len(after[name] - before.get(name, set())) for name in after} == RECOMPUTED
    full = run_report(corpus, tmp_path / "fresh", log=lambda *_: None)  # empty caches
    got, expected = _tables(rerun), _tables(full)
    assert got.keys() == expected.keys() and len(expected) > 20
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(got[name], frame, obj=name)
    earlier = _tables(first)
    assert not earlier["numbers"].equals(expected["numbers"])  # the change reached the tables
    from helpers.changes import describe_changes, read_run_tables, run_changes

    changes = run_changes(read_run_tables(first), read_run_tables(rerun))  # computed beside 03-05 by the runner
    pd.testing.assert_frame_equal(pd.read_parquet(rerun / "tables" / "changes.parquet"), changes)
    assert len(changes) and all(line.split(":")[0] in (rerun / "index.html").read_text(encoding="utf-8")
                                for line in describe_changes(changes))


def test_a_running_notebook_is_saved_when_it_starts_and_ends_not_at_every_cell(tmp_path, monkeypatch):
    """`runner.throttled_engine`: papermill's own engine writes the whole notebook before and after every cell (a run's
    cost then grows with cells × outputs); this one writes it when it starts and when it ends, and in between at most
    every `save_every` seconds. The executed notebook is the same whole notebook."""
    import nbformat
    import papermill as pm
    from papermill import engines, iorw
    from papermill.engines import papermill_engines

    from helpers.runner import throttled_engine

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"print({i} * 2)") for i in range(6)])
    nbformat.write(nb, tmp_path / "cells.ipynb")
    writes = []
    original = iorw.write_ipynb
    monkeypatch.setattr(engines, "write_ipynb", lambda nb, path: (writes.append(path), original(nb, path)))
    papermill_engines.register("throttled-test", throttled_engine(save_every=3600))
    for engine in ("nbclient", "throttled-test"):
        writes.clear()
        pm.execute_notebook(str(tmp_path / "cells.ipynb"), str(tmp_path / f"{engine}.ipynb"), kernel_name="python3",
                            progress_bar=False, engine_name=engine)
        saved = nbformat.read(tmp_path / f"{engine}.ipynb", as_version=4)
        assert [c.outputs[0]["text"] for c in saved.cells] == [f"{i * 2}\n" for i in range(6)]
        assert len(writes) == (2 + 2 * 6 if engine == "nbclient" else 2)


def _record(args) -> None:
    from helpers.corpus import _record_row_problems

    out_dir, name = args
    for _ in range(5):
        _record_row_problems(out_dir, [name], [{"table": name, "article_id": "a", "row": 0, "problem": "bad"}])


def test_notebooks_recording_rejected_rows_at_once_keep_each_others_rows(tmp_path):
    """Notebooks run at once (runner.NOTEBOOK_READS) and each records the rows its tables' checks rejected in one
    shared row_problems table: read, updated and written under a lock, no notebook's rows are lost."""
    import multiprocessing

    names = [f"table{i}" for i in range(8)]
    with multiprocessing.get_context("fork").Pool(8) as pool:
        pool.map(_record, [(tmp_path, name) for name in names])
    assert sorted(pd.read_parquet(tmp_path / "row_problems.parquet")["table"]) == names
