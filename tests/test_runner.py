"""The runner: an end-to-end run on hostile article text, in a real browser; failures, the lock, exit codes."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import numpy as np
import pytest
from filelock import FileLock

from helpers import paths
from helpers.cli import main
from helpers.errors import CorpusError
from helpers.runner import NOTEBOOK_READS, RunFailed, notebook_needs, notebook_waits, numbered_notebooks, run_report

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
RAW = [re.compile(r"<script>alert\("), re.compile(r"<img src=x onerror", re.I)]
BODY = ("Negotiators met for a second round of talks on Monday and agreed to swap 1,000 prisoners each, "
        "officials said. {payload} The talks lasted about two hours, and a three-day truce was proposed.\n\n"
        "\"We will not give up,\" the minister told reporters, adding that {payload} at least 12 people were killed.\n")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile") / "hostile-corpus"
    corpus.mkdir()
    for i, payload in enumerate(PAYLOADS + PAYLOADS):
        (corpus / f"art{i}.txt").write_text(f"{payload} headline number {i}\n\n" + BODY.format(payload=payload)
                                            + f"\nA closing line unique to article {i} for the record.\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,label\nart0.txt,<script>alert(1)</script>\nart1.txt,Outlet B\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("reports")
    run_dir = run_report(corpus, out, log=lambda *_: None)
    return corpus, out, run_dir


def test_a_run_folder_holds_everything_and_latest_points_to_it(hostile_run):
    corpus, out, run_dir = hostile_run
    names = [p.name for p in numbered_notebooks()]
    assert names == sorted(names) and len(names) >= 5
    for name in names:
        stem = name.removesuffix(".ipynb")
        assert (run_dir / name).exists()
        assert (run_dir / f"{stem}.report.html").exists() and (run_dir / f"{stem}.analyst.html").exists()
    assert list((run_dir / "figures").glob("*.png")) and list((run_dir / "figures").glob("*.svg"))
    assert {"articles", "numbers", "tone_sentences", "quotations", "source_profile"} <= {
        p.stem for p in (run_dir / "tables").glob("*.parquet")}
    record = json.loads((run_dir / "run.json").read_text())
    assert record["status"] == "ok" and record["parameters"]["corpus_dir"] == str(corpus)
    assert set(record["inputs"]) == {p.name for p in corpus.iterdir()}
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in record["inputs"].values())
    assert [n["notebook"] for n in record["notebooks"]] == names and all(n["seconds"] > 0 for n in record["notebooks"])
    assert record["versions"]["pandas"] and "git_commit" in record and record["left_out"] == []
    assert (out / "latest").resolve() == run_dir.resolve()
    assert not any(corpus.glob("*.parquet"))  # nothing written into the corpus


def test_article_text_is_inert_in_every_report_and_notebook_output(hostile_run):
    _, _, run_dir = hostile_run
    seen_escaped = False
    for page in run_dir.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not any(p.search(text) for p in RAW), page.name
        assert "<script" not in text.lower().replace("&lt;script", ""), page.name  # no script at all
        seen_escaped |= "&lt;script&gt;alert(1)" in text or "&lt;img src=x onerror" in text
    assert seen_escaped  # the hostile text is shown, as text
    for notebook in run_dir.glob("*.ipynb"):
        nb = nbformat.read(notebook, as_version=4)
        for cell in nb.cells:
            for output in cell.get("outputs", []):
                for mime in ("text/html", "text/markdown"):
                    body = output.get("data", {}).get(mime, "")
                    assert not any(p.search(body) for p in RAW), (notebook.name, mime, body[:200])


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is missing: `make setup` installs it (apt-get install chromium)"
    return path


def test_reports_render_in_a_real_browser(hostile_run, tmp_path):
    from matplotlib.image import imread

    _, _, run_dir = hostile_run
    for page in ("index.html", "05_summary.report.html", "02_numbers.report.html"):
        shot = tmp_path / f"{page}.png"
        done = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
             "--window-size=1200,1800", f"--screenshot={shot}", (run_dir / page).as_uri()],
            capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
        pixels = imread(shot)
        assert pixels.std() > 0.05, f"{page} rendered blank"
        problems = [line for line in done.stderr.splitlines()
                    if re.search(r"CONSOLE|Uncaught|Content Security Policy|Refused to|net::ERR_FILE", line)]
        assert not problems, (page, problems)


def _notebook(path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('corpus_dir = ""\nprocessed_dir = ""\nfigures_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    return path


def test_a_failed_run_says_where_keeps_its_partial_notebook_and_never_replaces_latest(tmp_path):
    good = _notebook(tmp_path / "01_ok.ipynb", "print('fine')")
    bad = _notebook(tmp_path / "02_broken.ipynb", "raise ValueError('boom')")
    out = tmp_path / "reports"
    first = run_report(paths.DEFAULT_CORPUS_DIR, out, run_id="good", notebooks=[good], log=lambda *_: None)
    with pytest.raises(RunFailed, match=r"02_broken\.ipynb failed at code cell 3 \(ValueError: boom\)"):
        run_report(paths.DEFAULT_CORPUS_DIR, out, run_id="bad", notebooks=[good, bad], log=lambda *_: None)
    assert (out / "latest").resolve() == first.resolve()
    assert (out / "bad" / "02_broken.ipynb").exists() and "boom" in (out / "bad" / "error.log").read_text()
    assert json.loads((out / "bad" / "run.json").read_text())["status"] == "failed"


def test_notebooks_start_as_soon_as_what_they_read_exists_and_the_others_wait(tmp_path):
    """The runner normalises the corpus first, so 01, 02 and 03 run at the same time (01 waits for a file 03 writes);
    04 reads only 02's attributions table (runner.NOTEBOOK_READS "02:attributions"), so it starts once 02 saved it,
    before 02 ends (02 waits for a file 04 writes, so 04 after 02 would fail); 05 reads everything and starts last;
    run.json lists the notebooks in order. A notebook not named in the table waits for every earlier one."""
    def waits_for(name: str, then: str = "") -> str:
        return ("import pathlib, time\nfolder = pathlib.Path(processed_dir)\nt0 = time.time()\n" + then
                + f"while not (folder / '{name}').exists():\n    assert time.time() - t0 < 300, '{name} never came'\n"
                "    time.sleep(0.2)\n")
    mark = "import pathlib\n(pathlib.Path(processed_dir) / '{}').write_text('x')"
    books = [_notebook(tmp_path / "01_waits.ipynb", waits_for("from03")),
             _notebook(tmp_path / "02_saves.ipynb", waits_for("from04", "(folder / 'attributions.parquet').write_text('x')\n")
                       + "(folder / 'from02').write_text('done')"),
             _notebook(tmp_path / "03_marks.ipynb", mark.format("from03")),
             _notebook(tmp_path / "04_reads.ipynb", mark.format("from04")),
             _notebook(tmp_path / "05_last.ipynb", "import pathlib\nfolder = pathlib.Path(processed_dir)\n"
                       "assert all((folder / f'from0{n}').exists() for n in (2, 3, 4))")]
    before = os.getcwd()
    run_dir = run_report(paths.DEFAULT_CORPUS_DIR, tmp_path / "reports", notebooks=books, log=lambda *_: None)
    assert os.getcwd() == before  # three notebooks at once leave this process's folder as it was
    record = json.loads((run_dir / "run.json").read_text())
    assert record["status"] == "ok" and [n["notebook"] for n in record["notebooks"]] == [b.name for b in books]
    assert notebook_waits(books[3], books[:3]) == [(books[1], "attributions")]
    assert notebook_needs(books[2], books[:2]) == [] and notebook_needs(books[4], books[:4]) == books[:4]
    assert notebook_needs(tmp_path / "07_new.ipynb", books) == books


def test_the_notebook_table_names_every_notebook_and_the_tables_it_reads():
    """Every shipped notebook is in runner.NOTEBOOK_READS, and one that calls a reader of another notebook's saved
    tables waits for that notebook (`attributions_table`: 02; `load_results`: 02, 03, 04)."""
    readers = {"attributions_table": {"02"}, "load_results": {"02", "03", "04"}, "saved_step": {"02", "03", "04"}}
    table = {number: {need.split(":")[0] for need in needs} for number, needs, _ in NOTEBOOK_READS}
    for nb in numbered_notebooks():
        number, source = nb.name[:2], nb.with_suffix(".py").read_text(encoding="utf-8")
        assert number in table, nb.name
        needed = set().union(*[n for name, n in readers.items() if re.search(rf"\b{name}\(", source)]) - {number}
        assert needed <= table[number], (nb.name, needed - table[number])
    assert dict((n, set(needs)) for n, needs, _ in NOTEBOOK_READS)["04"] == {"02:attributions"}  # 02 saves it first


def test_two_runs_on_one_corpus_cannot_overlap(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    with FileLock(str(out / ".run.lock")):
        with pytest.raises(RunFailed, match="another run on corpus"):
            run_report(paths.DEFAULT_CORPUS_DIR, out, notebooks=[], log=lambda *_: None)


def test_the_command_exits_non_zero_with_a_clear_message(tmp_path, capsys):
    assert main(["report", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "r")]) == 1
    assert "corpus folder does not exist" in capsys.readouterr().err


def test_every_notebook_runs_on_a_one_article_corpus_with_nothing_to_compare(tmp_path):
    corpus = tmp_path / "lonely"
    corpus.mkdir()
    (corpus / "only.txt").write_text("Quiet day in the village\n\nNothing much happened in the village today.\n",
                                     encoding="utf-8")
    run_dir = run_report(corpus, tmp_path / "reports", log=lambda *_: None)
    summary = (run_dir / "05_summary.report.html").read_text(encoding="utf-8")
    assert "single article" in summary and "nothing to compare" in summary
    for notebook in run_dir.glob("*.ipynb"):  # narrative never states a figure it could not compute
        for cell in nbformat.read(notebook, as_version=4).cells:
            for output in cell.get("outputs", []):
                narrative = output.get("data", {}).get("text/markdown", "")
                assert not re.search(r"\bnan\b", narrative, re.I), (notebook.name, narrative)


def test_every_report_image_has_alternative_text(hostile_run):
    """Every chart is an image with alternative text; a page without an image says why in a sentence (a chart with
    nothing to draw, `NoChart`: since session 14 the key-figures chart draws only disputed figures, and in this corpus
    of copies none is disputed)."""
    _, _, run_dir = hostile_run
    pages = list(run_dir.glob("*.report.html"))
    all_images = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        images = re.findall(r"<img\b[^>]*>", text)
        assert images or "No figure reported by two or more sources is disputed." in text, page.name
        all_images += images
        for tag in images:
            alt = re.search(r'\balt="([^"]*)"', tag)
            assert alt and alt.group(1).startswith("Chart"), (page.name, tag[:80])
    assert len(pages) >= 5 and len(all_images) >= len(pages) - 1, (len(pages), len(all_images))


def test_files_left_out_are_in_run_json_and_on_the_console(tmp_path):
    from helpers.runner import _left_out

    pd = pytest.importorskip("pandas")
    pd.DataFrame({"file": ["broken.json", "empty.txt"], "problem": ["invalid JSON: expecting value at line 1, column 1",
                                                                   "empty file (no text)"]}).to_parquet(tmp_path / "problems.parquet")
    said = []
    rows = _left_out(tmp_path, said.append)
    assert rows == [{"file": "broken.json", "problem": "invalid JSON: expecting value at line 1, column 1"},
                    {"file": "empty.txt", "problem": "empty file (no text)"}]
    assert said[0].startswith("2 files or records left out") and "broken.json: invalid JSON" in said[1]
    assert _left_out(tmp_path / "none", said.append) == []


def test_a_kept_article_read_with_a_note_is_not_called_left_out(tmp_path):
    from helpers.manifest import KEPT_MARK
    from helpers.runner import _left_out

    pd = pytest.importorskip("pandas")
    note = f"published '2026-10-14 18:45' names no time zone: read as UTC ({KEPT_MARK})"
    pd.DataFrame({"file": ["broken.json", "wire.json"], "problem": ["invalid JSON: expecting value", note]}).to_parquet(
        tmp_path / "problems.parquet")
    said = []
    assert len(_left_out(tmp_path, said.append)) == 2  # both stay in run.json
    assert said[0].startswith("1 file or records left out") and "broken.json" in said[1]
    assert said[2].startswith("1 file or records kept, with a note") and "wire.json" in said[3]


def test_a_codebook_edit_between_runs_is_told_and_an_unchanged_one_is_not(tmp_path):
    """A user who edits only codebooks/<corpus>/actors.csv is told so, never 'nothing changed'."""
    from helpers.runner import codebook_changes, codebook_fingerprint

    before = {"default/frames.csv": "a", "mine/actors.csv": "b"}
    assert codebook_changes(before, dict(before)) == ""
    assert codebook_changes(None, before) == ""  # a run from before fingerprints were kept
    text = codebook_changes(before, {**before, "mine/actors.csv": "c", "mine/facts.csv": "d"})
    assert text.startswith("Codebooks changed since the previous run (mine/actors.csv, mine/facts.csv)")
    prints = codebook_fingerprint(tmp_path / "no-such-event")
    assert prints and all(name.startswith("default/") for name in prints)  # the default codebooks, nothing else


def test_drafts_written_only_to_be_read_are_no_codebook_change(tmp_path, monkeypatch):
    """`make codebook` writes candidate_facts.csv and distinctive_terms.csv for the user to read; no step reads them,
    so a run never tells them as codebooks that changed (a new user was told its tables "may differ")."""
    from helpers import paths
    from helpers.runner import codebook_fingerprint

    for name in ("default/frames.csv", "flood/actors.csv", "flood/candidate_facts.csv", "flood/distinctive_terms.csv"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("a,b\n", encoding="utf-8")
    monkeypatch.setattr(paths, "CODEBOOKS_DIR", tmp_path)
    assert set(codebook_fingerprint(tmp_path / "data" / "flood")) == {"default/frames.csv", "flood/actors.csv"}


def test_diff_of_two_runs_tells_a_codebook_only_change(tmp_path):
    """`newscompare diff` says what the index says: a run whose only change is a codebook edit is not 'nothing'."""
    import json

    import pandas as pd
    from helpers.cli import _diff

    runs = []
    for name, prints in (("r1", {"mine/actors.csv": "a"}), ("r2", {"mine/actors.csv": "b"})):
        (tmp_path / name / "tables").mkdir(parents=True)
        pd.DataFrame({"article_id": ["a"], "source": ["A"], "sha256": ["1"]}).to_parquet(
            tmp_path / name / "tables" / "articles.parquet")
        (tmp_path / name / "run.json").write_text(json.dumps({"codebooks": prints}), encoding="utf-8")
        runs.append(str(tmp_path / name))
    assert _diff(*runs).startswith("Codebooks changed since the previous run (mine/actors.csv)")
    assert _diff(runs[0], runs[0]).startswith("Nothing changed")


def test_a_progress_line_is_written_in_one_call_so_threads_never_run_lines_together(monkeypatch):
    import sys

    from helpers.runner import say

    class Recorder:
        def __init__(self):
            self.calls = []

        def write(self, text):
            self.calls.append(text)

        def flush(self):
            pass

    recorder = Recorder()
    monkeypatch.setattr(sys, "stdout", recorder)
    say("[2/5] 02_numbers.ipynb …")
    assert recorder.calls == ["[2/5] 02_numbers.ipynb …\n"]  # print() would write the text and its newline apart


def test_a_slow_kernel_start_is_waited_for_well_past_papermills_60_seconds(tmp_path, monkeypatch):
    """CI once failed because a warm kernel, importing its notebook's modules on a loaded machine, took over 60 s
    to answer; the runner gives papermill its own, longer start timeout, and a kernel that never answers still
    fails the run with the notebook named."""
    import papermill

    from helpers import runner

    seen = {}

    def fake_execute(*args, **kwargs):
        seen.update(kwargs)
        raise RuntimeError("Kernel didn't respond in 600 seconds")

    monkeypatch.setattr(papermill, "execute_notebook", fake_execute)
    nb = tmp_path / "01_overview.ipynb"
    nb.write_text("{}", encoding="utf-8")
    record = {"notebooks": []}
    with pytest.raises(RunFailed, match="01_overview.ipynb failed"):
        runner._execute(1, nb, [nb], tmp_path, {}, record, lambda *_: None, None, runner.WarmKernels, None)
    assert seen["start_timeout"] == runner.START_TIMEOUT >= 300
    assert record["notebooks"][0]["status"] == "failed"


def test_a_broken_event_codebook_stops_the_run_before_any_notebook_naming_file_and_line(tmp_path, monkeypatch):
    """A new user's facts.csv held `close to 2,000` unquoted: the run used to fail only when the numbers notebook read
    it, after three notebooks had run. Every codebook file the run reads is now checked first, and the message gives
    the file, its own line number (the draft's "#" line counted) and the usual cause."""
    books = tmp_path / "codebooks"
    shutil.copytree(paths.CODEBOOKS_DIR / "default", books / "default")
    corpus = tmp_path / "data" / "quarry-blast"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("Blast at a quarry\n\nTwo workers were hurt, the company said.\n", encoding="utf-8")
    (books / "quarry-blast").mkdir()
    (books / "quarry-blast" / "facts.csv").write_text(
        "# draft line\nfact,text_contains,figure\ninjured,hurt,2\ninjured,close to 2,000,2000\n", encoding="utf-8")
    (books / "quarry-blast" / "candidate_facts.csv").write_text("a,b\n1,2,3\n", encoding="utf-8")  # never read: no stop
    monkeypatch.setattr(paths, "CODEBOOKS_DIR", books)
    ran = []
    with pytest.raises(CorpusError) as caught:
        run_report(corpus, tmp_path / "reports", notebooks=[], log=ran.append)
    assert caught.value.path.endswith("quarry-blast/facts.csv"), caught.value
    assert "line 4 has 4 cells where the header has 3" in caught.value.problem and '"close to 2,000"' in caught.value.problem
    assert not (tmp_path / "reports").exists() and ran == []  # nothing written, nothing run


def test_every_shipped_codebook_reads_as_a_table():
    from helpers.codebooks import codebook_problems

    assert codebook_problems(sorted(p for p in paths.CODEBOOKS_DIR.iterdir() if p.is_dir())) == []
