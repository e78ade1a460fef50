"""The three whole events written in session 16 by sessions that never ran the code on them (a passenger ferry sinking
in a storm, a disputed presidential run-off, a national airline's collapse), scored with the session-15 code when
their keys arrived (before any session-16 change was merged), with the default codebooks only (no event codebook).
The levels below are those figures floored at 3 decimals: they measure the tool on events nobody tuned it for, and
they are asserted so that a change which makes them worse fails. From the next session on these events are
validation data, then development data, and these figures stop measuring unseen text (docs/ACCURACY.md, "Session 16
wrote three more")."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -15 events

FIRST_CONTACT = {  # measured 2026-11-27 with the session-15 code (main at 4ea4880), before any session-16 merge
    "ferry-sinking-halsund": {"recall": 0.995, "value_accuracy": 0.971, "hedge_accuracy": 0.985, "quotes_recall": 0.975, "speaker_accuracy": 0.937, "type_accuracy": 0.95, "claimant_accuracy": 0.862, "claimant_type_accuracy": 0.847, "grouping_f1": 0.559, "frames_f1": 0.641},
    "runoff-dispute-casmera": {"recall": 0.993, "value_accuracy": 0.975, "hedge_accuracy": 1.0, "quotes_recall": 0.985, "speaker_accuracy": 0.897, "type_accuracy": 0.794, "claimant_accuracy": 0.852, "claimant_type_accuracy": 0.846, "grouping_f1": 0.512, "frames_f1": 0.693},
    "airline-bankruptcy-velotra": {"recall": 0.994, "value_accuracy": 0.982, "hedge_accuracy": 0.988, "quotes_recall": 0.972, "speaker_accuracy": 1.0, "type_accuracy": 0.861, "claimant_accuracy": 0.884, "claimant_type_accuracy": 0.838, "grouping_f1": 0.247, "frames_f1": 0.533},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session16_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(16, event, FIRST_CONTACT[event], accuracy)
