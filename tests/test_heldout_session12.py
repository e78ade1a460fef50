"""The three whole events written in session 12 by sessions that never ran the code on them (a road bridge's collapse
in the rush hour, a constitutional referendum, a central bank's emergency rate rise), scored twice: with the
session-11 code when their keys arrived (before any session-12 change was merged) and after every session-12 rule was
merged, with the default codebooks only (no event codebook). The levels below are the second, floored at 3 decimals:
they measure the tool on events nobody tuned it for, and they are asserted so that a change which makes them worse
fails. From the next session on these events are validation data, then development data, and these figures stop
measuring unseen text (docs/ACCURACY.md, "Session 12 wrote three more")."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -11 events

# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): bridge-collapse-korvath
# type 0.819 -> 0.879, claimant type 0.774 -> 0.845; referendum-estrava type 0.919 -> 0.934, claimant type 0.825 ->
# 0.838
# Session 15 (numbers15): bridge collapse recall / value 0.957 / 0.955 -> 0.962 / 0.960, referendum 0.980 / 0.960 ->
# 0.986 / 0.967, rate decision recall / value / hedge 0.970 / 0.884 / 0.963 -> 0.975 / 0.890 / 0.981 ("half the street",
# a bare number answering a duration, "barely", "150 basis points at most", "for 2027 to 0.5%-1.0%"); lowered (a trade
# in docs/ACCURACY.md): bridge collapse grouping 0.807 -> 0.803 ("sold half its usual bread", now found, meets another
# article's lone 50%).
# Session 15 (voices15): bridge collapse claimant / claimant type 0.906 / 0.845 -> 0.923 / 0.862; rate decision 0.868 /
# 0.772 -> 0.874 / 0.778; referendum type / claimant / claimant type 0.919 / 0.87 / 0.838 -> 0.935 / 0.903 / 0.883.
# Lowered (stated trade: the outlet's own first person, "Our parallel vote tabulation puts…", "we expect 0.3%", is now
# the outlet's voice as the keys code it; the grouping it costs is not yet read pair by pair): grouping rate-decision
# 0.369 -> 0.357, referendum 0.333 -> 0.324
FIRST_CONTACT = {  # measured 2026-11-27 after the session-12 merges (first scoring, session-11 code, in docs/ACCURACY.md)
    # session 13 (these events its validation set), measured after every session-13 merge: raised bridge collapse
    # speaker / type / claimant type 0.879 / 0.795 / 0.769 -> 0.903 / 0.819 / 0.774 (voices13), rate decision recall
    # 0.958 -> 0.970 and grouping 0.337 -> 0.351 (numbers13); lowered, trades said in docs/ACCURACY.md: bridge collapse
    # grouping 0.771 -> 0.766 (grouping13), rate decision values 0.895 -> 0.884 (numbers13: two more figures found,
    # "50bp"-like forms, whose values the key gives otherwise; the figures right are as many as before)
    # session 14 (numbers14, development data now): grouping bridge collapse 0.766 -> 0.807, referendum 0.329 -> 0.333,
    # rate decision 0.351 -> 0.369 (ticker changes and share prices, Yes/No shares, rate-decision premiums)
    # session 14 (grouping14, development data now): bridge collapse grouping 0.766 -> 0.776 (datelines)
    # session 15 (nunumbers15, development data now): bridge collapse grouping 0.807 -> 0.828 (the span's and the bridge's lengths
    # are sizes, no longer lined up with the detour's distance)
    "bridge-collapse-korvath": {'recall': 0.957, 'value_accuracy': 0.955, 'hedge_accuracy': 0.972, 'quotes_recall': 0.977, 'speaker_accuracy': 0.905, 'type_accuracy': 0.882, 'claimant_accuracy': 0.95, 'claimant_type_accuracy': 0.89, 'grouping_f1': 0.828, 'frames_f1': 0.552},
    # session 14, joint: referendum type 0.919 -> 0.934 (voices14) -> 0.919 with nuvoices14 (a "Forum" is a body's head
    # noun and forums are organisations, so "the observer mission of the Northern Democratic Forum", official in the
    # key, is typed organisation: one unit, a stated trade)
    # session 14, joint: referendum type 0.919 -> 0.934 (voices14) -> 0.919 with nuvoices14 (a "Forum" is a body's head
    # noun and forums are organisations, so "the observer mission of the Northern Democratic Forum", official in the
    # key, is typed organisation: one unit, a stated trade)
    # session 17 (types17): bridge-collapse-korvath speaker 0.905 -> 0.917
    # session 18 (frames18, development data): frames_f1 0.552 -> 0.607 (the session-18 cue rows carried by implication);
    # 0.589 after the coordinator withdrew two of its rows (they lowered the validation key general19)
    "bridge-collapse-korvath": {'recall': 0.962, 'value_accuracy': 0.96, 'hedge_accuracy': 0.972, 'quotes_recall': 0.977, 'speaker_accuracy': 0.917, 'type_accuracy': 0.882, 'claimant_accuracy': 0.95, 'claimant_type_accuracy': 0.89, 'grouping_f1': 0.807, 'frames_f1': 0.589},
    # session 15, joint (voices15: "we estimate" and studies as claimants, a trade said in docs/ACCURACY.md): referendum
    # grouping 0.333 -> 0.324, rate decision 0.369 -> 0.357
    # session 16 (frames16, development data): frames_f1 raised by the cue rows carried by implication
    # session 18 (frames18, development data): frames_f1 0.618 -> 0.632 (the session-18 cue rows carried by implication)
    "referendum-estrava": {'recall': 0.986, 'value_accuracy': 0.967, 'hedge_accuracy': 0.973, 'quotes_recall': 0.984, 'speaker_accuracy': 0.951, 'type_accuracy': 0.935, 'claimant_accuracy': 0.909, 'claimant_type_accuracy': 0.89, 'grouping_f1': 0.324, 'frames_f1': 0.632},
    # session 17 (types17): rate-decision-varkand type 0.781 -> 0.836, claimant_type 0.778 -> 0.82
    # session 17 (frames17, development data): frames_f1 raised by the cue rows carried by implication: referendum-estrava 0.589 -> 0.618, rate-decision-varkand 0.6 -> 0.615
    # session 18 (frames18, development data): frames_f1 0.615 -> 0.645 (the session-18 cue rows carried by implication)
    "rate-decision-varkand": {'recall': 0.975, 'value_accuracy': 0.89, 'hedge_accuracy': 0.981, 'quotes_recall': 0.948, 'speaker_accuracy': 0.836, 'type_accuracy': 0.836, 'claimant_accuracy': 0.88, 'claimant_type_accuracy': 0.82, 'grouping_f1': 0.357, 'frames_f1': 0.645},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session12_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(12, event, FIRST_CONTACT[event], accuracy)
