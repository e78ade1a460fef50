"""Wrong speakers, speaker types and figure claimants on the development events, by class (sessions 12-16).

    PYTHONPATH=src .venv/bin/python tools/voice_errors.py [EVENT ...] [--rows FILE.csv]

Changes nothing in the repository. Each development event's quotation key (`<event>_quotes_heldout.csv`) and
numbers key (claimant columns) is scored as `tests/test_attribution.py` scores them; every miss is listed with a
class: `missed` / `extra` (a unit not found / not in the key), `speaker` (wrong speaker), `type` (right speaker,
wrong type), and for figures `claimant-outlet` (the key names a voice, the pipeline the outlet), `claimant-voice`
(the key has the outlet, the pipeline a voice), `claimant-wrong` and `claimant-type`. Validation events (EXCLUDED)
are never read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from data_split import HELDOUT, VALIDATION  # noqa: E402

EXCLUDED = VALIDATION | HELDOUT  # never diagnosed here (tools/data_split.py)

KEYS = ROOT / "tests" / "keys"


def development_events() -> list[str]:
    names = sorted(p.name[:-len("_quotes_heldout.csv")] for p in KEYS.glob("*_quotes_heldout.csv"))
    return [n for n in names if n not in EXCLUDED and (ROOT / "tests" / "corpora" / n).exists()]


def quote_rows(event: str) -> list[dict]:
    from helpers.voices import quotations
    from helpers.corpus import build_tables
    from helpers.evaluation_voices import score_quotes
    tables = build_tables(ROOT / "tests" / "corpora" / event)
    quotes = quotations(tables["sentences"], pd.DataFrame(columns=["actor", "side", "alias"]))
    files = tables["articles"].set_index("article_id")["file"].map(lambda p: p.split("/")[-1])
    found = pd.DataFrame({"file": quotes["article_id"].map(files), "sentence": quotes["text"],
                          "kind": quotes["type"].replace("according_to", "reported"),
                          "speaker": quotes["speaker_text"].where(quotes["speaker"] == "anonymous", quotes["speaker"]),
                          "speaker_type": quotes["speaker_type"]})
    key = pd.read_csv(KEYS / f"{event}_quotes_heldout.csv", comment="#")
    found = found[found["file"].isin(key["file"].unique())]
    figures = score_quotes(found, key)
    return [{"event": event, "class": m[0], "file": m[1], "sentence": m[2], "key": m[3], "got": m[4]}
            for m in figures["misses"]]


def claimant_rows(event: str) -> list[dict]:
    import test_attribution as ta
    from helpers.attribution import add_claimants, attribute_sentences
    from helpers.corpus import build_tables
    from helpers.evaluation_voices import same_speaker
    captured = {}
    real = ta.add_claimants

    def spy(rows, said):
        captured["got"] = real(rows, said)
        return captured["got"]
    ta.add_claimants = spy
    try:
        ta._claimant_score(event, f"{event}_numbers_heldout.csv")
    finally:
        ta.add_claimants = real
    out = []
    for g in captured["got"].itertuples():
        if g.key == "" and g.claimant == "":
            cls = None if g.key_type == g.claimant_type else "claimant-type"
        elif g.key == "":
            cls = "claimant-voice"
        elif g.claimant == "":
            cls = "claimant-outlet"
        elif not same_speaker(g.key, g.claimant):
            cls = "claimant-wrong"
        else:
            cls = None if g.key_type == g.claimant_type else "claimant-type"
        if cls:
            out.append({"event": event, "class": cls, "file": "", "sentence": g.sentence[:160],
                        "key": f"{g.key} [{g.key_type}]", "got": f"{g.claimant} [{g.claimant_type}]"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="*")
    ap.add_argument("--rows")
    args = ap.parse_args()
    events = args.events or development_events()
    assert not EXCLUDED & set(events), "validation events are never read"
    rows = []
    for event in events:
        rows += quote_rows(event) + claimant_rows(event)
    table = pd.DataFrame(rows, columns=["event", "class", "file", "sentence", "key", "got"])
    print(table.groupby("class").size().sort_values(ascending=False).to_string())
    if args.rows:
        table.to_csv(args.rows, index=False)


if __name__ == "__main__":
    main()
