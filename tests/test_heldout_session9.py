"""The three whole events written in session 9 by sessions that never ran the code on them (a tropical cyclone making
landfall, a parliamentary no-confidence vote after a procurement scandal, a doping case in athletics), scored ONCE after
every session-9 rule was merged, with the default codebooks only (no event codebook). The levels below are those
first-contact figures, floored at 3 decimals: they measure the tool on events nobody tuned it for, and they are asserted
so that a change which makes them worse fails. From the next session on these events are development data, and these
figures stop measuring unseen text."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -8 events

FIRST_CONTACT = {  # measured 2026-11-26 after the session-9 merges (docs/ACCURACY.md: whole events nobody tuned for)
    "cyclone-tessaly": {"recall": 0.946, "value_accuracy": 0.977, "hedge_accuracy": 0.988, "quotes_recall": 0.961, "speaker_accuracy": 0.918, "type_accuracy": 0.945, "claimant_accuracy": 0.929, "claimant_type_accuracy": 0.918, "grouping_f1": 0.444, "frames_f1": 0.666},
    "no-confidence-dravenia": {"recall": 0.988, "value_accuracy": 0.988, "hedge_accuracy": 1.0, "quotes_recall": 0.933, "speaker_accuracy": 0.946, "type_accuracy": 0.857, "claimant_accuracy": 0.905, "claimant_type_accuracy": 0.798, "grouping_f1": 0.265, "frames_f1": 0.592},
    "doping-case-ostrel": {"recall": 0.981, "value_accuracy": 0.943, "hedge_accuracy": 0.975, "quotes_recall": 0.984, "speaker_accuracy": 0.861, "type_accuracy": 0.769, "claimant_accuracy": 0.85, "claimant_type_accuracy": 0.826, "grouping_f1": 0.258, "frames_f1": 0.241},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session9_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(9, event, FIRST_CONTACT[event], accuracy)
