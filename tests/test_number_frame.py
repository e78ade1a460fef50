"""extract_numbers builds its table from typed columns: the same table as a plain DataFrame of number_records."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import KEYS
from helpers import paths
from helpers.codebooks import load_units
from helpers.numbers import RECORD_COLUMNS, extract_numbers, number_records

UNITS = load_units(paths.codebook_path("units.csv"))


def _plain_frame(rows: list[dict]) -> pd.DataFrame:
    """The table the way extract_numbers built it before it was made cheap per call."""
    frame = pd.DataFrame({col: [r[col] for r in rows] for col in RECORD_COLUMNS}, columns=RECORD_COLUMNS)
    return frame.astype({"start": int, "end": int, "value_low": float, "value_high": float}) if not rows else frame


def _development_sentences() -> list[str]:
    """Sentences of the development keys, the rule examples and the test corpora and the default corpus (never a held-out key), plus edge
    cases."""
    texts = pd.read_csv(paths.PROJECT_ROOT / "tests" / "number_rules.csv", comment="#")["text"].tolist()
    for name in ("news_quantities_sentences.csv", "general_sentences.csv", "general2_sentences.csv"):
        texts += pd.read_csv(KEYS / name)["sentence"].tolist()
    corpora = sorted((paths.PROJECT_ROOT / "tests" / "corpora").glob("*/*.txt"))
    for article in corpora + sorted(paths.DEFAULT_CORPUS_DIR.glob("*.txt")):
        paragraphs = [p for p in article.read_text(encoding="utf-8").split("\n") if p.strip()]
        texts += paragraphs + ["\n".join(paragraphs)]  # paragraphs and a whole article
    return texts + ["", "No figures here.", "’ “3” — ünïcödé 40 km", "minus 4 °C and -3%", "\u0663\u0660 days"]


@pytest.mark.parametrize("units", [UNITS, None])
def test_extract_numbers_equals_a_plain_frame_of_its_records(units):
    texts = _development_sentences()
    assert len(texts) > 600 and sum(len(t) > 2000 for t in texts) > 5
    for text in texts:
        got = extract_numbers(text, units)
        pd.testing.assert_frame_equal(got, _plain_frame(number_records(text, units)), check_exact=True)
        assert list(got.columns) == RECORD_COLUMNS


def test_each_call_gives_its_own_table():
    first = extract_numbers("Nothing here.")
    first.loc[0, "start"] = 1  # a caller may write into its table; the next call's table is untouched
    assert extract_numbers("Nothing here.").empty
    a = extract_numbers("12 people")
    a.loc[0, "unit"] = "changed"
    a.columns.name = "renamed"
    assert extract_numbers("12 people").columns.name is None
    assert extract_numbers("12 people").loc[0, "unit"] == "person"
