"""The three whole events written in session 10 by sessions that never ran the code on them (a volcanic eruption, a
national power blackout, a hostile takeover bid for an airline), scored twice: once with the session-9 code when their
keys arrived (before any session-10 change was merged) and once after every session-10 rule was merged, with the
default codebooks only (no event codebook). The levels below are the second, floored at 3 decimals: they measure the
tool on events nobody tuned it for, and they are asserted so that a change which makes them worse fails. From the next
session on these events are development data, and these figures stop measuring unseen text."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_current_attribution, assert_first_contact  # the same measures as the session-5 to -9 events

FIRST_CONTACT = {  # measured 2026-11-26 after the session-10 merges (docs/ACCURACY.md: whole events nobody tuned for);
    # session 15 (grouping15: a vote's tally, a market's open, a gap between counts, patients in hospital, a cargo;
    # score11.py, levels 0.001 under the rounded figures): grouping eruption 0.652 -> 0.667, takeover 0.454 -> 0.497
    # one level lowered, a trade stated in session 12: takeover grouping 0.351 -> 0.346 (numbers12 reads working and
    # trading days as durations, a trade it stated; development data now)
    # session 14 (grouping14: "the figure" restates the count before; datelines): grouping eruption 0.549 -> 0.625,
    # blackout 0.396 -> 0.503, takeover 0.346 -> 0.443 (they had risen with sessions 11-13; raised to today's figures)
    # session 16 (frames16, development data): frames_f1 raised by the cue rows carried by implication
    # session 16 (claimants16, a stated trade): eruption grouping 0.666 -> 0.656 ("Volcanologists urge 15km zone" is now the
    # volcanologists', as the key codes it, and splits from the outlet's 15 km elsewhere)
    # session 16 (coordinator, stated trade): eruption grouping 0.666 -> 0.661 (grouping16, claimants16)
    # session 18 (frames18, development data): frames_f1 0.675 -> 0.684 (the session-18 cue rows carried by implication)
    "eruption-moravel": {'recall': 0.993, 'value_accuracy': 0.993, 'hedge_accuracy': 0.993, 'quotes_recall': 0.975, 'speaker_accuracy': 0.949, 'type_accuracy': 0.962, 'claimant_accuracy': 0.883, 'claimant_type_accuracy': 0.889, 'grouping_f1': 0.661, 'frames_f1': 0.684},
    # session 17 (frames17, development data): frames_f1 raised by the cue rows carried by implication: blackout-serenna 0.65 -> 0.712, takeover-lindqvist 0.72 -> 0.736
    # session 18 (frames18, development data): frames_f1 0.697 -> 0.727 (the session-18 cue rows carried by implication)
    # session 19 (claims19, a stated trade, docs/ACCURACY.md): quotes found 0.938 -> 0.925, type 0.907 -> 0.906, claimant
    # 0.928 -> 0.922 (speakers 0.960 -> 0.973 on the branch; the rows behind the fall were not isolated in time)
    "blackout-serenna": {'recall': 1.0, 'value_accuracy': 0.982, 'hedge_accuracy': 0.982, 'quotes_recall': 0.925, 'speaker_accuracy': 0.96, 'type_accuracy': 0.906, 'claimant_accuracy': 0.922, 'claimant_type_accuracy': 0.88, 'grouping_f1': 0.503, 'frames_f1': 0.727},
    # session 18 (frames18, development data): frames_f1 0.736 -> 0.769 (the session-18 cue rows carried by implication)
    "takeover-lindqvist": {'recall': 0.988, 'value_accuracy': 0.948, 'hedge_accuracy': 0.988, 'quotes_recall': 0.906, 'speaker_accuracy': 0.931, 'type_accuracy': 0.965, 'claimant_accuracy': 0.852, 'claimant_type_accuracy': 0.869, 'grouping_f1': 0.496, 'frames_f1': 0.769},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session10_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(10, event, FIRST_CONTACT[event], accuracy)


# Session 12 (voices12: development data now): the attribution figures at their current level. Blackout type / claimant
# type 0.842 / 0.845 -> 0.881 / 0.857 (a transport operator "X Metro" is a company; "its president" after the body's
# own clause); eruption type / claimant type 0.911 / 0.863 -> 0.936 / 0.876 ("the organisation's head of emergencies");
# takeover at its session-11 level.
# Session 13 (voices13: "That still angers Dr. Kessel." makes her the next "she"; a passenger named with an age the next
# "she"): eruption speaker / type / claimants 0.886 / 0.936 / 0.883 / 0.876 -> 0.911 / 0.962 / 0.889 / 0.883; takeover
# speaker / type 0.931 / 0.965 -> 0.948 / 0.982.
# Session 13 (nuvoices13: a body reference is the body, not a holder of its post): eruption speaker / type / claimant
# type 0.886 / 0.936 / 0.876 -> 0.949 / 0.962 / 0.889 (first contact raised with them).
# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): blackout-serenna type
# 0.881 -> 0.894, claimant type 0.857 -> 0.868
# Session 15 (voices15: speaker fragments, findings with "that", public inquiries official, a year inside a source
# phrase, the outlet's first person; levels floored): blackout claimant / claimant type 0.922 / 0.868 -> 0.928 /
# 0.875; eruption type / claimant type 0.962 / 0.889 -> 0.987 / 0.896
# Session 16 (types16: speaker types, tests/test_leftovers_voices16.py; levels floored): blackout-serenna type / claimant type 0.894 / 0.875 -> 0.907 / 0.88 (chains of shops are companies)
CURRENT = {"eruption-moravel": {"quotes_recall": 0.975, "speaker_accuracy": 0.949, "type_accuracy": 0.987,
                                "claimant_accuracy": 0.896, "claimant_type_accuracy": 0.902},
           "blackout-serenna": {'quotes_recall': 0.925, 'speaker_accuracy': 0.96, 'type_accuracy': 0.906, 'claimant_accuracy': 0.922, 'claimant_type_accuracy': 0.88},  # session 19 (claims19): a stated trade, above
           "takeover-lindqvist": {"quotes_recall": 0.906, "speaker_accuracy": 0.948, "type_accuracy": 0.982,
                                  "claimant_accuracy": 0.857, "claimant_type_accuracy": 0.875}}


@pytest.mark.parametrize("event", sorted(CURRENT))
def test_session10_events_at_their_current_attribution_level(event, accuracy):
    assert_current_attribution(10, event, CURRENT[event], accuracy)
