"""environment.yml describes the same environment as the pinned lock."""
from __future__ import annotations

import re

from helpers import paths


def _pins(text: str) -> set[str]:
    return {m.group(1).lower() for m in re.finditer(r"([A-Za-z0-9_.\-\[\]]+==[^\s#]+)", text)}


def test_environment_yml_and_lock_agree():
    lock = _pins((paths.PROJECT_ROOT / "requirements/lock.txt").read_text())
    env_text = (paths.PROJECT_ROOT / "environment.yml").read_text()
    assert "python=3.11" in env_text
    assert _pins(env_text) == lock
    assert {"pandas", "matplotlib", "jupyterlab", "textstat", "nbval", "papermill"} <= {p.split("==")[0] for p in lock}


def test_textstat_is_pinned_to_the_offline_release():
    lock = _pins((paths.PROJECT_ROOT / "requirements/lock.txt").read_text())
    assert "textstat==0.7.8" in lock
