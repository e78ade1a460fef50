"""The three whole events written in session 14 by sessions that never ran the code on them (a river flood with a
disputed dam release, a failed coup attempt, a football match-fixing scandal), scored twice: with the session-13 code
when their keys arrived (before any session-14 change was merged) and after every session-14 rule was merged, with the default codebooks only (no event codebook). The levels below are the second, floored at 3 decimals:
they measure the tool on events nobody tuned it for, and they are asserted so that a change which makes them worse
fails. From the next session on these events are validation data, then development data, and these figures stop
measuring unseen text (docs/ACCURACY.md, "Session 14 wrote three more")."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -13 events

FIRST_CONTACT = {  # measured 2026-11-27 after the session-14 merges (first scoring, session-13 code, in docs/ACCURACY.md and
    # in the comments): grouping 0.564 -> 0.571 / 0.371 -> 0.388 / 0.363 -> 0.374 (grouping14's "the figure" and
    # numbers14's rules); flood frames 0.658 -> 0.650 (frames14's cue rows, a trade: development and a validation event
    # rose); every other figure unchanged. Session 15 (frames15, these events its validation set, totals only): flood frames
    # 0.650 -> 0.667 (the session-15 cue rows; level 0.001 under the rounded figure); every other figure unchanged
    "flood-drevna": {"recall": 1.0, "value_accuracy": 0.981, "hedge_accuracy": 0.987, "quotes_recall": 0.975, "speaker_accuracy": 0.987, "type_accuracy": 0.95, "claimant_accuracy": 0.913, "claimant_type_accuracy": 0.895, "grouping_f1": 0.571, "frames_f1": 0.666},
    "coup-attempt-zerhavia": {"recall": 0.972, "value_accuracy": 0.972, "hedge_accuracy": 0.994, "quotes_recall": 0.934, "speaker_accuracy": 0.895, "type_accuracy": 0.93, "claimant_accuracy": 0.901, "claimant_type_accuracy": 0.857, "grouping_f1": 0.388, "frames_f1": 0.593},
    # session 15 (validation set, scored after every session-15 merge): match-fixing grouping 0.374 -> 0.364 (voices15,
    # within the 0.01 a change may cost; stated in docs/ACCURACY.md); recall 0.960 -> 0.965, values 0.932 -> 0.937
    # (numbers15), claimant 0.802 -> 0.812 and claimant type 0.725 -> 0.741 (voices15) are not raised here
    "match-fixing-lorvane": {"recall": 0.96, "value_accuracy": 0.932, "hedge_accuracy": 0.953, "quotes_recall": 0.954, "speaker_accuracy": 0.873, "type_accuracy": 0.666, "claimant_accuracy": 0.827, "claimant_type_accuracy": 0.756, "grouping_f1": 0.364, "frames_f1": 0.5},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session14_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(14, event, FIRST_CONTACT[event], accuracy)
