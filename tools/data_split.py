"""Which hand-keyed events a session may read while it changes rules (the tools in this folder use these sets).

- VALIDATION: the previous session's held-out events and general key. A change is judged on them (figures only,
  never their rows or errors) and kept when it lowers none of them by more than 0.01.
- HELDOUT: this session's new events and general key, written by sessions that never ran the code. They are scored
  once with the code as it stood when they arrived (tests/test_heldout_session<N>.py) and never opened while rules
  change.
Every other key is development data. Each session moves VALIDATION into development and HELDOUT into VALIDATION.
"""
from __future__ import annotations

SESSION = 19
VALIDATION = {"smog-emergency-velgrad", "cocaine-seizure-portmarin", "climate-summit-aldera", "general20"}
HELDOUT = {"methanol-poisoning-korvany", "antitrust-fine-marvella", "census-dispute-selmark", "general21"}
