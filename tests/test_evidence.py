"""From figure to evidence: every fact in the 02 report's matrix reaches its sentence in one click, with no script."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths
from helpers.evidence import evidence_id, evidence_table, linked_fact_matrix
from helpers.reader import reader_html
from helpers.runner import run_report

HOSTILE = "<img src=x onerror=alert(1)>"
ARTICLES = {
    "herald.txt": ("Flood leaves 12 dead in river valley\n\nAt least 12 people were killed when the river burst its banks "
                   "on Tuesday, the regional fire service said. About 300 homes were flooded.\n\n\"We have never seen "
                   "water rise this fast,\" said Ana Ruiz, a resident of the lower town.\n"),
    "signal.txt": ("Valley flood: toll rises\n\nFourteen people were killed in the floods, officials said on Tuesday "
                   f"evening. Some 300 homes were flooded {HOSTILE} and 40 people were rescued by boat.\n\nThe mayor said "
                   "the dykes had not been repaired since 2019.\n"),
    "courier.txt": ("Rescuers search flooded valley\n\nAt least 12 people died and 35 people were rescued, the regional "
                    "fire service said. More than 250 homes were flooded.\n\n\"The water came at night,\" a farmer said.\n"),
}
MANIFEST = f"file,label\nherald.txt,Herald\nsignal.txt,Signal {HOSTILE}\ncourier.txt,Courier\n"


class _Tables(HTMLParser):
    """Every table of a page: its header texts and rows; each cell with its text, link targets and ids."""

    def __init__(self):
        super().__init__()
        self.tables, self.ids, self._cell = [], {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append({"headers": [], "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables:
            self._cell = {"text": "", "links": [], "ids": [], "tag": tag}
        if "id" in attrs and self.tables:
            self.ids[attrs["id"]] = (len(self.tables) - 1, len(self.tables[-1]["rows"]) - 1)
            if self._cell is not None:
                self._cell["ids"].append(attrs["id"])
        if tag == "a" and self._cell is not None and attrs.get("href"):
            self._cell["links"].append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            table = self.tables[-1]
            if self._cell["tag"] == "th" and not table["rows"][-1] and len(table["rows"]) == 1:
                table["headers"].append(self._cell["text"].strip())
            else:
                table["rows"][-1].append(self._cell)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell["text"] += data


def _parse(path: Path) -> _Tables:
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def numbers_run(tmp_path_factory, corpus_factory):
    corpus = corpus_factory({**ARTICLES, "manifest.csv": MANIFEST}, "flood-corpus")
    out = tmp_path_factory.mktemp("reports")
    return run_report(corpus, out, notebooks=[paths.NOTEBOOKS_DIR / "02_numbers.ipynb"], log=lambda *_: None)


def test_every_matrix_fact_links_to_the_row_of_its_sentence(numbers_run):
    page = _parse(numbers_run / "02_numbers.report.html")
    numbers = pd.read_parquet(numbers_run / "tables" / "numbers.parquet")
    articles = pd.read_parquet(numbers_run / "tables" / "articles.parquet")
    numbers = numbers.merge(articles[["article_id", "source"]], on="article_id")
    matrix = next(t for t in page.tables if t["headers"] and t["headers"][0] == "Fact")
    sources = matrix["headers"][1:]
    assert len(sources) == 3 and len([r for r in matrix["rows"] if r]) >= 2
    followed = 0
    for row in (r for r in matrix["rows"] if r):
        for source, cell in zip(sources, row[1:]):
            if cell["text"].strip() == "—":
                assert not cell["links"]  # silence links nowhere
                continue
            assert len(cell["links"]) == 1, cell
            anchor = cell["links"][0].removeprefix("#")
            assert anchor in page.ids, anchor
            table_no, row_no = page.ids[anchor]
            evidence = page.tables[table_no]
            target = dict(zip(evidence["headers"], (c["text"].strip() for c in evidence["rows"][row_no])))
            assert target["Source"] == source and target["Fact"] == row[0]["text"].strip()
            said = numbers[(numbers["source"] == source) & (numbers["fact_label"] == target["Fact"])]
            assert target["Sentence"] in set(said["sentence"]), target
            assert target["Figure as written"] in target["Sentence"]
            assert target["Figure as written"].split()[-1] in cell["text"]  # the cell shows that sentence's figure
            followed += 1
    reported = numbers.groupby("fact_label")["source"].nunique()
    assert followed == int(reported[reported >= 2].sum())  # every reported cell of every shared fact


def test_interval_chart_points_link_to_the_same_evidence(numbers_run):
    page = _parse(numbers_run / "02_numbers.report.html")
    points = next(t for t in page.tables if t["headers"][:3] == ["Fact", "Source", "Figure as written"]
                  and "Hedge" in t["headers"])
    rows = [row for row in points["rows"] if row]  # the header's row holds no data cell
    assert rows
    for row in rows:
        anchor = row[2]["links"][0].removeprefix("#")
        table_no, row_no = page.ids[anchor]
        assert page.tables[table_no]["rows"][row_no][1]["text"].strip() == row[1]["text"].strip()


def test_hostile_text_stays_inert_in_the_linked_tables(numbers_run):
    record = json.loads((numbers_run / "run.json").read_text(encoding="utf-8"))
    assert record["parameters"]["interactive_tables"] is False  # reports allow no script: static tables
    text = (numbers_run / "02_numbers.report.html").read_text(encoding="utf-8")
    assert HOSTILE not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<script" not in text.lower()


def test_links_and_anchors_are_escaped_and_positional():
    frame = pd.DataFrame({"a": ["<b>x</b>", "y"], "b": [1.5, 2.0]})
    page = reader_html(frame, links={"a": ["#ev-1", ""]}, anchors=["", "ev-2\"><script>"], fold=False)
    assert '<a href="#ev-1">&lt;b&gt;x&lt;/b&gt;</a>' in page
    assert 'id="ev-2&quot;&gt;&lt;script&gt;"' in page and "<script>" not in page
    assert evidence_id("killed", "A") != evidence_id("killed", "B") and re.fullmatch(r"ev-[a-z0-9-]+",
                                                                                   evidence_id("x y", "<A>"))


def test_evidence_rows_carry_one_anchor_per_fact_and_source():
    numbers = pd.DataFrame({"fact_id": ["k", "k", "k", "h"], "fact_label": ["killed"] * 3 + ["homes"],
                            "source": ["A", "A", "B", "A"], "article_id": ["a", "a", "b", "a"],
                            "block_no": [1, 2, 1, 1], "sentence_no": [1, 1, 1, 2], "start": [0, 0, 0, 0],
                            "text": ["12", "13", "14", "300"], "sentence": ["12 died.", "13 died.", "14 died.", "300 homes."],
                            "role": ["body", "headline", "body", "body"]})
    summary = pd.DataFrame({"fact_id": ["k", "h"], "n_reporting": [2, 1]})
    table = evidence_table(numbers, summary)
    assert table.frame["Figure as written"].tolist() == ["12", "13", "14"]  # facts of the matrix only
    assert table.anchors == [evidence_id("k", "A"), "", evidence_id("k", "B")]
    facts = pd.DataFrame({"fact_id": ["k", "k"], "fact_label": ["killed"] * 2, "source": ["A", "B"],
                          "reported": [True, True], "texts": ["12 | 13", "14"]})
    matrix = linked_fact_matrix(facts, summary.assign(fact_label=["killed", "homes"]))
    assert matrix.links == {"A": [f"#{evidence_id('k', 'A')}"], "B": [f"#{evidence_id('k', 'B')}"]}
