"""Score quotation speakers and number claimants against hand keys (tests/keys/<event>_quotes.csv, _numbers.csv).

A key row matches a found quotation in the same file whose sentence is the key's sentence (white space and
quotation marks normalised). A speaker is right when the words of the key's name (its part before the first
comma: "Lidia Marek" of "Lidia Marek, spokeswoman of the civil protection agency"; articles, "one" and possessive
's left out) are all in the found speaker, or the words of the found speaker's name part are all in the key
speaker and are two or more, or hold a capitalised name.
"""
from __future__ import annotations

import re

import pandas as pd


def norm_sentence(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[“”„\"’‘']", "'", str(text))).strip().lower()


_FILLER = {"the", "a", "an", "one", "of", "s", "its", "their", "his", "her"}


def _tokens(speaker: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", str(speaker).lower().replace("’", "'").replace("'s", "")) if w not in _FILLER}


def _core(speaker: str) -> set[str]:
    return _tokens(str(speaker).split(",")[0])


def same_speaker(key: str, found: str) -> bool:
    """Whether a found speaker names the key's speaker (see module docstring): the words of the key's name part
    are all in the found speaker, or those of the found name part (two words or a capitalised name) in the key."""
    k, f = _core(key), _tokens(found)
    if not k or not f:
        return not k and not f
    if k <= f:
        return True
    fc = _core(found)
    return bool(fc) and fc <= _tokens(key) and (len(fc) >= 2 or bool(re.search(r"[A-Z]", str(found).split(",")[0])))


def score_quotes(found: pd.DataFrame, key: pd.DataFrame) -> dict:
    """found: file, sentence, kind, speaker, speaker_type (one row per unit); key: the same columns.
    Returns n_key, n_found, precision, recall, f1, speaker_accuracy, type_accuracy, kind_accuracy, misses."""
    found = found.assign(norm=found["sentence"].map(norm_sentence)).reset_index(drop=True)
    used: set[int] = set()
    hits = speaker_ok = type_ok = kind_ok = 0
    misses = []
    for k in key.itertuples(index=False):
        ks = norm_sentence(k.sentence)
        cands = [r for r in found.itertuples() if r.file == k.file and (r.norm == ks or ks in r.norm or r.norm in ks)
                 and r.Index not in used]
        cands.sort(key=lambda r: not same_speaker(k.speaker, r.speaker))
        if not cands:
            misses.append(("missed", k.file, k.sentence[:90], k.speaker, ""))
            continue
        r = cands[0]
        used.add(r.Index)
        hits += 1
        ok = same_speaker(k.speaker, r.speaker)
        speaker_ok += ok
        type_ok += r.speaker_type == k.speaker_type
        kind_ok += r.kind == k.kind
        if not ok or r.speaker_type != k.speaker_type:
            misses.append(("speaker" if not ok else "type", k.file, k.sentence[:90], f"{k.speaker} [{k.speaker_type}]",
                           f"{r.speaker} [{r.speaker_type}]"))
    misses += [("extra", r.file, r.sentence[:90], "", f"{r.speaker} [{r.speaker_type}]")
               for r in found.itertuples() if r.Index not in used]
    precision, recall = (hits / len(found) if len(found) else 0.0), hits / len(key)
    return {"n_key": len(key), "n_found": len(found), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if hits else 0.0,
            "speaker_accuracy": speaker_ok / hits if hits else 0.0, "type_accuracy": type_ok / hits if hits else 0.0,
            "kind_accuracy": kind_ok / hits if hits else 0.0, "misses": misses}
