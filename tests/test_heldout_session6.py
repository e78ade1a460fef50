"""The three whole events written in session 6 by sessions that never ran the code on them (a freight derailment with
a chemical release, a crowd crush at a stadium, a plant closure with mass job losses), scored ONCE after every
session-6 rule was merged, with the default codebooks only (no event codebook). The levels below are those
first-contact figures, floored at 3 decimals: they measure the tool on events nobody tuned it for, and they are
asserted so that a change which makes them worse fails. From the next session on these events are development data,
and these figures stop measuring unseen text."""
from __future__ import annotations

import pytest

from conftest import CORPORA
from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 events

FIRST_CONTACT = {  # measured 2026-11-26 after the session-6 merges (docs/ACCURACY.md: whole events nobody tuned for)
    "derailment-osterby": {"recall": 0.988, "value_accuracy": 0.988, "hedge_accuracy": 0.982, "quotes_recall": 0.96, "speaker_accuracy": 0.863,
        "type_accuracy": 0.712, "claimant_accuracy": 0.842, "claimant_type_accuracy": 0.76, "grouping_f1": 0.365, "frames_f1": 0.453},
    "crowd-crush-selvana": {"recall": 0.993, "value_accuracy": 0.974, "hedge_accuracy": 0.987, "quotes_recall": 0.85, "speaker_accuracy": 0.852,
        "type_accuracy": 0.72, "claimant_accuracy": 0.857, "claimant_type_accuracy": 0.792, "grouping_f1": 0.558, "frames_f1": 0.65},
    "plant-closure-dornbach": {"recall": 0.987, "value_accuracy": 0.981, "hedge_accuracy": 0.987, "quotes_recall": 0.865, "speaker_accuracy": 0.888,
        "type_accuracy": 0.793, "claimant_accuracy": 0.819, "claimant_type_accuracy": 0.751, "grouping_f1": 0.4, "frames_f1": 0.486},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session6_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(6, event, FIRST_CONTACT[event], accuracy)


# Session 7 (voices7: rules revised on the twelve older events, never on these three; scored at the start and at the
# end, per-event totals only; one rule, a quotation carried across paragraphs, was dropped at the end because it
# lowered the plant closure's grouping F1 0.40 -> 0.36): the attribution figures that rose, at their current level
# (first contact: derailment type 0.712, claimant type 0.76; crush speaker 0.852, type 0.72; plant quotes found
# 0.865, speaker 0.724, type 0.793, claimant type 0.751). The first-contact levels above stay as they were measured.
# Session 8 (voices8, development data now): crowd crush found/speaker/type 0.85/0.882/0.75 -> 0.862/0.942/0.811
# (the person a sentence without speech introduces is the next "she"; a gloss naming a voice), plant closure speaker /
# type / claimant type 0.745/0.813/0.763 -> 0.779/0.847/0.776 ("Among them was X, 58, … 'We gave them 34 years,' he said").
# Session 9 (voices9: stance verbs, hospital/kin/body-name types, bare body references, closing tags of writing and
# documents): derailment found 0.961 -> 0.986, type 0.767 -> 0.813, claimant type 0.777 -> 0.812; crowd crush found
# 0.862 -> 0.925, speaker 0.942 -> 0.945, type 0.811 -> 0.932, claimant type 0.799 -> 0.902; plant closure found 0.881
# -> 0.925, speaker 0.779 -> 0.822, type 0.847 -> 0.903, claimant type 0.776 -> 0.795.
# Session 10 (voices10: local offices with their place, figures before a participle, closing tags with any verb of
# saying, the most-named company, law firms, waterworks, advisory councils, public offices whoever owns them):
# derailment speaker / type / claimant type 0.866 / 0.813 / 0.812 -> 0.906 / 0.92 / 0.847; crowd crush speaker / type /
# claimant type 0.945 / 0.932 / 0.902 -> 0.959 / 0.945 / 0.922; plant closure speaker / type / claimant type 0.822 /
# 0.903 / 0.795 -> 0.870 / 0.935 / 0.801.
# Session 11 (grouping11: a figure is never the speaker of its own sentence, FIGURE_SUBJECTS): derailment claimant
# type 0.847 -> 0.859.
# Session 11 (voices11: owned figures, figures in long quotations, a named lawyer is counsel): derailment type /
# claimant type 0.92 / 0.847 -> 0.933 / 0.865; crowd crush claimant type 0.922 -> 0.928; plant closure found / speaker /
# type / claimant type 0.925 / 0.870 / 0.935 / 0.801 -> 0.94 / 0.873 / 0.936 / 0.813.
# Session 12 (voices12: "three days later than Kaldor" is no speaker, Kaldor is): derailment speaker 0.906 -> 0.92.
# Session 13 (nuvoices13: a protest sign's words are its carrier's): plant closure speaker 0.873 -> 0.888 (first contact
# speaker / claimant 0.724 / 0.782 -> 0.888 / 0.819).
# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): derailment-osterby type
# 0.933 -> 0.919, claimant type 0.865 -> 0.859; plant-closure-dornbach found 0.94 -> 0.954, speaker 0.888 -> 0.89,
# type 0.936 -> 0.968, claimant type 0.813 -> 0.838. Lowered (stated trade: the key codes a ministry's or council's
# figures other, the session-14 convention types them by their keeper): derailment-osterby type, derailment-osterby
# claimant type
# Session 15 (voices15: speaker fragments, findings with "that", public inquiries official, a year inside a source
# phrase, the outlet's first person; levels floored): derailment claimant type 0.859 -> 0.865
CURRENT = {"derailment-osterby": {"quotes_recall": 0.986, "speaker_accuracy": 0.92, "type_accuracy": 0.919,
                                  "claimant_type_accuracy": 0.883},
           "crowd-crush-selvana": {"quotes_recall": 0.925, "speaker_accuracy": 0.959, "type_accuracy": 0.945,
                                   "claimant_type_accuracy": 0.928},
           "plant-closure-dornbach": {"quotes_recall": 0.954, "speaker_accuracy": 0.89, "type_accuracy": 0.968,
                                      "claimant_type_accuracy": 0.838}}


@pytest.mark.parametrize("event", sorted(CURRENT))
def test_session6_events_at_their_current_attribution_level(event, accuracy):
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    import test_attribution as ta
    quotes = ta._event_score(event, f"{event}_quotes_heldout.csv")
    claimants = ta._claimant_score(event, f"{event}_numbers_heldout.csv")
    figures = {"quotes_recall": quotes["recall"], "speaker_accuracy": quotes["speaker_accuracy"],
               "type_accuracy": quotes["type_accuracy"], "claimant_type_accuracy": claimants["claimant_type_accuracy"]}
    accuracy[f"whole event held out in session 6, attribution now: {event}"] = {k: round(v, 3) for k, v in figures.items()}
    low = {k: (round(figures[k], 4), level) for k, level in CURRENT[event].items() if figures[k] < level}
    assert not low, low
