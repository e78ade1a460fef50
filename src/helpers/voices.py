"""Who speaks in each article: quotations with their speakers, from the attribution step (`attribution.py`),
with speakers normalised through the actor codebook when one exists, and voice shares per source.

Unit: one quotation per sentence and speaker in the body. Its `type` is the attribution basis: direct (at
least three words inside quotation marks standing as speech), partial (quoted words inside the outlet's
sentence), reported ("X said that…", "X put the toll at…") or according_to ("according to X"). A speaker is the
actor-codebook name when the words naming them hold an alias; otherwise the name as the text gives it, with
its title ("the coalition's spokeswoman Ana Ruiz"); `anonymous` when the words name no one in particular
("a source close to the inquiry", "officials"), with `speaker_text` the words naming them (for a pronoun, the
phrase it stands for). `speaker_type` comes from the text (attribution_rules), unless the
actor codebook gives the actor a `type`.
"""
from __future__ import annotations

import re

import pandas as pd

from . import attribution_rules as rules
from .attribution import _names, attribute_sentences, is_person_name, mask_abbreviations
from .codebooks import alias_key, alias_pattern, normalise_alias

QUOTE_COLUMNS = ["article_id", "block_no", "sentence_no", "type", "speaker", "speaker_type", "side", "speaker_text",
                 "quoted_words", "text"]


def is_unnamed(phrase: str) -> bool:
    """Whether a speaker phrase names no one in particular: no name, and an indefinite or bare plural phrase."""
    return not _names(mask_abbreviations(phrase)) and bool(rules.UNNAMED.match(phrase))


# Session 12 (nuvoices12): words in a speaker phrase that name who listened, not who spoke; the actor codebook is
# matched on the phrase without them (an outlet in the codebook, or drafted, is not the speaker).
LISTENER_RULES = pd.DataFrame([
    ("interviewed_by", r"\s+(?:interviewed|contacted|reached|questioned|polled|surveyed)\s+by\s+(?:the\s+)?[A-Z].*$",
     "residents interviewed by The Harbour Post", "the outlet or pollster that asked is the listener"),
    ("told_or_speaking_to", r"\s+(?:told|speaking\s+to|talking\s+to)\s+(?:the\s+)?[A-Z].*$",
     "survivors told Radio Kell", "the outlet told is the listener"),
], columns=["name", "pattern", "example", "note"])
_LISTENER = re.compile("|".join(f"(?:{p})" for p in LISTENER_RULES["pattern"]))


# Session 13 (nuvoices13): a codebook name owning a post that does not speak for it ("Vantosz's lawyer, Ilse Marrow",
# "the striker's mother"): the owner is not the speaker; the name after it, or the phrase, is.
OWNER_NOT_SPEAKER_RULES = pd.DataFrame([
    ("counsel", r"lawyers?|attorneys?|solicitors?|barristers?|counsel|brief|legal\s+team", "Vantosz's brief, Ilse Marrow",
     "a client's lawyer speaks as counsel (the keys type them other), not as the client"),
    ("kin", r"wife|husband|partner|son|daughter|mother|father|brother|sister|aunt|uncle|cousin|grand(?:mother|father|son|"
     r"daughter)|widow|widower|family|relatives?", "the driver's widow, Ada Kron", "a relative speaks for herself"),
    ("acquaintance", r"neighbou?rs?|friends?|colleagues?|classmates?|flatmates?|teammates?", "Holm's neighbour",
     "so does a neighbour, friend or colleague"),
], columns=["name", "pattern", "example", "note"])
_OWNER_NOT_SPEAKER = re.compile(r"^['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(OWNER_NOT_SPEAKER_RULES["pattern"]) + r")\b")


# Session 16 (nuvoices16): a codebook name after a named person and "of", "at" or "from" ("Forecaster X Y of the
# National Weather Office", "Dr. X Y at Kelby University") is the person's body: the person is the speaker.
PERSON_OF_BODY = re.compile(r"^\s+(?:of|at|from)\s+(?:the\s+)?$")


def _speaking_hits(pattern, part: str) -> list:
    """The codebook names a speaker phrase holds, without an owner of a post that does not speak for it
    (`OWNER_NOT_SPEAKER_RULES`) and without a person's body named after them (`PERSON_OF_BODY`)."""
    hits = [h for h in pattern.finditer(part) if not _OWNER_NOT_SPEAKER.match(part[h.end():])]
    return [h for i, h in enumerate(hits) if not (i and PERSON_OF_BODY.match(part[hits[i - 1].end():h.start()])
                                                  and is_person_name(hits[i - 1].group(0)))]


def _normalised(phrase: str, kind: str, pattern, lookup) -> tuple[str, str, str]:
    """(speaker, side, type) of a speaker phrase: the codebook actor it names (with the codebook's type, '' when it
    gives none), 'anonymous', or the phrase itself. An unnamed source the step typed anonymous ("a senior police
    officer, speaking on condition of anonymity") stays anonymous though the codebook has its body (session 12), and
    a listener (`LISTENER_RULES`) is never the speaker."""
    if kind == "anonymous" and not _names(mask_abbreviations(phrase.split(",")[0])):
        return "anonymous", "", ""
    spoke = _LISTENER.sub("", phrase)
    if pattern is not None:  # the name before an apposition decides: "Jan Holt, the envoy to X" is Jan Holt
        for part in (spoke.split(",")[0], spoke):
            hits = _speaking_hits(pattern, normalise_alias(part))
            if hits:
                return lookup[alias_key(hits[-1].group(0))]
    if kind == "anonymous" or is_unnamed(phrase) and not rules.OWNED_SPOKESPERSON.match(phrase):
        return "anonymous", "", ""
    return phrase, "", ""


# Session 17 (types17): an unnamed source met again by a bare back-reference ("the official said", "the diplomat
# said", "the source said") is shown as the article first described it ("a senior official at the transport ministry,
# who asked not to be named"): the same voice, not a new one.
def _back_reference(words: str, phrase: str) -> bool:
    """Whether `words` ("the official") is a bare back-reference the attribution step resolved to another `phrase`
    holding its head noun ("a senior official at the finance ministry")."""
    ref = rules.BACK_REFERENCES.match(words)
    return bool(ref) and phrase != words and re.search(rf"(?i)\b{re.escape(ref.group('head'))}\b", phrase) is not None


def quotations(sentences: pd.DataFrame, actors: pd.DataFrame, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quotation (sentence × speaker) in the body: type, speaker, speaker_type, side, the words
    naming the speaker, how many words are inside quotation marks, and the sentence."""
    said = attribute_sentences(sentences) if attributions is None else attributions
    said = said[(said["role"] == "body") & ~said["basis"].isin(["outlet", "act"]) & (said["speaker_text"] != "")]
    pattern = alias_pattern(actors)
    types = actors["type"] if "type" in actors.columns else pd.Series("", index=actors.index)
    lookup = {alias_key(a): (act, side, kind) for a, act, side, kind in
              zip(actors["alias"], actors["actor"], actors["side"], types)}
    rows = []
    for r in said.itertuples(index=False):
        for phrase, words in ((r.speaker, r.speaker_text), (r.co_speaker, r.co_speaker)):
            if not phrase:
                continue
            speaker, side, kind = _normalised(phrase, r.speaker_type, pattern, lookup)
            if speaker == phrase and phrase != words:  # a pronoun or surname resolved: the codebook may know the words
                speaker, side, kind = _normalised(words, r.speaker_type, pattern, lookup) if pattern is not None and \
                    pattern.search(normalise_alias(words)) else (speaker, side, kind)
            read = r.speaker_type if phrase == r.speaker else r.co_speaker_type
            shown = phrase if speaker == "anonymous" and (rules.PRONOUNS.match(words) or phrase.startswith(f"{words} ")
                                                          or _back_reference(words, phrase)) \
                else words  # "she" of an anonymous voice is shown as the article described her ("another worker, who
            # asked not to be named"); session 14: "a spokesman" as "a spokesman for the federation" the sentence names
            rows.append({"article_id": r.article_id, "block_no": r.block_no, "sentence_no": r.sentence_no,
                         "type": r.basis, "speaker": speaker, "speaker_type": kind or read, "side": side,
                         "speaker_text": shown, "quoted_words": r.quoted_words, "text": r.text})
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"block_no": int, "sentence_no": int, "quoted_words": int})


def voice_shares(quotes: pd.DataFrame, articles: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Per source × side (or × speaker_type with by='speaker_type'): quotations, direct quotations, quoted
    words, share of the source's quotations and of its quoted words, whether that group's voice comes first in
    the article, and its most quoted speakers."""
    source = articles.set_index("article_id")["source"]
    q = quotes.assign(source=quotes["article_id"].map(source))
    if by == "side":
        q = q.assign(side=q["side"].replace("", "other / unnamed"))
    first = q.sort_values(["article_id", "block_no", "sentence_no"]).groupby("article_id").head(1)
    first_group = dict(zip(first["source"], first[by]))
    totals = q.groupby("source").agg(n=("speaker", "size"), words=("quoted_words", "sum"))
    groups = q.assign(direct=q["type"] == "direct").groupby(["source", by], sort=True).agg(
        quotations=("speaker", "size"), direct=("direct", "sum"), quoted_words=("quoted_words", "sum"))
    speakers = _top_speakers(q, by)
    rows = []
    for (name, group_value), g in zip(groups.index, groups.itertuples(index=False)):
        words, all_words = int(g.quoted_words), int(totals.at[name, "words"])
        rows.append({"source": name, by: group_value, "quotations": int(g.quotations), "direct": int(g.direct),
                     "quoted_words": words, "share": int(g.quotations) / int(totals.at[name, "n"]),
                     "word_share": words / all_words if all_words else 0.0,
                     "speaks_first": first_group.get(name) == group_value,
                     "speakers": speakers[(name, group_value)]})
    return pd.DataFrame(rows, columns=["source", by, "quotations", "direct", "quoted_words", "share", "word_share",
                                       "speaks_first", "speakers"])


def _top_speakers(q: pd.DataFrame, by: str, top: int = 5) -> dict[tuple, str]:
    """(source, group) -> its `top` most quoted speakers, most quotations first (ties in order of first quotation),
    counted in one pass over the quotations."""
    counts: dict[tuple, dict[str, int]] = {}
    for key in zip(q["source"], q[by], q["speaker"]):
        own = counts.setdefault(key[:2], {})
        own[key[2]] = own.get(key[2], 0) + 1
    return {key: ", ".join(sorted(own, key=lambda w: -own[w])[:top]) for key, own in counts.items()}


def side_share_sentence(shares: pd.DataFrame, shown: list[str]) -> str:
    """Markdown naming, for the `shown` sources of `voice_shares`, the side with the largest share of each source's
    quoted words and the side heard first, sources grouped by side (one clause per side, not one per source), and
    saying so when that side is the voices with no side in the actor codebook."""
    from .narrative import listed, md

    own = shares[shares["source"].isin(shown)]
    most = own[own["word_share"] > 0].sort_values("word_share").groupby("source").tail(1)
    if most.empty:
        return ""
    clauses = [f"{md(side)} in " + ", ".join(f"**{md(r.source)}** ({r.word_share:.0%})" for r in g.itertuples())
               for side, g in most.sort_values("source").groupby("side", sort=False)]
    text = "The side with the largest share of quoted words: " + "; ".join(clauses) + "."
    if (most["side"] == "other / unnamed").all():
        text += (" In every source most quoted words come from voices the actor codebook gives no side: fill the "
                 "`side` column of actors.csv to compare the sides.")
    firsts = own[own["speaks_first"]].sort_values("source")
    if len(firsts):
        text += " The first voice heard: " + "; ".join(
            f"{md(side)} in {listed(g['source'], limit=20)}" for side, g in firsts.groupby("side", sort=False)) + "."
    return text
