"""How well the numbers table's `as_of` (the time the text ties a figure to) and its figure time (`figure_time`,
`time_source`) agree with the hand keys, per development event and in all (figures only; changes nothing).

    PYTHONPATH=src .venv/bin/python tools/as_of_scores.py [EVENT ...]     # default: every development event

For the key rows matched to a mention: `as_of` accuracy (the key's verbatim as_of and the tool's agree once a
leading preposition is taken off both, or the tool's lies inside the key's; both empty counts as equal; `as_of_exact`
without that leniency), as_of recall (key rows with an as_of the tool gives the same),
and how many figures got their time from a live page's update stamp. Validation and held-out events are refused.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))

import pandas as pd  # noqa: E402
from data_split import HELDOUT, VALIDATION  # noqa: E402


def _norm(text) -> str:
    return str(text or "").strip().rstrip(".").lower()


_LEAD = re.compile(r"^(?:(?:at|by|as of|on|in|since|from|until|shortly|just|after|before|about|around|its)\s+)+")


def _same(key: str, got: str) -> bool:
    """Lenient: equal once a leading preposition is taken off both ("by 6 a.m." and "6 a.m."), or the tool's time
    inside the key's ("By Thursday noon" and "Thursday")."""
    k, g = _LEAD.sub("", key), _LEAD.sub("", got)
    return k == g or (bool(g) and g in k)


def as_of_scores(event: str) -> dict[str, float]:
    from fact_errors import event_key, event_numbers
    from helpers.evaluation import match_event_key

    numbers = event_numbers(event, False)
    hits = match_event_key(event_key(event), numbers)
    hits = hits[hits["matched"]]
    key, got = hits["as_of"].map(_norm), hits["as_of_got"].map(_norm)
    stamped = int((numbers.get("time_source", "") == "update_stamp").sum()) if "time_source" in numbers else 0
    same = pd.Series([_same(k, g) for k, g in zip(key, got)], index=key.index, dtype=bool)
    return {"matched": len(hits), "as_of_accuracy": float(same.mean()) if len(hits) else 1.0,
            "as_of_exact": float((key == got).mean()) if len(hits) else 1.0,
            "key_as_of": int((key != "").sum()), "as_of_recall": float((same & (key != "")).sum()
                                                                         / max(1, (key != "").sum())),
            "update_stamped": stamped}


def main(argv: list[str]) -> int:
    from score_events import development_events, floor3

    events = argv or development_events()
    refused = [e for e in events if e in VALIDATION | HELDOUT]
    if refused:
        print("refused (validation or held out):", " ".join(refused))
        return 2
    total = {"matched": 0, "right": 0.0, "key_as_of": 0, "recalled": 0.0, "update_stamped": 0}
    for event in events:
        s = as_of_scores(event)
        print(event, " ".join(f"{k}={floor3(v) if isinstance(v, float) else v}" for k, v in s.items()), flush=True)
        total["matched"] += s["matched"]
        total["right"] += s["as_of_accuracy"] * s["matched"]
        total["key_as_of"] += s["key_as_of"]
        total["recalled"] += s["as_of_recall"] * max(1, s["key_as_of"])
        total["update_stamped"] += s["update_stamped"]
    print(f"ALL matched={total['matched']} as_of_accuracy={floor3(total['right'] / max(1, total['matched']))} "
          f"as_of_recall={floor3(total['recalled'] / max(1, total['key_as_of']))} "
          f"update_stamped={total['update_stamped']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
