"""Actors found in the corpus: the people and organisations it names, without a hand-written codebook.

No maintained named-entity recogniser installs from PyPI with its model inside the package (spaCy's English
models are released outside PyPI, and flair, stanza and GLiNER fetch their weights at run time), so actors are
found by rules over the text: capitalised spans (abbreviation dots kept: "the U.S. Geological Survey"), titles
("Interior Minister Hugo Santaren": the person is Hugo Santaren, his title Interior Minister), organisation words
and acronyms the text defines ("the Norland Labour Federation (NLF)"), and every speaker of the attribution step.
A span that is only a place or a date is left out: an actor is a person (two or three capitalised words, none an
organisation word), an organisation (a name holding a type word: ministry, institute, union, agency…) or a speaker.

Aliases group the mentions of one actor: a person's surname, an organisation's acronym, the same name with or
without its title. Each actor gets a type (official, agency, expert, organisation, citizen, other) from its words
or from what the corpus says around it, and each source's count and share of mentions and of quotations.
"""
from __future__ import annotations

import re

import pandas as pd

from . import attribution_rules as rules
from .attribution import _names, is_person_name, mask_abbreviations, name_descriptors, speaker_type_of, unmask

ACTOR_COLUMNS = ["actor", "kind", "type", "aliases", "mentions", "quotations", "sources"]
SHARE_COLUMNS = ["actor", "source", "mentions", "mention_share", "quotations", "quotation_share"]


def _person_of(span: str) -> tuple[str, str]:
    """(name, title) of a capitalised span: 'Interior Minister Hugo Santaren' → ('Hugo Santaren', 'Interior Minister')."""
    words = span.split(" of ")[0].split()
    for cut in range(len(words) - 2, -1, -1):
        name = " ".join(words[cut:])
        if 2 <= len(words) - cut <= 3 and is_person_name(name):
            if cut == 0 or rules.TITLE_WORDS.search(" ".join(words[:cut])) or speaker_type_of(" ".join(words[:cut])) != "other" \
                    or re.search(r"\u2024|\.$", words[cut - 1]):
                return name, " ".join(words[:cut])
    return "", ""


def candidate_actors(texts: list[str]) -> dict[str, dict]:
    """Actor name → {kind, aliases, title} from capitalised spans: persons and organisations (see module doc)."""
    found: dict[str, dict] = {}
    for raw in texts:
        text = mask_abbreviations(raw)
        for full, acronym in re.findall(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)+[A-Z][\w’'-]*)\s+\(([A-Z]{2,})\)", raw):
            found.setdefault(full.removeprefix("The "), {"kind": "organisation", "aliases": set(), "title": ""})
            found[full.removeprefix("The ")]["aliases"].add(acronym)
        for span in (unmask(n) for n in _names(text)):
            _add_span(found, span)
    return found


def _add_span(found: dict[str, dict], span: str) -> None:
    """Add a capitalised span to the actors found when it is a person or an organisation (not a place)."""
    span = re.sub(r"['’]s$", "", _without_sentence_words(span)).rstrip(".")
    span = re.sub(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])", "", span)  # "Meridia's National Seismic Institute"
    if rules.PLACE_WORDS.search(span) or rules.PLACE_FIRST_WORDS.match(span):
        return
    person, title = _person_of(span)
    if person and speaker_type_of(person) == "other":
        entry = found.setdefault(person, {"kind": "person", "aliases": set(), "title": title})
        entry["aliases"].add(person.split()[-1])
        entry["title"] = entry["title"] or title
    elif (speaker_type_of(span) != "other" and len(span.split()) >= 2) or re.fullmatch(r"[A-Z]{2,6}", span):
        if not any(span in e["aliases"] for e in found.values()):
            found.setdefault(span, {"kind": "organisation", "aliases": set(), "title": ""})


def _without_sentence_words(span: str) -> str:
    """A capitalised span without the sentence words it opens with ('When Markus Feldt' → 'Markus Feldt')."""
    words = span.split()
    while len(words) > 1 and (words[0] in rules.NOT_NAMES or words[0] in ("According", "From", "With", "For", "By")):
        words = words[1:]
    return " ".join(words)


def _is_title_alone(phrase: str) -> bool:
    """Whether a speaker phrase is a title with no name ("the agency's spokeswoman", "the association's chairman")."""
    last = phrase.split()[-1] if phrase.split() else ""
    return bool(rules.TITLE_WORDS.fullmatch(last) or re.fullmatch(r"(?i)chair(?:man|woman)|spokes\w+|president|director|"
                                                                   r"secretary|head|leader|chief|minister|mayor|lawyer", last))


def _merge_acronyms(found: dict[str, dict], texts: list[str]) -> dict[str, dict]:
    """Acronyms used alone in the corpus that spell an organisation's initials join that organisation."""
    acronyms = set(re.findall(r"\b[A-Z]{2,6}\b", " ".join(texts)))
    for name, entry in found.items():
        if entry["kind"] == "organisation":
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if len(initials) >= 2 and initials in acronyms:
                entry["aliases"].add(initials)
    return found


def _alias_pattern(names: list[str]) -> re.Pattern:
    """Any alias as whole words; an alias in lower case ("interior ministry") in any case."""
    parts = [f"(?i:{re.escape(n)})" if n.islower() else re.escape(n) for n in sorted(names, key=len, reverse=True)]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


def _unnamed_bodies(quotes: pd.DataFrame) -> dict[str, dict]:
    """Bodies quoted at least twice without a name of their own ("the interior ministry", "the police")."""
    named = quotes["speaker"].where(quotes["speaker"] != "anonymous", quotes["speaker_text"].where(
        quotes["speaker_text"].str.match(r"(?i)the\s"), ""))  # "the unions" is a body, "officials" no one in particular
    phrases = named[named != ""].map(lambda s: s.split(",")[0].strip())
    phrases = phrases[~phrases.map(lambda s: bool(_names(mask_abbreviations(s))) or _is_title_alone(s))]
    bodies = phrases.str.lower().str.replace(r"^(?:the|a|an)\s+", "", regex=True)
    counts = bodies[bodies.map(lambda b: speaker_type_of(b) not in ("other", "anonymous") and len(b.split()) <= 4)].value_counts()
    return {b: {"kind": "organisation", "aliases": set(), "title": ""} for b, n in counts.items() if n >= 2}


def corpus_actors(sentences: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """`actors_found` (one row per actor: kind, type, aliases, mentions, quotations, number of sources) and
    `actor_shares` (actor × source: mentions and quotations, and their shares of that source's totals)."""
    body = sentences[sentences["role"] == "body"]
    texts = body["text"].tolist()
    found = _merge_acronyms(candidate_actors(texts), texts)
    described = name_descriptors(texts)
    for speaker in quotes.loc[quotes["speaker"] != "anonymous", "speaker"].map(lambda s: s.split(",")[0].strip()):
        for span in _names(mask_abbreviations(speaker)):
            _add_span(found, unmask(span))
    for body_name, entry in _unnamed_bodies(quotes).items():
        if not any(body_name in n.lower() for n in found):
            found[body_name] = entry
    found = {name: entry for name, entry in found.items()  # an acronym met before its definition joins it
             if not any(name in other["aliases"] for key, other in found.items() if key != name)}
    source = articles.set_index("article_id")["source"]
    rows, shares = [], []
    for actor, entry in found.items():
        aliases = sorted({actor, *entry["aliases"]} - {""})
        pattern = _alias_pattern(aliases)
        hits = body[body["text"].str.contains(pattern)]
        said = quotes[quotes["speaker"].str.contains(pattern) | quotes["speaker_text"].str.contains(pattern)]
        if hits.empty:
            continue
        kind = described.get(actor) or speaker_type_of(f"{entry['title']} {actor}")
        kind = kind if kind != "other" or entry["kind"] != "person" else "citizen"
        if kind == "other" and said.empty:
            continue  # a bare acronym or heading word nobody speaks for ("GMT", a dateline in capitals)
        rows.append({"actor": actor, "kind": entry["kind"], "type": kind, "aliases": "|".join(aliases),
                     "mentions": len(hits), "quotations": len(said), "sources": hits["article_id"].map(source).nunique()})
        mentions = hits["article_id"].map(source).value_counts()
        quoted = said["article_id"].map(source).value_counts()
        shares.extend({"actor": actor, "source": name, "mentions": int(mentions.get(name, 0)),
                       "quotations": int(quoted.get(name, 0))} for name in sorted(source.unique()))
    return {"actors_found": pd.DataFrame(rows, columns=ACTOR_COLUMNS).sort_values(["mentions", "actor"], ascending=[False, True])
            .reset_index(drop=True), "actor_shares": _shares(pd.DataFrame(shares, columns=SHARE_COLUMNS[:3] + ["quotations"]))}


def _shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Each actor's mentions and quotations as shares of its source's totals over all actors."""
    totals = frame.groupby("source")[["mentions", "quotations"]].transform("sum")
    out = frame.assign(mention_share=(frame["mentions"] / totals["mentions"].where(totals["mentions"] > 0)).fillna(0.0),
                       quotation_share=(frame["quotations"] / totals["quotations"].where(totals["quotations"] > 0)).fillna(0.0))
    return out[SHARE_COLUMNS].astype({"mentions": int, "quotations": int})
