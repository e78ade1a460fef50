"""Tables: schemas, parquet output, the hash-based cache, and that data/raw is never written."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from helpers import paths
from helpers.corpus import FINGERPRINT, load_tables
from helpers.errors import CorpusError
from helpers.schemas import SCHEMAS


def _snapshot(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_tables_are_written_validated_and_raw_untouched(seed_dir, tmp_path):
    before = _snapshot(seed_dir)
    tables = load_tables(seed_dir, tmp_path / "out")
    assert _snapshot(seed_dir) == before
    for name in ("articles", "blocks", "sentences", "problems"):
        on_disk = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        SCHEMAS[name].validate(on_disk)
        assert len(on_disk) == len(tables[name])
    arts = tables["articles"].set_index("source")
    assert arts.loc["A003", "credit"] == "AFP" and arts.loc["A003", "credit_inferred"]
    assert arts.loc["A001", "credit"] == "Reuters" and arts.loc["A001", "credit_inferred"]
    assert arts["outlet"].isna().all() and arts["published"].isna().all()  # the seeds name neither


def test_cache_is_reused_and_rebuilt_when_a_raw_file_changes(seed_dir, copy_corpus, tmp_path):
    corpus = copy_corpus(seed_dir)
    out = tmp_path / "out"
    first = load_tables(corpus, out)
    stamp = (out / FINGERPRINT).stat().st_mtime_ns
    load_tables(corpus, out)
    assert (out / FINGERPRINT).stat().st_mtime_ns == stamp  # reused, not rebuilt
    target = corpus / "000_48e6ccfb34023332.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA new closing paragraph was added to this article later on.\n",
                      encoding="utf-8")
    second = load_tables(corpus, out)
    assert len(second["blocks"]) == len(first["blocks"]) + 1


def test_processed_folder_inside_the_corpus_is_refused(seed_dir):
    with pytest.raises(CorpusError, match="raw data is never written"):
        load_tables(seed_dir, seed_dir / "processed")


def test_relative_paths_resolve_against_the_project_root():
    assert paths.resolve("data/raw/x", paths.RAW_DIR) == paths.PROJECT_ROOT / "data/raw/x"
    assert paths.resolve("", paths.RAW_DIR) == paths.RAW_DIR


def test_parallel_and_serial_normalisation_agree(seed_dir):
    from helpers.corpus import build_tables

    serial, parallel = build_tables(seed_dir, workers=1), build_tables(seed_dir, workers=2)
    for name in ("articles", "blocks", "sentences", "problems"):
        pd.testing.assert_frame_equal(serial[name], parallel[name])


def test_save_figure_writes_png_and_svg_and_displays_the_png(tmp_path):
    import matplotlib.pyplot as plt

    from helpers.figures import save_figure

    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    ax.set_title("A title")
    saved = save_figure(fig, "A test: figure", tmp_path)
    assert saved.png.name == "a-test-figure.png" and saved.svg.exists()
    data, meta = saved._repr_png_()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and meta == {"alt": "Chart: A title"}
    assert not plt.fignum_exists(fig.number)


def test_two_articles_from_one_outlet_keep_apart(scratch):
    import json

    from helpers.corpus import build_tables

    records = [{"id": f"r{i}", "title": f"Title {i}", "maintext": f"Body text number {i} says 3 people were hurt.",
                "source_domain": "same.example"} for i in (1, 2)]
    folder = scratch({"feed.jsonl": "\n".join(json.dumps(r) for r in records)})
    sources = build_tables(folder)["articles"]["source"].tolist()
    assert sources == ["same.example #1", "same.example #2"]


def test_an_outlets_articles_are_numbered_by_publication_so_a_later_one_renumbers_none():
    """Files named so that the latest sorts first: #1 is still the earliest; an article without a time comes last."""
    from helpers.corpus import unique_labels

    labels = pd.Series(["Wire", "Wire", "Post", "Wire"], index=[10, 11, 12, 13])
    published = pd.to_datetime(pd.Series(["2026-05-15T09:00Z", "2026-05-12T18:00Z", None, None], index=labels.index),
                               utc=True)
    assert unique_labels(labels, published).tolist() == ["Wire #2", "Wire #1", "Post", "Wire #3"]
    assert unique_labels(labels).tolist() == ["Wire #1", "Wire #2", "Post", "Wire #3"]
