"""What a figure counts, from the words around it, and the time and place it is tied to.

The rules are data, in four codebook tables (codebooks/default/, extended per corpus):
- `quantities.csv`: the taxonomy (one row per quantity id: the mention kinds and units it accepts, its group,
  news value, what splits it into several facts, and whether sources are compared on it);
- `quantity_cues.csv`: named cues (regular expressions) that point to a quantity from the counted noun
  (`where=unit`), the words right before the number in its clause (`before`: "killing 12", "the death toll
  rose to 15"), right after it (`after`: "12 people were killed", "300 injured") or anywhere in the sentence
  (`sentence`, weaker); an optional `mention` pattern restricts a cue to figures written a certain way
  ("6.4" but not "three" for a magnitude); `around` matches the figure's clause with the figure written `@N`
  ("Lund, @N, said" for an age); `sentence_around` matches the whole sentence with the figure written `@N`, as strong
  as `around`, for a word of another clause that decides what is counted (an illness named for people in hospital);
  `state` captures, in the words before the figure, the noun restated with its state
  (group `state`: "the number of people confirmed dead has risen to"), which the `after` cues then read as if it
  followed the figure; `currency` captures, in group `unit`, a noun a text converts or quotes at a rate ("7.8 billion
  dornas (about €624 million)"), a currency the lexicon lacks: its counts in the whole corpus are money
  (`with_currencies`); an event codebook's own cues win over the default's when they match;
- `unit_classes.csv`: named unit classes (`@people`, `@length`…) used in the taxonomy's `units` column;
- `context_cues.csv`: cues that tie a figure to an earlier event (`earlier`), to an "as of" time (`as_of`) or
  to a named place (`place`).

An event codebook (codebooks/<corpus>/ with any of these files) is layered over the default (see
`helpers.codebooks`): it adds rows, a row whose key (quantity id, cue name, class or context name) is already in the
default replaces it, and `drop` removes one. The engine knows no event, noun or verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import paths
from .codebooks import read_codebook
from .errors import CorpusError
from .number_lexicon import singular_in_s
from .prefilter import may_match, search

WINDOW = 110  # characters either side of a figure in which a cue may stand
EVENT_WINDOW = 160  # characters either side in which a cue may tie a figure to an earlier event
SENTENCE_CUE_DISTANCE = 40  # a cue elsewhere in the sentence (`where=sentence`) counts this much more than its distance
UNIT_CUE_DISTANCE = 25  # a counted noun is weaker evidence than a verb right beside the number
OWN_WORDS_DISTANCE = -2.0  # a cue in the figure's own words ("34 missing children") beats even a cue `where=around`
STATE_DISTANCE = 2  # a state said of the restated noun ("the number of people confirmed dead rose to 7") is said of the figure
AFTER_WEIGHT = 1.0  # cues after the figure count this many characters per character of distance
# A cue does not reach across these (clause boundaries for what is counted; earlier-event cues reach further).
CLAUSE_BREAK = re.compile(r";|—|–\s|\s-\s|\(|\)|:\s|,\s+(?:while|but|whereas|which|when|where|with|including|and|after|"
                          r"as|according|up from|down from|compared)\b|\.\s")
EVENT_BREAK = re.compile(r";|—|–\s|\s-\s|\(|\)|,\s+(?:while|but|whereas|compared)\b|\.\s")
# A relative clause set off by commas inside the words before a figure ("The toll, which had included X, has risen
# to"): what it says is not said of the figure.
RELATIVE_CLAUSE = re.compile(r",\s+which\b[^,;()]{1,100},")
# The next figure starting a conjunct of its own after this one ("…escaped and 18 remain held", "…on board, 40 were
# injured"): the words after it belong to that figure.
_NUMBER_WORD = (r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundreds|dozens|thousands|all|none)\b)")
NEXT_FIGURE = re.compile(r"(?i)(?<=[A-Za-z'’])(?:,\s+(?:and\s+|but\s+|while\s+)?|\s+(?:and|but|while)\s+)(?:another\s+|a\s+further\s+|"
                         r"(?:about|around|some|nearly|almost|at\s+least|more\s+than|only|just)\s+)?" + _NUMBER_WORD)
# A figure that starts a conjunct of its own, with its own verb ("14 were injured and all 192 people on board were
# evacuated"): the words before the conjunction are said of the figure before it.
OWN_CONJUNCT = re.compile(r"(?i)(?<=[A-Za-z'’])\s+(?:and|but|while)\s+(?:(?:all|another|a\s+further|about|around|some|"
                          r"nearly|almost|at\s+least|more\s+than|only|just|the\s+other|the\s+remaining)\s+)*$")
OWN_VERB = re.compile(r"(?i)^\W{0,2}(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is|had|have|has|remain(?:s|ed)?)\b")
YES = ("yes", "true", "1")
# An amount restated in another currency in brackets right after the figure is part of it, not a clause break
# ("would pay 150,000 marks (about €13,100) to the family of each person who died", session 18).
CONVERSION_AFTER = re.compile(r"^\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or|c\.)\s+)?"
                              r"(?:US\$|[$€£¥]|[A-Z]{3}\s?)\s?\d[\d.,]*\s*(?:million|billion|bn|m|k|thousand)?\s*\)")
AROUND = "@N"  # stands for the figure itself in a cue `where=around` (the clause before it, @N, the clause after it)
# Auxiliaries between a figure and its verb do not count as distance ("18 had been rescued").
AUXILIARY = re.compile(r"(?i)^\W{0,2}(?:(?:people|others|more|of them|had|have|has|been|were|was|are|is|be|being|"
                       r"remain(?:ed|s)?|still|reportedly|also|later|so far|now|all)\W+){1,4}")

_TABLES = {  # file: (key column, required columns)
    "quantities.csv": ("quantity", ["quantity", "kinds", "units", "group", "news_value", "split_by", "compare",
                                    "default_for", "label"]),
    "quantity_cues.csv": ("name", ["name", "quantity", "where", "pattern", "mention", "example"]),
    "unit_classes.csv": ("class", ["class", "pattern", "example"]),
    "context_cues.csv": ("name", ["name", "role", "where", "case_sensitive", "mention", "pattern", "example"]),
    "qualifier_words.csv": ("word", ["word", "means", "example"]),
}


@dataclass(frozen=True)
class QuantityCodebook:
    """The compiled tables: taxonomy (indexed by quantity), cues and context cues (with a `regex` column)."""

    taxonomy: pd.DataFrame
    cues: pd.DataFrame
    context: pd.DataFrame
    cue_rows: tuple = ()  # the same tables as tuples of rows, read once per codebook rather than once per mention
    context_rows: tuple = ()
    words: tuple = ()  # (word, means): qualifier words that name the same thing ("employees" and "staff")
    classes: tuple = ()  # (class, compiled pattern) of unit_classes.csv ("@anyone": nouns that name no group)

    @cached_property
    def specs(self) -> dict:
        """quantity id -> its taxonomy row as a named tuple (quantity, kinds, units, news_value, split_by, compare,
        default_for, label…): read per mention without a DataFrame lookup."""
        return {row.quantity: row for row in self.taxonomy.itertuples(index=False)}


def merged_table(name: str, corpus_dir=None) -> pd.DataFrame:
    """A codebook table: the corpus's own file layered over the default (`codebooks.read_codebook`: its rows first,
    replacing default rows with the same key, `drop` removing them); `own` marks the rows the corpus file gives."""
    key, required = _TABLES[name]
    own = paths.CODEBOOKS_DIR / paths.corpus_name(corpus_dir) / name if corpus_dir is not None else None
    own = own if own is not None and own.exists() else None
    table = read_codebook(own or paths.CODEBOOKS_DIR / "default" / name, required, [key])
    own_keys: set[str] = set()
    if own is not None:
        own_rows = pd.read_csv(own, dtype=str, keep_default_na=False)
        own_keys = {k.strip() for k in own_rows.get(key, pd.Series(dtype=str))}
    return table.assign(**{key: table[key].str.strip()}).assign(own=lambda d: d[key].isin(own_keys))


def _compile(pattern: str, where: Path | str, name: str, flags: int = re.I) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise CorpusError(where, f"rule {name!r}: invalid pattern ({exc})") from exc


def compile_codebook(taxonomy: pd.DataFrame, cues: pd.DataFrame, classes: pd.DataFrame,
                     context: pd.DataFrame, words: pd.DataFrame | None = None) -> QuantityCodebook:
    """Compile the four tables; unit classes are expanded in the taxonomy's `units` (`@people|^(seat)$`)."""
    class_pattern = {f"@{c}": p for c, p in zip(classes["class"], classes["pattern"])}

    def units(spec: str) -> re.Pattern | None:
        if not spec.strip():
            return None
        parts = [class_pattern.get(p.strip(), p.strip()) for p in spec.split("|")] if spec.startswith("@") else [spec]
        return _compile("^(?:" + "|".join(parts) + ")$", "quantities.csv", spec)

    tax = taxonomy.assign(
        kinds=[frozenset(k.strip() for k in s.split("|") if k.strip()) for s in taxonomy["kinds"]],
        units=[units(u) for u in taxonomy["units"]],
        news_value=pd.to_numeric(taxonomy["news_value"], errors="coerce").fillna(0).astype(int),
        compare=taxonomy["compare"].str.strip().str.lower().isin(YES),
        split_by=[frozenset(s.strip() for s in v.split("|") if s.strip()) for v in taxonomy["split_by"]],
        default_for=[frozenset(s.strip() for s in v.split("|") if s.strip()) for v in taxonomy["default_for"]],
        label=[lab.strip() or q for lab, q in zip(taxonomy["label"], taxonomy["quantity"])],
    ).set_index("quantity", drop=False)
    unknown = sorted(set(cues["quantity"]) - set(tax.index))
    if unknown:
        raise CorpusError("quantity_cues.csv", f"cues name quantities the taxonomy lacks: {', '.join(unknown)}")
    cue_regex = [_compile(("^(?:" + p + ")$") if w == "unit" else p, "quantity_cues.csv", n)
                 for n, w, p in zip(cues["name"], cues["where"], cues["pattern"])]
    mention_regex = [_compile(p, "quantity_cues.csv", n) if p.strip() else None
                     for n, p in zip(cues["name"], cues["mention"])]
    ctx_regex = [_compile(p, "context_cues.csv", n, 0 if c.strip().lower() in YES else re.I)
                 for n, p, c in zip(context["name"], context["pattern"], context["case_sensitive"])]
    ctx_mention = [_compile(p, "context_cues.csv", n) if p.strip() else None
                   for n, p in zip(context["name"], context["mention"])]
    cues = cues.assign(regex=cue_regex, mention_regex=mention_regex)
    context = context.assign(regex=ctx_regex, mention_regex=ctx_mention)
    same = () if words is None else tuple((w.strip().lower(), m.strip().lower()) for w, m in zip(words["word"], words["means"]))
    compiled = tuple((c, _compile("^(?:" + p + ")$", "unit_classes.csv", c)) for c, p in class_pattern.items())
    return QuantityCodebook(tax, cues, context, tuple(cues.itertuples(index=False)),
                            tuple(context.itertuples(index=False)), same, compiled)


def load_quantity_codebook(corpus_dir=None) -> QuantityCodebook:
    """The default quantity tables, extended by the corpus's own (codebooks/<corpus>/)."""
    return compile_codebook(*(merged_table(n, corpus_dir) for n in
                              ("quantities.csv", "quantity_cues.csv", "unit_classes.csv", "context_cues.csv",
                               "qualifier_words.csv")))


def singular(word: str) -> str:
    """A plural English noun in the singular, by its ending ('trains' → 'train', 'casualties' → 'casualty')."""
    w = word.strip().lower()
    if singular_in_s(w):
        return singular_in_s(w)  # "canvas", "canvases": number_lexicon's list of singulars in -s
    if re.search(r"[^aeiou]ies$", w):
        return w[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh)es$", w):
        return w[:-2]
    return w[:-1] if re.search(r"[^su]s$", w) and not w.endswith(("ss", "is")) else w


def qualifier_word(word: str, book: QuantityCodebook) -> str:
    """A qualifier noun as the fact id writes it: in the singular, then as `qualifier_words.csv` says it."""
    w = singular(word)
    return dict(book.words).get(w, w) if w else w


def clause_windows(sentence: str, start: int, end: int, breaks: re.Pattern = CLAUSE_BREAK,
                   width: int = WINDOW) -> tuple[str, str]:
    """The words of the figure's clause before it and after it (at most `width` characters each). A closed
    relative clause before the figure is left out ("the toll, which included a house destroyed, rose to five":
    the toll is what rose), and the words after it stop where the next figure starts a conjunct of its own
    ("12 pupils escaped and 18 remain held": what is said of the 18 is not said of the 12)."""
    before = RELATIVE_CLAUSE.sub(" ", sentence[max(0, start - width):start])
    cut = [m.end() for m in breaks.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = CONVERSION_AFTER.sub("", sentence[end:end + width], count=1)  # "150,000 marks (about €13,100) to each family"
    stop = breaks.search(after)
    after = after[:stop.start()] if stop else after
    conjunct = NEXT_FIGURE.search(after)  # after a word of this figure's own ("214 homes and 37 buildings were": shared)
    after = after[:conjunct.start()] if conjunct else after
    own = OWN_CONJUNCT.search(before) if OWN_VERB.match(after) else None  # "…were injured and all 192 people were"
    return (before[own.end():] if own else before), after


def _eligible(book: QuantityCodebook, kind: str, unit: str) -> set[str]:
    return {q for q, spec in book.specs.items()
            if kind in spec.kinds and (spec.units is None or spec.units.fullmatch(unit or ""))}


def _cue_distance(where: str, regex: re.Pattern, unit: str, mention: dict, sentence: str, before: str,
                  after: str) -> float:
    """How far the cue stands from the figure, in characters (inf when absent)."""
    text, start, end = mention["text"], mention["start"], mention["end"]
    if where in ("state", "currency"):  # read by `state_words` and `currency_words`, not cues of their own
        return float("inf")
    if where == "unit":
        return UNIT_CUE_DISTANCE if unit and regex.fullmatch(unit) else float("inf")
    if where == "around":  # the figure in its clause, written @N ("Lund, @N, said"): the strongest evidence
        return -1.0 if regex.search(before + AROUND + after) else float("inf")
    if where == "sentence_around":  # the whole sentence, figure written @N: a word of another clause decides
        return -1.0 if regex.search(sentence[:start] + AROUND + sentence[end:]) else float("inf")
    if regex.search(text):  # the cue is inside the mention's own words ("6,000 killed soldiers", "34 missing children"):
        return OWN_WORDS_DISTANCE  # what they say of the figure beats what its clause says of a figure so placed
    if where == "sentence":
        spans = [m.span() for m in regex.finditer(sentence)]
        gaps = [start - b if b <= start else a - end for a, b in spans]
        return SENTENCE_CUE_DISTANCE + min(abs(g) for g in gaps) if gaps else float("inf")
    if where == "before":
        ends = [m.end() for m in regex.finditer(before)]
        return float(len(before) - ends[-1]) if ends else float("inf")
    m = regex.search(after)
    if not m:
        return float("inf")
    aux = AUXILIARY.match(after)
    return AFTER_WEIGHT * max(0, m.start() - (aux.end() if aux and aux.end() <= m.start() else 0))


def quantity_of(mention: dict, sentence: str, book: QuantityCodebook) -> tuple[str, float]:
    """(quantity id, distance of its cue): the nearest cue among the quantities the mention's kind and unit allow,
    else the quantity the taxonomy names as default for its kind (else `other`), at infinite distance."""
    kind, unit = mention["kind"], mention.get("unit", "") or ""
    allowed = _eligible(book, kind, unit)
    loose = _eligible(book, kind, "") - allowed if unit else set()  # the noun may stand after a verb of its own
    before, after = clause_windows(sentence, mention["start"], mention["end"])
    stated = state_words(book, before)
    best, best_distance, best_own = None, float("inf"), False
    for cue in book.cue_rows:
        if cue.mention_regex is not None and not cue.mention_regex.search(mention["text"]):
            continue
        if cue.quantity not in allowed and not (cue.quantity in loose and (
                _verb_before_noun(cue, mention["text"]) or _said_of_state(cue, stated))):
            continue
        distance = _cue_distance(cue.where, cue.regex, unit, mention, sentence, before, after)
        if stated and cue.where == "after" and (m := cue.regex.search(stated)):
            distance = min(distance, STATE_DISTANCE + m.start())
        if distance < float("inf") and (cue.own, -distance) > (best_own, -best_distance):
            best, best_distance, best_own = cue.quantity, distance, cue.own
    if best is not None:
        return best, best_distance
    # the first quantity the taxonomy names as default for the kind whose units name the figure's ("fell 8%": a
    # percentage change; "fell by €36" or a bare "fell by three": no default of kind change names them, so `other`)
    defaults = [q for q, spec in book.specs.items() if kind in spec.default_for]
    fitting = [q for q in defaults if book.specs[q].units is None or (unit and book.specs[q].units.fullmatch(unit))]
    return (fitting or defaults or ["other"])[0], float("inf")


def state_words(book: QuantityCodebook, before: str) -> str:
    """The words that say what state the counted people are in when the figure stands after a restated noun (cues
    `where=state`, group `state`, the words after the noun): "the number of people confirmed dead has risen to 7",
    "puts the number of pupils still held at 12". They are read as the words after the figure and its noun would be
    ("7 people confirmed dead")."""
    for cue in book.cue_rows:
        if cue.where == "state" and (m := cue.regex.search(before)):
            return m.group("state")
    return ""


def _said_of_state(cue, stated: str) -> bool:
    """An `after` cue read in the restated noun's state words: the noun there is what the figure counts, whatever unit
    a later noun lent it ("the number of people treated for breathing problems has risen to 31")."""
    return bool(stated) and cue.where == "after" and cue.regex.search(stated) is not None


def _verb_before_noun(cue, text: str) -> bool:
    """A verb cue inside the mention's words, between the number and its last noun ("400 protested outside branches",
    "13 dead demand answers"): that noun is not what the number counts (the head of its noun phrase), the verb is."""
    return cue.where == "after" and cue.regex.search(text) is not None


def context_of(mention: dict, sentence: str, book: QuantityCodebook, reference_year: int | None) -> dict:
    """earlier (bool: the figure belongs to an earlier event), as_of (the time the text ties it to), place (a named
    place it is measured from), area (the place a count is of: "in Vennholm"), person (whose age it is), holder (the
    party, company or team the figure belongs to: "the Civic Alliance won 37.5%", "Party X on 33%"), said_by (who
    gives the figure, said beside it: "17,300 hectares reported by the state", "the fire service's 39,500"), about
    (what sub-event or whole it is about: an aftershock, "46% of its staff") and detail (which part or state of it:
    seriously injured, above a threshold, at the close, the level before a change)."""
    before, after = clause_windows(sentence, mention["start"], mention["end"], EVENT_BREAK, EVENT_WINDOW)
    near = dict(zip(("before", "after"), clause_windows(sentence, mention["start"], mention["end"])),
                mention=mention["text"], around=before + AROUND + after)
    found = {"earlier": False, "as_of": "", "place": "", "person": "", "about": "", "area": "", "detail": "", "holder": "",
             "said_by": ""}
    for cue in book.context_rows:
        if cue.mention_regex is not None and not cue.mention_regex.search(mention["text"]):
            continue
        if getattr(cue, "quantities", "") and mention.get("quantity") not in cue.quantities.split("|"):
            continue  # a cue for some quantities only ("of the 201 seats" is the whole of the seats)
        if cue.role == "earlier" and not found["earlier"] and _dates_ok(cue, mention):
            texts = {"before": [before], "after": [after], "around": [before + AROUND + after]}.get(
                cue.where, [before + mention["text"] + after])
            found["earlier"] = any(may_match(cue.regex, t) and _earlier_hit(cue.regex, t, reference_year) for t in texts)
        elif cue.role == "as_of" and not found["as_of"]:  # a time for the whole sentence, or ("around") for the figure
            m = search(cue.regex, near.get(cue.where, sentence))  # skipped when its words are absent (prefilter)
            m = own_time(cue, m, mention, sentence) if m else None
            found["as_of"] = m.group("at").strip() if m else ""
        elif cue.role in ("place", "area", "person", "about", "detail", "holder", "said_by") and not found[cue.role]:
            m = search(cue.regex, near.get(cue.where, sentence))
            group = "place" if cue.role in ("place", "area") else "name"
            found[cue.role] = (m.groupdict().get(group) or cue.name).strip() if m else ""
    return found


# A time said after a later figure that opens a conjunct of its own ("180 were called off when the strike started, and
# 212 by late morning") is that figure's time, not the time of the figures before it (session 14).
LATER_FIGURE_CONJUNCT = re.compile(r"[,;]\s*(?:and|but|while|with|then)?\s*(?:(?:about|around|some|nearly|almost|more\s+than|"
                                   r"at\s+least|over|roughly|another|a\s+further)\s+)?\d")


def own_time(cue, first: re.Match, mention: dict, sentence: str) -> re.Match | None:
    """The as-of time of a sentence-wide cue that is the figure's own: the first one after it in its own conjunct, else
    the first one before it; a time after a later figure that opens a conjunct of its own is that figure's."""
    if cue.where != "sentence":
        return first
    end = mention["end"]
    found = list(cue.regex.finditer(sentence))
    after = [m for m in found if m.start("at") >= end]
    own = [m for m in after if not LATER_FIGURE_CONJUNCT.search(sentence, end, m.start("at"))]
    before = [m for m in found if m.start("at") < end]
    return own[0] if own else (before[0] if before else None)


def _dates_ok(cue, mention: dict) -> bool:
    """A date is tied to an earlier event only by a cue written for dates (`date` in its `quantities`): most dates
    in a story are its own days."""
    return mention["kind"] != "date" or "date" in (getattr(cue, "quantities", "") or "").split("|")


def _earlier_hit(regex: re.Pattern, text: str, reference_year: int | None) -> bool:
    for m in regex.finditer(text):
        year = m.groupdict().get("year")
        if year is None or reference_year is None or int(year) < reference_year:
            return True
    return False


# A currency the lexicon does not list (an invented or a small one: "7.8 billion dornas", "11,400 kral") is read as a
# count of its noun; cues `where=currency` (group `unit`: the noun) name it a currency where a text converts it or
# quotes its rate ("7.8 billion dornas (about €624 million)", "12.5 dornas to the euro"), and every count of that noun
# in the corpus is then money (session 18).
_WORD_AFTER = re.compile(r"^\s*-?\s*([A-Za-z]+)\b")


def currency_words(book: QuantityCodebook, texts) -> frozenset:
    """The nouns that `where=currency` cues name a currency in any of `texts` (singular, lower case)."""
    cues = [c.regex for c in book.cue_rows if c.where == "currency"]
    return frozenset(singular(m.group("unit")) for text in texts for regex in cues for m in regex.finditer(text))


def as_currency(row: dict, sentence: str, currencies: frozenset) -> dict:
    """A count whose noun (its unit, or the word right after the figure) is one of `currencies`: money in it."""
    if row.get("kind") != "count" or not currencies:
        return row
    word = row.get("unit") or ""
    if not word:
        after = _WORD_AFTER.match(sentence[row["end"]:])
        word = after.group(1) if after else ""
    word = singular(word)
    return {**row, "kind": "money", "unit": word} if word in currencies else row


def with_currencies(found: pd.DataFrame, book: QuantityCodebook) -> pd.DataFrame:
    """The mentions of a corpus with counts of a currency its texts name (`currency_words`) made money."""
    if found.empty:
        return found
    currencies = currency_words(book, found["sentence"].drop_duplicates())
    if not currencies:
        return found
    rows = [as_currency(r, r["sentence"], currencies) for r in found.to_dict("records")]
    return pd.DataFrame(rows, columns=found.columns, index=found.index)
