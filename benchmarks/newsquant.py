"""NewsQuant: value P/R/F1 of extract_numbers and quantulum3 on an external news-sentence benchmark, in one run.

NewsQuant (Almasian, Kazakova, Göldner and Gertz, "CQE: A Comprehensive Quantity Extractor", EMNLP 2023) is 590
English news sentences with 904 hand-annotated quantities. The file is press text and is never stored in this
repository: get `data/formatted_test_set/NewsQuant.json` from the authors' repository (github.com/vivkaz/CQE, the
version with 590 sentences) and pass its path with `--path FILE` or the NEWSQUANT environment variable. Without it
the benchmark says how to get it and exits 0.

Protocol (fixed before any rule was changed): sentences with an even index are the development half, odd ones are
held out; both halves are printed. A predicted figure matches a gold one when its value is equal (relative tolerance
1e-5; a gold range "a-b" matches only a predicted range a..b); each gold and each predicted figure is used once
(one-to-one). The authors' own scorer (evaluation/evaluate_models.py) is printed beside it: it does not use a
predicted figure up once, so its counts can be higher.

Convention mapping (NewsQuant's definition of a quantity, reported both ways where it matters):
- dates, clock times, years, ordinals and match scores are not NewsQuant quantities, nor are "several", "a few" and
  "twice", nor is a time unit with an article ("a year ago", "for a century"; the project keys count it as a
  duration of one); they are left out of our predictions in
  the headline figures ("benchmark convention") and counted in the "all mentions" line;
- durations, minor currency units, basis points and fractions are stated figures in NewsQuant ("12 years" = 12,
  "45 cents" = 45, "a third" = 0.333); ours are normalised (hours, dollars, percent): the figure as written is
  restored for the comparison in every line;
- vague quantities in NewsQuant's notation ("dozens" 12-120, "thousands" 1,000-10,000; ours are 24-99 and
  2,000-9,999) and "from A to B" as one range (ours: two levels), in the benchmark-convention lines;
- NewsQuant counts "one of the …" and "a pair of …" as quantities; the project does not (a
  journalist compares figures): the "project convention" lines leave those gold items out;
- a bracketed conversion ("12m (39ft)") is two NewsQuant quantities and one mention of ours: both figures
  are scored;
- quantulum3 is scored as the authors score it (a gold range is compared with its midpoint).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import warnings
from pathlib import Path

from timing import side_by_side

HOW_TO_GET = ("NewsQuant benchmark skipped: no file. Get data/formatted_test_set/NewsQuant.json (590 sentences) from "
              "https://github.com/vivkaz/CQE, keep it outside this repository (it is press text), and run "
              "`python benchmarks/newsquant.py --path FILE` or set NEWSQUANT=FILE before `make bench`.")
NOT_QUANTITIES = {"date", "time", "year", "ordinal", "score"}  # kinds NewsQuant does not annotate
NOT_ANNOTATED = {"several"}  # "several hundred", "a few minutes": NewsQuant annotates "dozens", never "several"
TWICE = re.compile(r"(?i)\btwice\b")  # "scored twice", "twice as loud": NewsQuant annotates "fourfold", never "twice"
_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*-\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$")
_UNIT_WORD = re.compile(r"(?i)(?<![a-z])(microseconds?|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|"
                        r"fortnights?|months?|years?|decades?|century|centuries)(?![a-z])")
_AGE_UNIT = re.compile(r"(?i)(month|week|day)s?[\s-]+old")
_HOURS = {"min": 1 / 60, "hr": 1.0, "century": 876600.0, "centurie": 876600.0}
_MINOR = re.compile(r"(?i)\d\s*p\b|\bpence\b|(?<!per\s)\bcents?\b")
_BASIS = re.compile(r"(?i)basis[\s-]+points?|\d\s*bps?\b")  # "25 basis points", "a 75-basis-point rise", "50bp", "40 bps"
_FRACTION_RULES = {"fraction_of", "fraction_alone", "fraction_digits", "fraction_point", "ratio", "ratio_with_noun",
                   "every_nth", "half_of_a_whole"}
_ARTICLE_UNIT = re.compile(r"(?i)^(?:about\s+|around\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+)?an?\s+[a-z]+$")
_FROM_TO = re.compile(r"\s*(?:to|-|–)\s*|\s+[^,;]{0,40}?\bto\s+")
_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:up\s+to\s+|about\s+|around\s+)?(?:[A-Z]{2}\s)?$")  # "from the US $89 to $93bn"
_CHANGE_OF = {"about": "~", "approximately": "~", "more_than": ">", "at_least": ">", "up_to": "<", "less_than": "<",
              "under": "<", "at_most": "<", "exact": "="}
_UNIT_OF = {"percent": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
            "CNY": "chinese yuan", "hour": "hour", "kmh": "kilometre per hour", "mph": "mile per hour"}


def read_newsquant(path: Path) -> list[dict]:
    """The benchmark's items: text and quantities (change, value, unit, normalized_unit)."""
    items = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(items, list) or not all("text" in i and "quantities" in i for i in items):
        raise ValueError(f"{path} is not a NewsQuant file (a list of {{text, quantities}})")
    return items


def gold_value(raw: str):
    """A gold value as a float, or (low, high) for a range written 'a-b'."""
    m = _RANGE.match(str(raw))
    return (float(m[1]), float(m[2])) if m else float(raw)


def _stated(row: dict, value: float) -> float:
    """The figure as written: we store durations in hours, minor currency units in the major one, basis points and
    fractions as percent; NewsQuant keeps the stated number ("12 years" = 12, "45 cents" = 45, "a third" = 0.333)."""
    from helpers.number_lexicon import HOURS

    text = row["text"]
    if row["kind"] == "age" and _AGE_UNIT.search(text):  # "an 18-month-old": we store 1.5 years, NewsQuant 18 months
        return value * HOURS["year"] / HOURS[_AGE_UNIT.search(text)[1].lower()]
    if row["kind"] == "duration":
        words = {w.lower().rstrip("s") for w in _UNIT_WORD.findall(text)}
        per = [_HOURS.get(w, HOURS.get(w)) for w in words]
        return value / per[0] if len(per) == 1 and per[0] else value
    if row["kind"] in ("money", "change") and _MINOR.search(text):
        return value * 100
    if row["unit"] in ("percent", "percentage_point") and _BASIS.search(text):
        return value * 100
    if row["unit"] == "percent" and row["rule"] in _FRACTION_RULES:
        return value / 100  # "two-thirds", "one out of three": a fraction
    return value


def _vague(low: float, high: float) -> tuple:
    """A vague quantity in NewsQuant's notation: "dozens" 12-120, "thousands" 1,000-10,000, "tens of millions"..."""
    if low == 24:
        return (12.0, 120.0)
    k = math.floor(math.log10(low))
    return (10.0 ** k, 10.0 ** (k + 1))


def _figure(row: dict, convention: bool):
    low, high = (_stated(row, v) if not math.isnan(v) else v for v in (row["value_low"], row["value_high"]))
    if convention and row["rule"] == "vague":
        return _vague(low, high)
    finite = [v for v in (low, high) if not math.isnan(v)]
    return (low, high) if len(finite) == 2 and low != high else finite[0]


def our_values(text: str, units: dict, convention: bool = True) -> list[dict]:
    """Our mentions of one sentence as NewsQuant-comparable figures (value, unit, change). `convention`: NewsQuant's
    definition (no dates, times, years or ordinals; a bracketed conversion is a second figure; vague quantities in its
    notation; "from A to B" is one range)."""
    from helpers.numbers import number_records

    out, last = [], None
    for row in number_records(text, units):
        if convention and (row["kind"] in NOT_QUANTITIES or row["rule"] in NOT_ANNOTATED or TWICE.search(row["text"])
                           or (row["kind"] == "duration" and _ARTICLE_UNIT.match(row["text"]))):
            continue  # NewsQuant annotates numerals: "a year ago", "for a century" are not its quantities
        value = _figure(row, convention)
        change = row["direction"] or _CHANGE_OF.get(row["hedge"], "=")
        if convention and last is not None and _FROM_TO.fullmatch(text[last["end"]:row["start"]]) \
                and _FROM.search(text[:last["start"]]) and not isinstance(value, tuple) \
                and not isinstance(out[-1]["value"], tuple):
            out[-1]["value"] = (out[-1]["value"], value)  # "from 250 miles to 280 miles": NewsQuant's range
            last = row
            continue
        out.append({"value": value, "unit": _UNIT_OF.get(row["unit"], row["unit"]), "change": change})
        last = row
        if convention and "(" in row["text"]:  # a merged bracketed conversion: its second figure counts too
            inner = row["text"][row["text"].index("(") + 1:]
            out += [v for v in our_values(inner, units, convention) if v["value"] != value]
    return out


def quantulum_values(text: str) -> list[dict]:
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    return [{"value": float(q.value), "unit": q.unit.name, "change": "="} for q in quantities]


def _match(gold, pred) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    pairs = zip(gold, pred) if isinstance(gold, tuple) else [(gold, pred)]
    return all(math.isclose(g, p, rel_tol=1e-5, abs_tol=1e-8) for g, p in pairs)


def _unit_agrees(gold: dict, pred: dict) -> bool:
    g, p = gold["normalized_unit"].lower().strip(), str(pred["unit"]).lower().strip()
    return g == p or g.rstrip("s") == p.rstrip("s") or (g in ("-", "") and p == "")


def one_of(item: dict, q: dict) -> bool:
    """A gold 'one of the …', 'a pair of …': a count of one written as a word. The project
    does not report these (a journalist compares figures, not 'one of the best'); dropped in the project-convention line."""
    return str(q["value"]).strip() in ("1", "1.0") and not re.search(r"(?<![\d.,])1(?![\d.,])", item["text"])


def score(items: list[dict], predictions: list[list[dict]], midpoint_ranges: bool = False) -> dict:
    """One-to-one value matching per sentence, and the authors' own counting beside it."""
    n_gold = n_pred = hit = cqe_hit = unit_ok = change_ok = change_n = 0
    for item, preds in zip(items, predictions):
        golds = []
        for q in item["quantities"]:
            value = gold_value(q["value"])
            if midpoint_ranges and isinstance(value, tuple):
                value = sum(value) / 2
            golds.append((value, q))
        n_gold, n_pred = n_gold + len(golds), n_pred + len(preds)
        used = set()
        for value, q in golds:
            j = next((j for j, p in enumerate(preds) if j not in used and _match(value, p["value"])), None)
            if j is None:
                continue
            used.add(j)
            hit += 1
            unit_ok += _unit_agrees(q, preds[j])
            change_n += 1
            change_ok += q["change"] == preds[j]["change"]
        budget = len(golds)  # evaluate_models.py: every predicted figure may match every gold one, capped per sentence
        for value, _ in golds:
            for p in preds:
                if _match(value, p["value"]) and budget > 0:
                    cqe_hit, budget = cqe_hit + 1, budget - 1
    p, r = hit / max(n_pred, 1), hit / max(n_gold, 1)
    cp, cr = cqe_hit / max(n_pred, 1), cqe_hit / max(n_gold, 1)
    return {"n_gold": n_gold, "n_pred": n_pred, "precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9),
            "cqe_f1": 2 * cp * cr / max(cp + cr, 1e-9), "unit_agreement": unit_ok / max(hit, 1),
            "change_agreement": change_ok / max(change_n, 1)}


def _line(name: str, s: dict) -> str:
    return (f"  {name:<34} value P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
            f"(authors' scorer F1 {s['cqe_f1']:.3f}); of matched: unit {s['unit_agreement']:.2f} "
            f"change {s['change_agreement']:.2f}  [{s['n_gold']} gold, {s['n_pred']} predicted]")


def run(path: Path, halves: tuple = (0, 1)) -> dict:
    from helpers import paths
    from helpers.codebooks import load_units

    items = read_newsquant(path)
    units = load_units(paths.codebook_path("units.csv"))
    texts = [i["text"] for i in items]
    quantulum_values(texts[0])  # load quantulum3's data once, outside the timing
    from helpers.numbers import extract_numbers, number_records

    per_call = side_by_side({"number_records": lambda t: number_records(t, units),
                             "extract_numbers": lambda t: extract_numbers(t, units),
                             "quantulum3": quantulum_values}, texts)
    ours = [our_values(t, units) for t in texts]
    peer = [quantulum_values(t) for t in texts]
    everything = [our_values(t, units, convention=False) for t in texts]
    chars = sum(map(len, texts)) / len(texts)
    speed = ", ".join(f"{name} {chars / sec / 1000:,.0f} kchars/s ({per_call['quantulum3'] / sec:.1f}x quantulum3)"
                      for name, sec in per_call.items() if name != "quantulum3")
    print(f"NewsQuant ({len(items)} sentences, {sum(len(i['quantities']) for i in items)} gold quantities), one call "
          f"per sentence, timed side by side: {speed}; quantulum3 {chars / per_call['quantulum3'] / 1000:,.0f} kchars/s")
    results = {}
    for half, keep in (("development (even index)", 0), ("held out (odd index)", 1)):
        if keep not in halves:
            continue  # "--half development": rules are written on the development half without seeing the other
        idx = [k for k in range(len(items)) if k % 2 == keep]
        part = [items[k] for k in idx]
        results[half] = {
            "extract_numbers": score(part, [ours[k] for k in idx]),
            "extract_numbers, all mentions": score(part, [everything[k] for k in idx]),
            "quantulum3": score(part, [peer[k] for k in idx], midpoint_ranges=True),
        }
        lean = [dict(i, quantities=[q for q in i["quantities"] if not one_of(i, q)]) for i in part]
        results[half]["extract_numbers, project convention"] = score(lean, [ours[k] for k in idx])
        results[half]["quantulum3, project convention"] = score(lean, [peer[k] for k in idx], midpoint_ranges=True)
        print(f" {half}, {len(part)} sentences:")
        for name, s in results[half].items():
            print(_line(name, s))
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default=os.environ.get("NEWSQUANT", ""))
    parser.add_argument("--half", choices=("both", "development"), default="both",
                        help="score both halves (default) or the development half only, while rules are being written")
    args = parser.parse_args(argv)
    if not args.path or not Path(args.path).is_file():
        print(HOW_TO_GET)
        return 0
    try:
        run(Path(args.path), (0,) if args.half == "development" else (0, 1))
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        print(f"NewsQuant benchmark: cannot read {args.path}: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
