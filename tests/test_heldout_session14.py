"""The three whole events written in session 14 by sessions that never ran the code on them (a river flood with a
disputed dam release, a failed coup attempt, a football match-fixing scandal), scored twice: with the session-13 code
when their keys arrived (before any session-14 change was merged) and after every session-14 rule was merged, with the default codebooks only (no event codebook). The levels below are the second, floored at 3 decimals:
they measure the tool on events nobody tuned it for, and they are asserted so that a change which makes them worse
fails. From the next session on these events are validation data, then development data, and these figures stop
measuring unseen text (docs/ACCURACY.md, "Session 14 wrote three more")."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -13 events

# Session 16 (types16: speaker types, tests/test_leftovers_voices16.py; levels floored): these events development data now: coup-attempt-zerhavia type / claimant type 0.93 / 0.851 ->
# 0.965 / 0.873 (a national bank named with its country is the central bank; employees are citizens); match-fixing-lorvane
# speaker / type / claimant type 0.87 / 0.661 / 0.725 -> 0.903 / 0.854 / 0.776 (a club's president named by a short
# form of the club, a brewer named by its trade, a betting-monitoring firm expert, supporters citizens, a survey made
# for a named body). Its claimant accuracy measures 0.807 against 0.812 at session 15's end (the key writes "the firm"
# where the claimant is now the firm's name; level 0.802 unchanged). Coordinator, after the merge: the supporters and
# employees row withdrawn (a validation cost), so coup type / claimant type 0.965 / 0.873 -> 0.953 / 0.868 and
# match-fixing type 0.854 -> 0.838 (still up from 0.930 / 0.851 and 0.661 at session 15's end)
FIRST_CONTACT = {  # measured 2026-11-27 after the session-14 merges (first scoring, session-13 code, in docs/ACCURACY.md and
    # in the comments): grouping 0.564 -> 0.571 / 0.371 -> 0.388 / 0.363 -> 0.374 (grouping14's "the figure" and
    # numbers14's rules); flood frames 0.658 -> 0.650 (frames14's cue rows, a trade: development and a validation event
    # rose); every other figure unchanged. Session 15 (frames15, these events its validation set, totals only): flood frames
    # 0.650 -> 0.667 (the session-15 cue rows; level 0.001 under the rounded figure); every other figure unchanged.
    # Session 16 (grouping16, development data now; tools/fact_errors.py): grouping flood 0.571 -> 0.642, coup attempt
    # 0.388 -> 0.423, match-fixing 0.365 -> 0.383 (earlier-event clauses, quantity ids that may meet; levels 0.001 under)
    # 0.650 -> 0.667 (the session-15 cue rows; level 0.001 under the rounded figure); every other figure unchanged
    # session 16 (frames16, development data): frames_f1 raised by the cue rows carried by implication
    # session 18 (frames18, development data): frames_f1 0.729 -> 0.772 (the session-18 cue rows carried by implication)
    "flood-drevna": {'recall': 1.0, 'value_accuracy': 0.981, 'hedge_accuracy': 0.987, 'quotes_recall': 0.975, 'speaker_accuracy': 0.987, 'type_accuracy': 0.95, 'claimant_accuracy': 0.913, 'claimant_type_accuracy': 0.895, 'grouping_f1': 0.641, 'frames_f1': 0.772},
    # session 17 (types17): coup-attempt-zerhavia speaker 0.895 -> 0.906
    # session 17 (frames17, development data): frames_f1 raised by the cue rows carried by implication: flood-drevna 0.714 -> 0.729, coup-attempt-zerhavia 0.593 -> 0.638
    # session 18 (frames18, development data): frames_f1 0.638 -> 0.673 (the session-18 cue rows carried by implication)
    "coup-attempt-zerhavia": {'recall': 0.972, 'value_accuracy': 0.972, 'hedge_accuracy': 0.994, 'quotes_recall': 0.934, 'speaker_accuracy': 0.906, 'type_accuracy': 0.953, 'claimant_accuracy': 0.901, 'claimant_type_accuracy': 0.868, 'grouping_f1': 0.422, 'frames_f1': 0.673},
    # session 15 (validation set, scored after every session-15 merge): match-fixing grouping 0.374 -> 0.364 (voices15,
    # within the 0.01 a change may cost; stated in docs/ACCURACY.md); recall 0.960 -> 0.965, values 0.932 -> 0.937
    # (numbers15), claimant 0.802 -> 0.812 and claimant type 0.725 -> 0.741 (voices15) are not raised here
    # session 18 (frames18, development data): frames_f1 0.521 -> 0.621 (the session-18 cue rows carried by implication)
    "match-fixing-lorvane": {'recall': 0.96, 'value_accuracy': 0.932, 'hedge_accuracy': 0.953, 'quotes_recall': 0.954, 'speaker_accuracy': 0.903, 'type_accuracy': 0.838, 'claimant_accuracy': 0.827, 'claimant_type_accuracy': 0.776, 'grouping_f1': 0.382, 'frames_f1': 0.621},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session14_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(14, event, FIRST_CONTACT[event], accuracy)
