"""The bad-input suite: messy real-world folders, built in temporary folders (links, FIFOs and sockets cannot be
committed). Each case asserts what is kept, what is named in `problems`, the exit code, that no traceback reaches
the console, that nothing is written to the corpus and that nothing from outside the corpus reaches any output."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers import paths
from helpers.cli import main
from helpers.corpus import FINGERPRINT, ROW_PROBLEMS, build_tables, load_tables, save_tables
from helpers.errors import CorpusError
from helpers.ingest import decode_text, json_depth, read_file
from helpers.manifest import parse_published
from helpers.number_locale import english_separators, extract_numbers_in
from helpers.runner import RunFailed, run_report

SECRET = "PRIVATE-7f3a9c-never-leak"
PRIVATE = (f"Private diary of the analyst\n\nThe password {SECRET} must never appear in a report, a table or a log "
           "file, whatever the corpus folder links to.\n")


def article(topic: str, n: int = 0) -> str:
    return (f"Floods close {topic} roads\n\nHeavy rain flooded {topic} on Monday and about {120 + n} homes were "
            f"evacuated, officials said. Rescue teams worked through the night near the {topic} river.\n\n"
            f"\"We have never seen water this high,\" a resident of {topic} told reporters.\n")


def record(title, maintext, **extra) -> dict:
    return {"title": title, "maintext": maintext, "source_domain": "wire.example", **extra}


SPANISH = ("Inundaciones en la costa\n\nUnas 40.000 personas fueron evacuadas el lunes por las inundaciones, "
           "según las autoridades. Los equipos de rescate trabajaron durante toda la noche.\n")
RUSSIAN = ("Наводнение на побережье\n\nОколо 40 000 человек были эвакуированы в понедельник из-за наводнения, "
           "сообщили власти. Спасатели работали всю ночь.\n")
UTF16_TEXT = article("Harbourtown", 16)


def snapshot(folder: Path) -> dict:
    """Every entry under `folder` without following links: file hashes, link targets, special file kinds."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            rel = str(path.relative_to(folder))
            if path.is_symlink():
                out[rel] = "link -> " + os.readlink(path)
            elif path.is_file():
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif path.is_dir():
                out[rel] = "dir"
            else:
                out[rel] = f"special {os.lstat(path).st_mode:o}"
    return out


def make_messy(base: Path) -> Path:
    """Every kind of bad input at once, beside good articles; a private file outside the corpus is linked from it."""
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PRIVATE, encoding="utf-8")
    corpus = base / "messy"
    (corpus / "sub" / "deep").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    files = {
        "good.txt": article("Rivermouth").encode(),
        "sub/deep/nested.txt": article("Hillside", 1).encode(),
        "utf16-nobom.txt": UTF16_TEXT.encode("utf-16-le"),
        "utf16-bom.txt": b"\xff\xfe" + article("Lakeside", 2).encode("utf-16-le"),
        "utf32.txt": article("Bayview", 3).encode("utf-32"),
        "cp1252.txt": article("Z\u00fcrich \u201cold town\u201d", 4).encode("cp1252"),
        "spanish.txt": SPANISH.encode(),
        "russian-cp1251.txt": RUSSIAN.encode("cp1251"),
        "numbers-only.txt": b"12 34 56\n\n78 90 12\n",
        "one-line.txt": b"Residents of Marshfield watched the river rise past the old stone marker on Tuesday evening.",
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        "big.txt": article("Bigtown").encode() * 800,  # ~200 KB, over the 0.1 MB cap these tests use
        "notes.docx": b"PK\x03\x04",
        "deep.json": b"[" * 5000 + b"]" * 5000,
        ".hidden.txt": PRIVATE.encode(),
        ".hidden/inside.txt": PRIVATE.encode(),
        "records.jsonl": "\n".join([
            json.dumps(record("Wire one", article("Portsea", 5), id="wire-1")),
            "{broken json",
            json.dumps(record("Null text", None, id="wire-null")),
            json.dumps(record(12345, article("Numbertown", 6), id="wire-numtitle")),
            "[1, 2, 3]",
            "[" * 3000 + "]" * 3000,
            json.dumps(record("Wire two", article("Eastgate", 7), id="wire-2")),
        ]).encode(),
        "list.json": json.dumps([record("List one", article("Westgate", 8)), record("Null", None),
                                 record({"nested": "title"}, article("Northgate", 9))]).encode(),
        "manifest.csv": ("file,label,published\n./good.txt,Label Good,2025-06-02T10:00:00+03:00\n"
                         "sub/deep/nested.txt,Label Nested,\"June 3, 2025\"\ncp1252.txt,Label Cp,not a date\n"
                         "missing.txt,Ghost,2025-06-02\n../outside/secret.txt,Secret,2025-06-02\n"
                         "good.txt,Twice,2025-06-02\n").encode(),
    }
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    (corpus / "link-out.txt").symlink_to(outside / "secret.txt")
    (corpus / "link-out-dir").symlink_to(outside)
    (corpus / "sub" / "relative-out.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    (corpus / "broken.txt").symlink_to(corpus / "nowhere.txt")
    (corpus / "link-in.txt").symlink_to(corpus / "good.txt")
    (corpus / "sub" / "loop").symlink_to(corpus)  # a folder link inside the corpus: a loop if it were followed
    os.mkfifo(corpus / "pipe.txt")
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(corpus / "sock.txt"))
        sock.close()
    except OSError:  # a path too long for a socket: the FIFO covers special files
        pass
    return corpus


KEPT = {"good.txt", "sub/deep/nested.txt", "utf16-nobom.txt", "utf16-bom.txt", "utf32.txt", "cp1252.txt",
        "spanish.txt", "russian-cp1251.txt", "numbers-only.txt", "one-line.txt", "records.jsonl", "list.json"}
PROBLEMS = {  # file -> words its problems row must hold
    "link-out.txt": "outside the corpus folder: refused, not followed",
    "link-out-dir": "outside the corpus folder: refused, not followed",
    "sub/relative-out.txt": "outside the corpus folder: refused, not followed",
    "broken.txt": "broken link",
    "link-in.txt": "duplicate: same text as good.txt",
    "sub/loop": "link to a folder: not followed",
    "pipe.txt": "special file (a FIFO (named pipe)): never opened",
    "empty.txt": "empty file",
    "binary.txt": "binary file",
    "big.txt": "too large",
    "notes.docx": "not an article file",
    "deep.json": "nested more than 50 levels deep",
    "spanish.txt": "written in Spanish (es); left out of the numbers, sentiment and framing methods",
    "russian-cp1251.txt": "written in Russian (ru); left out",
}
JSONL_PROBLEMS = ["line 2: invalid JSON", "line 3: record has no 'maintext' text (null): left out",
                  "line 4: 'title' is a number, not text: ignored", "line 5: expected a JSON object",
                  "line 6: JSON nested more than 50 levels deep"]
MANIFEST_PROBLEMS = ["row 4: published 'not a date'", "row 5: 'missing.txt' names a file that does not exist",
                     "row 6: '../outside/secret.txt' is outside the corpus folder", "row 7: 'good.txt' is listed twice"]


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    corpus = make_messy(tmp_path_factory.mktemp("bad"))
    before = snapshot(corpus)
    tables = build_tables(corpus, max_file_mb=0.1)
    return corpus, before, tables


def problems_of(tables, file: str) -> str:
    found = tables["problems"]
    return " | ".join(found.loc[found["file"] == file, "problem"])


def all_text(tables) -> str:
    return " ".join(frame.astype(str).to_csv() for frame in tables.values())


def test_every_good_record_is_kept(messy):
    _, _, tables = messy
    arts = tables["articles"]
    assert set(arts["file"]) == KEPT
    jsonl = arts[arts["file"] == "records.jsonl"]
    assert set(jsonl["article_id"]) == {"wire-1", "wire-numtitle", "wire-2"}  # a non-text title costs only the title
    assert jsonl.set_index("article_id").loc["wire-numtitle", "headline"] != "12345"
    assert set(arts.loc[arts["file"] == "list.json", "article_id"]) == {"list-1", "list-3"}
    assert arts.set_index("file").loc["sub/deep/nested.txt", "article_id"] == "sub/deep/nested"


def test_every_left_out_thing_is_named_with_its_reason(messy):
    _, _, tables = messy
    for file, words in PROBLEMS.items():
        assert words in problems_of(tables, file), (file, problems_of(tables, file))
    for words in JSONL_PROBLEMS:
        assert words in problems_of(tables, "records.jsonl"), words
    assert "record 2: record has no 'maintext' text (null)" in problems_of(tables, "list.json")
    assert "record 3: 'title' is an object, not text: ignored" in problems_of(tables, "list.json")
    for words in MANIFEST_PROBLEMS:
        assert words in problems_of(tables, "manifest.csv"), words
    assert "\n" not in "".join(tables["problems"]["problem"])


def test_hidden_files_are_ignored_and_nothing_outside_is_read(messy):
    corpus, _, tables = messy
    assert not tables["problems"]["file"].str.startswith(".").any()
    assert SECRET not in all_text(tables) and "Private diary" not in all_text(tables)
    if (corpus / "sock.txt").exists():
        assert "special file (a socket): never opened" in problems_of(tables, "sock.txt")


def test_the_corpus_is_never_written(messy):
    corpus, before, _ = messy
    assert snapshot(corpus) == before


def test_encodings_are_detected_and_recorded(messy):
    _, _, tables = messy
    enc = tables["articles"].set_index("file")["encoding"]
    assert enc["utf16-nobom.txt"] == "utf-16-le" and enc["utf16-bom.txt"] == "utf-16-le"
    assert enc["utf32.txt"] == "utf-32-le" and enc["cp1252.txt"] == "cp1252" and enc["russian-cp1251.txt"] == "cp1251"
    blocks = " ".join(tables["blocks"]["text"])
    assert "Harbourtown" in blocks and "Z\u00fcrich \u201cold town\u201d" in blocks and "эвакуированы" in blocks


def test_language_is_stored_and_thin_articles_survive(messy):
    _, _, tables = messy
    arts = tables["articles"].set_index("file")
    assert arts.loc["good.txt", "language"] == "en" and arts.loc["spanish.txt", "language"] == "es"
    assert arts.loc["russian-cp1251.txt", "language"] == "ru"
    assert pd.isna(arts.loc["numbers-only.txt", "language"])  # too little text to tell: no claim
    assert arts.loc["one-line.txt", "n_sentences"] == 1  # a one-paragraph file is body, not a headline
    assert arts.loc["numbers-only.txt", "n_sentences"] == 0


def test_manifest_rows_apply_and_dates_are_timestamps(messy):
    _, _, tables = messy
    arts = tables["articles"].set_index("file")
    assert arts.loc["good.txt", "source"] == "Label Good"  # './good.txt' is good.txt
    assert arts.loc["good.txt", "published"] == pd.Timestamp("2025-06-02T07:00:00Z")
    assert arts.loc["sub/deep/nested.txt", "published"] == pd.Timestamp("2025-06-03", tz="UTC")
    assert arts.loc["cp1252.txt", "source"] == "Label Cp" and pd.isna(arts.loc["cp1252.txt", "published"])
    assert str(arts["published"].dtype) == "datetime64[ns, UTC]"


@pytest.mark.parametrize("text, expected", [
    ("2025-06-02", "2025-06-02T00:00Z"), ("2025-06-02T14:30:00+03:00", "2025-06-02T11:30Z"),
    ("20250602T1430Z", "2025-06-02T14:30Z"), ("Mon, 02 Jun 2025 10:00:00 +0000", "2025-06-02T10:00Z"),
    ("June 2, 2025", "2025-06-02T00:00Z"), ("2 June 2025 14:30 GMT", "2025-06-02T14:30Z"),
    ("02.06.2025", "2025-06-02T00:00Z"), ("Jun 2, 2025 9:15 AM EDT", "2025-06-02T13:15Z"), ("25/06/2025", "2025-06-25T00:00Z"),
])
def test_publication_dates_in_common_forms(text, expected):
    assert parse_published(text) == pd.Timestamp(expected)


@pytest.mark.parametrize("text", ["not a date", "yesterday", "03/04/2025", "12345", "Monday"])
def test_unreadable_or_ambiguous_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_published(text)


def test_the_size_cap_defaults_to_20_mb(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Smalltown"))
    with open(corpus / "huge.txt", "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21 * 1024 * 1024)
    tables = build_tables(corpus)
    assert "too large: 21.0 MB, over the 20 MB limit" in problems_of(tables, "huge.txt")
    assert build_tables(corpus, max_file_mb=30)["problems"]["file"].tolist() == ["huge.txt"]  # now read: empty


def test_decoding_edge_cases():
    koi8 = "Правительство заявило, что переговоры продолжатся на следующей неделе в столице."
    assert decode_text(koi8.encode("koi8-r"), "k.txt") == (koi8, "koi8-r")
    assert decode_text(b"\x00\x00\xfe\xff" + "Text in UTF-32 big endian".encode("utf-32-be"), "x")[1] == "utf-32-be"
    with pytest.raises(CorpusError, match="empty file"):
        decode_text(b"\xef\xbb\xbf  \n", "bom-only.txt")
    assert json_depth('{"a": "[[[[[[", "b": [[1]]}') == 3  # brackets inside strings do not count


def test_a_special_file_is_never_opened_even_when_asked_for(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    name, articles, problems = read_file(tmp_path / "pipe.txt")  # would block forever if it were opened for reading
    assert not articles and "special file" in problems[0]


def test_separators_follow_the_language():
    assert english_separators("40.000 personas y 3,5 millones", "es") == "40,000 personas y 3.5 millones"
    assert english_separators("1.234,5 Euro", "de") == "1,234.5 Euro"
    assert english_separators("40 000 personnes", "fr") == "40,000 personnes"
    assert english_separators("40.000 people", "en") == "40.000 people"
    found = extract_numbers_in("Unas 40.000 personas fueron evacuadas.", "es")
    assert found["value_low"].tolist() == [40000.0] and found["text"].iloc[0].startswith("40.000")


def test_a_row_that_trips_a_table_check_is_a_problem_and_the_others_stay(tmp_path):
    good = {"article_id": "a1", "block_no": 1, "role": "body", "sentence_no": 1, "text": "Fine.", "start": 0, "end": 5,
            "in_quote": False, "quote_share": 0.0}
    bad = dict(good, article_id="a2", start=5, end=5, text="Broken.")
    saved = save_tables({"sentences": pd.DataFrame([good, bad, dict(good, sentence_no=2)])}, tmp_path)
    assert saved["sentences"]["article_id"].tolist() == ["a1", "a1"]
    rows = pd.read_parquet(tmp_path / f"{ROW_PROBLEMS}.parquet")
    assert rows[["table", "article_id", "row"]].values.tolist() == [["sentences", "a2", 1]]
    assert "article a2" in rows["problem"][0] and "empty sentence span" in rows["problem"][0]


def test_an_empty_or_corrupt_cache_is_rebuilt(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Cachetown"))
    out = tmp_path / "out"
    first = load_tables(corpus, out)
    (out / FINGERPRINT).write_text("")  # a full disk left it empty
    assert load_tables(corpus, out)["blocks"].equals(first["blocks"])
    (out / "blocks.parquet").write_bytes((out / "blocks.parquet").read_bytes()[:100])  # truncated
    assert load_tables(corpus, out)["blocks"].equals(first["blocks"])
    assert json.loads((out / FINGERPRINT).read_text())["files"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # no temporary file left behind


# ---------------------------------------------------------------- the runner, as a user meets it


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(paths.PROJECT_ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "helpers.cli", *args], capture_output=True, text=True, env=env,
                          timeout=900)


def assert_one_clean_line(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])


def test_output_inside_the_corpus_is_refused_before_anything_is_written(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Insidetown"))
    before = snapshot(corpus)
    result = cli("report", "--corpus", str(corpus), "--out", str(corpus / "reports"))
    assert_one_clean_line(result, "inside the corpus folder")
    assert snapshot(corpus) == before


def test_a_corpus_with_no_readable_article_fails_in_one_line_naming_each_file(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "bad.json").write_text('{"title": 1, "maintext": null}')
    (corpus / "link.txt").symlink_to(tmp_path)
    before = snapshot(corpus)
    result = cli("report", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert_one_clean_line(result, "no readable article", "empty.txt: empty file", "bad.json: the JSON object: record has no 'maintext' text (null)",
                          "link.txt: link to a path outside the corpus folder")
    assert snapshot(corpus) == before and not (tmp_path / "out" / "latest").exists()


def test_an_unwritable_output_folder_is_one_line_naming_the_path(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Dryland"))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli("report", "--corpus", str(corpus), "--out", str(blocker / "reports"))
    assert_one_clean_line(result, str(blocker), "Not a directory")


def test_a_full_disk_is_one_line_and_keeps_the_traceback_in_the_error_log(tmp_path, monkeypatch, capsys):
    import helpers.runner as runner

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Fulldisk"))
    real = runner.write_text

    def full(path, text):
        if Path(path).name == "index.html":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, text)

    monkeypatch.setattr(runner, "write_text", full)
    monkeypatch.setattr(runner, "numbered_notebooks", lambda *_: [])  # the tables are built; no notebook needed
    out = tmp_path / "out"
    assert main(["report", "--corpus", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "index.html: No space left on device" in err and "Traceback" not in err
    log = next(out.glob("*/error.log")).read_text()
    assert "Traceback" in log and "ENOSPC" in log or "No space left" in log
    assert not (out / "latest").exists()


def _notebook(path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('corpus_dir = ""\nprocessed_dir = ""\nfigures_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    return path


def test_a_corpus_changed_during_the_run_fails_naming_the_file_and_latest_stays(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article("Steadytown"))
    out = tmp_path / "out"
    quiet = _notebook(tmp_path / "01_quiet.ipynb", "print('reading')")
    good = run_report(corpus, out, run_id="good", notebooks=[quiet], log=lambda *_: None)
    edit = _notebook(tmp_path / "01_edit.ipynb", "from pathlib import Path\n"
                     "p = Path(corpus_dir) / 'a.txt'\np.write_text(p.read_text() + 'A late correction.\\n')")
    with pytest.raises(RunFailed, match=r"corpus changed during the run \(a\.txt \(changed\)\)"):
        run_report(corpus, out, run_id="changed", notebooks=[edit], log=lambda *_: None)
    assert (out / "latest").resolve() == good.resolve()
    assert json.loads((out / "changed" / "run.json").read_text())["status"] == "failed"


def _leaks(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


def test_a_messy_folder_runs_end_to_end(tmp_path):
    corpus = make_messy(tmp_path)
    before = snapshot(corpus)
    out = tmp_path / "reports"
    result = cli("report", "--corpus", str(corpus), "--out", str(out), "--max-file-mb", "0.1")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    assert snapshot(corpus) == before
    assert not _leaks(out) and not _leaks(paths.PROJECT_ROOT / "data" / "processed")
    run_dir = (out / "latest").resolve()
    tables = {p.stem: pd.read_parquet(p) for p in (run_dir / "tables").glob("*.parquet")}
    assert set(tables["articles"]["file"]) == KEPT
    assert "spanish.txt" not in set(tables["articles"].merge(tables["tone_sentences"], on="article_id")["file"])
    normalise = (run_dir / "01_normalise.report.html").read_text(encoding="utf-8")
    assert "link-out.txt" in normalise and "refused, not followed" in normalise
    for page in ("02_numbers", "03_sentiment", "04_framing", "05_summary"):
        text = (run_dir / f"{page}.report.html").read_text(encoding="utf-8")
        assert "left out of this analysis" in text and "Spanish" in text, page
    assert json.loads((run_dir / "run.json").read_text())["max_file_mb"] == 0.1


def test_a_corpus_with_nothing_the_methods_can_read_runs_and_says_so(tmp_path):
    corpus = tmp_path / "thin"
    corpus.mkdir()
    (corpus / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (corpus / "es.txt").write_text(SPANISH, encoding="utf-8")
    (corpus / "figures.txt").write_text("12 34 56\n\n78 90 12\n", encoding="utf-8")
    result = cli("report", "--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    run_dir = (tmp_path / "out" / "latest").resolve()
    for page in ("02_numbers", "03_sentiment", "04_framing", "05_summary"):
        assert "Nothing to show" in (run_dir / f"{page}.report.html").read_text(encoding="utf-8"), page


def test_a_json_file_that_is_not_news_please_says_so_and_names_its_keys(tmp_path):
    """A social-media export or any other JSON is not a news-please record: the message says that, not only that a
    field is missing (files written for this test)."""
    from helpers.ingest import read_articles

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "export.json").write_text('{"data": [{"id": "1", "body": "Ferry sank"}], "meta": {"count": 1}}')
    with pytest.raises(CorpusError) as err:
        read_articles(corpus / "export.json")
    assert "export.json" in str(err.value)
    assert "not a news-please record (no maintext, title or url; its keys: data, meta)" in str(err.value)


def test_files_the_project_writes_are_readable_as_a_plain_open_would_make_them(tmp_path):
    import os

    from helpers.safe_write import write_text

    old = os.umask(0o022)
    os.umask(old)
    target = write_text(tmp_path / "report.html", "<p>report</p>")
    assert target.read_text(encoding="utf-8") == "<p>report</p>"
    assert target.stat().st_mode & 0o777 == 0o666 & ~old  # not mkstemp's private 0600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
