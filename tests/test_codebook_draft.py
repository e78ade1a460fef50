"""Codebook starter: `newscompare codebook CORPUS` drafts actors, facts and terms; fit warnings."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import CORPORA, KEYS
from helpers import cli
from helpers.actors import corpus_actors
from helpers.codebook_draft import codebook_fit_warnings, draft_actors
from helpers.corpus import build_tables
from helpers.evaluation_voices import same_speaker
from helpers.schemas import validate
from helpers.voices import quotations

NO_ACTORS = pd.DataFrame(columns=["actor", "side", "alias"])


def test_codebook_command_writes_a_draft_and_never_overwrites(tmp_path, capsys):
    into = tmp_path / "book"
    assert cli.main(["codebook", str(CORPORA / "harbour-fire-html"), "--into", str(into)]) == 0
    written = {p.name for p in into.iterdir()}
    assert written == {"actors.csv", "candidate_facts.csv", "distinctive_terms.csv"}
    actors = pd.read_csv(into / "actors.csv", keep_default_na=False, comment="#")  # the first line marks a draft
    assert list(actors.columns) == ["actor", "side", "aliases", "type"]
    assert ("Maria Lindqvist", "official") in set(zip(actors["actor"], actors["type"]))
    (into / "actors.csv").write_text("actor,side,aliases\nEdited,,\n", encoding="utf-8")
    assert cli.main(["codebook", str(CORPORA / "harbour-fire-html"), "--into", str(into)]) == 0
    assert (into / "actors.csv").read_text(encoding="utf-8") == "actor,side,aliases\nEdited,,\n"
    assert "kept" in capsys.readouterr().out


def test_codebook_command_on_a_missing_folder_says_so_without_a_traceback(tmp_path, capsys):
    assert cli.main(["codebook", str(tmp_path / "nothing-here")]) == 1
    assert "no such corpus folder" in capsys.readouterr().err


def _main_speakers(event: str) -> pd.DataFrame:
    """Named speakers quoted at least twice in the event's quotation key (the development key where the event has
    one, else the whole-event key), with their type."""
    own = KEYS / f"{event}_quotes.csv"
    key = pd.read_csv(own if own.exists() else KEYS / f"{event}_quotes_heldout.csv", comment="#")
    key = key[key["speaker_type"] != "anonymous"]
    counts = key.groupby(["speaker", "speaker_type"]).size().reset_index(name="n")
    return counts[counts["n"] >= 2]


# Measured: the unedited draft names this share of the main speakers with the key's type. Session 5 typed each draft
# actor as the attribution step types its own quotations, added speakers no actor names (a country that speaks) and
# dropped byline titles and the outlet's own reporters: the events of sessions 2-4 went from shelling 0.80, ice storm
# 0.894, wildfire 0.666, market crash 0.785, outbreak 0.866 (election 1.00) to the levels below.
# Session 8: groups and bare titles quoted at least twice are drafted ("fire officials", "witnesses", "the mayor"):
# wildfire 0.933 -> 1.00, crowd crush 0.80 -> 0.90; the session-5 and -6 events are asserted at their measured levels.
# Session 13 (nuvoices13: counsel typed as counsel, a post before a named person no body, a company's name no person's
# alias): verdict 0.833 -> 1.00, doping case 0.769 -> 0.923, prison riot 0.928 -> 1.00.
DRAFT_LEVELS = {"quake-valdora": 1.00, "strike-norland": 1.00, "verdict-halberg": 1.00, "election-varenia": 1.00,
                "wildfire-cabrel": 1.00, "market-crash-ardesia": 0.928, "outbreak-kavrin": 1.00,
                "mine-collapse-brevik": 0.882, "shipwreck-calvera": 0.80, "ransomware-lenmark": 0.846,
                "derailment-osterby": 0.894, "crowd-crush-selvana": 0.90, "plant-closure-dornbach": 0.833,
                "shelling-tolvany": 1.00, "ice-storm-haldmark": 1.00,
                # session 7, first contact (the unedited draft of an event nobody tuned for; scored once after the
                # session-7 merges): tower fire 15 of 15, budget 17 of 20, abduction 12 of 16 main speakers
                "tower-fire-quellen": 1.00, "budget-ostria": 0.85, "abduction-karsa": 0.75,
                # session 8, first contact: heatwave 14 of 16, prison riot 13 of 14, runway overrun 12 of 14
                "heatwave-corvena": 0.875, "prison-riot-halvik": 1.00, "runway-overrun-orlend": 0.928,
                # session 9, first contact: cyclone 15 of 17, no-confidence vote 11 of 15, doping case 10 of 13
                "cyclone-tessaly": 0.882, "no-confidence-dravenia": 0.733, "doping-case-ostrel": 0.923,
                # session 10, first contact: eruption 21 of 21, blackout 17 of 19, takeover 13 of 13 main speakers
                "eruption-moravel": 1.00, "blackout-serenna": 0.894, "takeover-lindqvist": 1.00,
                # session 11, first contact: chemical leak 20 of 20, farmers' protest 20 of 23, bank collapse 18 of 21
                "chemical-leak-ravensk": 1.00, "farmers-protest-ostmark": 0.869, "bank-collapse-teluria": 0.857,
                # session 12, first contact: bridge collapse 16 of 21, referendum 12 of 12, rate decision 10 of 12
                "bridge-collapse-korvath": 0.761, "referendum-estrava": 1.00, "rate-decision-varkand": 0.833,
                # session 13, first contact (unchanged by the session-13 merges): tanker spill 16 of 17, knife attack
                # 19 of 20, tariff dispute 15 of 18 main speakers
                "tanker-spill-orvessa": 0.941, "knife-attack-belmora": 0.95, "tariff-dispute-kestria": 0.888,
                # session 14, first contact (session-13 code): flood 16 of 17, coup attempt 16 of 19, match-fixing 11 of
                # 14 main speakers
                "flood-drevna": 0.941, "coup-attempt-zerhavia": 0.894, "match-fixing-lorvane": 0.928,
                # session 16 (types16: speaker types, levels floored): runway overrun 0.857 -> 0.928, tariff dispute
                # 0.833 -> 0.888, coup attempt 0.842 -> 0.894, match-fixing 0.785 -> 0.928
                # session 15, first contact (session-14 code): avalanche 16 of 16, bailout 20 of 25, leaked exam 15 of 18
                # main speakers
                "avalanche-kessary": 1.00, "debt-bailout-morvania": 0.80, "exam-scandal-tavoria": 0.833,
                # session 16, first contact (session-15 code): ferry sinking 19 of 20, disputed run-off 14 of 15, airline
                # collapse 16 of 19 main speakers; after every session-16 merge ferry 20 of 20, airline 15 of 19 (a
                # stated trade: a caterer's owner typed citizen)
                "ferry-sinking-halsund": 1.00, "runoff-dispute-casmera": 0.933, "airline-bankruptcy-velotra": 0.789,
                # session 17, first contact (session-16 code): coach crash 21 of 22, bribery scandal 17 of 19, minimum
                # wage 19 of 22 main speakers; after every session-17 merge coach 22 of 22, minimum wage 21 of 22
                "coach-crash-pellaro": 1.00, "bribery-scandal-quessa": 0.894, "minimum-wage-dunmere": 0.954,
                # session 18, first contact (session-17 code): smog emergency 22 of 22, drug seizure 19 of 20, climate
                # summit 11 of 21 main speakers (which ones not read: held out)
                "smog-emergency-velgrad": 1.00, "cocaine-seizure-portmarin": 0.95, "climate-summit-aldera": 0.523,
                # session 19, first contact (session-18 code): methanol poisoning 15 of 17, competition fine 17 of 19,
                # disputed census 13 of 19 main speakers (which ones not read: held out)
                "methanol-poisoning-korvany": 0.882, "antitrust-fine-marvella": 0.894, "census-dispute-selmark": 0.684}


@pytest.mark.parametrize("event", sorted(DRAFT_LEVELS))
def test_draft_names_the_main_actors_with_their_types(event, accuracy):
    tables = build_tables(CORPORA / event)
    quotes = quotations(tables["sentences"], NO_ACTORS)
    found = corpus_actors(tables["sentences"], tables["articles"], quotes)
    for name, frame in found.items():
        validate(name, frame)
    draft = draft_actors(found["actors_found"], quotes, tables["sentences"])
    main = _main_speakers(event)
    right = [any(same_speaker(k.speaker, a) and t == k.speaker_type for a, t in zip(draft["actor"], draft["type"]))
             for k in main.itertuples()]
    figures = {"main_speakers": len(main), "named_with_type": sum(right) / len(main), "draft_actors": len(draft)}
    accuracy[f"codebook draft, {event}: main speakers named with their type"] = figures
    assert figures["named_with_type"] >= DRAFT_LEVELS[event], (figures, main[[not r for r in right]])


def test_fit_warnings_say_when_codebooks_do_not_fit():
    sentences = pd.DataFrame({"article_id": "a", "block_no": [1, 2, 3], "sentence_no": 1, "role": "body",
                              "text": ["One.", "Two.", "Three."]})
    frames = pd.DataFrame({"article_id": ["a"], "block_no": [1], "sentence_no": [1], "role": ["body"], "frame": ["x"]})
    quotes = pd.DataFrame({"speaker": ["anonymous", "Ana Ruiz"], "side": ["", ""]})
    summary = pd.DataFrame({"n_reporting": [1, 1]})
    warnings = codebook_fit_warnings(sentences, frames, quotes, summary)
    assert len(warnings) == 3 and warnings[0].startswith("67% of body sentences carry no frame")
    fitting = codebook_fit_warnings(sentences, pd.concat([frames.assign(block_no=b) for b in (1, 2)]),
                                    quotes.assign(side=["", "A"]), pd.DataFrame({"n_reporting": [2]}))
    assert fitting == []
    drafted = pd.DataFrame({"actor": ["Ana Ruiz", "Civil Protection"], "side": ["", ""], "aliases": "", "type": "official"})
    unsided = codebook_fit_warnings(sentences, None, quotes, None, actors=drafted)
    assert unsided == ["The actor codebook names 2 actors but gives none a side, so no voice has a side: fill the "
                       "`side` column of actors.csv in the codebook folder named after the corpus."]
    assert "run `make codebook" in codebook_fit_warnings(sentences, None, quotes, None, actors=drafted.iloc[:0])[0]


def test_ships_places_and_sentence_openers_are_not_actors():
    from helpers.actors import candidate_actors

    texts = ["The ferry Aurelia Dawn capsized in the Kessmar Strait before dawn, the coastguard said.",
             "But the Harbour Workers' Union (HWU) said the ship carried more people.",
             "Harbour Workers' Union leader Dana Fisk said the ferry Aurelia Dawn was overloaded."]
    found = candidate_actors(texts)
    assert "Aurelia Dawn" not in found and "Kessmar Strait" not in found
    assert "Harbour Workers' Union" in found and found["Harbour Workers' Union"]["aliases"] == {"HWU"}
    assert not any(name.startswith(("But ", "the ")) for name in found)


def test_draft_keeps_speaking_places_and_drops_bylines_and_own_reporters():
    found = pd.DataFrame({"actor": ["Defence Correspondent", "Ana Vik", "Neighbouring Ostria", "Brenn Hospital"],
                          "aliases": ["Correspondent", "Vik", "Ostria", ""], "type": ["citizen", "citizen", "citizen", "official"]})
    quotes = pd.DataFrame({"speaker": ["Vardia", "Vardia", "Neighbouring Ostria", "doctors at Brenn Hospital"],
                           "speaker_type": ["official", "official", "official", "expert"]})
    sentences = pd.DataFrame({"text": ["Shelling resumed, our correspondent Ana Vik reports."]})
    draft = draft_actors(found, quotes, sentences)
    assert set(zip(draft["actor"], draft["type"])) == {("Ostria", "official"), ("Brenn Hospital", "official"),
                                                       ("Vardia", "official")}


@pytest.mark.parametrize("name,pattern,example", __import__("helpers.codebook_draft", fromlist=["x"]).NOT_ACTORS,
                         ids=lambda r: r if isinstance(r, str) else None)
def test_names_that_are_not_actors_are_never_drafted(name, pattern, example):
    found = pd.DataFrame({"actor": [example, "Ana Ruiz"], "aliases": ["", "Ruiz"], "type": ["other", "citizen"]})
    sentences = pd.DataFrame({"text": [f"{example} was mentioned.", "Ana Ruiz said so."]})
    quotes = pd.DataFrame({"speaker": [example, example, "Ana Ruiz"], "speaker_text": [example, example, "Ana Ruiz"],
                           "speaker_type": ["citizen", "citizen", "citizen"]})
    assert draft_actors(found, quotes, sentences)["actor"].tolist() == ["Ana Ruiz"]


def test_groups_and_bare_titles_that_speak_often_are_drafted_with_their_type():
    found = pd.DataFrame({"actor": ["Ana Ruiz"], "aliases": [""], "type": ["citizen"]})
    quotes = pd.DataFrame({"speaker": ["anonymous", "anonymous", "police", "police", "the mayor", "the mayor", "Beck",
                                       "Beck", "the agency's spokeswoman", "the agency's spokeswoman"],
                           "speaker_text": ["Protesters", "protesters", "police", "Police", "the mayor", "the mayor",
                                            "Beck", "Beck", "the agency's spokeswoman", "the agency's spokeswoman"],
                           "speaker_type": ["citizen", "citizen", "official", "official", "official", "official",
                                            "citizen", "citizen", "official", "official"]})
    draft = draft_actors(found, quotes, pd.DataFrame({"text": ["Police said so."]}))
    assert set(zip(draft["actor"], draft["type"])) == {("Ana Ruiz", "citizen"), ("protesters", "citizen"),
                                                       ("police", "official"), ("mayor", "official"), ("Beck", "citizen")}


def test_distinctive_terms_list_leads_when_no_word_is_unusual_and_say_so():
    from helpers.codebook_draft import draft_notes, draft_terms

    terms = pd.DataFrame({"source": ["A"] * 12 + ["B"], "word": [f"w{i}" for i in range(13)],
                          "count": 2, "log_odds": 1.0, "z": [1.5 - i / 10 for i in range(12)] + [2.5]})
    drafted = draft_terms(terms)
    assert list(drafted.columns) == ["source", "word", "count", "z", "unusual"]
    assert (drafted["source"] == "A").sum() == 10 and drafted.iloc[0]["word"] == "w0"  # strongest first, ten kept
    assert drafted.set_index("word").loc["w12", "unusual"] == "yes" and (drafted["unusual"] == "no").sum() == 10
    assert draft_notes({"distinctive_terms.csv": drafted}) == []
    weak = draft_terms(terms[terms["source"] == "A"])
    assert len(weak) == 10 and "leads, not findings" in draft_notes({"distinctive_terms.csv": weak})[0]


@pytest.mark.parametrize("name", ["preposition", "imperative", "kin_word"])
def test_each_opening_word_class_is_cut_from_the_span_its_example_shows(name):
    from helpers.actors import OPENING_NOT_NAMES, _without_sentence_words

    row = OPENING_NOT_NAMES.set_index("name").loc[name]
    span = row["example"].split(",")[0].rstrip("…")
    assert _without_sentence_words(span) == " ".join(span.split()[1:])
    assert _without_sentence_words("Per Hallan") == "Per Hallan"  # a given name, not the preposition "per"


def test_a_surname_is_an_alias_only_when_used_alone_and_never_when_two_people_share_it():
    from helpers.actors import candidate_actors, surname_aliases

    texts = ["Dr Tomas Greve said six children were on dialysis.", "Greve said the next days were critical.",
             "Pellam Catering Services recalled 14 batches, said Anika Roth, a lawyer.",
             "Emil Lasko, 7, died on Wednesday, said his grandfather Viktor Lasko.",
             "The boy's grandfather, Viktor Lasko, said the family wanted answers."]
    found = surname_aliases(candidate_actors(texts), texts)
    assert found["Tomas Greve"]["aliases"] == {"Greve"}  # "Greve said": used alone
    assert found["Anika Roth"]["aliases"] == set()  # never alone: the full name finds her
    assert all("Lasko" not in found[n]["aliases"] for n in ("Emil Lasko", "Viktor Lasko"))  # shared by two people
    assert not any(a == "Services" for e in found.values() for a in e["aliases"])
