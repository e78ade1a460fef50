"""Split block text into sentences, and mark what lies inside direct quotations.

Offline and rule-based (no NLTK download): a sentence ends at . ! ? or …,
optionally followed by closing quotes or brackets, then white space and a
capital, digit or opening quote. Abbreviations (U.S., Dr., Gen., Jan.) and
initials do not end a sentence; figures such as 1,000-for-1,000 or 1.5 never
split because no space follows their punctuation. Quotation marks are tracked
with nesting for curly quotes (“ ” and « ») and toggling for straight ones.
"""
from __future__ import annotations

import re

import pandas as pd

SENTENCE_COLUMNS = ["article_id", "block_no", "role", "sentence_no", "text", "start", "end", "in_quote", "quote_share"]

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "st", "sen",
    "rep", "gov", "pres", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "v", "no", "nos", "fig", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev",
    "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "u.s.a", "d.c", "cf", "al", "ca", "op", "vol", "pp", "dept",
}
_END = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9À-ÖØ-Þ])")
_OPEN, _CLOSE = "“«„", "”»"
_ANY_QUOTE = re.compile('[“«„”»"]')


def quote_mask(text: str) -> list[bool]:
    """For each character of `text`, whether it lies inside a direct quotation (double quotes only)."""
    mask = [False] * len(text)
    depth = 0
    straight_open = False
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
            continue
        if ch in _CLOSE:
            depth = max(0, depth - 1)
            continue
        if ch == '"':
            straight_open = not straight_open
            continue
        mask[i] = depth > 0 or straight_open
    return mask


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at index `dot` closes an abbreviation or an initial rather than a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not m:
        return False
    token = m.group(1)
    if len(token) == 1 and token.isupper():  # an initial: J. Smith
        return True
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", token):  # initials or a dotted acronym: J.R. Halloway, Prof. E.V. Lunde
        return True
    if token.lower() in ("a.m", "p.m"):  # "at 2:47 a.m. (0147 GMT)" goes on; "at 9 a.m. The mayor…" ends
        return not re.match(r"\s+[A-Z]", text[dot + 1:])
    return token.lower().rstrip(".") in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`, leading and trailing white space excluded."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if text[m.start()] == "." and m.group().startswith(".") and len(m.group().rstrip("\"”’'»)]")) == 1 \
                and _ends_with_abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_records(text: str) -> list[dict]:
    """The sentences of `text` as records: sentence_no, text, start, end, in_quote, quote_share."""
    mask = quote_mask(text) if _ANY_QUOTE.search(text) else None
    rows = []
    for no, (s, e) in enumerate(sentence_spans(text), start=1):
        alnum = [mask[i] for i in range(s, e) if text[i].isalnum()] if mask else [False]
        share = sum(alnum) / len(alnum) if alnum else 0.0
        rows.append({"sentence_no": no, "text": text[s:e], "start": s, "end": e,
                     "in_quote": share >= 0.5 or bool(alnum and alnum[0]), "quote_share": round(share, 4)})
    return rows


def split_sentences(text: str) -> pd.DataFrame:
    """One row per sentence of `text`: sentence_no, text, start, end, in_quote, quote_share.

    quote_share is the share of the sentence's letters and digits inside quotation marks;
    in_quote is True when that share is at least one half, or when the sentence opens inside a
    quotation (the '"…," the minister said.' pattern, whose attribution can outweigh the quote).
    """
    return pd.DataFrame(sentence_records(text), columns=SENTENCE_COLUMNS[3:])
