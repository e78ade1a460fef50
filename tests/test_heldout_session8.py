"""The three whole events written in session 8 by sessions that never ran the code on them (a week-long heatwave with
power cuts, a two-day riot in an overcrowded prison, a passenger jet overrunning a runway in heavy rain), scored ONCE
after every session-8 rule was merged, with the default codebooks only (no event codebook). The levels below are those
first-contact figures, floored at 3 decimals: they measure the tool on events nobody tuned it for, and they are asserted
so that a change which makes them worse fails. From the next session on these events are development data, and these
figures stop measuring unseen text."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_current_attribution, assert_first_contact  # the same measures as the session-5, -6 and -7 events

FIRST_CONTACT = {  # measured 2026-11-26 after the session-8 merges (docs/ACCURACY.md: whole events nobody tuned for)
    "heatwave-corvena": {"recall": 0.982, "value_accuracy": 0.94, "hedge_accuracy": 0.97, "quotes_recall": 0.898, "speaker_accuracy": 0.951, "type_accuracy": 0.87, "claimant_accuracy": 0.785, "claimant_type_accuracy": 0.779, "grouping_f1": 0.412, "frames_f1": 0.526},
    "prison-riot-halvik": {"recall": 0.957, "value_accuracy": 0.961, "hedge_accuracy": 0.972, "quotes_recall": 0.87, "speaker_accuracy": 0.918, "type_accuracy": 0.905, "claimant_accuracy": 0.802, "claimant_type_accuracy": 0.807, "grouping_f1": 0.151, "frames_f1": 0.648},
    "runway-overrun-orlend": {"recall": 0.993, "value_accuracy": 1.0, "hedge_accuracy": 0.993, "quotes_recall": 0.969, "speaker_accuracy": 0.906, "type_accuracy": 0.796, "claimant_accuracy": 0.862, "claimant_type_accuracy": 0.793, "grouping_f1": 0.605, "frames_f1": 0.656},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session8_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(8, event, FIRST_CONTACT[event], accuracy)


# Session 10 (voices10: development data now; rules revised class by class on every development event, the session-9
# events held out): the attribution figures at their current level. Heatwave type / claimants 0.891 / 0.821 / 0.815 ->
# 0.937 / 0.851 / 0.857 (a participle after a figure or a value, a caretaker, the town hall, an opposition MP left
# as it was); prison riot type / claimant type 0.919 / 0.818 -> 0.932 / 0.828 (a news agency named "…press Agency");
# runway overrun speaker / type / claimant type 0.906 / 0.812 / 0.812 -> 0.921 / 0.875 / 0.843 (a retired captain is
# an expert, residents on a ridge are citizens, the airport's fire chief is official).
# Session 11 (grouping11: a figure is never the speaker of its own sentence, FIGURE_SUBJECTS): heatwave claimants
# 0.851 / 0.857 -> 0.869 / 0.875; prison riot speaker 0.932 -> 0.945, claimants 0.807 / 0.828 -> 0.812 / 0.834;
# runway overrun claimants 0.868 / 0.843 -> 0.881 / 0.856.
# Session 11 (voices11: owned figures, long quotations, a named lawyer, headlines raising a toll): heatwave found /
# speaker / type / claimants 0.927 / 0.968 / 0.937 / 0.851 / 0.857 -> 0.942 / 0.969 / 0.938 / 0.857 / 0.869; prison riot
# speaker / type / claimant type 0.932 / 0.932 / 0.828 -> 0.945 / 0.959 / 0.834; runway overrun claimants 0.868 / 0.843
# -> 0.893 / 0.868.
# Session 12 (voices12: "in X's view" / "on his figures" name a source; a typed voice seeing a figure claims it):
# heatwave claimants 0.875 / 0.886 -> 0.880 / 0.892; prison riot found / speaker / type / claimants 0.870 / 0.945 /
# 0.959 / 0.812 / 0.839 -> 0.894 / 0.947 / 0.960 / 0.844 / 0.871.
# heatwave type 0.938 -> 0.969 (an opposition MP is a party politician, organisation).
# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): heatwave-corvena type
# 0.969 -> 0.984; prison-riot-halvik type 0.96 -> 0.973, claimant type 0.871 -> 0.881; runway-overrun-orlend speaker
# 0.953 -> 0.968, claimant 0.893 -> 0.899
# session 14 (nuvoices14: a union's name with "and" inside it is one speaker, "the Builders' and Carpenters'
# Union"): heatwave type 0.969 -> 0.984.
# Session 15 (voices15: speaker fragments, findings with "that", public inquiries official, a year inside a source
# phrase, the outlet's first person; levels floored): heatwave found 0.942 -> 0.956, claimant 0.88 -> 0.892, claimant
# type 0.892 -> 0.904
# Session 16 (types16: speaker types, tests/test_leftovers_voices16.py; levels floored): runway-overrun-orlend type / claimant type 0.906 / 0.868 -> 0.953 / 0.875 (a former professional is an expert)
CURRENT = {"heatwave-corvena": {"quotes_recall": 0.956, "speaker_accuracy": 0.969, "type_accuracy": 0.984,
                                "claimant_accuracy": 0.892, "claimant_type_accuracy": 0.904},
           # session 13 (voices13: "stands by its own count"; "he" never a body): prison riot found 0.894 -> 0.905,
           # speaker 0.947 -> 0.948; runway speaker / type 0.921 / 0.875 -> 0.953 / 0.906 ("Vos, who flew …, was blunt:")
           # session 17 (types17): prison-riot-halvik speaker 0.948 -> 0.961
           "prison-riot-halvik": {"quotes_recall": 0.905, "speaker_accuracy": 0.961, "type_accuracy": 0.973,
                                  "claimant_accuracy": 0.866, "claimant_type_accuracy": 0.903},
           "runway-overrun-orlend": {'quotes_recall': 0.969, 'speaker_accuracy': 0.968, 'type_accuracy': 0.953, 'claimant_accuracy': 0.912, 'claimant_type_accuracy': 0.881}}


@pytest.mark.parametrize("event", sorted(CURRENT))
def test_session8_events_at_their_current_attribution_level(event, accuracy):
    assert_current_attribution(8, event, CURRENT[event], accuracy)
