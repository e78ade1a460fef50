"""Scaling: the per-file cache (only new or changed files are normalised again, a damaged entry is rebuilt), the
Dask path (same tables as the local run), outlets as the unit, and the summary reading saved step tables."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers import filecache
from helpers.corpus import build_tables, load_tables


def _computed(monkeypatch) -> list:
    """Record how many files each build normalised (cached_map's second result)."""
    counts = []
    original = filecache.cached_map

    def counting(*args, **kw):
        results, n = original(*args, **kw)
        counts.append(n)
        return results, n

    monkeypatch.setattr("helpers.corpus.cached_map", counting)
    return counts


def test_only_new_or_changed_files_are_normalised_again(seed_dir, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_dir, corpus)
    counts = _computed(monkeypatch)
    first = load_tables(corpus, tmp_path / "out")
    n_files = len(first["articles"])
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing line added later.\n", encoding="utf-8")
    second = load_tables(corpus, tmp_path / "out")
    assert counts == [n_files, 1]
    assert len(second["sentences"]) > 0
    fresh = build_tables(corpus)  # no cache at all
    for name in ("articles", "blocks", "sentences", "problems"):
        pd.testing.assert_frame_equal(second[name].reset_index(drop=True), fresh[name].reset_index(drop=True),
                                      check_dtype=False)


def test_a_damaged_cache_entry_is_rebuilt(seed_dir, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    build_tables(seed_dir, cache_dir=cache)
    entries = sorted(cache.rglob("*.pkl"))
    assert len(entries) == len(list(seed_dir.glob("*.txt")))
    entries[0].write_bytes(entries[0].read_bytes()[:20])  # truncated, as after a full disk
    entries[1].write_bytes(b"")
    counts = _computed(monkeypatch)
    again = build_tables(seed_dir, cache_dir=cache)
    assert counts == [2]
    pd.testing.assert_frame_equal(again["sentences"], build_tables(seed_dir)["sentences"])


def test_a_dask_cluster_gives_the_same_tables_as_the_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = paths_of_test_corpus("strike-norland")
    local = build_tables(corpus)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = build_tables(corpus, scheduler=cluster.scheduler_address)
    for name in ("articles", "blocks", "sentences", "problems"):
        pd.testing.assert_frame_equal(on_dask[name], local[name])


def paths_of_test_corpus(name: str):
    from helpers import paths

    return paths.PROJECT_ROOT / "tests" / "corpora" / name
