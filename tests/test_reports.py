"""Reports a journalist reads first: findings on the index, reader tables, links to evidence, changes between runs."""
from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers.changes import describe_changes, run_changes
from helpers.reader import format_number, human_header, reader_html
from helpers.runner import run_report

ARTICLES = {
    "herald.txt": ("Flood leaves 12 dead in river valley\n\nAt least 12 people were killed when the river burst its banks "
                   "on Tuesday, the regional fire service said. About 300 homes were flooded.\n\n\"We have never seen "
                   "water rise this fast,\" said Ana Ruiz, a resident of the lower town.\n"),
    "signal.txt": ("Valley flood: toll rises\n\nFourteen people were killed in the floods, officials said on Tuesday "
                   "evening. Some 300 homes were flooded and 40 people were rescued by boat.\n\nThe mayor said the "
                   "dykes had not been repaired since 2019.\n"),
    "courier.txt": ("Rescuers search flooded valley\n\nAt least 12 people died and 35 people were rescued, the fire "
                    "service said. More than 250 homes were flooded.\n\n\"The water came at night,\" a farmer said.\n"),
    "broken.json": "{not json",
}
FORBIDDEN = re.compile(r"nbval|make test|NBVAL|_fingerprint|\.parquet|checked by|None</td>|NaN|\bnan\b", re.I)


class _Collector(HTMLParser):
    """Table headers, body cells, row-heading cells, ids and links of one page."""

    def __init__(self):
        super().__init__()
        self.headers, self.cells, self.row_headings, self.ids, self.links = [], [], 0, set(), []
        self._in, self._tbody, self._buf = None, False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "tbody":
            self._tbody = True
        if tag in ("th", "td"):
            self._in, self._buf = tag, []
            if tag == "th" and self._tbody:
                self.row_headings += 1

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._tbody = False
        if tag in ("th", "td") and self._in == tag:
            (self.headers if tag == "th" else self.cells).append("".join(self._buf).strip())
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)


def _parse(path: Path) -> _Collector:
    parser = _Collector()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, corpus_factory):
    corpus = corpus_factory(ARTICLES, "flood-corpus")
    out = tmp_path_factory.mktemp("reports")
    first = run_report(corpus, out, log=lambda *_: None)
    (corpus / "signal.txt").write_text(ARTICLES["signal.txt"].replace("Fourteen people", "Seventeen people"),
                                       encoding="utf-8")
    second = run_report(corpus, out, log=lambda *_: None)
    return corpus, first, second


def test_header_and_number_formats_read_as_people_write_them():
    assert human_header("tone_ci_low") == "Tone 95% interval low"
    assert human_header("n_reporting") == "Number of reporting"
    assert human_header("Already Human") == "Already Human"
    assert [format_number(x) for x in (45.997944, 1234567.0, 0.4567, -3.0, 1.2e9, np.nan)] == [
        "46.0", "1,234,567", "0.46", "-3", "1,200,000,000", ""]


def test_reader_table_has_no_index_snake_case_or_missing_markers_and_folds_long_tables():
    frame = pd.DataFrame({"its_share": [0.123456] * 40, "n_mentions": [1.0] * 40, "flag": [True, False] * 20,
                          "text": ["<script>x</script>", None] * 20, "<img src=x onerror=alert(1)>": [1] * 40})
    page = reader_html(frame)
    assert "row_heading" not in page and "<th class=\"blank" not in page
    assert "Its share" in page and "its_share" not in page
    assert "0.12" in page and "0.123456" not in page and ">1<" in page and "1.0" not in page
    assert "None" not in page and "nan" not in page.lower() and ">yes<" in page
    assert "&lt;script&gt;" in page and "<script>" not in page and "<img" not in page
    assert page.count("<details>") == 1 and "25 more rows" in page


def test_index_leads_with_the_findings_the_tables_hold(two_runs):
    _, _, run = two_runs
    page = (run / "index.html").read_text(encoding="utf-8")
    findings = pd.read_parquet(run / "tables" / "findings.parquet")
    assert page.index('id="findings"') < page.index('id="figures"') < page.index('id="reports"')
    text = re.sub(r"<[^>]+>", "", page)
    for finding in findings["finding"]:
        plain = re.sub(r"\*\*|\\", "", finding)
        assert plain.split(":")[0] in text
    problems = pd.read_parquet(run / "tables" / "problems.parquet")
    assert "broken.json" in set(problems["file"]) and "broken.json" in text  # files left out are named


def test_every_finding_link_reaches_an_anchor_in_its_report(two_runs):
    _, _, run = two_runs
    links = [href for href in _parse(run / "index.html").links if ".report.html" in href]
    assert len(links) >= 3
    for href in links:
        page, _, anchor = href.partition("#")
        assert (run / page).exists(), href
        if anchor:
            assert anchor in _parse(run / page).ids, href


def test_reader_reports_hold_no_developer_text_index_columns_or_snake_case_headers(two_runs):
    _, _, run = two_runs
    pages = sorted(run.glob("*.report.html"))
    assert len(pages) >= 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        readable = re.sub(r"<style.*?</style>|data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", "", text, flags=re.S)
        assert not FORBIDDEN.search(readable), (page.name, FORBIDDEN.search(readable))
        parsed = _parse(page)
        assert parsed.row_headings == 0, page.name  # no index column
        assert not [h for h in parsed.headers if re.fullmatch(r"[a-z]+(_[a-z]+)+", h)], page.name
        assert "None" not in parsed.cells and "nan" not in [c.lower() for c in parsed.cells], page.name


def test_second_run_names_exactly_the_changed_figure(two_runs):
    _, first, second = two_runs
    changes = pd.read_parquet(second / "tables" / "changes.parquet")
    assert set(changes["change"]) == {"article edited", "figure changed"}, changes
    figure = changes[changes["change"] == "figure changed"]
    assert len(figure) == 1 and figure["source"].iloc[0] == "signal"
    assert "Fourteen" in figure["old"].iloc[0] and "Seventeen" in figure["new"].iloc[0]
    assert "Seventeen" in figure["new_sentence"].iloc[0] and "Fourteen" in figure["old_sentence"].iloc[0]  # the words
    assert not re.search(r"b\d+s\d+", figure["new_sentence"].iloc[0] + figure["old_sentence"].iloc[0])  # not places
    page = (second / "index.html").read_text(encoding="utf-8")
    assert "signal changed its figure" in page and "Seventeen" in page
    out = subprocess.run([sys.executable, "-m", "helpers.cli", "diff", str(first), str(second)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "signal changed its figure" in out.stdout and "Seventeen" in out.stdout
    same = subprocess.run([sys.executable, "-m", "helpers.cli", "diff", str(second), str(second)],
                          capture_output=True, text=True, timeout=60)
    assert same.stdout.startswith("Nothing changed")


def test_changes_between_tables_are_exact():
    articles = pd.DataFrame({"article_id": ["a", "b"], "source": ["A", "B"], "sha256": ["1", "2"]})
    facts = pd.DataFrame({"fact_id": ["killed"] * 2, "fact_label": ["people killed"] * 2, "source": ["A", "B"],
                          "reported": [True, True], "texts": ["12", "14"], "sentences": ["s1", "s2"]})
    new_articles = articles.assign(sha256=["1", "3"])
    new_facts = facts.assign(texts=["12", "17"], sentences=["s1", "s3"])
    changes = run_changes({"articles": articles, "facts": facts}, {"articles": new_articles, "facts": new_facts})
    assert changes[["change", "source", "old", "new"]].values.tolist() == [
        ["article edited", "B", "", ""], ["figure changed", "B", "14", "17"]]
    assert describe_changes(changes)[1].startswith("B changed its figure for people killed: “14” → “17”")
    assert run_changes({"articles": articles, "facts": facts}, {"articles": articles, "facts": facts}).empty


def test_an_outlet_gaining_an_article_lists_only_the_new_articles_figures_and_a_claimant_move_is_one_change():
    """An outlet's label counts its articles ("wire (2 articles)"), so it changes when one is added: the figures of its
    unchanged article are not news. A figure an edited article now credits to someone is one change, not a removal
    plus an addition."""
    articles = pd.DataFrame({"article_id": ["w1", "r"], "source": ["wire", "Riverside"], "outlet": ["wire", "Riverside"],
                             "url": ["", ""], "file": ["w1.txt", "r.txt"], "sha256": ["1", "2"]})
    facts = pd.DataFrame({"fact_id": ["employees", "injured"], "fact_label": ["staff", "people injured"],
                          "article_id": ["w1", "r"], "source": ["wire", "Riverside"], "reported": [True, True],
                          "texts": ["240 people", "More than 40 people"], "sentences": ["", ""]})
    new_articles = pd.concat([articles.assign(sha256=["1", "3"]),
                              pd.DataFrame({"article_id": ["w2"], "source": ["wire"], "outlet": ["wire"], "url": [""],
                                            "file": ["w2.txt"], "sha256": ["4"]})], ignore_index=True)
    new_facts = pd.DataFrame({
        "fact_id": ["employees", "treated", "injured|action-group"],
        "fact_label": ["staff", "people treated", "people injured (according to the action group)"],
        "article_id": ["w1", "w2", "r"], "source": ["wire (2 articles)", "wire (2 articles)", "Riverside"],
        "reported": [True] * 3, "texts": ["240 people", "38", "At least 57 people"], "sentences": ["", "", ""]})
    changes = run_changes({"articles": articles, "facts": facts}, {"articles": new_articles, "facts": new_facts})
    figures = changes[changes["change"].str.startswith("figure")]
    assert figures[["change", "article_id", "old", "new"]].values.tolist() == [
        ["figure changed", "r", "More than 40 people", "At least 57 people"], ["figure added", "w2", "", "38"]]
    # an outlet new to the corpus: its article is one row, its figures are not listed one by one
    newcomer = new_articles.assign(outlet=["wire", "Riverside", "Gazette"], source=["wire", "Riverside", "Gazette"])
    changes = run_changes({"articles": articles, "facts": facts},
                          {"articles": newcomer, "facts": new_facts.assign(source=["wire", "Gazette", "Riverside"])})
    assert "w2" not in set(changes.loc[changes["change"].str.startswith("figure"), "article_id"])
    assert ["article added", "w2"] in changes[["change", "article_id"]].values.tolist()


def test_changes_quote_each_figures_sentence_in_words():
    """The facts table keeps sentence places ("b2s1"); the changes quote the sentences they stand for."""
    articles = pd.DataFrame({"article_id": ["b"], "source": ["B"], "sha256": ["2"]})
    facts = pd.DataFrame({"fact_id": ["killed"], "fact_label": ["people killed"], "article_id": ["b"], "source": ["B"],
                          "reported": [True], "texts": ["14"], "sentences": ["b2s1"]})
    sentences = pd.DataFrame({"article_id": ["b", "b"], "block_no": [2, 2], "sentence_no": [1, 2],
                              "text": ["Fourteen people died, police said.", "The toll rose to 17."]})
    old = {"articles": articles, "facts": facts, "sentences": sentences}
    new = {"articles": articles.assign(sha256="3"), "facts": facts.assign(texts="17", sentences="b2s2"),
           "sentences": sentences}
    line = describe_changes(run_changes(old, new))[1]
    assert line == ("B changed its figure for people killed: “14” → “17” (now: “The toll rose to 17.”; before: "
                    "“Fourteen people died, police said.”).")


def test_version_flag():
    out = subprocess.run([sys.executable, "-m", "helpers.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and re.fullmatch(r"newscompare \d+\.\d+\.\d+\n", out.stdout)


@pytest.mark.parametrize("width,height", [(1366, 768), (390, 844)])
def test_first_screen_of_the_index_states_the_findings_in_a_real_browser(two_runs, tmp_path, width, height):
    """Headless Chromium at a laptop and a phone width: the page renders, and the findings are the first thing on it."""
    import shutil

    from matplotlib.image import imread

    _, _, run = two_runs
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "Debian's chromium is missing: `make setup` installs it"
    shot = tmp_path / "index.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    done = subprocess.run([browser, *flags, f"--window-size={width},{height}", f"--screenshot={shot}",
                           (run / "index.html").as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.exists(), done.stderr[-1000:]
    assert imread(shot).std() > 0.05  # not blank
    dom = subprocess.run([browser, *flags, "--dump-dom", (run / "index.html").as_uri()], capture_output=True,
                         text=True, timeout=120).stdout
    body = dom[dom.index("<body"):]
    first_list = body[body.index('id="findings"'):body.index("</ul>")]
    findings = pd.read_parquet(run / "tables" / "findings.parquet")
    later = [body.find(tag) for tag in ("<figure", "<table", 'id="reports"') if tag in body]
    assert later and body.index('id="findings"') < min(later)
    assert first_list.count("<li>") == len(findings)  # every finding of the table, first on the page
    assert 'name="viewport"' in dom  # laid out for a phone's width


def test_index_findings_show_names_with_apostrophes_and_keep_html_inert(tmp_path):
    """Findings are escaped once for the notebooks (`md`); the index must not show that escaping as text."""
    from helpers.index_page import _findings
    from helpers.narrative import md

    finding = f"**Silences.** {md(chr(60) + 'script>x')} and the coastguard's spokeswoman {md('Ana O’Neill & Co.')} differ."
    pd.DataFrame({"finding": [md("the union's figure") + " " + finding], "link": [""]}).to_parquet(tmp_path / "findings.parquet")
    shown = str(_findings(tmp_path)[0]["html"])
    assert "the union's figure" in shown and "coastguard's spokeswoman" in shown and "Ana O’Neill &amp; Co." in shown
    assert "&amp;#x27;" not in shown and "&amp;amp;" not in shown and "&amp;lt;" not in shown
    assert "<script>" not in shown and "&lt;script&gt;x" in shown and "<strong>Silences.</strong>" in shown


def test_the_sources_finding_names_few_files_left_out_and_counts_many():
    from helpers.summary import _sources_finding

    articles = pd.DataFrame({"article_id": ["a", "b"]})
    few = pd.DataFrame({"file": ["broken.json", "empty.txt"], "problem": ["invalid JSON: x at line 1", "empty file (no text)"]})
    text = _sources_finding(articles, few)
    assert text.startswith("**Sources.** 2 articles compared; 2 files left out (broken.json: invalid JSON") and "empty.txt: empty file" in text
    many = pd.DataFrame({"file": [f"f{i}.txt" for i in range(5)], "problem": ["empty file (no text)"] * 4 + ["too big"]})
    text = _sources_finding(articles, many)
    assert "5 files left out, commonest reasons: empty file \\(no text\\) (4 files); too big (1 file)." in text
    assert _sources_finding(articles, few.iloc[:0]).endswith("no file was left out.")


def test_an_outlets_new_article_with_a_new_figure_for_a_fact_it_reported_is_its_revision():
    """A wire's third update says 26 dead; its latest before (by publication time, not file order) said 23: one
    'figure revised' row 23 → 26. A figure it repeats is no change; a fact it never reported is 'figure added'."""
    when = pd.to_datetime(["2026-05-14T10:00Z", "2026-05-12T18:00Z", "2026-05-13T09:00Z"], utc=True)
    articles = pd.DataFrame({"article_id": ["w2", "w1", "p"], "source": ["wire #2", "wire #1", "Post"],
                             "outlet": ["wire", "wire", "Post"], "url": "", "file": ["w2.txt", "w1.txt", "p.txt"],
                             "sha256": ["2", "1", "3"], "published": when})
    facts = pd.DataFrame({"fact_id": ["killed", "killed", "missing", "killed"], "fact_label": "x",
                          "article_id": ["w2", "w1", "w2", "p"], "source": ["wire #2", "wire #1", "wire #2", "Post"],
                          "reported": True, "texts": ["23", "11", "12", "20"], "sentences": ""})
    new_articles = pd.concat([articles, pd.DataFrame({
        "article_id": ["w3"], "source": ["wire #3"], "outlet": ["wire"], "url": [""], "file": ["w3.txt"],
        "sha256": ["4"], "published": pd.to_datetime(["2026-05-15T07:00Z"], utc=True)})], ignore_index=True)
    new_facts = pd.concat([facts, pd.DataFrame({
        "fact_id": ["killed", "missing", "injured"], "fact_label": "x", "article_id": "w3", "source": "wire #3",
        "reported": True, "texts": ["26", "12", "64"], "sentences": ""})], ignore_index=True)
    changes = run_changes({"articles": articles, "facts": facts}, {"articles": new_articles, "facts": new_facts})
    assert changes[["change", "fact_id", "old", "new"]].values.tolist() == [
        ["article added", "", "", ""], ["figure revised", "killed", "23", "26"], ["figure added", "injured", "", "64"]]
    assert describe_changes(changes)[1].startswith("wire #3 revised its figure for x: its latest before “23” → “26”")


def test_a_figure_change_in_an_unchanged_article_is_told_as_a_new_reading_never_as_the_outlets_change():
    """A new user's facts.csv moved a figure between facts; the page said "Wire changed its figure for people injured"
    though no article had changed. A change in an article whose text is the same is told as a new reading; an edited
    article's change still reads as the outlet's."""
    articles = pd.DataFrame({"article_id": ["w", "b"], "source": ["Wire", "Bulletin"], "sha256": ["1", "2"]})
    facts = pd.DataFrame({"fact_id": ["injured", "killed"], "fact_label": ["people injured", "people killed"],
                          "article_id": ["w", "b"], "source": ["Wire", "Bulletin"], "reported": [True, True],
                          "texts": ["Two", "14"], "sentences": ["", ""]})
    new_facts = facts.assign(texts=["four", "17"])
    changes = run_changes({"articles": articles, "facts": facts},
                          {"articles": articles.assign(sha256=["1", "3"]), "facts": new_facts})
    lines = describe_changes(changes)
    wire = [line for line in lines if line.startswith("Wire")]
    assert wire == ["Wire's figure for people injured now reads “four” (was “Two”); the article is unchanged: an edited "
                    "codebook or a changed rule reads it differently (now: “”)."], lines
    assert any(line.startswith("Bulletin changed its figure for people killed: “14” → “17”") for line in lines), lines
