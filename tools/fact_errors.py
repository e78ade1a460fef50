"""Where the wrong pairs of lining up the same fact come from, by class, on the development events (session 10).

    PYTHONPATH=src .venv/bin/python tools/fact_errors.py [EVENT ...] [--pairs FILE.csv]

Changes nothing in the repository. For each development event (its whole key: every article), the whole pipeline
(the attribution step's claimants, as `02_numbers` runs it) is scored as `tests/test_facts.py` scores it, and every
pair of mentions from two articles that the pipeline groups wrongly is put in one class (`pair_error_classes`):

- missed: a key pair lost because extraction did not find one of its two figures (never scored as a pair);
- claimant: the pair is right once the key's claimants are put in (grouping alone), wrong with the pipeline's;
- body: one fact whose two figures the key credits to one body named two ways ("the weather service" / "the CMS")
  that the claimant keys tell apart, or two bodies the claimant keys read as one;
- quantity: one of the two figures counts the wrong thing (its quantity is not the key's);
- split: same quantity, claimant set aside, but the two figures are keyed to different facts (what / where / when /
  whose words the key does not tell apart);
- merged: same quantity, but the key has two facts (two places' crowds, two dates' tolls, a part and the total, an
  earlier event) and the pipeline one.

Session 14 ranks the wrong pairs again by what splits or merges them (`pair_reason`: missed, claimant, quantity id,
earlier mark, place, alone, detail/scope, merged), with the tool's claimants and with the key's put in place.

`--pairs` writes every wrong pair (event, class, reason, both figures, both sentences, key and pipeline fact ids;
`claimants` tool or key), which is how the session-10 and later rules were chosen. Only development events are listed; the validation events are never read.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from functools import partial
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from helpers.corpus import build_tables  # noqa: E402
from helpers.evaluation import fact_scores, match_event_key, with_key_claimants  # noqa: E402
from helpers.facts import load_number_codebooks, numbers_tables, split_by_claimant  # noqa: E402

KEYS = ROOT / "tests" / "keys"
CORPORA = ROOT / "tests" / "corpora"
FIVE_ARTICLE = ["quake-valdora", "strike-norland", "verdict-halberg"]  # a development key and a held-out article each
WHOLE_EVENTS = ["abduction-karsa", "budget-ostria", "crowd-crush-selvana", "derailment-osterby", "election-varenia",
                "heatwave-corvena", "ice-storm-haldmark", "market-crash-ardesia", "mine-collapse-brevik",
                "outbreak-kavrin", "plant-closure-dornbach", "prison-riot-halvik", "ransomware-lenmark",
                "runway-overrun-orlend", "shelling-tolvany", "shipwreck-calvera", "tower-fire-quellen",
                "wildfire-cabrel",
                "cyclone-tessaly", "doping-case-ostrel", "no-confidence-dravenia",  # session 11: every spent event
                "eruption-moravel", "blackout-serenna", "takeover-lindqvist",  # session 12
                "chemical-leak-ravensk", "farmers-protest-ostmark", "bank-collapse-teluria",  # session 13
                "bridge-collapse-korvath", "referendum-estrava", "rate-decision-varkand",  # session 14
                "tanker-spill-orvessa", "knife-attack-belmora", "tariff-dispute-kestria",  # session 15
                "flood-drevna", "coup-attempt-zerhavia", "match-fixing-lorvane",  # session 16
                "avalanche-kessary", "debt-bailout-morvania", "exam-scandal-tavoria",  # session 17
                "ferry-sinking-halsund", "runoff-dispute-casmera", "airline-bankruptcy-velotra",  # session 18
                "coach-crash-pellaro", "bribery-scandal-quessa", "minimum-wage-dunmere"]  # session 19
# (the session-9 events are development data since session 11, the session-10 events since session 12, the session-11
# events since session 13, the session-12 events since session 14, the session-13 events since session 15, the
# session-14 events since session 16, the session-15 events since session 17, the session-16 events since session 18,
# the session-17 events since session 19; the session-18 events are the validation set, tools/data_split.py)
CLASSES = ["missed", "claimant", "body", "quantity", "split", "merged"]
REASONS = ["missed", "claimant", "quantity id", "earlier mark", "place", "alone", "detail/scope", "merged"]


def event_key(event: str) -> pd.DataFrame:
    """The whole hand key of a development event (every article)."""
    names = [f"{event}_numbers.csv", f"{event}_numbers_heldout.csv"] if event in FIVE_ARTICLE else \
        [f"{event}_numbers_heldout.csv"]
    return pd.concat([pd.read_csv(KEYS / n, comment="#", keep_default_na=False) for n in names], ignore_index=True)


def event_numbers(event: str, claimants: bool) -> pd.DataFrame:
    """The numbers table of an event, with the attribution step's claimants or with none (`claimants=False`)."""
    from helpers.attribution import add_claimants, attribute_sentences

    tables = build_tables(CORPORA / event)
    step = partial(add_claimants, attributions=attribute_sentences(tables["sentences"])) if claimants else None
    numbers = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(CORPORA / event),
                             claimants=step)["numbers"]
    return numbers.merge(tables["articles"][["article_id", "file"]], on="article_id", how="left")


def scored_mentions(event: str) -> pd.DataFrame:
    """Key rows with the pipeline's fact (`got`), the fact the key's claimants give (`by_key`), the fact with no claimant
    (`plain`), and `found`."""
    key = event_key(event)
    pipeline = match_event_key(key, event_numbers(event, True))
    numbers = event_numbers(event, False)
    plain = match_event_key(key, numbers)
    split = split_by_claimant(with_key_claimants(plain, numbers))
    by_key = [split.loc[int(r), "fact_id"] if ok else None for r, ok in zip(plain["row_got"].fillna(-1), plain["matched"])]
    return pipeline.assign(got=pipeline["fact_id_got"], by_key=by_key, plain=plain["fact_id_got"], found=pipeline["matched"])


def pair_class(a: dict, b: dict) -> str:
    """The class of one wrong pair of mentions from two articles (see the module's docstring); '' when it is right.
    Each row: fact_id (key), quantity (key), found, got and quantity_got (pipeline), by_key (key's claimants), plain
    (no claimant)."""
    same_key = a["fact_id"] == b["fact_id"]
    if not (a["found"] and b["found"]):
        return "missed" if same_key else ""
    if same_key == (a["got"] == b["got"]):
        return ""
    if (a["by_key"] == b["by_key"]) == same_key:
        return "claimant"
    if same_key and a["plain"] == b["plain"]:
        return "body"
    if a["quantity_got"] != a["quantity"] or b["quantity_got"] != b["quantity"]:
        return "quantity"
    if same_key:
        return "split"
    return "body" if a["fact_id"].split("|")[0] == b["fact_id"].split("|")[0] else "merged"


def _alone(fact_id) -> bool:
    """A fact id of a figure with no noun, cue or qualifier: its own fact ("one-…") or lined up by value ("money|1-2-billion-eur")."""
    second = (str(fact_id).split("|") + [""])[1]
    return second.startswith("one-") or second[:1].isdigit() or second == "no-value"


def pair_reason(a: dict, b: dict, kind: str) -> str:
    """What splits (or merges) one wrong pair, as session 14 ranks them: `missed`; `claimant` (the claimant classes:
    the pair is right with the key's claimants, or one body keyed two ways); for a fact the pipeline splits with the
    key's claimants in place, the first of `quantity id` (the two figures' quantities differ), `earlier mark` (one is
    marked earlier, the other not), `place` (place or area words differ), `alone` (one figure is a fact of its own or
    lined up by value only: no noun, cue or qualifier) and `detail/scope` (any other part of the fact id: a qualifier,
    a detail, what it is about, a part); `merged` for two facts the pipeline joins."""
    if kind in ("missed", "claimant", "body"):
        return "claimant" if kind == "body" else kind
    if a["fact_id"] != b["fact_id"]:
        return "merged"
    if a["quantity_got"] != b["quantity_got"]:
        return "quantity id"
    if (a.get("time_ref_got") == "earlier") != (b.get("time_ref_got") == "earlier"):
        return "earlier mark"
    if any(str(a.get(c) or "") != str(b.get(c) or "") for c in ("place_got", "area_got")):
        return "place"
    if any(_alone(x["plain"]) for x in (a, b)):
        return "alone"
    return "detail/scope"


def pair_error_classes(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per wrongly grouped pair of mentions from two files (`class`, and both rows' columns suffixed _a/_b)."""
    rows = mentions.to_dict("records")
    out = []
    for a, b in itertools.combinations(rows, 2):
        if a["file"] != b["file"] and (kind := pair_class(a, b)):
            reason = {"reason": pair_reason(a, b, kind)} if "plain" in a else {}
            out.append({"class": kind, **reason, **{f"{k}_a": v for k, v in a.items()}, **{f"{k}_b": v for k, v in b.items()}})
    reason = ["reason"] if "plain" in mentions.columns else []
    return pd.DataFrame(out, columns=["class", *reason, *[f"{k}_{s}" for s in "ab" for k in mentions.columns]])


def audit(events: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per-event table of P / R / F1, key-claimant F1 and wrong pairs by class and by reason, with the tool's claimants
    (`r:`) and the key's (`k:`); every wrong pair, `claimants` telling which)."""
    table, pairs = [], []
    for event in events:
        mentions = scored_mentions(event)
        scores = fact_scores(mentions)
        found = mentions[mentions["found"]]
        by_key = fact_scores(mentions.assign(fact_id_got=mentions["by_key"]))["grouping_f1"]
        columns = mentions[["file", "sentence", "text", "fact_id", "quantity", "found", "got", "quantity_got", "by_key",
                            "plain", "claimant", "claimant_got", "time_ref_got", "place_got", "area_got"]]
        wrong = pair_error_classes(columns)
        counts = wrong["class"].value_counts().reindex(CLASSES, fill_value=0)
        reasons = wrong["reason"].value_counts().reindex(REASONS, fill_value=0)
        with_key = pair_error_classes(columns.assign(got=columns["by_key"]))  # the key's claimants in place
        key_reasons = with_key["reason"].value_counts().reindex(REASONS, fill_value=0)
        table.append({"event": event, "P": scores["grouping_precision"], "R": scores["grouping_recall"],
                      "F1": scores["grouping_f1"], "key_claimants_F1": by_key, "n": len(found), **counts.to_dict(),
                      **{f"r:{k}": v for k, v in reasons.items()}, **{f"k:{k}": v for k, v in key_reasons.items()}})
        pairs += [wrong.assign(event=event, claimants="tool"), with_key.assign(event=event, claimants="key")]
    return pd.DataFrame(table), pd.concat(pairs, ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="*", help="development events (default: all thirty-nine)")
    parser.add_argument("--pairs", help="write every wrong pair to this CSV file")
    args = parser.parse_args()
    events = args.events or FIVE_ARTICLE + WHOLE_EVENTS
    unknown = sorted(set(events) - set(FIVE_ARTICLE + WHOLE_EVENTS))
    if unknown:
        sys.exit(f"not a development event: {', '.join(unknown)} (choose from {', '.join(FIVE_ARTICLE + WHOLE_EVENTS)})")
    table, pairs = audit(events)
    total = table[CLASSES].sum()
    with pd.option_context("display.width", 250, "display.max_columns", 40):
        print(table.drop(columns=[c for c in table.columns if c[:2] in ("r:", "k:")]).round(3).to_string(index=False))
    print("all events: " + ", ".join(f"{c} {int(total[c])}" for c in CLASSES))
    reasons = table[[f"r:{r}" for r in REASONS]].sum().sort_values(ascending=False)
    print("by what splits or merges them: " + ", ".join(f"{r[2:]} {int(n)}" for r, n in reasons.items()))
    keyed = table[[f"k:{r}" for r in REASONS]].sum().sort_values(ascending=False)
    print("the same with the key's claimants: " + ", ".join(f"{r[2:]} {int(n)}" for r, n in keyed.items()))
    if args.pairs:
        pairs.to_csv(args.pairs, index=False)


if __name__ == "__main__":
    main()
