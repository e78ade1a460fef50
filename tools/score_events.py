"""Every whole-event figure the tests assert, for the events named (figures only; changes nothing).

    PYTHONPATH=src .venv/bin/python tools/score_events.py EVENT [EVENT ...] [--general NAME ...]
    PYTHONPATH=src .venv/bin/python tools/score_events.py --development     # every development event, then the mean
    PYTHONPATH=src .venv/bin/python tools/score_events.py --validation      # tools/data_split.VALIDATION

For each event (a folder of tests/corpora with its *_heldout.csv keys): number recall, value, hedge, quotations found,
speaker, speaker type, claimant, claimant type, grouping F1 (split by claimant) and frames F1, as
tests/test_heldout_session5.py measures them at first contact, then what each figure counts (quantity and
earlier-event accuracy, grouping precision/recall, grouping with the key's own claimants put in) as
tests/test_what_a_figure_counts.py and tools/fact_errors.py measure them. `--general NAME` scores a general frames key
(tests/keys/NAME_frames_heldout.csv) with the rules, the model and both. Figures are printed floored at 3 decimals, the way the tests'
levels are set. Events in tools/data_split.HELDOUT are refused unless --heldout is given (the coordinator scores them
once).
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

from data_split import HELDOUT, VALIDATION  # noqa: E402


def floor3(x: float) -> float:
    return math.floor(x * 1000 + 1e-9) / 1000


def counts(event: str) -> dict[str, float]:
    """What each figure counts over the whole event, with the tool's claimants and with the key's (the numbers as
    tools/fact_errors.py builds them)."""
    from fact_errors import event_numbers
    from helpers.evaluation import fact_scores, match_event_key, with_key_claimants
    from helpers.facts import split_by_claimant
    from test_what_a_figure_counts import _key

    scores = fact_scores(match_event_key(_key(event), event_numbers(event, True)))
    plain = event_numbers(event, False)
    keyed = split_by_claimant(with_key_claimants(match_event_key(_key(event), plain), plain))
    key_claimants = fact_scores(match_event_key(_key(event), keyed))
    return {"quantity": scores["quantity_accuracy"], "earlier": scores["earlier_accuracy"],
            "grouping_p": scores["grouping_precision"], "grouping_r": scores["grouping_recall"],
            "grouping_key_claimants": key_claimants["grouping_f1"]}


def general(name: str) -> dict[str, float]:
    from helpers import paths
    from helpers.evaluation import score_frames
    from helpers.framing import load_frames, sentence_frames
    from test_framing import _frame_sets, _general_key

    frames = load_frames(paths.codebook_path("frames.csv"))
    sentences, truth = _general_key(f"{name}_frames_heldout.csv")
    out = {}
    for method in ("rules", "model", "rules+model"):
        found = _frame_sets(sentence_frames(sentences, frames, method=method), lambda f: f["article_id"])
        figures = score_frames(truth, found, list(frames["frame"]))
        out.update({f"{method}_f1": figures["micro_f1"], f"{method}_kappa": figures["kappa"]})
    return out


def development_events() -> list[str]:
    """Every whole event with held-out keys and a corpus in this checkout, neither validation nor held out."""
    keys = ROOT / "tests" / "keys"
    names = sorted(p.name[:-len("_numbers_heldout.csv")] for p in keys.glob("*_numbers_heldout.csv"))
    return [n for n in names if n not in VALIDATION | HELDOUT and (ROOT / "tests" / "corpora" / n).is_dir()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="*")
    parser.add_argument("--general", nargs="*", default=[])
    parser.add_argument("--development", action="store_true", help="every development event and the mean")
    parser.add_argument("--validation", action="store_true", help="the validation events and general key")
    parser.add_argument("--heldout", action="store_true", help="allow this session's held-out events (coordinator only)")
    args = parser.parse_args(argv)
    if args.validation:
        args.events += sorted(v for v in VALIDATION if not v.startswith("general"))
        args.general += sorted(v for v in VALIDATION if v.startswith("general"))
    if args.development:
        args.events += development_events()
    refused = sorted((set(args.events) | set(args.general)) & HELDOUT) if not args.heldout else []
    if refused:
        print(f"refused: {', '.join(refused)} are this session's held-out keys (tools/data_split.py)")
        return 2
    from test_heldout_session5 import _figures
    rows = []
    for event in args.events:
        rows.append({**_figures(event), **counts(event)})
        print(event, " ".join(f"{k}={floor3(v)}" for k, v in rows[-1].items()), flush=True)
    if len(rows) > 1:
        print(f"mean of {len(rows)}", " ".join(f"{k}={floor3(sum(r[k] for r in rows) / len(rows))}" for k in rows[0]))
    for name in args.general:
        print(name, " ".join(f"{k}={floor3(v)}" for k, v in general(name).items()), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
