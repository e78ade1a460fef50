"""Ingestion: formats, encodings, manifest, and every kind of bad input named by file and problem."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.corpus import build_tables, load_tables
from helpers.errors import CorpusError
from helpers.ingest import decode_text, read_article, read_manifest

ARTICLE = "A headline about the flood\n\nThe river rose by 2 metres on Monday, officials said. Hundreds of homes were flooded.\n"


def test_empty_corpus_folder_is_an_error(scratch):
    folder = scratch({})
    with pytest.raises(CorpusError, match="empty corpus folder") as err:
        build_tables(folder)
    assert str(folder) in str(err.value)


def test_missing_corpus_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_tables(tmp_path / "nope", tmp_path / "out")


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("bad.txt", b"caf\x81\x8d\x8f\x90 \xff\xfe broken", "undecodable text"),
        ("bad.json", b"{\"title\": \"x\", ", "invalid JSON"),
        ("nomain.json", json.dumps({"title": "only a title"}).encode(), "no 'maintext'"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_file_is_reported_by_name_and_others_kept(scratch, name, content, problem):
    folder = scratch({"good.txt": ARTICLE, name: content})
    tables = build_tables(folder)
    assert list(tables["articles"]["file"]) == ["good.txt"]
    row = tables["problems"].set_index("file").loc[name]
    assert problem in row["problem"]
    with pytest.raises(CorpusError, match=problem) as err:
        read_article(folder / name)
    assert name in str(err.value)


def test_corpus_with_only_bad_files_names_them(scratch):
    folder = scratch({"empty.txt": b""})
    with pytest.raises(CorpusError, match=r"no readable article.*empty.txt: empty file"):
        build_tables(folder)


def test_cp1252_and_latin1_are_detected_and_reported(scratch):
    folder = scratch({
        "cp.txt": "Headline\n\nThe minister said \u201cno deal\u201d \u2013 talks lasted 90 minutes.\n".encode("cp1252"),
        "latin.txt": "Headline two\n\nThe caf\u00e9 in Z\u00fcrich closed after 3 days of protests.\n".encode("latin-1"),
    })
    arts = build_tables(folder)["articles"].set_index("file")
    assert arts.loc["cp.txt", "encoding"] == "cp1252"
    assert arts.loc["latin.txt", "encoding"] == "latin-1"
    blocks = build_tables(folder)["blocks"]
    assert "\u201cno deal\u201d" in " ".join(blocks["text"])
    assert "Z\u00fcrich" in " ".join(blocks["text"])


def test_utf8_bom_and_crlf(scratch):
    folder = scratch({"bom.txt": b"\xef\xbb\xbfTitle line\r\n\r\nBody text of the article, long enough to be body.\r\n"})
    tables = build_tables(folder)
    assert tables["articles"]["encoding"][0] == "utf-8-sig"
    assert tables["blocks"]["text"].tolist() == ["Title line", "Body text of the article, long enough to be body."]


def test_decode_text_names_the_file():
    with pytest.raises(CorpusError, match=r"^x\.txt: binary"):
        decode_text(b"abc\x00def", "x.txt")


def test_same_text_under_two_names_is_kept_once_and_reported(scratch):
    folder = scratch({"a.txt": ARTICLE, "b.txt": ARTICLE})
    tables = build_tables(folder)
    assert tables["articles"]["file"].tolist() == ["a.txt"]
    assert tables["problems"]["problem"].str.contains("duplicate: same text as a.txt").all()


def test_one_article_corpus_normalises(scratch):
    tables = build_tables(scratch({"only.txt": ARTICLE}))
    assert len(tables["articles"]) == 1
    assert tables["articles"]["n_sentences"][0] == 2


def test_unsupported_files_are_reported_not_read(scratch):
    folder = scratch({"a.txt": ARTICLE, "notes.docx": b"PK\x03\x04"})
    problems = build_tables(folder)["problems"]
    assert "not an article file" in problems.set_index("file").loc["notes.docx", "problem"]


@pytest.mark.parametrize(
    "row, problem",
    [("missing.txt,Outlet", "does not exist"), ("../outside.txt,Outlet", "outside the corpus folder"),
     ("/etc/passwd,Outlet", "outside the corpus folder"), ("./a.txt,Other", "listed twice"),
     ("sub/../../outside.txt,Outlet", "outside the corpus folder"), (",Outlet", "empty 'file'")],
)
def test_bad_manifest_rows_are_problems_and_the_good_rows_stay(scratch, row, problem):
    folder = scratch({"a.txt": ARTICLE, "manifest.csv": f"file,outlet\na.txt,Paper\n{row}\n"})
    (folder.parent / "outside.txt").write_text(ARTICLE)
    rows, problems = read_manifest(folder)
    assert rows["file"].tolist() == ["a.txt"] and rows["outlet"].tolist() == ["Paper"]
    assert len(problems) == 1 and problems[0]["file"] == "manifest.csv"
    assert problem in problems[0]["problem"] and "row 3" in problems[0]["problem"]
    tables = build_tables(folder)
    assert tables["articles"]["outlet"].tolist() == ["Paper"]
    assert problem in " ".join(tables["problems"]["problem"])


def test_manifest_metadata_is_used(scratch):
    folder = scratch({"a.txt": ARTICLE, "manifest.csv": "file,outlet,url,published\n./a.txt,The Paper,https://p.example/a,2024-01-02\n"})
    art = build_tables(folder)["articles"].iloc[0]
    assert (art["outlet"], art["source"], art["url"]) == ("The Paper", "The Paper", "https://p.example/a")
    assert art["published"] == pd.Timestamp("2024-01-02", tz="UTC")


def test_html_pages_are_extracted_with_metadata(copy_corpus):
    from conftest import CORPORA

    tables = build_tables(copy_corpus(CORPORA / "harbour-fire-html"))
    arts = tables["articles"].set_index("article_id")
    assert arts.loc["coastal-herald", "outlet"] == "Coastal Herald"
    # the page's article:published_time is "2024-03-09T07:30:00Z": the time is kept, not only the day
    assert arts.loc["coastal-herald", "published"] == pd.Timestamp("2024-03-09 07:30", tz="UTC")
    assert arts.loc["daily-signal", "encoding"] == "auto"
    body = tables["blocks"].query("role == 'body'")["text"].str.cat(sep=" ")
    assert "between 40 and 60 people" in body and "Share on Facebook" not in body and "Leave a Reply" not in body
    assert arts.loc["daily-signal", "credit"] == "Daily Signal staff"


PAGE = """<html><head><title>{title}</title>
<meta property="og:title" content="Ferry capsizes on Lake Ormen, nine missing"></head>
<body><article><h1>Ferry capsizes on Lake Ormen, nine missing</h1>
<p>A passenger ferry capsized on Lake Ormen on Sunday evening and nine people were missing, the coastguard said.</p>
<p>Divers searched the water through the night, and 31 passengers were pulled from the lake alive.</p>
</article></body></html>"""


@pytest.mark.parametrize("title,outlet", [
    ("Ferry capsizes on Lake Ormen, nine missing | The Lakeside Courier", "The Lakeside Courier"),
    ("Ormen Radio – Ferry capsizes on Lake Ormen, nine missing", "Ormen Radio"),
    ("Ferry capsizes on Lake Ormen, nine missing", "page"),  # no name in the title: the file name stays
    ("Ferry capsizes on Lake Ormen, nine missing - updated at 9pm on Sunday with the coastguard's figures", "page"),
])
def test_a_saved_page_without_a_site_tag_takes_its_outlet_from_the_title(scratch, title, outlet):
    """Saved pages often name their site only in <title>, after the headline ("Headline | Site"); a long tail is not
    a name. Pages written for this test."""
    folder = scratch({"page.html": PAGE.format(title=title)})
    art = build_tables(folder)["articles"].iloc[0]
    assert art["source"] == outlet


def test_jsonl_records_become_articles_with_their_ids(copy_corpus):
    from conftest import CORPORA

    tables = build_tables(copy_corpus(CORPORA / "quake-jsonl"))
    arts = tables["articles"].set_index("article_id")
    assert list(arts.index) == ["quake-wire-1", "quake-post-7", "quake-local-3"]
    assert arts.loc["quake-wire-1", "outlet"] == "wire.example"
    assert arts.loc["quake-wire-1", "standfirst"] == "Rescuers search collapsed homes."
    roles = tables["blocks"].set_index(["article_id", "text"])["role"]
    assert roles[("quake-wire-1", "0 Comments")] == "boilerplate"
    assert roles[("quake-post-7", "Disclaimer: figures are provisional and may change as rescue work continues.")] == "boilerplate"
    assert roles[("quake-local-3", "Photo: Ivan Kolev / Local Times")] == "caption"


def test_jsonl_bad_line_is_named(scratch):
    good = json.dumps({"title": "t", "maintext": "Some body text here for the article."})
    folder = scratch({"a.jsonl": good + "\n{broken\n", "b.txt": ARTICLE})
    problems = build_tables(folder)["problems"].set_index("file")
    assert "line 2: invalid JSON" in problems.loc["a.jsonl", "problem"]


def test_a_blank_manifest_cell_keeps_the_files_own_publication_time(scratch):
    record = {"title": "Ferry capsizes", "maintext": ARTICLE, "date_publish": "2026-03-04 18:05:00", "source_domain": "wire.example"}
    folder = scratch({"a.json": json.dumps(record), "b.txt": ARTICLE,
                      "manifest.csv": "file,outlet,published\na.json,Wire,\nb.txt,Paper,2026-03-04T09:00:00+00:00\n"})
    arts = build_tables(folder)["articles"].set_index("file")
    assert arts.loc["a.json", "outlet"] == "Wire"
    assert arts.loc["a.json", "published"] == pd.Timestamp("2026-03-04 18:05", tz="UTC")
    assert arts.loc["b.txt", "published"] == pd.Timestamp("2026-03-04 09:00", tz="UTC")


def test_a_broken_json_file_is_named_with_a_readable_reason(scratch):
    folder = scratch({"a.txt": ARTICLE, "broken.json": b'{"title": "x", "maintext": "unfinished'})
    problem = build_tables(folder)["problems"].set_index("file").loc["broken.json", "problem"]
    assert problem.startswith("invalid JSON: unterminated string starting at line 1, column 28"), problem


def test_an_html_pages_marked_standfirst_is_a_standfirst_not_body(scratch):
    page = ("<html><head><title>Ferry capsizes off the coast</title></head><body><article><h1>Ferry capsizes off the coast</h1>"
            '<p class="article-standfirst">Coastguard says 15 dead as the search goes on</p>'
            "<p>The ferry overturned in heavy seas before dawn on Tuesday, the coastguard said in a statement issued at noon "
            "to reporters gathered at the port.</p><p>Rescuers pulled 148 people from the water and divers searched the hull "
            "through the afternoon, officials said.</p>"
            '<p class="summary-note">This paragraph is not at the top.</p></article></body></html>')
    blocks = build_tables(scratch({"a.html": page}))["blocks"].set_index("text")
    assert blocks.loc["Coastguard says 15 dead as the search goes on", "role"] == "standfirst"
    assert blocks.loc["Rescuers pulled 148 people from the water and divers searched the hull through the afternoon, "
                      "officials said.", "role"] == "body"


def test_an_html_pages_description_missing_from_its_text_is_read_as_its_standfirst(scratch):
    """A standfirst a page gives only in its meta description is read (its figures too); a description that repeats
    the first paragraph, or a site's blurb, adds nothing."""
    body = ("<p>The ferry overturned in heavy seas before dawn on Tuesday, the coastguard said in a statement issued at "
            "noon to reporters gathered at the port.</p><p>Rescuers pulled 148 people from the water and divers searched "
            "the hull through the afternoon, officials said.</p>")

    def page(description):
        return (f'<html><head><title>Ferry capsizes off the coast</title><meta name="description" content="{description}">'
                f"</head><body><article><h1>Ferry capsizes off the coast</h1>{body}</article></body></html>")

    folder = scratch({"own.html": page("Fifteen dead after the ferry overturned; rescuers pulled 148 from the water"),
                      "repeat.html": page("The ferry overturned in heavy seas before dawn on Tuesday, the coastguard said…"),
                      "blurb.html": page("The latest news, sport and weather from the Coastal Herald, every day of the year")})
    blocks = build_tables(folder)["blocks"]
    stand = blocks[blocks["role"] == "standfirst"]
    assert stand["text"].tolist() == ["Fifteen dead after the ferry overturned; rescuers pulled 148 from the water"]
    assert stand["article_id"].tolist() == ["own"]


def test_a_news_please_records_authors_are_its_credit(scratch):
    import json

    text = "The ferry overturned in heavy seas before dawn on Tuesday, the coastguard said, and 15 people died."
    records = {"named.json": {"title": "Ferry capsizes", "maintext": text, "authors": ["Nadia Ferro", "Staff"]},
               "none.json": {"title": "Ferry capsizes again", "maintext": text.replace("15", "16"), "authors": []},
               "odd.json": {"title": "Ferry capsizes once more", "maintext": text.replace("15", "17"), "authors": 12}}
    arts = build_tables(scratch({k: json.dumps(v) for k, v in records.items()}))["articles"].set_index("file")
    assert arts.loc["named.json", "credit"] == "Nadia Ferro"
    assert not arts.loc["named.json", "credit_inferred"]
    assert pd.isna(arts.loc["none.json", "credit"]) and pd.isna(arts.loc["odd.json", "credit"])


def test_an_html_page_keeps_its_publication_time_and_offset(scratch):
    """A page stamped 14:10 at +02:00 is 12:10 UTC, not midnight; a page that gives only the day stays on that day."""
    words = "<p>" + "The council met on Monday to discuss the river and the bridge repairs. " * 4 + "</p>"
    timed = ('<html><head><meta property="article:published_time" content="2026-11-16T14:10:00+02:00"></head>'
             f"<body><article><h1>Bridge repairs</h1>{words}</article></body></html>")
    other = "<p>" + "Engineers said the old ferry pier would stay closed until the spring storms had passed. " * 4 + "</p>"
    day = ('<html><head><meta property="article:published_time" content="2026-11-17"></head>'
           f"<body><article><h1>Pier closed</h1>{other}</article></body></html>")
    arts = build_tables(scratch({"timed.html": timed, "day.html": day}))["articles"].set_index("file")
    assert arts.loc["timed.html", "published"] == pd.Timestamp("2026-11-16 12:10", tz="UTC")
    assert arts.loc["day.html", "published"] == pd.Timestamp("2026-11-17", tz="UTC")


# A byline or date line under a plain-text headline is credit furniture (class: the dateline of newspapers, radio and
# agency copy), never a standfirst; its date is the publication time when the manifest gives none.
DATELINED = {
    "herald.txt": "Ferry capsizes off Port Aldis, 15 dead\n\nBy Ines Marr, Coastal Herald Tuesday 3 March 2026, 08:40\n\n"
                  "The ferry overturned in heavy seas before dawn on Tuesday, the coastguard said, and 15 people died.\n\n"
                  "Rescuers pulled 148 people from the water, officials said.\n",
    "radio.txt": "Ferry toll rises to 17\n\nRadio Seaward | News | 4 March 2026 07:30 CET\n\n"
                 "The death toll from the ferry disaster rose to 17 overnight, the coastguard said on Wednesday morning.\n\n"
                 "Divers searched the hull for a second day, officials said.\n",
    "post.txt": "Ferry owner faces questions\n\nBy Tom Hale\nWednesday 4 March 2026, 9.15pm\n\n"
                "The owner of the ferry that capsized on Tuesday said it had passed every inspection, its chief said.\n",
}


def test_a_byline_or_date_line_under_the_headline_is_a_credit_not_a_standfirst(scratch):
    tables = build_tables(scratch(DATELINED))
    blocks = tables["blocks"].set_index("text")
    assert blocks.loc["By Ines Marr, Coastal Herald Tuesday 3 March 2026, 08:40", ["role", "reason"]].tolist() == [
        "credit", "byline with date line"]
    assert blocks.loc["Radio Seaward | News | 4 March 2026 07:30 CET", ["role", "reason"]].tolist() == [
        "credit", "date line (outlet or section, date)"]
    arts = tables["articles"].set_index("file")
    assert arts["standfirst"].isna().all()
    assert arts.loc["herald.txt", "credit"] == "Ines Marr, Coastal Herald"
    assert pd.isna(arts.loc["radio.txt", "credit"])  # an outlet's date line names no reporter
    # the date line's time is the publication time (the manifest gives none); 08:40 without a zone is read as UTC, noted
    assert arts.loc["radio.txt", "published"] == pd.Timestamp("2026-03-04 06:30", tz="UTC")
    assert arts.loc["herald.txt", "published"] == pd.Timestamp("2026-03-03 08:40", tz="UTC")
    assert arts.loc["post.txt", ["credit", "published"]].tolist() == ["Tom Hale", pd.Timestamp("2026-03-04 21:15", tz="UTC")]
    problems = tables["problems"].set_index("file")["problem"]
    assert list(problems.index) == ["herald.txt", "post.txt"] and "'3 March 2026 08:40' names no time zone: read as UTC" in problems.iloc[0]
    sentences = tables["sentences"]
    assert not sentences["text"].str.contains("2026").any()  # the date line's figures are never read


def test_the_manifest_time_wins_over_a_date_line(scratch):
    folder = scratch({**DATELINED, "manifest.csv": "file,published\nherald.txt,2026-03-03T09:15:00+01:00\n"})
    tables = build_tables(folder)
    arts = tables["articles"].set_index("file")
    assert arts.loc["herald.txt", "published"] == pd.Timestamp("2026-03-03 08:15", tz="UTC")
    assert tables["problems"]["file"].tolist() == ["post.txt"]  # the herald's time came from the manifest: no note


def test_a_news_please_time_without_a_zone_is_read_as_utc_with_a_note(scratch):
    record = {"title": "Ferry capsizes", "maintext": ARTICLE, "date_publish": "2026-03-04 18:05:00"}
    zoned = {"title": "Ferry toll rises", "maintext": ARTICLE.replace("2 metres", "3 metres"),
             "date_publish": "2026-03-04T18:05:00+01:00"}
    tables = build_tables(scratch({"a.json": json.dumps(record), "b.json": json.dumps(zoned)}))
    arts = tables["articles"].set_index("file")
    assert arts.loc["a.json", "published"] == pd.Timestamp("2026-03-04 18:05", tz="UTC")
    assert arts.loc["b.json", "published"] == pd.Timestamp("2026-03-04 17:05", tz="UTC")
    problems = tables["problems"].set_index("file")["problem"]
    assert list(problems.index) == ["a.json"]
    assert problems["a.json"] == ("article a: published '2026-03-04 18:05:00' names no time zone: read as UTC (the "
                                  "article is kept; if it is local time, give the time with its zone in manifest.csv)")


def test_an_html_pages_author_is_its_credit(scratch):
    words = "<p>" + "The council met on Monday to discuss the river and the bridge repairs. " * 4 + "</p>"
    page = ('<html><head><meta name="author" content="Ines Marr"></head><body><article><h1>Bridge repairs</h1>'
            f'<p class="byline">By Ines Marr · Live · 3 March 2026, 13:30</p>{words}</article></body></html>')
    arts = build_tables(scratch({"a.html": page}))["articles"].set_index("file")
    assert arts.loc["a.html", ["credit", "credit_inferred", "credit_basis"]].tolist() == [
        "Ines Marr", True, "inferred from the page's author tag or byline"]


PAGE_WITH_TIME = """<html><head><title>Outbreak: 38 children in hospital | Public Radio</title>
{tag}
<link rel="canonical" href="https://radio.example/health/2026/10/14/outbreak"></head>
<body><article><h1>Outbreak: 38 children in hospital</h1>
<p>Thirty-eight children were in hospital on Wednesday after eating school meals, the health ministry said.</p>
<p>The ministry said the number of confirmed cases had risen to more than 230 by midday, up from 212 in the morning.</p>
</article></body></html>"""


@pytest.mark.parametrize("tag", [
    '<meta property="article:published_time" content="2026-10-14T13:20:00+02:00">',
    '<meta content="2026-10-14T13:20:00+02:00" property="og:article:published_time">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-10-14T13:20:00+02:00"}</script>',
    '<meta itemprop="datePublished" content="2026-10-14T13:20:00+02:00">',
])
def test_a_pages_stated_publication_time_wins_over_the_day_in_its_url(tmp_path, tag):
    page = tmp_path / "radio.html"
    page.write_text(PAGE_WITH_TIME.format(tag=tag), encoding="utf-8")
    (article,) = read_article(page)
    assert article.meta["published"] == "2026-10-14T13:20:00+02:00"  # not 2026-10-14T00:00:00 from the URL


def test_a_page_that_states_only_its_day_keeps_the_day(tmp_path):
    page = tmp_path / "radio.html"
    page.write_text(PAGE_WITH_TIME.format(tag='<meta property="article:published_time" content="2026-10-14">'),
                    encoding="utf-8")
    (article,) = read_article(page)
    assert str(article.meta["published"]).startswith("2026-10-14") and "13:20" not in str(article.meta["published"])
