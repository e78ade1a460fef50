"""Who speaks in each article: direct and reported quotations, with the speaker normalised through the actor codebook.

Unit: one quotation per sentence and speaker. A sentence is a *direct* quotation when it carries at least
MIN_QUOTE_WORDS words inside quotation marks (a multi-sentence quotation makes one unit per sentence); it is
a *reported* quotation when a reporting verb ("said", "told", "claimed", "according to"…) introduces speech
without them. Scare quotes ("reward", "lasting peace") are too short to be quotations.

Attribution, in order: the words right after the closing quotation mark ("…," Novak told reporters; said
Novak); the subject of the nearest reporting verb before the quotation in its sentence (Novak said, "…";
Silva said it would involve "at least 1,000"); the speaker of the previous quotation (a quotation that
continues). The subject of a reporting verb is read from the words before it: relative clauses (", who led
the delegation,") and a trailing apposition (", the president's envoy to the region,") are set aside, then the actor
alias nearest the verb wins; a bare name not in the codebook is kept as it is; a pronoun ("he said") is the
previous speaker; unnamed sources ("one observer close to the talks", "officials", "reports") are anonymous.
"""
from __future__ import annotations

import re

import pandas as pd

from .codebooks import alias_pattern, normalise_alias
from .sentences import quote_mask
from .text import WORD

MIN_QUOTE_WORDS = 3
QUOTE_COLUMNS = ["article_id", "block_no", "sentence_no", "type", "speaker", "side", "speaker_text", "quoted_words",
                 "text"]
_VERBS = (r"said|says|say|told|tells|tell|stated|states|added|adds|noted|notes|confirmed|confirms|emphasi[sz]ed|"
          r"indicated|indicates|mentioned|insisted|insists|claimed|claims|accused|accuses|urged|urges|warned|warns|"
          r"acknowledged|announced|announces|reiterated|argued|argues|explained|asserted|asserts|expressed|cautioned|"
          r"informed|stressed|suggested|wrote|tweeted|posted|replied|responded|admitted|denied|declared|vowed|"
          r"pledged|predicted|complained|summari[sz]ed|conceded|recalled|saying|adding|stating|noting|suggesting|"
          r"accusing|insisting|claiming|warning|arguing|stressing|telling|called|calls|calling|described|describes|"
          r"describing|concluded|concludes|believes|believed|expects|expected|maintained|maintains|contended|contends|"
          r"observed|remarked|revealed|reveals|disclosed|hinted|promised|recommended|testified|underlined|urging|"
          r"describing|acknowledging|announcing|confirming|denying|explaining|vowing|pledging|predicting")
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_AFTER_QUOTE = re.compile(rf"^[\s,.!?;:—-]*(?:(?P<verb1>{_VERBS})\s+(?P<np1>[^,.;:“”\"]{{1,80}})|(?P<np2>[^,.;:“”\"]{{1,90}}?)\s+(?P<verb2>{_VERBS})\b)")
_ACCORDING = re.compile(r"(?i)\baccording to\s+(?P<np>[^,.;:“”\"]{1,80})")
_RELATIVE = re.compile(r",\s*(?:who|which|whose|where|when)\b[^,]*,")
_PRONOUN = re.compile(r"(?i)^(?:he|she|they|it|we|i)$")
_ANONYMOUS = re.compile(r"(?i)\b(?:observers?|sources?|officials?|diplomats?|analysts?|insiders?|people familiar|"
                        r"person familiar|spokes(?:man|woman|person)|reports?|witness(?:es)?|residents?|experts?|critics?|"
                        r"aides?|negotiators?|commentators?)\b")
_CLAUSE_START = re.compile(r"(?:^|\s)(?:that|it|he|she|they|we|there|this|these|the|a|an|his|her|its|their|our|for|"
                           r"[A-Z][a-z]+|[A-Z]{2,}|\d)|^(?:\s+\S+){0,6}\s+that\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)*")


def _actor_of(np_text: str, pattern, lookup, nearest_end: bool = True) -> tuple[str, str] | None:
    """The actor a noun phrase names: the alias nearest its end (or its start)."""
    if pattern is None:
        return None
    hits = list(pattern.finditer(np_text))
    if not hits:
        return None
    return lookup[normalise_alias(hits[-1 if nearest_end else 0].group(0))]


def _np_speaker(segment: str, pattern, lookup, last) -> tuple[str, str, str] | None:
    """(speaker, side, words) named by a short noun phrase, or None when it names nobody."""
    segment = segment.strip(" ,;:")
    words = segment.split()
    if words and len(words) <= 3 and _PRONOUN.match(words[0]):
        return (*last, segment) if last else ("unknown", "", segment)
    actor = _actor_of(segment, pattern, lookup)
    if actor:
        return actor[0], actor[1], segment
    if _ANONYMOUS.search(segment):
        return "anonymous", "", segment
    names = [m.group(0) for m in _CAPITALISED.finditer(segment) if m.group(0) not in _NOT_NAMES]
    if names:
        return names[-1], "", segment
    return None


_NOT_NAMES = {"The", "But", "And", "In", "As", "At", "After", "Before", "Despite", "However", "Meanwhile", "While",
              "When", "On", "Opening", "This", "That", "It", "Both", "Afterwards", "Earlier", "Later"}


def _subject(before: str, pattern, lookup, last) -> tuple[str, str, str]:
    """(speaker, side, words) of a finite reporting verb, read from the words before it in its sentence."""
    span = _RELATIVE.sub(",", re.sub(r"[“”\"]", " ", before)).strip()
    if span.endswith(","):
        span = span[:-1]
        if "," in span:
            span = span[: span.rfind(",")]  # a trailing apposition: "Jan Novak, the president's envoy,"
    segment = re.split(r"\s+(?:--|—|;)\s+", span.split(",")[-1])[-1]
    found = _np_speaker(segment, pattern, lookup, last)
    if found:
        return found
    actor = _actor_of(span, pattern, lookup)
    return (actor[0], actor[1], span) if actor else ("unknown", "", segment.strip())


def _main_subject(sentence: str, pattern, lookup, last) -> tuple[str, str, str]:
    """The speaker of a participle ("…, adding that"): the subject of an earlier finite reporting verb in the
    sentence, else the sentence's first pronoun or actor."""
    finite = [v for v in _VERB.finditer(sentence) if not v.group(0).endswith("ing")]
    if finite:
        return _subject(sentence[:finite[0].start()], pattern, lookup, last)
    first_words = sentence.split()[:2]
    if first_words and _PRONOUN.match(first_words[0].strip(",")):
        return (*last, first_words[0]) if last else ("unknown", "", first_words[0])
    actor = _actor_of(sentence, pattern, lookup, nearest_end=False)
    return (actor[0], actor[1], sentence[:60]) if actor else ("unknown", "", "")


def _verb_speaker(sentence: str, verb: re.Match, pattern, lookup, last) -> tuple[str, str, str]:
    if verb.group(0).endswith("ing"):
        return _main_subject(sentence, pattern, lookup, last)
    return _subject(sentence[:verb.start()], pattern, lookup, last)


def quotations(sentences: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation (sentence × speaker) in the body: type, speaker, side, the words naming the speaker,
    how many words are inside quotation marks, and the sentence."""
    pattern = alias_pattern(actors)
    lookup = {normalise_alias(a): (act, side) for a, act, side in zip(actors["alias"], actors["actor"], actors["side"])}
    rows: list[dict] = []
    body = sentences[sentences["role"] == "body"]
    for article_id, art in body.groupby("article_id", sort=False):
        last: tuple[str, str] | None = None
        for block_no, block in art.groupby("block_no", sort=True):
            text = " ".join(block["text"])  # offsets below are in this joined text
            starts, pos = [], 0
            for s in block["text"]:
                starts.append(pos)
                pos += len(s) + 1
            mask = quote_mask(text)
            spans = _quoted_spans(text, mask)
            resolved: dict[int, tuple[str, str, str]] = {}  # quote span index -> speaker, resolved in reading order
            for k, sent in enumerate(block.itertuples(index=False)):
                st, en = starts[k], starts[k] + len(sent.text)
                smask = mask[st:en]
                quoted = sum(1 for m in WORD.finditer(sent.text) if smask[m.start()])
                inside = [i for i, (qs, qe) in enumerate(spans)
                          if qs < en and qe > st and WORD.search(text[max(qs, st):min(qe, en)])]
                if inside:
                    i = inside[0]
                    if i not in resolved:
                        resolved[i] = _direct_speaker(text, *spans[i], starts, pattern, lookup, last)
                        if resolved[i][0] != "unknown":
                            last = resolved[i][:2]
                    speaker, side, said_by = resolved[i]
                    rows.append({"article_id": article_id, "block_no": block_no, "sentence_no": sent.sentence_no,
                                 "type": "direct", "speaker": speaker, "side": side, "speaker_text": said_by,
                                 "quoted_words": quoted, "text": sent.text})
                    continue
                for speaker, side, said_by in _reported(sent.text, smask, pattern, lookup, last):
                    if speaker not in ("unknown",):
                        last = (speaker, side)
                    rows.append({"article_id": article_id, "block_no": block_no, "sentence_no": sent.sentence_no,
                                 "type": "reported", "speaker": speaker, "side": side, "speaker_text": said_by,
                                 "quoted_words": quoted, "text": sent.text})
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"block_no": int, "sentence_no": int, "quoted_words": int})


def _quoted_spans(text: str, mask: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of quoted characters holding at least MIN_QUOTE_WORDS words."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if mask[i]:
            j = i
            while j < n and (mask[j] or text[j] in "“”\"«»„"):
                j += 1
            if len(WORD.findall(text[i:j])) >= MIN_QUOTE_WORDS:
                spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _direct_speaker(text, qs, qe, starts, pattern, lookup, last) -> tuple[str, str, str]:
    sentence_end = next((st for st in starts if st > qe), len(text) + 1) - 1
    sentence_start = max([st for st in starts if st <= qs], default=0)
    m = _AFTER_QUOTE.match(text[qe:sentence_end])
    if m and m.group("np1"):  # …," said Novak
        np_text = re.split(r"\s+(?:in|at|on|after|during|as|to|from|who|,)\s+", m.group("np1"))[0]
        found = _np_speaker(np_text, pattern, lookup, last)
        if found:
            return found
    if m and m.group("np2") and not re.match(r"(?i)\s*(?:and|but|or|then|before|after|while)\b", m.group("np2")):
        return _subject(m.group("np2"), pattern, lookup, last)  # …," Novak told reporters
    sentence = text[sentence_start:sentence_end]
    mask = quote_mask(sentence)
    verbs = [v for v in _VERB.finditer(sentence) if not mask[v.start()]]
    before = [v for v in verbs if v.start() < qs - sentence_start]
    if before or verbs:
        return _verb_speaker(sentence, (before or verbs)[-1 if before else 0], pattern, lookup, last)
    acc = _ACCORDING.search(sentence)
    if acc:
        found = _np_speaker(re.split(r",|\s+which\b|\s+who\b", acc.group("np"))[0], pattern, lookup, last)
        if found:
            return found
    return (*last, "(continues the previous quotation)") if last else ("unknown", "", "")


def _reported(sentence: str, smask: list[bool], pattern, lookup, last) -> list[tuple[str, str, str]]:
    """The speakers of reported speech in a sentence without a direct quotation."""
    out: list[tuple[str, str, str]] = []
    acc = _ACCORDING.search(sentence)
    if acc:
        np_text = re.split(r",|\s+which\b|\s+who\b", acc.group("np"))[0]
        out.append(_np_speaker(np_text, pattern, lookup, last) or (np_text.strip(), "", np_text))
    for v in _VERB.finditer(sentence):
        if smask[v.start()]:
            continue
        rest = sentence[v.end():]
        if not _CLAUSE_START.match(rest[:40]) and not re.match(r"\s+reporters\b", rest):
            continue
        if v.group(0).endswith("ing"):
            speakers = [_main_subject(sentence, pattern, lookup, last)]
        else:
            speakers = _coordinated(sentence[:v.start()], pattern, lookup, last)
        for speaker in speakers:
            if all(speaker[0] != o[0] for o in out):
                out.append(speaker)
        break  # the first reporting verb carries the sentence's speaker(s)
    return out


def _coordinated(before: str, pattern, lookup, last) -> list[tuple[str, str, str]]:
    """Speakers of a verb whose subject may join two speakers: "U.S. officials and the negotiator Silva"."""
    main = _subject(before, pattern, lookup, last)
    segment = main[2]
    parts = re.split(r"\s+and\s+", segment)
    # "officials and Silva" are two speakers; "chief negotiator and Defence Minister Novak" is one person's titles
    if len(parts) == 2 and re.search(r"(?:\b[A-Z][\w.’']*|[a-z]s)$", parts[0].strip()):
        both = [_np_speaker(p, pattern, lookup, last) for p in parts]
        if all(both) and both[0][0] != both[1][0]:
            return both
    return [main]
