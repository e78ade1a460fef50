"""Who says each sentence: one attribution step for the speakers of quotations and the claimants of figures.

`attribute_sentences(sentences)` gives one row per sentence (headline, standfirst and body): the speaker as a
reader would name them ("the coalition's spokeswoman Ana Ruiz", "the U.S. Environmental Protection Agency"),
the speaker's type (official, agency, expert, organisation, citizen, anonymous; outlet for the outlet's own
voice, other when the text does not say) and the basis of the attribution:

- direct: a quotation of at least MIN_QUOTE_WORDS words that stands as speech ("…," she said);
- partial: quoted words inside the outlet's sentence (critics called the plan "a gift to polluters");
- reported: a reporting verb with its subject ("officials said 12 people died", "the survey put the magnitude at");
- according_to: a source phrase ("according to the ministry", "citing state media");
- outlet: none of these; the outlet's own voice.

Speakers are read from the words after a closing quotation mark, else the subject of the nearest reporting
verb, else a source phrase, else the previous quotation's speaker (a quotation continued in the next paragraph).
Then, per article, a pronoun, a bare title ("the spokeswoman") or a surname is resolved to the speaker named
before it ("it" to a body, "he" and "she" to a person; "its spokesman" takes its owner's type; "the estimate" its
maker; a document speaks for its owner: "the commission's figures"), and a speaker's type is taken from the words that
name them or, for a bare name, from the words the article uses about that name elsewhere ("Ruiz, a resident of…",
"the Homeland party", "X, which represents insurers"; "Dr." alone makes an expert only when no other word types the
speaker). A figure in a sentence with two speakers is the claim of the one whose clause holds it (a gapped second
speaker, "unions more than three million", or one inside an object relative clause, "which the regulator put at 13.2%",
claims only its own figures), or of the nearer one. The rules are tables in `attribution_rules`.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import attribution_rules as rules
from .articlecache import per_article, whole_corpus
from .sentences import _ABBREVIATIONS, quote_mask
from .text import WORD

MIN_QUOTE_WORDS = 3
MAX_SPEAKER_WORDS = 16
ATTRIBUTION_COLUMNS = ["article_id", "block_no", "sentence_no", "role", "basis", "speaker", "speaker_type",
                       "speaker_text", "co_speaker", "co_speaker_type", "quoted_words", "text"]
BASES = ["direct", "partial", "reported", "according_to", "act", "outlet"]  # act: a ruling or provision, not a quotation
SPEAKER_TYPES = ["official", "agency", "expert", "organisation", "citizen", "anonymous", "outlet", "other"]
_DOT = "\u2024"  # stands for the dot of an abbreviation while phrases are cut at punctuation

_VERB = re.compile(r"\b(?:" + "|".join(c.pattern for c in rules.REPORTING_VERBS) + r")\b")
_PARTICIPLE = re.compile(r"\b(?:" + "|".join(c.pattern for c in rules.REPORTING_VERBS if c.value == "participle") + r")\b")
_ACTS = [(re.compile(rf"\b(?:{c.pattern})\b"), c.value) for c in rules.ACT_VERBS]
_DOCUMENT_VERB = re.compile("|".join(c.pattern for c in rules.REPORTING_VERBS if c.value == "document"))
_RELAXED = re.compile("|".join(c.pattern for c in rules.REPORTING_VERBS if c.name in rules.CLAIM_VERB_ROWS))
_VOICE_ONLY = re.compile(r"\b(?:" + "|".join(c.pattern for c in rules.REPORTING_VERBS if c.name in rules.VOICE_ONLY_ROWS) + r")\b")
_SOURCE_PHRASES = [(c.name, re.compile(c.pattern, re.I), c.value) for c in rules.SOURCE_PHRASES]
_TYPE_CUES = [(c.name, re.compile(c.pattern, re.I), c.value) for c in rules.TYPE_CUES]
_ABBREV = re.compile(r"\b(?:(?:[A-Za-z]\.){2,}|(?:" + "|".join(sorted((re.escape(a) for a in _ABBREVIATIONS if "." not in a),
                                                                       key=len, reverse=True)) + r")\.|[A-Z]\.(?=\s+[A-Z]))",
                     re.I)


def mask_abbreviations(text: str) -> str:
    """`text` with the dots of abbreviations and initials (U.S., Dr., Gen., J. Smith) replaced by a stand-in, so
    a phrase is never cut there; same length as `text`."""
    return _ABBREV.sub(lambda m: m.group(0).replace(".", _DOT), text)


def unmask(text: str) -> str:
    return text.replace(_DOT, ".")


def _tidy(phrase: str) -> str:
    """A phrase without quotation marks, extra spaces, edge punctuation or a capital on its opening article."""
    phrase = " ".join(re.sub(r"[“”\"«»]", " ", phrase).split()).strip(" ,;:-–—")
    return re.sub(r"^(The|A|An)(?=\s)", lambda m: m.group(1).lower(), phrase)


def _names(phrase: str) -> list[str]:
    """Capitalised runs in a phrase that are names (not sentence words or type words)."""
    runs = re.finditer(r"(?:[A-Z][\w’'\u2024.-]*|(?:of|de|van|von|al|bin|del|la|for|the)\b)(?:\s+(?:[A-Z][\w’'\u2024.-]*|"
                       r"(?:of|de|van|von|al|bin|del|la|for|the)\b))*", phrase)
    out = []
    for m in runs:
        words = [w for w in m.group(0).split() if w[0].isupper() and w.rstrip(_DOT + ".") not in rules.NOT_NAMES]
        if words and not all(speaker_type_of(w) != "other" and not w.isupper() for w in words):
            out.append(re.sub(r"^(?:(?:of|de|van|von|al|bin|del|la|for|the)\s+)+|(?:\s+(?:of|for|the|de|la))+$", "",
                              m.group(0)))
    return [n for n in out if n]


def is_valid_speaker(phrase: str) -> bool:
    """Whether a phrase can name a speaker: a pronoun, a name or a noun phrase with a head, never a clause,
    a fragment ("the U", "18", "State") or a whole sentence."""
    words = phrase.split()
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return False
    contact = rules.CONTACT_CLAUSE.match(phrase)
    if contact:
        return is_valid_speaker(contact.group("head"))  # session 19: "Residents we spoke to", "fans we spoke to"
    relative = re.match(r"(.+?)\s+(?:who|that)\s+(?:\S+\s+){0,9}\S+$", phrase)
    if relative and len(relative.group(1).split()) <= 6 and not rules.PRONOUNS.match(relative.group(1).split()[0]):
        phrase, words = relative.group(1), relative.group(1).split()  # "an official who was not authorised to speak"
    if rules.PRONOUNS.match(phrase) or rules.BARE_VOICE.match(phrase):
        return True  # session 19 (from 17): "…, according to dealers" (rules.BARE_VOICES)
    if rules.PRONOUNS.match(words[0]) and len(words) > 1:
        return False  # "she saw two men running": a clause, not a speaker
    if rules.INANIMATE_HEAD.search(phrase):
        return False  # session 12: "Heavy rain raised the toll": weather, a disaster, an event or a thing
    verb = _VERB.search(phrase)
    if verb and rules.NOUN_VERBS.fullmatch(verb.group(0)) and verb.end() == len(phrase) and \
            re.search(r"\b(?:the|a|an|its|their)\s+[a-z-]+\s+$", phrase[:verb.start()]):
        verb = None  # "people with knowledge of the supervisory reports": the phrase ends with a noun
    if verb and not rules.NOUN_BEFORE.search(phrase[:verb.start()]) or re.search(r"\b(?:is|are|was|were|been|being|has|have|had|will|would|could)\b", phrase):
        return False
    if re.fullmatch(r"[\W\d]+", phrase) or re.search(r"(?:^|\s)[A-Z]$", phrase.rstrip(_DOT + ".")):
        return False
    if rules.SUM_OF_MONEY.search(phrase):
        return False  # "government releases €18m and IHA": a clause of a headline, not a speaker
    if rules.FIGURE_SUBJECT.match(phrase):
        return False  # "The toll, revised from nine, …": a figure, not its speaker
    if rules.NOT_A_SPEAKER.match(phrase):
        return False  # session 19: "up from the 1,800 homes the company", "far more than official figures"
    if words[0].lower() in {"and", "or", "but", "that", "which", "who", "to", "of", "for", "with", "by", "how", "what", "according",
                            "why", "whether", "when", "where", "if", "because", "although", "though", "unless", "until",
                            "whereas", "than"}:  # session 12: "because its count includes families": a clause
        return False
    if len(words) > 1 and rules.PRONOUNS.match(words[-1]) and not rules.PRONOUNS.match(words[0]) and \
            words[-2].lower() not in {"what", "which", "that", "whom", "as", "than"}:
        return False  # session 12: "a urine sample he [gave]": a fragment ending in the next clause's subject
    if words[-1].lower() in rules.NP_END_NOT and len(words) > 1:
        return False  # "Bank sets aside 450 million euros for": not a noun phrase
    if len(words) == 1 and rules.MODIFIERS.match(phrase):
        return False  # "State", "National": the first word of a name cut short
    if re.match(r"(?i)(?:the|a|an|one|some|several|many|both|all|two|three|its|their|his|her|our)\s+\w", phrase) \
            and len(words) <= 8:
        return True  # a noun phrase: "one observer close to the talks", "both delegations"
    return bool(_names(phrase)) or speaker_type_of(phrase) != "other" or bool(rules.TITLE_WORDS.search(phrase))


def _cut_subject(span: str) -> str:
    """The subject phrase at the end of the words before a verb: other clauses, relative clauses, adverbs cut."""
    span = re.sub(r",\s*(?:and\s+)?(?:who|which|whose|where)\b(?:[^,]|,(?=\d{3}))*,", ",", span)  # ", who led the team,"
    for _ in range(2):  # session 13: "Police late on Monday", "The ministry in a statement on Tuesday"
        span = rules.TRAILING_ADVERBS.sub("", rules.SPEAKER_TRAILER.sub("", span.rstrip())).rstrip()
    apposition = ""
    if span.endswith(","):  # "Ana Ruiz, the coalition's spokeswoman," or "the mayor, Jan Holt,"
        parts = re.split(r",(?!\d{3})", span[:-1])
        span, apposition = (",".join(parts[:-1]), parts[-1]) if len(parts) >= 2 else (span[:-1], "")
        apposition = "" if rules.SPEAKER_TRAILER.fullmatch(" " + apposition.strip()) else apposition  # ", in a reply to X,"
    pieces = re.split(r",(?!\d{3})\s*", span)
    staff = rules.WHOSE_STAFF.match(_tidy(pieces[-1])) if len(pieces) >= 2 else None
    if staff and is_valid_speaker(_tidy(pieces[-2])) and not rules.CLAUSE_BREAKS.search(pieces[-2]):
        return f"{_tidy(pieces[-2])}'s {staff.group('post')}"  # session 15: "X Research, whose analyst Y has put it at"
    head = pieces[-2] if len(pieces) >= 2 and re.fullmatch(r"\s*\d{1,3}\s*", pieces[-1]) else pieces[-1]  # "X, 29,"
    head = re.sub(r"(?i)^\s*(?:which|whom)\s+", " ", head)  # "…, which the regulator put at 13.2%": the regulator
    head = re.sub(r"(?i)^\s*(?:an?|the)\s+(?:figure|number|estimate|count|total|toll|claim)\s+(?=(?:the|an?|its|their)\s)", " ",
                  head)  # "…, a figure the rail union said was 80%": the union
    breaks = list(rules.CLAUSE_BREAKS.finditer(head))
    relative = _restrictive_relative(head, breaks)
    if relative and apposition and _names(apposition) and is_valid_speaker(_tidy(apposition)):
        return f"{relative}, {_tidy(apposition)}"  # session 15: "a retired driver who gave only his first name, Luka,"
    if relative:
        return relative
    if breaks:
        head = head[breaks[-1].end():]
    head = _drop_leading_adverbial(re.sub(r"(?i)^(?:while|whereas|but|and|as|although|though|where)\s+", "", head.strip()))
    if apposition and is_valid_speaker(_tidy(apposition)):
        return f"{_tidy(head)}, {_tidy(apposition)}" if is_valid_speaker(_tidy(head)) else _tidy(apposition)
    return _tidy(head)


def _document_owner(phrase: str) -> str:
    """The owner of a document that stands for its speaker ("the electoral commission's figures" → "the electoral
    commission"); else the phrase."""
    m = rules.DOCUMENT_OWNER.match(phrase) or rules.STATEMENT_FROM.match(phrase)
    owner = _tidy(next(g for g in m.groups() if g)) if m else ""  # "the agency's 3 p.m. update" too
    return owner if owner and is_valid_speaker(owner) else phrase


def _restrictive_relative(head: str, breaks: list[re.Match]) -> str:
    """'An official who was not authorised to speak', 'people who lost their homes': a subject with a relative
    clause of its own (no commas, a few words), kept whole; '' when the words do not read so."""
    if not breaks or breaks[-1].group(0).strip().lower() not in ("who", "that"):
        return ""
    before, clause = head[:breaks[-1].start()], head[breaks[-1].start():].strip()
    earlier = [b for b in breaks[:-1]]
    noun = _tidy(before[earlier[-1].end():] if earlier else before)
    verb = clause.split()[1] if len(clause.split()) > 1 else ""
    if not rules.RELATIVE_VERB.fullmatch(verb) \
            or re.search(r"ed$", noun):
        return ""  # "…underscored that if Norland…": a complement clause, not a relative one
    if len(clause.split()) > 10 or not re.match(r"(?i)(?:the|a|an|one|some|two|three|several|many|people|those|"
                                                r"residents|officials|[a-z]+s|[a-z]*men|children|staff)\b", noun) or not is_valid_speaker(noun):
        return ""
    return _drop_leading_adverbial(f"{noun} {clause}") if noun.split()[-1].lower() not in rules.NP_END_NOT else ""


def _drop_leading_adverbial(phrase: str) -> str:
    """'In a statement the ministry' → 'the ministry'; 'On Tuesday the mayor' → 'the mayor'; 'A year ago Varro' →
    'Varro' (`rules.LEADING_TIME`)."""
    time = rules.LEADING_TIME.match(phrase)
    if time and phrase[time.end():].strip():
        return phrase[time.end():].strip()
    than = rules.COMPARED_SUBJECT.match(phrase)
    if than:
        return than.group("np")  # session 12: "three days later than Kaldor [first suggested]": Kaldor
    words = phrase.split()
    preps = {"in", "on", "at", "during", "after", "before", "earlier", "later", "speaking", "asked", "by", "from", "under",
             "with", "for", "meanwhile", "separately", "today", "yesterday", "overnight", "now", "also", "over", "within",
             "throughout", "across"}  # session 12: "Over 48 hours the weather service measured…"
    if len(words) < 3 or words[0].lower() not in preps:
        return phrase
    if rules.PRONOUNS.match(words[-1]):
        return words[-1]  # "In a statement on Monday it": the pronoun after the adverbial
    for i in range(2, len(words)):
        if words[i].lower() in {"the", "a", "an"} or (words[i][0].isupper() and words[i - 1][0].islower()
                                                      and words[i - 1].lower() not in {"of", "for", "at", "from", "by"}):
            if words[i - 1].lower() not in preps:
                return " ".join(words[i:])
    return phrase


def _speaker_after(after: str) -> str:
    """The speaker named right after a reporting verb: 'said Ana Ruiz, the coalition's spokeswoman.'"""
    first, *rest = re.split(r"[.;!?:“”\"]", after)[0].split(",")
    cut = r"\s+(?:in|on|at|after|during|as|while|when|adding|according|before|to)\s+"
    parts = [re.split(cut, first)[0], *(re.split(cut.replace("at|", "at(?!\\s+[A-Z])|"), p)[0] for p in rest[:1])]
    parts = [p.strip() for p in parts if p.strip()]
    if not parts:
        return ""
    if len(parts) >= 2 and _TYPE_CUES[0][1].search(parts[1]):  # "one fund manager, who asked not to be named"
        clause = re.split(r"\s+(?:because|as|since|so)\s+", parts[1])[0]
        return f"{_tidy(parts[0])}, {_tidy(clause)}"
    second = re.split(r"\s+(?:who|which|that|whose)\s+", parts[1])[0] if len(parts) >= 2 else ""
    if second and is_valid_speaker(_tidy(second)) and len(second.split()) <= 10:
        return f"{_tidy(parts[0])}, {_tidy(second)}"
    return _tidy(parts[0])


@lru_cache(maxsize=65536)
def _head_cue(text: str) -> tuple[str, str]:
    """(row name, type) of the head word of `text`: among the type cues that match, the one ending last (English
    puts the head noun last: "hospital officials" are officials, "a police spokesman" speaks for the police); ties
    go to the earlier row of the table ("the Reuters news agency" is a news agency before an agency)."""
    named_for = re.search(r"[A-Z][\w’'-]*\s+for\s+(?:the\s+)?[A-Z]", text)
    if named_for:  # "the Institute for Economic Research": an institute; the words after "for" say what it studies
        cut = _head_cue(text[:named_for.start() + named_for.group(0).index(" for")])
        if cut[1] != "other":
            return cut
    best, found = -1, ("", "other")
    for name, pattern, value in _TYPE_CUES[1:]:
        end = max((m.end() for m in pattern.finditer(text)
                   if value != "citizen" or not (rules.IN_A_NAME.match(text, m.start())
                                                 or rules.BODY_OF_MEMBERS.search(text[:m.start()]))), default=-1)
        if end > best:
            best, found = end, (name, value)
    return found


def _first_type(text: str) -> str:
    return _head_cue(text)[1]


def referent_class(phrase: str) -> str:
    """The class of referent a phrase's head names (a type-cue row: 'company' for "the firm" and "Brevik Steel")."""
    name = _head_cue(unmask(phrase))[0]
    return rules.SAME_CLASS.get(name, name)


_OWNED = re.compile(r"(?:(?:\s+(?:polled|questioned|surveyed|quoted|cited|interviewed|hired|employed|commissioned))?"
                    r"\s+\b(?:of|for|at|from|with|by|on|in|near|above|below|outside)|\s+who\s+(?:spoke|talked|wrote)\s+to)"
                    r"\s+(.+)$")  # session 15: "residents who spoke to the Herald" are residents, not the paper  # "residents on the ridge above
# the airport" are residents: the place after them neither owns nor types them


@lru_cache(maxsize=65536)  # a pure function of its text: the same names recur across a corpus
def speaker_type_of(phrase: str) -> str:
    """The type of the speaker a phrase names, from its words alone; 'other' when they do not say.

    An owner decides before a title: "the union's president" and "the president of the union" are an
    organisation's voice, "a police spokesman" the police's; an expert's or a citizen's own head noun decides
    before the body they belong to ("economists at the central bank", "analysts polled by a news agency"); an
    unnamed source is anonymous whatever its title. Session 17 (types17): split into named steps tried in this order,
    each '' when it does not decide (every development corpus's quotations keep their speaker and type).
    """
    phrase = unmask(phrase)
    contact = rules.CONTACT_CLAUSE.match(phrase)
    phrase = contact.group("head") if contact else phrase  # session 19: "Shopkeepers the Herald spoke to": shopkeepers
    for step in (_unnamed_record_or_owner_type, _management_or_poll_type, _ordered_or_observing_type,
                 _honorific_author_or_represented_type):
        if kind := step(phrase):
            return kind
    return _head_and_owner_type(phrase)


def _unnamed_record_or_owner_type(phrase: str) -> str:
    """Step 1: an unnamed source (anonymous whatever its title), a record's keeper, a research post or a professional
    association (`_record_or_post_type`, session 14), a business's owner ("the ship's owner, Baltic Line"); else ''."""
    if _TYPE_CUES[0][1].search(phrase) or rules.UNNAMED_INSIDER.match(phrase) and not re.search(r"(?i)spokes", phrase):
        return "anonymous"
    if kind := _record_or_post_type(phrase):
        return kind
    return "organisation" if rules.BUSINESS_OWNER.search(phrase) else ""


def _management_or_poll_type(phrase: str) -> str:
    """Step 2: a body's management ("Trust bosses", "hospital bosses": the body's type, a company's for an expert body,
    session 14) and a named poll ("a Valtra poll", a pollster; "a survey by the Tallin Institute" is the institute's,
    session 13); else ''."""
    management = rules.MANAGEMENT_OF.match(phrase)
    owner = management and (management.group("body") or management.group("owner") or "")
    if management and owner and speaker_type_of(owner) not in ("other", "citizen"):
        return "organisation" if speaker_type_of(owner) == "expert" else speaker_type_of(owner)
    poll = rules.NAMED_POLL.match(phrase)
    if not poll:
        return ""
    maker = re.search(r"\bby\s+(.+)$", phrase) if poll.group(0).rstrip().endswith(("by", "By")) or \
        re.search(r"\bby\s+(?:the\s+)?[A-Z]", poll.group(0)) else None
    kind = speaker_type_of(re.sub(r"\s+(?:between|from|on|in|for)\s+.*$", "", maker.group(1))) if maker else "other"
    return kind if kind not in ("other", "organisation") and re.search(r"(?-i:[A-Z]\w*\s+Institute)", maker.group(1)) \
        else "organisation"


def _honorific_author_or_represented_type(phrase: str) -> str:
    """Step 4: "Dr." (an expert only when no other word types the speaker; a doctor at a hospital), a document's
    author ("a poll by a research firm", "figures from the ministry", `rules.DOCUMENT_MAKER`; "a poll by Norstat": a
    firm) and a body representing people ("a group representing residents" speaks for them); else ''."""
    if rules.HONORIFIC.search(phrase):
        kind = speaker_type_of(rules.HONORIFIC.sub("", phrase)).replace("other", "expert")
        return "expert" if kind == "official" and rules.MEDICAL_POST.search(phrase) else kind
    author = re.search(r"\b(?:by|from)\s+(.+)$", phrase)
    if author and rules.DOCUMENT_SUBJECT.search(rules.DOCUMENT_MAKER.split(phrase)[0]):
        kind = speaker_type_of(author.group(1))
        return "organisation" if kind == "other" and _names(author.group(1)) else kind
    body = rules.REPRESENTING.match(phrase)
    return _first_type(body.group(1)) if body and _first_type(body.group(1)) != "other" else ""


_LAW_FIRM = re.compile(r"(?i)\blaw\s+(?:firms?|practices?|offices?)\b")  # session 10: a law firm is counsel too
_GENERIC_POST = re.compile(r"(?i)(.+?)\s+(officials?|leaders?|representatives?|spokes(?:man|woman|person|people)|"
                           r"presidents?|chair(?:man|woman|person)?|(?:general\s+)?secretary|directors?|committees?|"
                           r"associations?|groups?|trusts?|councils?|networks?|forums?)"
                           r"(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}$")  # "union official Tomas Gray" too


def _head_and_owner_type(phrase: str) -> str:
    """Step 5: the phrase's head noun and its owners ("the union's president", "economists at the central bank");
    counsel and generic posts first (`_counsel_or_generic_type`), then an expert's or a citizen's own head noun, a
    public office whoever owns it, a citizens' body, the owners, the phrase, a post of a thing."""
    owners = re.findall(r"([\w.-]+(?:\s+[\w.-]+){0,3})['’]s\s(?![A-Z][a-z])", phrase)  # "the Women's Lobby" is one name
    owned = _OWNED.search(phrase)
    head = re.sub(r"[\w.-]+(?:\s+[\w.-]+){0,3}['’]s\s(?![A-Z][a-z])", "", phrase[:owned.start()] if owned else phrase)
    head = re.sub(r"\b(?:Dr|Prof)\b\.?", "", head) if owners or owned else head  # an honorific is not a role
    if kind := _counsel_or_generic_type(head, [*owners, *([owned.group(1)] if owned else [])]):
        return kind
    if _first_type(head) in ("expert", "citizen") and not re.search(r"\b(?:union|party)\b", head, re.I):
        return _first_type(head)  # "economists at the central bank", "a worker at the plant"
    if owners and rules.PUBLIC_OFFICE.search(head):
        return "official"  # session 10: "the airport's fire chief", "the town's mayor": a public office, whoever owns it
    if owners and _first_type(head) == "organisation" and all(_first_type(o) == "citizen" for o in owners):
        return "organisation"  # "the fishermen's cooperative", "the residents' association": their body speaks
    members = owned and rules.BODY_OF_MEMBERS.search(phrase[:owned.start(1)]) and _first_type(owned.group(1)) == "citizen"
    for part in [*owners, *([owned.group(1)] if owned and not members else []), phrase]:  # session 17: "the
        found = _first_type(part)  # Confederation of Public Employees" is the confederation, not the employees
        if found != "other":
            return found
    return _post_of_a_thing(phrase)


def _counsel_or_generic_type(head: str, owners: list[str]) -> str:
    """Counsel ("a lawyer for the family": other, the keys' convention) and a generic post or group after the words
    that type it ("union officials", "company representatives"; "farmers' leaders", "residents' representatives": a
    body speaking for them); else ''."""
    if rules.LEGAL_COUNSEL.search(head) and (_first_type(head) in ("citizen", "other") or _LAW_FIRM.search(head)) and \
            all(_first_type(o) in ("citizen", "other") or _LAW_FIRM.search(o) for o in owners):
        return "other"
    generic = _GENERIC_POST.match(head)
    if generic and _first_type(generic.group(1)) in ("organisation", "agency"):
        return _first_type(generic.group(1))
    if generic and _first_type(generic.group(1)) == "citizen" and not generic.group(2).startswith("official") and \
            (generic.group(1).endswith(("'", "’")) or generic.group(2).endswith("s")):
        return "organisation"
    return ""


def _ordered_or_observing_type(phrase: str) -> str:
    """Session 16 (types16): the type of an expert advising a body (session 19, `rules.EXPERT_ADVISING`: expert), of a
    poll, survey or study made for a named body (`rules.COMMISSIONED_DOCUMENT`:
    that body's) and of election observers or an observer mission (`TYPE_CUES` row `election_observers`: official,
    whoever sent the mission: "the observer mission of the Northern Democratic Forum"); '' for any other phrase."""
    ordered = rules.COMMISSIONED_DOCUMENT.match(phrase)
    if ordered and speaker_type_of(ordered.group("body")) != "other":
        return speaker_type_of(ordered.group("body"))
    adviser = rules.EXPERT_ADVISING.match(phrase)
    if adviser and not ordered and _first_type(adviser.group("adviser")) == "expert":
        return "expert"  # session 19: "a geotechnical engineer advising the council"
    if _head_cue(re.split(r"\s+(?:of|for|from|at|in)\s+", phrase)[0])[0] == "election_observers":
        return "official"
    return ""


def _record_or_post_type(phrase: str) -> str:
    """Session 14: the type of a research post ("head of bank research at X", expert), of a market's own record
    ("exchange data", other), of a record named by its keeper ("finance ministry figures", `_record_keeper_type`) and of
    a professional association or its officers ("the Association of Structural Engineers", organisation, while "an
    engineer at the association" is an engineer); '' for any other phrase."""
    if rules.RESEARCH_POST.search(phrase):
        return "expert"
    if rules.MARKET_RECORD.search(phrase):
        return "other"
    if rules.BARE_RECORD.match(phrase) and "'" not in phrase and "’" not in phrase:
        return _record_keeper_type(phrase)
    holder = re.split(r"\s+(?:of|at|for)\s+", phrase)[0].split(",")[-1]
    if _head_cue(phrase)[0] == "professional_body" and _first_type(holder) not in ("expert", "citizen"):
        return "organisation"
    return ""


def _record_keeper_type(phrase: str) -> str:
    """The type of a record named by its keeper's words ("finance ministry figures", "court records": official), session
    14; 'other' when those words name no typed body ("internal emails") or when a paper has seen or obtained it ("coast
    guard logs seen by Atlas Weekly": a document, not its keeper's claim, as the development keys code it)."""
    if re.search(r"\s(?:seen|obtained|reviewed|examined|leaked)\s+(?:by|to)\s", phrase):
        return "other"
    keeper = re.sub(r"(?i)\s+[a-z-]+$", "", phrase)
    kind = speaker_type_of(keeper) if keeper != phrase else "other"
    return kind if kind in ("official", "organisation", "expert", "agency") else "other"


_POSTS_OF_THINGS = [(re.compile(rf"(?i)^(?:{c.pattern})$"), c.value) for c in rules.POST_OF_A_THING]


def _post_of_a_thing(phrase: str) -> str:
    """The type of a post named by what it heads ("Dam chief Harald Voss", "the port's boss", `rules.POST_OF_A_THING`,
    session 13): the type of the body that runs that thing; 'other' when the phrase is no such post."""
    for part in phrase.split(",")[:2]:  # "Tomas Renner, campaign chief" too
        m = rules.POST_OF_A_THING_TITLE.search(part.strip() + ",")
        thing = m.group("thing") if m else ""
        for words in (thing, thing.split()[-1] if thing else ""):
            kind = next((v for p, v in _POSTS_OF_THINGS if words and p.match(words)), "")
            if kind:
                return kind
    return "other"


def _subject_of(sentence: str, verb: re.Match) -> str:
    """The speaker of a reporting verb: its subject before it, or after it ('said the mayor'), or the subject of
    the sentence's first finite reporting verb for a participle ('…, adding that')."""
    if _PARTICIPLE.fullmatch(verb.group(0)):
        quoted = rules.QUOTED_AS.search(sentence[:verb.start()])
        if quoted and is_valid_speaker(_tidy(quoted.group("np"))):
            return _tidy(quoted.group("np"))  # "The Herald quoted fire chief X as saying": X
        if _with_speaker(sentence[:verb.start()], verb):
            return _with_speaker(sentence[:verb.start()], verb)  # "…, with the regulator warning that"
        own = re.search(r",\s*((?:each|both|one|some|all|the|a|an|two|three|several|many)\s+[^,]{1,40}?)\s+$",
                        sentence[:verb.start()], re.I)
        if own and is_valid_speaker(_tidy(own.group(1))):
            return _tidy(own.group(1))  # "…, each side accusing the other": the participle's own subject
        finite = [v for v in _VERB.finditer(sentence[:verb.start()]) if not _PARTICIPLE.fullmatch(v.group(0))
                  and not rules.NOUN_BEFORE.search(sentence[:v.start()])]
        if finite:
            return _subject_of(sentence, finite[0])
        return _opening_subject(sentence)
    before = sentence[:verb.start()]
    fronted = _fronted_speaker(sentence, verb)
    if fronted:
        return fronted
    relative = re.search(r",?\s+(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|later\s+|have\s+|has\s+|had\s+)?$", before)
    if relative:  # "…President Jan Holt, who cautioned that…": the name the clause hangs on
        names = _names(before[:relative.start()])
        return names[-1] if names else ""
    rest = sentence[verb.end():]
    inverted = rules.INVERTING_VERBS.fullmatch(verb.group(0)) and before.rstrip().endswith(",") and \
        (len(rest.split()) <= len(_speaker_after(rest).split()) + 4 or rules.TAG_WITH_APPOSITION.match(rest)
         or rules.TAG_WITH_RELATIVE.match(rest)) and \
        not rules.PRONOUNS.match(rest.split()[0] if rest.split() else "")  # "…, says the interior ministry"
    parts = [_tidy(p) for p in re.split(r",(?!\d{3})", before.strip())]
    if inverted and len(parts) == 3 and not parts[2] and (all(is_valid_speaker(p) for p in parts[:2]) or re.match(
            r"(?:who|which|whose)\s", parts[1]) and is_valid_speaker(parts[0])) and _named_subject(before):
        inverted = False  # "A passenger, Milan Horak, said…", "Prof. X, who studies…, said…": the subject before
    if re.search(r"[”\"]\s*,?\s*$|,\s*[”\"]\s*$", before) or not before.strip() or inverted:
        after = _document_owner(_speaker_after(sentence[verb.end():]))  # '"…," read a statement from the firm'
        if is_valid_speaker(after):
            return after
    if re.search(r"[a-z]\W*\s+and\s+(?:also\s+|later\s+|then\s+)?$", before) and _opening_subject(before):
        return _document_owner(_opening_subject(before))  # "The State Department congratulated X … and said"
    opening = rules.OPENING_NP.match(re.split(r"[;:]\s*", before)[-1])  # the clause's own opening
    if re.search(r"[a-z]\W*\s+but\s+(?:also\s+|still\s+)?$", before) and opening and is_valid_speaker(opening.group("np")) \
            and (speaker_type_of(opening.group("np")) != "other" or _names(mask_abbreviations(opening.group("np")))):
        return opening.group("np")  # session 10: "The operator accepts the figure but says…": the clause's own subject
    subject = _document_owner(_cut_subject(before))
    if rules.FIGURE_SUBJECT.match(subject):
        return ""  # "The toll, revised from nine, now stands at 14": a figure revised, no speaker of this verb
    polled = _source_phrase(subject) if re.match(r"(?i)(?:\d|most|half|a (?:third|quarter|majority|fifth))", subject) else ""
    if polled and polled[1]:
        return polled[1]  # "64% of those questioned by the institute said…"
    if is_valid_speaker(subject):
        return subject
    if " and " in subject and is_valid_speaker(subject.rsplit(" and ", 1)[1]):
        return subject.rsplit(" and ", 1)[1]  # "…as council pays €2m and the health agency warns": the second clause's
    bare = re.sub(r"\s+(?:who|that)\s+.*$", "", subject)
    if bare != subject and is_valid_speaker(bare):
        return bare  # "X, the university engineer who has studied the dam, said": X and the apposition's head
    names = _names(subject)
    return names[-1] if names else ""


_FRONTED = [re.compile(c.pattern) for c in rules.FRONTED_SPEECH]


def _fronted_speaker(sentence: str, verb: re.Match) -> str:
    """The speaker of speech told before them at the sentence's start (`rules.FRONTED_SPEECH`, session 13): "Instead,
    say locals, the river rose" → locals; "So says the union." → the union; '' when the verb is not such a tag's."""
    for pattern in _FRONTED:
        m = pattern.match(sentence)
        if m and m.start() <= verb.start() < m.start("np") and is_valid_speaker(_tidy(m.group("np"))):
            return _tidy(m.group("np"))
    return ""


def _opening_subject(sentence: str) -> str:
    """The subject a sentence opens with when it is a pronoun or a name ('Officials did not say…, adding')."""
    words = sentence.split()
    if words and rules.PRONOUNS.match(_tidy(words[0])):
        return _tidy(words[0])
    m = re.match(r"(.{1,80}?)\s+(?:has|have|had|was|were|is|are|did|does|do|will|would|could|can|[a-z]+ed|"
                 + rules.IRREGULAR_PAST + r")\b", sentence)
    subject = _cut_subject(m.group(1)) if m else ""
    return subject if is_valid_speaker(subject) else ""


def _named_subject(before: str) -> bool:
    """Whether the words before a verb end with a speaker who is named or typed ('the institute has recorded')."""
    subject = _cut_subject(before)
    if not is_valid_speaker(subject) and " and " in subject:
        subject = subject.rsplit(" and ", 1)[1]  # "…as government releases €18m and IHA warns": the second clause's
    if re.fullmatch(r"(?i)he|she|they", subject):
        return True  # a pronoun stands for the speaker named before it: "He blamed rising costs."
    return is_valid_speaker(subject) and (speaker_type_of(subject) != "other" or bool(_names(subject)))


def _stance_holder(before: str) -> bool:
    """Whether the words before a verb of plan or stance end with one who holds a position: a named or typed
    speaker, or a body by its head noun ("the committee wants"), not "Everyone" or "the plant"."""
    subject = _cut_subject(re.sub(r"\s+(?:has|have|had|now|still|also|only|already)\s*$", "", before))
    head = re.sub(r"(?i)^(?:the|a|an)\s+", "", subject.split(",")[0].strip())  # "X's delegation, led by Y": a delegation
    if not (speaker_type_of(head) != "other" or rules.BODY_HEAD.search(head) or head in _names(head)):
        return False  # "the promise of new jobs … offers hope", "the plan … offered": no holder
    return _named_subject(before) and not re.fullmatch(r"(?i)(?:every|any|no|some)(?:one|body)", subject) or \
        is_valid_speaker(subject) and bool(rules.BODY_HEAD.search(subject))


def _reporting_verbs(sentence: str, mask: list[bool]):
    """The reporting verbs outside quotation marks that report speech (followed by a clause or object), in order."""
    for verb in _VERB.finditer(sentence):
        if mask[verb.start()] or rules.COMPOUND_BEFORE.search(sentence[:verb.start()]):
            continue  # session 19: "value-added tax": a compound word
        after = sentence[verb.end():verb.end() + 40]
        before = sentence[:verb.start()]
        if any(re.fullmatch(v, verb.group(0)) and re.match(a, after) for v, a in rules.NOT_SPEECH_BEFORE) or \
                rules.SEEK_TO.match(verb.group(0)) and re.match(r"\s+to\s", after) or \
                rules.DECLARE_ACT.match(verb.group(0)) and re.match(r"\s+(?:a|an)\s", after) or \
                rules.STANCE_VERBS.match(verb.group(0)) and not _stance_holder(before):
            continue  # "seeks to end the war": an aim; "declared a state of emergency": an act; "Everyone wants"
        if re.fullmatch(r"reads?", verb.group(0)) and re.match(r"\.?$", after) and not rules.DOCUMENT_BEFORE_READ.search(
                before) and not re.search(r"(?:statement|message|letter|release|post|notice|note)\s$", before):
            continue  # "The children sat down and read.": only a document closing its sentence with "read" reports
        if rules.COUNTED_ADJECTIVE.match(verb.group(0)) and re.match(r"\s+[a-z]+s\b", after) and \
                re.search(r"(?:^|[:;,]|\b(?:of|and|the|new|more|with|all))\s*$", before):
            continue  # "Cholera outbreak live: confirmed cases rise to 171": an adjective, not a report
        if (re.search(r"(?i)(?:^|[,;]\s*)with\s+(?:[^\s,]+\s+){0,5}$", before.lstrip()) or verb.group(0).endswith("ed")
                and re.search(r"(?i)\bwith\s+(?:[^\s,]+\s+){1,5}$", before)) and not _with_speaker(before, verb):
            continue  # "With 92% of ballots counted, …", "won 38% with 96% of ballots counted": an absolute phrase
        if rules.FINDING_THAT.fullmatch(verb.group(0)) and rules.SUBORDINATE_FINDING.search(before):
            continue  # session 15: "…was fined €1.2m after an inquiry found that…": a finding told as background
        if _is_parenthetical(sentence, verb):
            yield verb  # "…is 6.4%, the team estimates, against…", "…made $40m, one trader estimated."
            continue
        if rules.NOUN_VERBS.fullmatch(verb.group(0)) and re.match(r"\s+(?:said|says|say|showed|shows|show)\b", after):
            continue  # "people with knowledge of the reports said": the noun before the verb
        if rules.NOUN_VERBS.fullmatch(verb.group(0)) and rules.OBJECT_NOUN_BEFORE.search(before) or \
                rules.NEGATED_REPORT.search(before) and not re.match(r"rules?\b|ruled\b", verb.group(0)):
            continue  # "did not confirm Vardian claims that": a noun; "has not confirmed the loss": no claim
        if rules.NOUN_VERBS.fullmatch(verb.group(0)) and re.match(r"\s*(?:[.,;:]|$|\s(?:for|of|on)\b)", after) and \
                re.search(r"(?:\b(?:its|their|his|her|our|the|a|an)\s+\S+|['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+$", before):
            continue  # "after the company cut its profit forecast.": a noun
        if rules.PASSIVE_AGENT.match(after) and re.search(r"(?:ed|given|put|set)$", verb.group(0)):
            continue  # "The offer, announced by the minister, …": a passive participle; its agent is a source phrase
        if verb.group(0).endswith("ed") and (rules.FIGURE_BEFORE_PARTICIPLE.match(before) or
                                             rules.VALUE_BEFORE_PARTICIPLE.search(before)):
            continue  # "The toll, revised from nine, now stands at 14", "a record of 43.6C measured in 2019": a
            # participle about the figure, with a tag after it or none ("The death toll, revised from one, is now two.")
        if rules.NOUN_BEFORE.search(before) and not rules.CONTACT_CLAUSE.match(before.strip()) or \
                (rules.PASSIVE_BEFORE.search(before) and not verb.group(0).endswith("ing")):
            continue  # "for claims", "the notes": a noun; "residents were told": no speaker ("Residents we spoke to
            # said": a contact clause, session 19)
        document = _DOCUMENT_VERB.match(sentence, verb.start())
        record = re.split(r"\s+(?:\w+ed|seen|shown|given|kept|held|sent)\b|\s+(?:by|of|from)\s+", _cut_subject(before))[0]
        if document and document.end() == verb.end() and not rules.DOCUMENT_SUBJECT.search(record) \
                and not rules.FINDING_BODY.search(record):
            continue  # "the camera showed", "local television showed images": not a claim
        if _PARTICIPLE.fullmatch(verb.group(0)) and re.search(r"\b(?:such as|by|of|for|without|after|before|from|"
                                                              r"about|on|while|when)\s+$|\bwith\s+(?:\w+\s+){1,3}$", before) \
                and not _with_speaker(before, verb):
            continue  # "such as calling for…", "by saying": not a report of speech
        if rules.SPEECH_VERBS.match(verb.group(0)) or rules.CLAUSE_AFTER_VERB.match(after) \
                or rules.FINDING_THAT.fullmatch(verb.group(0)) \
                or rules.MEDIUM_CLOSING.match(sentence, verb.start()) and _named_subject(before) \
                or rules.SPEECH_MEDIUM.match(sentence[verb.end():verb.end() + 80]) \
                or re.search(r"[“”\",]\s*$", before) or _PARTICIPLE.fullmatch(verb.group(0)) \
                or (_RELAXED.fullmatch(verb.group(0)) and _named_subject(before)):
            yield verb


def _is_closing_tag(sentence: str, verb: re.Match) -> bool:
    """Whether a verb of saying closes the sentence after a speaker set off by a comma ("The government promised
    €120 million, Finance Minister Ola Berg said."): the tag covers the whole sentence."""
    if not (rules.SPEECH_VERBS.match(verb.group(0)) and rules.CLOSING_TAIL.fullmatch(sentence[verb.end():])
            or rules.MEDIUM_CLOSING.match(sentence, verb.start())):
        return False  # "…, X said." / "…, X wrote on social media."
    m = re.search(r"(?:^|[^,\d]),\s*([^,;“”\"]{2,80}?)\s+$", sentence[:verb.start()])
    return bool(m) and not rules.PRONOUNS.match(m.group(1)) and is_valid_speaker(_tidy(m.group(1))) and \
        _named_subject(sentence[:verb.start()])


def _with_speaker(before: str, verb: re.Match) -> str:
    """The speaker of an absolute phrase of speech ("…, with the energy regulator warning that…"): a typed or named
    noun phrase after "with" before a participle of a reporting verb; else ''."""
    m = re.search(r"(?:^|[,;]\s*|\s)[Ww]ith\s+((?:the|a|an|its|their|[A-Z])[^,]{0,50}?)\s+$", before)
    if not m or not _PARTICIPLE.fullmatch(verb.group(0)) or re.search(r"\d", m.group(1)):
        return ""
    phrase = _tidy(m.group(1))
    return phrase if is_valid_speaker(phrase) and (speaker_type_of(phrase) != "other" or _names(phrase)) else ""


def _is_parenthetical(sentence: str, verb: re.Match) -> bool:
    """Whether a reporting verb closes its clause after a speaker set off by a comma ('…, the team estimates, …')."""
    tag = rules.PARENTHETICAL_TAG.search(sentence[:verb.start()])
    return bool(tag) and bool(re.match(r"\s*(?:[,.;]|$)", sentence[verb.end():])) and \
        not _PARTICIPLE.fullmatch(verb.group(0)) and is_valid_speaker(_tidy(tag.group(1)))


_NP_STOP = re.compile(r"(?i)^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|"
                      r"\d[\d.,%]*|[a-z]+ly)$")


def _np_start(text: str) -> str:
    """The noun phrase a text opens with: cut at punctuation, a relative word, a verb or a figure."""
    text = rules.NP_TIME_TAIL.split(text)[0]  # session 16: "the fire service late on Monday"
    text = re.split(r"[,.;:!?“”\"(]|\s+(?:which|who|that|on|in(?!\s+[A-Z][a-z’'-]+\s*(?:[.,;]|$))|at|as|after|before|when|while|last|next|yesterday|today|"
                    r"tonight|earlier|during|since|until|within|amid|for(?=\s+(?:(?:about|nearly|almost|more\s+than|over|up\s+to)\s+)?"
                    r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few|most|much|"
                    r"the\s+(?:first|second|third|past|next|last|rest))\b)))\b|\s+and\s+(?=\d)", text)[0]
    words = text.split()
    for i, word in enumerate(words[1:], start=1):
        if rules.YEAR_MODIFIER.fullmatch(word) and words[i - 1].lower() in _DETERMINERS:
            continue  # session 15: "a 2012 study by the university", "its 2023 report": a year naming the record
        if (_VERB.fullmatch(word) or _NP_STOP.match(word)) and not _noun_use(words, i):
            return " ".join(words[:i])
    return text


_NOUN_FORMS = re.compile(r"(?i)^(?:reports?|counts?|estimates?|reviews?|stud(?:y|ies)|surveys?|statements?|claims?|"
                         r"warnings?|records?|findings?)$")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"})


def _noun_use(words: list[str], i: int) -> bool:
    """Whether words[i], a form a reporting verb shares with a noun ("report", "count", "estimate"), is the noun of
    its phrase: after a determiner, or a determiner and one lower-case word ("an internal report", "the ministry
    report"), never the verb that ends a speaker's phrase ("the ministry reports")."""
    if not _NOUN_FORMS.match(words[i]):
        return False
    before = [w.lower() for w in words[max(0, i - 2):i]]
    return before[-1] in _DETERMINERS or (len(before) == 2 and before[0] in _DETERMINERS
                                          and (words[i - 1].islower() or rules.YEAR_MODIFIER.fullmatch(words[i - 1]))
                                          and not words[i].lower().endswith("s"))  # "the ministry reports": a verb


def _source_phrases(sentence: str) -> list[tuple[str, str]]:
    """(basis, speaker) of every source phrase of a sentence ('according to the ministry', '…, and 2.5 million
    according to the unions'), in the order of the rules, then of the text."""
    found = []
    for _name, pattern, basis in _SOURCE_PHRASES:
        m = pattern.search(sentence)
        while m:
            np_text = _document_owner(_tidy(_np_start(m.group("np"))))
            named = re.match(rf"{re.escape(np_text)},\s+((?:[A-Z][\w’'\u2024.&-]*\s*){{1,4}})(?:[,.;]|$)", m.group("np"))
            np_text = f"{np_text}, {named.group(1).strip(' .')}" if named and not is_person_name(np_text) else np_text
            np_text = re.sub(r"['’]s?$", "", np_text) if re.search(r"\w['’]s?$", np_text) else np_text  # "the bank's last report"
            np_text = rules.POSSESSIVE_PRONOUNS.get(np_text.lower(), _author(np_text))  # "on his figures": he
            if _name == "owned_figure" and (speaker_type_of(np_text) == "other" or rules.PLACE_OWNER.search(np_text)):
                np_text = ""  # "the city's death toll", "Italy's count": a place's figure, the outlet's
            if is_valid_speaker(np_text):
                found.append((m.start("np"), basis, np_text))
            m = pattern.search(sentence, max(m.start("np"), m.start() + 1))  # an owner opens its own row's match
    return [f[1:] for f in sorted(found, key=lambda f: f[0])]


def _author(phrase: str) -> str:
    """The maker of a record that stands for its speaker ("figures published by the laboratory" → "the laboratory",
    "calculations by Ruelle's team"); polls, surveys and images keep their name ("a poll by Vantor"); else the phrase."""
    m = rules.RECORD_BY.match(phrase)
    return _tidy(m.group("author")) if m and is_valid_speaker(_tidy(m.group("author"))) else phrase


def _source_phrase(sentence: str) -> tuple[str, str]:
    """(basis, speaker) of the first source phrase ('according to the ministry'), or ('', '')."""
    return next(iter(_source_phrases(sentence)), ("", ""))


_CLAIMS = [re.compile(c.pattern, re.I) for c in rules.CLAIM_PHRASES]
_TYPED_CLAIMS = {p for p, c in zip(_CLAIMS, rules.CLAIM_PHRASES) if c.name in rules.SUBJECT_TYPED_CLAIM_ROWS}


def _put_at(sentence: str) -> str:
    """The subject of 'X put the magnitude at 6.1' or 'X had given a toll of 45', or ''."""
    for pattern in _CLAIMS:
        m = pattern.search(sentence)
        if m and re.search(r",\s*$", sentence[:m.start()]) and re.match(r"\s*\S+(?:\s+\S+)?\s+by\b", sentence[m.end():]):
            continue  # "the final turnout, put at 63.2% by the commission,": a participle, not a claim
        if m and rules.FIGURE_BEFORE_PARTICIPLE.match(sentence[:m.start()]):
            continue  # "The number of people evacuated, estimated at 2,000 on Monday, rose…": a clause about the figure
        subject = _document_owner(_cut_subject(sentence[:m.start()])) if m else ""
        if pattern in _TYPED_CLAIMS and (speaker_type_of(subject) == "other" or rules.PLACE_OWNER.search(subject)):
            continue  # session 12: "The town sees 40 visitors": a place, no voice
        if is_valid_speaker(subject):
            return subject
    return ""


def _co_speakers(subject: str) -> tuple[str, str]:
    """A subject joining two speakers ('the mayor and the fire chief', 'the fire service and local police') as
    (first, second); else (subject, '')."""
    parts = re.split(r"\s+and\s+", subject)
    if len(parts) == 2 and rules.NAME_WITH_AND.search(subject) and not is_person_name(" ".join(parts[1].split()[-2:])):
        return subject, ""  # "the Centers for Disease Control and Prevention", "the Food and Drug Administration"
    if len(parts) == 2 and rules.AND_INSIDE_NAME.search(parts[0] + " and "):
        return subject, ""  # session 19: "Kelby Fire and Rescue's incident commander, Station Manager Ana Holt"
    if len(parts) == 2 and all(is_valid_speaker(p) for p in parts) and (
            re.search(r"(?:\b[A-Z][\w.’'\u2024]*|[a-z]s)$", parts[0]) or parts[1].split()[0].lower() in {"the", "a", "an"}
            or all(speaker_type_of(p) not in ("other", "anonymous") for p in parts)):
        return parts[0], parts[1]
    return subject, ""


def _clause_speakers(sentence: str, mask: list[bool]) -> list[tuple[str, str]]:
    """(basis, speaker phrase) of one clause: a claim phrase or reporting verb, then every source phrase
    ('State television, citing the interior ministry, said…'); else a declarative act."""
    found = []
    verbs = sorted(_reporting_verbs(sentence, mask), key=lambda v: not (_is_parenthetical(sentence, v)
                                                                        or _is_closing_tag(sentence, v)))  # a tag first
    speaker = _put_at(sentence) or next((s for s in (_subject_of(sentence, v) for v in verbs) if s), "")
    if speaker:
        found.append(("reported", speaker))
    if speaker and verbs and _is_parenthetical(sentence, verbs[0]):  # "X, which disclosed 1.2%, made $40m, a trader said"
        found += [("reported", s) for s in (_subject_of(sentence, v) for v in verbs[1:2]) if s and s != speaker]
    found += [("reported", s) for s in (_subject_of(sentence, v) for v in verbs if rules.OBJECT_RELATIVE.search(
        sentence[:v.start()])) if s and all(s != f[1] for f in found)]  # "…the main, which the utility says was laid"
    found += [("reported", s) for s in _gloss_speakers(sentence) if all(s != f[1] for f in found)]
    for basis, phrase in _source_phrases(sentence):
        if found and rules.DOCUMENT_SUBJECT.search(phrase) and not _names(phrase):
            continue  # "Karst said …, citing satellite data": the basis of the claim, not a second voice
        if not rules.ABSTRACT_SOURCE.search(phrase.split(",")[0]):
            found.extend((basis, p) for p in _co_speakers(phrase) if p)
    return found or [b for b in [_act(sentence)] if b[1]]


def _before_gloss_clause(sentence: str, start: int, row) -> bool:
    """Whether a figure lies before the clause a gloss's voice speaks of (`rules.GLOSS_RELATIVE`, when that voice is
    the sentence's only one): "a figure the federation repeated" claims the clause just before it, not an opening
    phrase ("With 40,200 tickets sold, …")."""
    gloss = next((m for m in rules.GLOSS_RELATIVE.finditer(sentence) if _tidy(m.group("np")) == row.speaker_text), None)
    if gloss is None or row.co_speaker:
        return False
    clause = sentence.rfind(",", 0, gloss.start())
    return start < clause


def _gloss_speakers(sentence: str) -> list[str]:
    """The voices of `rules.GLOSS_RELATIVE` ("…, a figure the Defence Ministry called 'propaganda'"): the subject
    of a relative clause on a figure, unless the clause is negated or its subject is no speaker."""
    found = []
    for m in rules.GLOSS_RELATIVE.finditer(sentence):
        np = _tidy(m.group("np"))
        if not re.search(r"\b(?:not|never|has|have|had|did|does|do|is|are|was|were|will|would)\b", np) and \
                is_valid_speaker(np) and (speaker_type_of(np) != "other" or _names(np)):
            found.append(np)
    return found


def _act(sentence: str) -> tuple[str, str]:
    """('act', body) when a named or typed body performs a declarative act ('the court sentenced…', 'was fined …
    by British regulators'); else ('', '')."""
    passive = rules.PASSIVE_BY.search(sentence)
    if passive and is_valid_speaker(_tidy(passive.group("np"))):
        return "act", _tidy(passive.group("np"))
    verbs = sorted((verb.start(), needs) for pattern, needs in _ACTS for verb in pattern.finditer(sentence))
    for start, needs in verbs:  # in reading order: "widened evacuation orders" is widened, not orders
        before = sentence[:start]
        if rules.NOUN_BEFORE.search(before) or re.search(r"(?i)\b(?:after|before|since|when|because|until|while|"
                                                         r"where|as)\s+(?:[^,\s]+\s+){0,6}$", before):
            continue  # a noun, or an act in a subordinate clause ("…, after a court sentenced him")
        if rules.MODAL_BEFORE.search(before):
            continue  # "the authority can fine a company up to 4%": a power, not an act
        subject = _cut_subject(before)
        if rules.OBJECT_RELATIVE_NP.search(subject):
            continue  # "the largest fine the authority has imposed": a relative clause describing a noun
        acronym = re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", subject)  # "the CEC extended voting": a body by its initials
        if is_valid_speaker(subject) and (speaker_type_of(subject) in ("official", needs) or acronym):
            return "act", subject
    return "", ""


_CLAUSE_CUT = re.compile(r",\s*(?:while|whereas|but|and(?!\s+(?:that|said|added|says))|lower than|higher than|up from|"
                         r"down from|compared with|against)\b|;\s|"
                         r",\s*(?:as|where)\s+(?=(?:[\w'’.-]+\s+){1,6}(?:said|says|warned|claimed|insisted|argued|told|"
                         r"demanded)\b)|"
                         r",\s(?=(?:about\s+|some\s+|nearly\s+|more than\s+)?[\d.,]+(?:\s+\w+)?\s+according to\b)|\s(?:and|while)\s(?=(?:\S+|[\d.,]+\s+\w+)\s+(?:according to|say|said|claim)\b)")


def _clause_starts(sentence: str) -> list[int]:
    """Where the clauses of a sentence that may carry their own speaker begin; never at an "and" inside a body's name
    after "of" ("Station Officer Ana Holt of Kelby Fire and Rescue said": one speaker, session 11)."""
    return [m.start() for m in _CLAUSE_CUT.finditer(sentence) if not rules.AND_INSIDE_NAME.search(sentence[:m.end()])]


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.lower())


def sentence_speakers(sentence: str, mask: list[bool]) -> tuple[str, str, str]:
    """(basis, speaker, second speaker) of a sentence without quotation; a second speaker comes from a later
    clause ('…, while the U.S. survey measured 6.1', '…, lower than the 6.4 reported by the institute') or a
    second source phrase."""
    clauses = _clause_starts(sentence)
    found: list[tuple[str, str]] = []
    for a, b in zip([0, *clauses], [*clauses, len(sentence)]):
        for basis, speaker in _clause_speakers(sentence[a:b], mask[a:b]):
            if all(_bare(speaker) not in _bare(f[1]) and _bare(f[1]) not in _bare(speaker) for f in found):
                found.append((basis, speaker))
    found = [f for f in found if not rules.OWN_REPORTER.match(f[1]) and not rules.OWN_FIRST_PERSON.match(f[1])]
    # "our correspondent reports", "We estimate…", "Our analysis puts…": the outlet's own voice
    if len(found) > 1:  # "Polls suggest…: 64% of those questioned by the institute said": the named source speaks
        found = [f for f in found if not re.fullmatch(r"(?i)(?:these\s+|new\s+|recent\s+)?[a-z]+", f[1])
                 or not rules.DOCUMENT_SUBJECT.search(f[1])] or found
    if not found:
        return "", "", ""
    at = _find(sentence, found[0][1])
    gapped = [m.group("np") for m in rules.GAPPED_SPEAKER.finditer(sentence) if m.start() > at and (at < 0 or m.start()
              >= at + len(found[0][1])) and speaker_type_of(m.group("np")) not in ("other", "anonymous")]  # session 14:
    # not the "and" inside the speaker's own name ("the Metal and Engineering Union said 3,000")
    parallel = at >= 0 and re.match(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?"
                                    r"(?:[\d€$£]|(?:two|three|four|five|six|seven|eight|nine|ten|a|one)\s+\w+)",
                                    sentence[at + len(found[0][1]):]) or (at >= 0 and _CLAIMS[0].search(sentence))
    # "<speaker> <verb> <figure>, <speaker> <figure>"; "Police put the crowd at 8,000, organisers at 25,000"
    if len(found) == 1 and gapped and parallel and _bare(gapped[0]) != _bare(found[0][1]):
        found.append(("reported", _tidy(gapped[0])))  # "Ministry counts 850,000 marchers, unions more than three million"
    return found[0][0], found[0][1], found[1][1] if len(found) > 1 else ""


def quoted_spans(text: str, mask: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of quoted characters holding at least MIN_QUOTE_WORDS words: (start, end) in `text`."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if mask[i]:
            j = i
            while j < n and (mask[j] or text[j] in "“”\"«»„"):
                j += 1
            opens = re.search(r"(?:^|[.!?][”\"]?\s+|:\s*)[“\"«„]*$", text[:i])  # the quotation opens its sentence or follows a colon
            if len(WORD.findall(text[i:j])) >= MIN_QUOTE_WORDS or opens and (re.search(r"[,!?]\W*$", text[i:j]) or (
                    re.search(r"[.!?]\W*$", text[i:j]) and re.match(r"\s*(?:$|[A-Z“\"])", text[j:]))):
                # a short quotation opening its sentence before its tag ('"Stay indoors," the service urged') or
                # standing as the whole sentence ('"Nothing."') is speech
                # a short quotation opening the sentence before its tag ('"Stay indoors," the service urged') is speech
                spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _quote_speaker(sentence: str, qs: int, qe: int, mask: list[bool]) -> tuple[str, str]:
    """(basis, speaker) of a quotation at [qs, qe) of its sentence: the words after it, a reporting verb, a
    source phrase; basis '' when the sentence does not say who speaks."""
    after = sentence[qe:]
    verb = _VERB.search(after)
    if verb and len(after[:verb.start()].split()) <= 12 and not re.search(r"[.!?;]", after[:verb.start()].strip(" ,.!?\"”")):
        lead = _tidy(after[:verb.start()])
        if not lead:
            speaker = _document_owner(_speaker_after(after[verb.end():]))  # "read a statement from the firm": the firm
        else:
            speaker = _document_owner(_cut_subject(after[:verb.start()]))
        verbs = [v for v in _VERB.finditer(sentence[:qs]) if not mask[v.start()]]
        subject = _subject_of(sentence, verbs[-1]) if verbs and rules.PRONOUNS.match(speaker) and \
            re.search(r"(?i)\b(?:which|who|that|as)\s+\w+$", lead) else ""
        if subject and not rules.PRONOUNS.match(subject) and is_valid_speaker(subject):
            return "direct", subject  # session 13: 'X said … "…", which she said…': "she" is X
        if is_valid_speaker(speaker) and not re.match(r"(?i)(?:and|but|or|then|before|after|while)\b", lead):
            return "direct", speaker
    verbs = [v for v in _VERB.finditer(sentence) if not mask[v.start()]]
    before = sorted((v for v in verbs if v.start() < qs), key=lambda v: (not rules.SPEECH_VERBS.match(v.group(0)), -v.start()))
    for v in (before + [v for v in verbs if v.start() >= qe]):
        speaker = _subject_of(sentence, v)
        if speaker:
            return "direct", speaker
    basis, speaker = _source_phrase(sentence)
    lead = sentence[:qs].rstrip(" “\"«„")
    if not speaker and lead.endswith(":"):  # 'The minister was blunt: "We will not pay."'
        relative = rules.COLON_LEAD_RELATIVE.match(lead[:-1].strip())  # session 13: "X, who …, was blunt:"
        np_ = _tidy(relative.group("np")) if relative else ""
        speaker = np_ if np_ and is_valid_speaker(np_) and (_names(np_) or _colon_speaker(np_)) else ""
        speaker = speaker or _possessed_speech(lead[:-1]) or _opening_subject(lead[:-1]) or _colon_speaker(lead[:-1])
    return ("direct", speaker) if speaker else ("", "")


def _possessed_speech(lead: str) -> str:
    """The owner of the words a colon introduces ("Ove Rask's message to the company was blunt:" → Ove Rask; "His
    reply was short:" → he, resolved later); else ''."""
    m = rules.POSSESSED_SPEECH.match(lead.strip())
    if not m:
        return ""
    owner = m.group("owner") or m.group("pron")
    pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(owner.lower())
    return pronoun or (_tidy(owner) if is_valid_speaker(_tidy(owner)) else "")


def _colon_speaker(lead: str) -> str:
    """The speaker a quotation follows with only a colon between them ('Health Minister Aurel Danko: "We will not
    pay."', 'Ana Holt, a nurse: "…"'): a lead that is a named or typed person or body and nothing else; else ''."""
    phrase = _tidy(lead.split(" - ")[-1])
    if not is_valid_speaker(phrase) or rules.PRONOUNS.match(phrase) or rules.DOCUMENT_SUBJECT.search(phrase.split(",")[0]):
        return ""
    return phrase if _is_person(phrase) or is_person_name(phrase) or speaker_type_of(phrase) not in ("other", "outlet") else ""


def _is_partial(sentence: str, qs: int, mask: list[bool]) -> bool:
    """A quotation embedded in the outlet's own sentence, not standing as speech."""
    lead = sentence[:qs].rstrip(" “\"«„")
    if not lead.strip() or re.search(r"[,:—-]\s*$", lead):
        return False
    share = sum(mask[i] for i in range(len(sentence)) if sentence[i].isalnum()) / max(1, sum(c.isalnum() for c in sentence))
    return share < 0.5


def _sentence_bounds(texts: list[str]) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for t in texts:
        bounds.append((pos, pos + len(t)))
        pos += len(t) + 1
    return bounds


def slogan_carrier(sentence: str, qs: int) -> str:
    """Who carries the banner, placard or sign whose words a quotation at `qs` gives (`rules.DISPLAYED_TEXT`): the
    subject of the verb of carrying ("a younger fitter held a sign reading "…"", "Farmers carried placards saying "…"");
    for a participle after a comma ("…, police said, holding banners reading "…"") the subject of the sentence's first
    clause ("about 200 people"). The keys give a slogan carried to its carriers as a partial unit, never to the voice of
    the sentence's tag (session 13); '' when the quotation is no slogan or no carrier is found."""
    lead = sentence[:qs].rstrip(" “\"«„")
    shown = list(rules.DISPLAYED_TEXT.finditer(sentence[:qs + 1]))
    if not shown or shown[-1].end() < len(lead):
        return ""
    verb = rules.CARRYING_VERB.search(sentence[:shown[-1].start()])
    if not verb:
        return ""
    before = sentence[:verb.start()]
    if re.search(r",\s*$", before):
        clause = re.split(r",", before)[0]
        finite = re.search(r"\s(?:had|has|have|were|was|are|is|\w+ed)\b", clause)
        before = clause[:finite.start()] if finite else clause
    subject = _tidy(_cut_subject(re.sub(r"^(?:By|On|In|At|On)\s+(?:early\s+|late\s+)?\w+(?:\s+\w+day)?\s+(?=[a-z\d])", "", before.strip())))
    return subject if is_valid_speaker(subject) and not rules.PRONOUNS.match(subject) else ""


def block_attributions(texts: list[str], previous: str = "") -> list[tuple[str, str, str, int]]:
    """(basis, speaker phrase, co-speaker, quoted words) for each sentence of one block (paragraph), read in
    order; `previous` is the speaker of the article's previous quotation (a quotation may continue)."""
    text = mask_abbreviations(" ".join(texts))
    mask = quote_mask(text)
    spans = quoted_spans(text, mask)
    span_speaker: dict[int, tuple[str, str]] = {}
    out = []
    for st, en in _sentence_bounds(texts):
        sentence, smask = text[st:en], mask[st:en]
        quoted = sum(1 for m in WORD.finditer(sentence) if smask[m.start()])
        inside = [i for i, (qs, qe) in enumerate(spans) if qs < en and qe > st and WORD.search(text[max(qs, st):min(qe, en)])]
        if inside:
            i = inside[0]
            if i not in span_speaker:
                qs, qe = spans[i]
                bounds = _sentence_bounds(texts)
                a = max([b0 for b0, _ in bounds if b0 <= qs], default=0)
                b = next((b1 for _, b1 in bounds if b1 >= qe - 1), len(text))
                carrier = slogan_carrier(text[a:b], qs - a)  # session 13: a banner's words are its carriers'
                basis, speaker = ("direct", carrier) if carrier else _quote_speaker(text[a:b], qs - a, qe - a, mask[a:b])
                partial = qs >= st and _is_partial(sentence, qs - st, smask) or bool(carrier)
                span_speaker[i] = ("partial" if partial else "direct", speaker or previous)
            basis, speaker = span_speaker[i]
            previous = speaker or previous
            other = sentence_speakers(sentence, smask) if basis == "partial" or rules.SECOND_CLAUSE_VOICE.search(sentence) \
                else ("", "", "")  # "…," Ferrant told parliament, where Renko demanded…
            speaker, joined = _co_speakers(speaker)  # "The ministry and the central bank said … "excessive""
            second = joined or next((p for p in other[1:] if p and p.lower() not in (speaker.lower(), f"{speaker} and "
                                     f"{joined}".lower()) and not rules.PRONOUNS.match(p)), "")
            out.append((basis, unmask(speaker), unmask(second), quoted))
            continue
        basis, speaker, second = sentence_speakers(sentence, smask)
        first, joined = _co_speakers(speaker) if basis == "reported" else (speaker, "")
        second = joined or ("" if rules.PRONOUNS.match(second) else second)  # "…, and he called for": the same
        if speaker:
            previous = first
        out.append((basis or "outlet", unmask(first), unmask(second), quoted))
    return out


def acronym_types(texts: list[str]) -> dict[str, str]:
    """Acronym → type of the name it is defined for: "the Norland Labour Federation (NLF)" makes NLF an organisation."""
    found: dict[str, str] = {}
    for raw in texts:
        for full, acronym in re.findall(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)+[A-Z][\w’'-]*)\s+\(([A-Z]{2,})\)", raw):
            if speaker_type_of(full) != "other":
                found.setdefault(acronym, speaker_type_of(full))
    return found


_PLACE_CUES = [(c.name, re.compile(c.pattern, re.M)) for c in rules.PLACE_CUES]


def place_names(texts: list[str], strong: bool = False) -> set[str]:
    """Single-word names the texts use as places (`rules.PLACE_CUES`: a dateline, "in X", "neighbouring X", "the
    capital of X"; or the name's adjective, `rules.DEMONYM_ENDINGS`: "Vardian" makes Vardia a place); `strong`: only
    the cues no firm's or person's name meets (not "in X": "shares in Orvik")."""
    joined = "\n".join(texts)
    words = set(re.findall(r"\b[A-Z][a-z’'-]{3,}\b", joined))
    found = {m.group("name") for name, pattern in _PLACE_CUES if not (strong and name in rules.WEAK_PLACE_CUES)
             for m in pattern.finditer(joined)}
    for word in words:
        stems = {word, word[:-1]} if word[-1] in "aeiouy" else {word}
        if any(f"{stem}{end}" in words for stem in stems for end in rules.DEMONYM_ENDINGS if f"{stem}{end}" != word):
            found.add(word)
    return {w for w in found if w not in rules.NOT_NAMES and not rules.MODIFIERS.match(w) and speaker_type_of(w) == "other"}


def name_descriptors(texts: list[str]) -> dict[str, str]:
    """Name → speaker type from the words an article uses around the name: a title before it ("resident Ana
    Ruiz", "the union's leader, Jan Holt") or an apposition after it ("Ruiz, a seismologist at…"). Surnames
    of people named in full get the same type."""
    found: dict[str, str] = acronym_types(texts)
    for place in place_names(texts, strong=True):
        found.setdefault(place, "official")  # a place named alone as an actor speaks through its government
    type_of: dict[str, str] = {}  # the same name recurs: type each one once
    for raw in texts:
        text = mask_abbreviations(raw)
        for m in re.finditer(r"[A-Z][\w’'\u2024-]*(?:\s+[A-Z][\w’'\u2024-]*)+|[A-Z][\w’'\u2024-]{2,}", text):
            name = m.group(0)
            if name.split()[0] in rules.NOT_NAMES:
                name = " ".join(name.split()[1:])
                if not name:
                    continue
            before = re.split(r"[.;:!?“”\"]", text[max(0, m.start() - 80):m.start()])[-1]
            before = " ".join(re.split(r",\s*(?=(?:and|but|while)\b)", before)[-1].split()[-6:])
            if re.match(r"(?i)(?:(?:back|down|up|out|over|later|earlier|also|then|there|once)\s+)?"
                        r"(?:outside|inside|in|at|on|near|behind|after|before|from|across|along)\b",
                        re.split(r",\s*", before.rstrip(", "))[-1]):
                before = ""  # "Outside the hospital, Sara Imre said": a place, not a title
            before = rules.VERB_BEFORE_NAME.split(before)[-1]  # "The inspectorate later fined Norvale": an object
            before = "" if rules.CLAUSE_BEFORE_NAME.search(before) else before  # session 14: "…if Rhenwald leaves"
            if re.search(r"['’]s?$", name) and speaker_type_of(name) == "other":
                continue  # "Brannock's chief executive": the name owns what follows, its own type is not said here
            after = re.match(r",\s*((?:a|an|the|who|its|their|his|her)\b[^,.;“”\"]{0,80})", text[m.end():]) or \
                _bare_title_after(text[m.end():])
            noun = None if re.search(r"['’]s?$", name) else rules.BODY_AFTER_NAME.match(text[m.end():])
            if rules.REPRESENTS.match(text[m.end():]) and not is_person_name(unmask(name)):
                found[unmask(name)] = "organisation"  # "the Insurance Council, which represents insurers"; a person
                # "who represents the runner" is counsel or an agent, not a body (session 10)
            if name not in type_of:  # "the Interior Ministry", "Valley University", "Interior Minister Ana Ruiz"
                type_of[name] = "other" if typed_by_honorific(name) else speaker_type_of(name)
            kind = type_of[name]
            if kind == "other" and noun:
                kind = speaker_type_of(f"{name} {noun.group(1)}")  # "the nationalist Homeland party"
            if kind == "organisation" and rules.ANALYST_FIRM.match(re.sub(r"^,\s*", "", text[m.end():])):
                found[unmask(name)] = "expert"  # session 14: "X Research, whose analyst Y …": an analysis firm
            of_body = _OF_BODY.match(text[m.end():])
            at_body = f"{name} of the {of_body.group(1)}" if of_body else ""
            if kind == "other" and of_body and not typed_by_honorific(at_body):  # "Dr. Hanna Lund of the X Institute"
                kind = found.get(unmask(of_body.group(1))) or speaker_type_of(at_body)
                kind = kind if kind in ("official", "expert") else "other"  # a firm's strategist is no firm
            made = re.match(r"(.*?)(?:\s+\w+ed)?\s+(?:by|from)\s*$", before)
            if kind == "other" and made and rules.DOCUMENT_SUBJECT.search(made.group(1)):
                kind = speaker_type_of(f"{before.strip()} {name}")  # "a poll by Norstat": the firm that made it
            elif kind == "other" and rules.ACRONYM_POST.search(before) and found.get(
                    rules.ACRONYM_POST.search(before).group("owner")) in ("official", "organisation", "expert"):
                kind = found[rules.ACRONYM_POST.search(before).group("owner")]  # session 16: "KFU president X"
            elif kind == "other":
                kind = speaker_type_of(f"{before} {after.group(1) if after else ''}")
                kind = "expert" if kind == "official" and typed_by_honorific(name) and rules.MEDICAL_POST.search(
                    f"{before} {after.group(1) if after else ''}") else kind  # "Dr. X, director of Y Hospital"
            if kind != "other":
                found.setdefault(unmask(name), kind)
                if is_person_name(unmask(name).split(",")[0]) or is_person_name(" ".join(unmask(name).split()[-2:])):
                    found.setdefault(unmask(name.split()[-1]), kind)
    return _aged_citizens(texts, {**found, **placed_offices(texts)})


def _office(word: str) -> str:
    """The `rules.LOCAL_OFFICES` value a word of office stands for ("City Hall" → "town hall"), or ''."""
    return next((c.value for c in rules.LOCAL_OFFICES if re.fullmatch(c.pattern, word, re.I)), "")


def placed_offices(texts: list[str]) -> dict[str, str]:
    """'the mayor of Brevik' → 'official' for each office of local government the texts name with its place ("the
    mayor of Brevik", "Brevik's mayor"; `rules.LOCAL_OFFICES`), the place being no body's name."""
    found: dict[str, str] = {}
    for text in texts:
        for m in [*rules.OFFICE_OF_PLACE.finditer(text), *rules.PLACE_OFFICE.finditer(text)]:
            place = m.group("place")
            if place.split()[0] not in rules.NOT_NAMES and speaker_type_of(place) == "other":
                found.setdefault(f"the {_office(m.group('office'))} of {place}", "official")
    return found


def _local_office(speaker: str, local: dict[str, str], described: dict[str, str], lead: str) -> str:
    """'the mayor' → 'the mayor of Brevik': a bare mention of a local office (`rules.BARE_OFFICE`) with the one place
    its article names with that office, else the one the corpus names when it is the article's own place (`lead`:
    its headline and dateline, `rules.HOME_PLACE`); else the mention as it is ("the mayor" of a town story that
    quotes another town's mayor stays unplaced)."""
    m = rules.BARE_OFFICE.match(speaker)
    if not m:
        return speaker
    prefix = f"the {_office(m.group('office'))} of "
    for pool, check in ((local, False), (described, True)):
        places = {n[len(prefix):] for n in pool if n.startswith(prefix)}
        if len(places) > 1:
            return speaker
        if places and (not check or re.search(rf"(?i)\b{re.escape(next(iter(places)))}\b", lead)):
            return prefix + places.pop()
    return speaker


def _home_office(speaker: str, home: str) -> str:
    """Session 16 (types16): 'the mayor' → 'the mayor of Lisk' when the article, datelined from its own town ("LISK -
    …", `rules.HOME_PLACE`), names no place for the office (`_local_office` found none): a town paper's or a wire's
    bare "the mayor" is the mayor of the town it is written from, as the event keys name them. The mayor only
    (`rules.HOME_OFFICES`); a dateline in capitals is written as a name ("SANTA IRENE" → "Santa Irene")."""
    m = rules.BARE_OFFICE.match(speaker)
    if not m or not home or not rules.HOME_OFFICES.fullmatch(m.group("office").lower()):
        return speaker
    place = " ".join(w.capitalize() if w.isupper() else w for w in home.split())
    return f"the {_office(m.group('office'))} of {place}"


def _aged_citizens(texts: list[str], found: dict[str, str]) -> dict[str, str]:
    """`found` with the people the text gives an age and nothing else ("Viktor Lund, 29, was rescued", "said Beck,
    29.") typed citizen, unless a word before their name anywhere gives them a role ("the cyclist Ana Roskova")."""
    text = " ".join(texts)
    for m in re.finditer(r"\b([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)(?=,\s*(?:aged\s+)?\d)", text):
        name = m.group(1)
        if name.split()[0] in rules.NOT_NAMES or not rules.AGE_APPOSITION.match(text[m.end():]) or speaker_type_of(name) != "other":
            continue
        surname = name.split()[-1]
        if name in found or surname in found or re.search(rf"\b(?i:the|a|an)\s+[a-z-]+\s+(?:[A-Z][a-z’'-]+\s+)?{surname}\b", text):
            continue
        found[name] = "citizen"
        found[surname] = "citizen"
    return found


_OF_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w’'\u2024-]*(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w’'\u2024-]*)*)")


def _bare_title_after(text: str) -> re.Match | None:
    """An apposition of a title without an article after a name (", chief strategist at Kestrel Capital"), or None."""
    m = re.match(r",\s*([a-z][^,.;“”\"]{0,80})", text)
    return m if m and rules.PERSON_TITLES.search(m.group(1)) and not _VERB.search(m.group(1)) else None


def _antecedent(speaker: str, earlier: list[tuple[str, str]], named: dict[str, str] | None = None,
                mentioned: list[tuple[str, str]] | None = None, by_class: bool = False,
                seen: str = "") -> tuple[str, str] | None:
    """The earlier (speaker, type) a pronoun, a bare title or a surname stands for, most recent first. A bare
    title ("the minister", "the company") takes, in this order: an earlier speaker with a name holding its words,
    an actor the article mentioned holding them ("The health minister, Paul Grant, visited…"), an organisation
    the article or corpus names holding them (`named`), an earlier speaker or mention of the same class of
    referent ("Brevik Steel" for "the company"), an earlier speaker holding its words."""
    if rules.PRONOUNS.match(speaker):
        return earlier[-1] if earlier else None
    if rules.AGE_REFERENCE.match(speaker):  # "the 52-year-old said": the person named before
        return next((e for e in reversed(earlier) if _is_person(e[0]) or is_person_name(e[0])), None)
    ref = rules.BACK_REFERENCES.match(speaker)
    if ref and not re.search(r"\s[A-Z]", speaker):
        return _title_antecedent(speaker, earlier, named or {}, mentioned or [], by_class, seen)
    names = _names(mask_abbreviations(speaker))
    if earlier and len(names) == 1 and len(names[0].split()) == 1 and speaker.strip() == names[0]:
        for phrase, kind in reversed(earlier):  # a surname: the earlier full name that ends with it
            full = [n for n in _names(mask_abbreviations(phrase)) if re.search(rf"\w\s+{re.escape(names[0])}$", n)]
            if full:
                return unmask(full[-1]), kind
        for phrase, kind in reversed(earlier):  # a short name: "Karst" for "Karst Analytics" named before
            full = [unmask(n) for n in _names(mask_abbreviations(phrase)) if n.startswith(f"{names[0]} ")]
            if full and not is_person_name(full[-1]) and speaker_type_of(full[-1]) == kind:
                return full[-1], kind
    if len(names) == 1 and speaker.strip() == names[0] and named:  # "Dalvik" for "Dalvik Telecom" the text named
        full = [(n, t) for n, t in named.items() if n.startswith(f"{names[0]} ") and t in ("organisation", "official",
                                                                                        "expert")]  # not "X Today"
        if len(full) == 1 and not is_person_name(full[0][0]):
            return full[0]
    return None


def _head_noun(phrase: str) -> list[str]:
    """The head noun of a phrase, before a preposition or relative clause ('a senior official at the ministry' → ['official'])."""
    return re.split(r"\s+(?:at|of|in|from|with|for|on|near|who|which|that|familiar|close)\s|,", phrase.lower())[0].split()[-1:]
    # session 17: "a police source, speaking on condition of anonymity" → ['source']


def _title_antecedent(speaker: str, earlier: list[tuple[str, str]], named: dict[str, str],
                      mentioned: list[tuple[str, str]], by_class: bool = False, seen: str = "") -> tuple[str, str] | None:
    """The antecedent of a bare title ("the minister", "the company"): see `_antecedent`; `mentioned` holds the
    speakers and the actors sentences open with, in reading order. Of several bodies of the same class, the one the
    article so far (`seen`, the sentence included) names most often stands for it (`_salience`): "the company" of a
    mine story is the operator it names throughout, not the parent group it names once."""
    words = speaker.lower().split()[1:]
    core = [w for w in words if not rules.MODIFIERS.match(w)]
    words = core if len(core) >= 2 else words  # "the state fire department" is the fire department the text named

    def holds(phrase: str) -> bool:
        return all(re.search(rf"\b{re.escape(w)}", phrase, re.I) for w in words)

    body = (rules.BODY_HEAD.search(speaker) or rules.BARE_BODY.match(" ".join(words))) and \
        not rules.PERSON_TITLES.search(speaker)
    fits = [e for e in reversed(earlier) if holds(e[0]) and not (body and _is_person(e[0]))  # "the ministry": no spokesman
            and not (e[1] == "anonymous" and _head_noun(e[0]) != words[-1:])]  # session 14: "the hospital" is not "a
    # hospital insider" spoken of before (an unnamed source's own head noun only: "the insider", "the official" of "a
    # senior official at the ministry")
    with_name = [e for e in fits if re.search(r"\b[A-Z]", e[0][1:]) and holds(re.split(r"\s+(?:in|at|from|on|near)\s+",
                                                                                      e[0])[0])]
    mentions = [m for m in reversed(mentioned) if holds(re.split(r"\s+(?:in|at|from|on|near)\s+", m[0])[0])
                and re.search(r"\b[A-Z]", m[0][1:]) and not (body and _is_person(m[0]))]  # "the state" is not "the Fire in the US state of X"
    ends = [o for o in named.items() if not words or words[-1] in o[0].lower()]  # needed by the test below: cheap first
    orgs = [(f"the {n}", t) for n, t in sorted(ends, key=lambda o: -len(o[0])) if not is_person_name(n) and holds(n)
            and re.sub(r"\s*\([A-Z]+\)$", "", n).lower().endswith(words[-1]) and n.lower() != " ".join(words)]  # "the state" is no State University
    cls = referent_class(speaker) if by_class and len(words) == 1 and not re.search(r"[^s]s$", words[0]) else ""
    bodies = [*reversed(mentioned), *((n, t) for n, t in reversed(named.items()))]
    same = [e for e in bodies if cls in rules.REFERENT_CLASSES and referent_class(e[0]) == cls
            and _names(mask_abbreviations(e[0])) and (body_before_name(e[0]) or not (rules.BACK_REFERENCES.match(e[0])
                                                                                    and not _typed_name(e[0]))
            and not any(is_person_name(" ".join(n.split()[-2:])) for n in map(unmask, _names(mask_abbreviations(e[0])))))]
    same.sort(key=lambda e: -_salience(e[0], seen))  # stable: the latest of equally salient bodies first
    role = rules.GENERIC_ROLES.get(words[-1]) if len(words) == 1 else None
    generic = [e for e in reversed(earlier) if role is not None and (_is_person(e[0]) or is_person_name(e[0]))
               and e[1] == (role or e[1])][:1]  # "the official": the person who last spoke as one
    document = [e for e in earlier[-1:] if rules.DOCUMENT_SUBJECT.search(speaker)
                or rules.STATEMENT_FROM.match(f"{speaker} from x")]  # "the estimate", "the statement": its maker's
    return (_subject_named(speaker, mentioned, named) or with_name or mentions or orgs or same or fits or generic or document or [None])[0]


def _salience(body: str, seen: str) -> int:
    """How often a text names a body by the first word of its name ("Norvale" for "the operator Norvale Potash")."""
    name = next(iter(_names(mask_abbreviations(body))), "")
    first = unmask(name).split()[0] if name else ""
    return len(re.findall(rf"\b{re.escape(first)}\b", seen)) if first and first not in rules.NOT_NAMES else 0


def _typed_name(phrase: str) -> bool:
    """Whether a phrase is a capitalised name its own words type ("the Marendian Miners' Federation")."""
    return bool(re.match(r"(?i:the)\s+[A-Z]", phrase)) and bool(_head_cue(unmask(phrase))[0]) and not _is_person(phrase)


def body_before_name(phrase: str) -> bool:
    """Whether a phrase names a body by a class noun right before its name ("the operator Norvale Potash", "the charity
    Open Lanes"): the name is the body's, however much it looks like a person's; a person's title ("company spokesman
    Erik Sand") is no such noun."""
    m = rules.CLASS_NOUN_NAME.match(unmask(phrase))
    return bool(m) and referent_class(m.group("noun")) in rules.REFERENT_CLASSES and \
        not rules.PERSON_TITLES.search(m.group(0)[:m.end("noun")])


@lru_cache(maxsize=65536)
def class_named_bodies(text: str) -> tuple[str, ...]:
    """The bodies a sentence names by a class noun and a name anywhere in it ("run by the charity Open Lanes"), which
    a later "the charity" stands for."""
    found = (unmask(m.group(0)) for m in rules.CLASS_NOUN_NAME_IN_TEXT.finditer(mask_abbreviations(text)))
    owned = (unmask(m.group("body")) for m in rules.TITLE_OF_BODY.finditer(mask_abbreviations(text)))
    return tuple(b for b in found if body_before_name(b)) + tuple(b for b in owned if referent_class(b) in rules.REFERENT_CLASSES)


def _subject_named(speaker: str, mentioned: list[tuple[str, str]], named: dict[str, str]) -> list[tuple[str, str]]:
    """[(full name, type)] of the actor the last sentence opened with when a bare title names it ("Brannock is …,
    according to the bank's report", "Brannock shares fell. The bank said…": "the Brannock Bank"); else []."""
    words = [w for w in speaker.lower().split()[1:] if not rules.MODIFIERS.match(w)] or speaker.lower().split()[1:]
    return [(f"the {n}", t) for m in mentioned[-1:] for n, t in named.items() if n.startswith(f"{m[0]} ")
            and all(re.search(rf"\b{re.escape(w)}", n, re.I) for w in words) and not is_person_name(n)]


_PERSON = re.compile(r"^(?:(?:[A-Z][a-z]+\u2024?|Dr\u2024|Mr\u2024|Mrs\u2024|Ms\u2024)\s+)?[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+"
                     r"(?=\s*(?:,|\s+[a-z]))")


_TITLED_PERSON = re.compile(r"^([A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){1,2})\s+[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+(?=\s*(?:,|\s+[a-z]))")


def opening_person(sentence: str) -> str:
    """A person's name opening a sentence ('Maria Costa, 67, sat…'): two capitalised words, neither a type word."""
    words = sentence.split(maxsplit=1)
    if len(words) == 2 and words[0] in rules.NOT_NAMES:
        sentence = words[1]  # "For Greta Holm, …": the name after the sentence word
    m = _PERSON.match(mask_abbreviations(sentence)) or _TITLED_PERSON.match(sentence)
    if not m or any(speaker_type_of(w) != "other" or w in rules.NOT_NAMES for w in m.group(0).split()[-2:]):
        return ""
    if m.re is _TITLED_PERSON and not (speaker_type_of(m.group(1)) != "other" or rules.PERSON_TITLES.search(m.group(1))):
        return ""  # "Rescuers pulled Ana Berg from…": no title before the name
    return unmask(m.group(0))


def is_person_name(phrase: str) -> bool:
    """A bare personal name: two or three capitalised words, none of them a title or an organisation word."""
    words = phrase.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words) and \
        speaker_type_of(phrase) == "other" and not rules.TITLE_WORDS.search(phrase)


def possessor_in_sentence(claimant: str, sentence: str) -> str:
    """The body a pronoun-possessed claimant stands for in its own sentence ('' when it names none, or when the
    claimant has no pronoun possessor): see rules.PRONOUN_POSSESSOR."""
    owned_title = re.match(r"(?i)(?:the\s+)?(?:its|their)\s", claimant or "") and not rules.MANAGEMENT_OF.match(claimant)
    if not rules.PRONOUN_POSSESSOR.match(claimant or "") or not sentence or owned_title:
        return ""  # "its spokesman, X" is read as before (the body named before it: `_possessive_owner`, "its body")
    at = sentence.find(claimant)
    before = sentence[:at] if at > 0 else sentence
    bodies = ("organisation", "official", "expert", "agency")
    subject = rules.SENTENCE_SUBJECT_BODY.match(before)
    kind = speaker_type_of(subject.group("body")) if subject else ""
    plural = re.fullmatch(r"[A-Z][a-z]+[^s']s", subject.group("body")) if subject else None  # "Dispatchers stayed…"
    if subject and not plural and (kind in bodies or kind == "other" and subject.group("body")[:1].isupper()):
        return subject.group("body")  # "it" is no person: "Harlow Ports cancelled 30 sailings, according to figures it…"
    named = [m.group(0) for m in rules.BODY_BEFORE.finditer(before) if speaker_type_of(m.group("noun") or m.group("name")
                                                                                        or "") in bodies
             and not is_person_name(m.group("name") or "")]
    return named[-1] if named else ""


def _owner_type(phrase: str, described: dict[str, str]) -> str:
    """The type of an organisation the corpus describes that a speaker phrase names ('NLF spokesman Erik Lund'),
    or 'other'; a person's own name does not count."""
    speaks_for = re.search(r"(?i)['’]s?\s+(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|press secretary)\b", phrase) \
        or re.search(r"['’]s?\s+[a-z]", phrase) and rules.PERSON_TITLES.search(phrase) \
        and not rules.LEGAL_COUNSEL.search(phrase)  # "Hexalon's head of research"; "Feldt's lawyer" is not Feldt's voice
    names = _names(mask_abbreviations(phrase))
    pieces = [p for n in names if re.search(r"\s(?:of|at)\s", n) for p in re.split(r"\s+(?:of|at)\s+(?:the\s+)?", n)[1:]]
    for name in [*names, *(re.sub(r"['’]s?$", "", n) for n in names if speaks_for), *pieces]:
        for part in unmask(name).split():
            if part.isupper() and part in described:
                return described[part]
        bare = re.sub(r"^(?:[A-Z][a-z]{0,4}\.\s+)+", "", unmask(name))  # "Dr. Amina Sow" is a person too
        owned = re.search(rf"\b(?:of|at|for)\s+(?:the\s+)?{re.escape(unmask(name))}\s*$", unmask(phrase))
        if unmask(name) in described and (not is_person_name(bare) or owned and described[unmask(name)] != "citizen"):
            return described[unmask(name)]  # "Hanna Roeg of Open Lanes": the body the text describes
        if _short_name_type(unmask(name), described) != "other":
            return _short_name_type(unmask(name), described)
        if speaks_for and _longer_body_type(unmask(name), described) != "other":
            return _longer_body_type(unmask(name), described)
    return "other"


def _longer_body_type(name: str, described: dict[str, str]) -> str:
    """Session 16 (types16): the type of a body the corpus names in full ("FC Dravo Keln", "Halden Steel Group") when a
    title's owner is written without its name's first or last word ("Dravo Keln's president", "Halden Steel's chief
    executive"): the one type of the described non-person names that contain it whole; else 'other'."""
    if not re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+", name) or name in described:
        return "other"  # a name the corpus types itself, a person's included, is typed as it says
    kinds = {t for n, t in described.items() if n != name and re.search(rf"(?:^|\s){re.escape(name)}(?:\s|$)", n)
             and t not in ("other", "citizen") and not is_person_name(n) and not rules.PERSON_TITLES.search(n)}
    return kinds.pop() if len(kinds) == 1 else "other"


def _short_name_type(name: str, described: dict[str, str]) -> str:
    """The type of a one-word short name of a body the text names in full ("Norvale spokesman" after "the operator
    Norvale Potash"): the one type of the described non-person names it opens; else 'other'."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", name):
        return "other"
    kinds = {t for n, t in described.items() if n.startswith(f"{name} ") and t not in ("other", "citizen")}
    return kinds.pop() if len(kinds) == 1 else "other"


def _full_name(surname: str, described: dict[str, str]) -> tuple[str, str] | None:
    """(full name, type) of a surname the article or corpus names in full ('Santaren' → 'Hugo Santaren')."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+", surname):
        return None
    full = [n for n in described if n.endswith(f" {surname}") and is_person_name(" ".join(n.split()[-2:]))]
    if not full:  # a given name ("said Ivar" after "Pensioner Ivar Brekk"): the one person it opens
        given = [n for n in described if surname in n and re.search(rf"(?:^|\s){re.escape(surname)}\s+[A-Z][a-z’'-]+$", n)
                 and is_person_name(" ".join(n.split()[-2:]))]
        full = given if len({" ".join(n.split()[-2:]) for n in given}) == 1 else []
    return (" ".join(full[0].split()[-2:]), described[full[0]]) if full else None


def typed_by_honorific(phrase: str) -> bool:
    """Whether only an honorific types a phrase ('Dr. Selin Varga' is an expert for want of any other word)."""
    return bool(rules.HONORIFIC.search(unmask(phrase))) and speaker_type_of(rules.HONORIFIC.sub("", unmask(phrase))) == "other"


def _type_in_context(raw: str, described: dict[str, str]) -> str:
    """A speaker phrase's type from its words, the organisation it names, or what the corpus says of its name."""
    kind = speaker_type_of(raw)
    if kind == "other" and rules.BARE_RECORD.match(unmask(raw)):
        keeper = rules.ACRONYM_RECORD.match(unmask(raw))  # session 16: "NIF figures", an acronym the corpus defines
        return described.get(keeper.group("keeper"), kind) if keeper else kind  # "Coast guard logs seen by Atlas
        # Weekly": a record, whatever body its words name
    if kind == "other" and rules.MARKET_RECORD.search(unmask(raw)):
        return kind  # session 17: "data from the Velmar Stock Exchange", a market's own record (other), whatever the
        # corpus calls the exchange elsewhere
    if kind == "other" and rules.LEGAL_COUNSEL.search(unmask(raw)):
        return kind  # session 11: "Lawyer Ilse Marten", "X, a lawyer who represents 40 inmates": counsel (the keys'
        # convention, other), never a citizen for a named person nor the people they represent
    owner = _owner_type(raw, described)
    whole = re.sub(r"(?i)^(?:the|a|an)\s+", "", unmask(raw).split(",")[0])
    if owner != "other" and (kind not in ("expert", "anonymous", "citizen") or typed_by_honorific(raw)) and \
            not (kind == "official" and rules.PUBLIC_OFFICE.search(unmask(raw))) and \
            not rules.BUSINESS_OWNER.search(unmask(raw)) and \
            (kind == "other" or whole in described or rules.TITLE_WORDS.search(raw) or rules.PERSON_TITLES.search(raw)):
        kind = owner  # the organisation named beside a title decides: "NLF general secretary Karin Holt"
    person = rules.OWNER_BEFORE_NAME.sub("", unmask(re.split(r"\s+(?:of|at|from)\s+", raw.split(",")[0])[0]))
    if kind in ("organisation", "official") and person != unmask(raw) and described.get(person) == "expert":
        kind = "expert"  # "J.R. Halloway of Kestrel Capital", a strategist the corpus names: an expert at a firm
    if kind == "other":
        names = _names(mask_abbreviations(rules.PLACE_DESCRIPTORS.sub("", raw)))  # "Neighbouring Ostria": Ostria
        kind = next((described[unmask(n)] for n in names if unmask(n) in described), "other")
    team = re.match(r"(?:the\s+)?([A-Z][\w’'-]+)['’]s?\s+(?:research\s+)?(?:team|group|lab|laboratory|unit)$", unmask(raw))
    if kind == "other" and team and described.get(team.group(1)) == "expert":
        kind = "expert"  # "Ruelle's team": the team of a scientist the corpus names
    if kind == "other" and rules.GROUP_LEADER.search(unmask(raw)):
        kind = "organisation"  # "The Green Left's leader, Jan Vitek": a party's or group's voice
    person = rules.OWNER_BEFORE_NAME.sub("", unmask(raw.split(",")[0]))  # session 14: "Kestrel's Mira Santel" is Santel
    titled = {t for n, t in described.items() if n.endswith(f" {person}") and t != "other"} if is_person_name(person) else set()
    if kind == "other" and len(titled) == 1:
        kind = titled.pop()  # session 10: "Helena Varro" bare in one article, "Finance Minister Helena Varro" in another
    if kind in ("other", "citizen") and is_person_name(person) and described.get(person) in ("organisation", "official",
                                                                                              "expert"):
        kind = described[person]  # session 13: "Lena Orvik, Vessel's spokeswoman" after the corpus typed Lena Orvik
    if typed_by_honorific(raw) and described.get(person) in ("official", "organisation"):
        kind = described[person]  # session 14: "Dr. X" whom the corpus names as an agency's head of monitoring
    if kind == "other" and is_person_name(person):
        kind = "citizen"  # a person the corpus names with no title or organisation anywhere
    return kind


@lru_cache(maxsize=65536)
def _mention(sentence: str) -> str:
    """The actor a sentence opens with when it names or types one ('The Coastal Warning Agency issued…'), or ''."""
    subject = unmask(_opening_subject(mask_abbreviations(sentence)))
    body = rules.OPENING_BODY.match(sentence)
    if not subject and body and not re.match(r"['’]", sentence[body.end("np"):]):
        subject = f"the {body.group('np')}"  # session 14: "The transport ministry gives a lower figure." ("Its spokesman…")
    if not subject or rules.PRONOUNS.match(subject) or rules.COUNTED_SUBJECT.search(subject):
        return ""  # session 19: "Water supplies to around 2,400 households": a thing counted
    part = re.match(r"([A-Za-z][\w\s-]*?)\s+(?:in|of|at|from|for)\s+(.+)$", subject)
    if part and speaker_type_of(part.group(1)) == "other" and not _names(part.group(1)[0].lower() + part.group(1)[1:]):
        subject = _tidy(part.group(2))  # "Shares in Halberg Bank fell": the bank, not its shares
    subject = re.sub(r"\s+(?:shares|stock|stocks|bonds|share price|shareholders)$", "", subject)
    return subject if speaker_type_of(subject) not in ("other", "anonymous") or _names(mask_abbreviations(subject)) else ""


def _anonymous_context(text: str, phrase: str) -> bool:
    """Whether the words right after an unnamed speaker make them an anonymous source ('a diplomat told
    reporters on condition of anonymity', 'one fund manager, who asked not to be named')."""
    at = _find(text, phrase)
    cue = rules.ANONYMITY.search(text, max(at, 0))
    return bool(cue) and (at < 0 or cue.start() - (at + len(phrase)) <= 40)


def _is_person(phrase: str) -> bool:
    """Whether a speaker phrase names a person: a person's title, a personal name beside words, or a person's noun."""
    first = phrase.split(",")[0]
    if rules.BODY_HEAD.search(re.split(r"\s+(?:of|for|at|in)\s+", first)[0]):
        return False  # "the district attorney's office"
    if rules.PERSON_TITLES.search(phrase) or any(_head_cue(unmask(p))[0] in ("expert_title", "citizen")
                                                 for p in (first, phrase)) or rules.UNNAMED_INSIDER.match(first):
        return True  # session 13: "a nurse at the hospital" is a person too
    gloss = rules.BODY_APPOSITION.match(phrase[len(first):])
    head = gloss.group("head") if gloss else ""
    if head and not rules.PERSON_TITLES.search(head) and (referent_class(head.split()[-1]) in rules.REFERENT_CLASSES or
                                                          rules.BODY_HEAD.search(head.split()[-1])):
        return False  # session 17: "Safe Streets Veldria, a charity that works with young offenders" is a body
    owned = re.split(r"\s+(?:of|at|from)\s+(?=the\s|[A-Z])", first)
    if len(owned) > 1 and is_person_name(owned[0]):
        return True  # "Ilse Varga of the civil protection agency"
    if is_person_name(" ".join(first.split()[-2:])) and not is_person_name(first):
        return True  # "Regional Premier Ines Vik": a title before a person's name
    return "," in phrase and any(is_person_name(" ".join(p.split()[-2:])) for p in phrase.split(","))  # "Greta Holm, 74"


def _pronoun_antecedent(pronoun: str, earlier: list[tuple[str, str]],
                        mentioned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The actor 'it' stands for (the latest speaker or actor named before that is not a person) or 'he'/'she' (the
    latest speaker who is a person, when the latest speaker is a body); None lets the latest speaker stand."""
    if re.fullmatch(r"(?i)it", pronoun):
        return next((m for m in reversed(mentioned) if not _is_person(m[0]) and not rules.PRONOUNS.match(m[0])), None)
    person = [e for e in earlier if _is_person(e[0]) or is_person_name(e[0])] or \
        [m for m in mentioned if (_is_person(m[0]) or is_person_name(m[0])) and not rules.PRONOUNS.match(m[0])]
    if re.fullmatch(r"(?i)he|she", pronoun) and earlier and person[-1:] != earlier[-1:] \
            and not _is_person(earlier[-1][0]) and not is_person_name(earlier[-1][0]) and \
            earlier[-1][1] not in ("citizen", "anonymous"):  # session 14: an unnamed source is a person too
        if person:
            return person[-1]  # "The commission said… . She added": the last person who spoke
        first = earlier[-1][0].split(",")[0]
        if rules.BODY_HEAD.search(first) or rules.BACK_REFERENCES.match(first) and not _names(first):
            return pronoun, "other"  # session 13: never a body ("unknown" when the article named no person before)
    return None


def _gender(phrase: str, text: str = "") -> str:
    """'f' or 'm' when a speaker phrase's words ('spokeswoman', 'Mr') or the pronoun right after its verb in `text`
    ('Anna Lind said she…') say so; else ''."""
    words = re.sub(r"\b(?:her|his|their|its)\s+", "", re.split(r",|\s+(?:of|for|at)\s+", phrase)[0])  # "her brother"
    feminine, masculine = bool(rules.FEMININE.search(words)), bool(rules.MASCULINE.search(words))
    if feminine != masculine:
        return "f" if feminine else "m"
    verb = _VERB.search(text, max(_find(text, phrase), 0) + len(phrase)) if text and _find(text, phrase) >= 0 else None
    own = rules.OWN_PRONOUN.match(text[verb.end():]) if verb else None
    return ("f" if own.group("p") == "she" else "m") if own else ""


def _gendered_antecedent(pronoun: str, earlier: list[tuple[str, str]], genders: dict[str, str]) -> tuple[str, str] | None:
    """For 'he' or 'she' when the latest speaker is a person known to be of the other gender: the latest earlier
    person known to be of the pronoun's, else the latest person of unknown gender; else None."""
    want = {"she": "f", "he": "m"}.get(pronoun.lower(), "")
    if not want or not earlier or genders.get(earlier[-1][0]) in (None, "", want):
        return None
    return next((e for e in reversed(earlier) if genders.get(e[0]) == want), None) or next(
        (e for e in reversed(earlier) if not genders.get(e[0]) and (_is_person(e[0]) or is_person_name(e[0]))), None)


def _clause_subject_type(raw: str, text: str) -> str:
    """The type of the body opening the sentence when `raw` ("its president, X") opens a clause after a colon, a
    semicolon or ", and", or a gloss on its figure (`rules.CLAUSE_SUBJECT_BODY`): that body holds the post; '' when
    the sentence has no such subject."""
    owner = rules.CLAUSE_SUBJECT_BODY.match(text)
    if not owner or not re.match(r"(?i)(?:its|their)\s+\w", raw) or raw.lower()[:30] not in text.lower():
        return ""
    kind = speaker_type_of(owner.group("np"))
    return kind if kind in ("official", "organisation", "expert", "agency") and not _is_person(owner.group("np")) else ""


def _owned_title_type(raw: str, kind: str, mentioned: list[tuple[str, str]], text: str = "") -> str:
    """The type of 'its spokesman, Luka Fer' or 'their president': that of the sentence's subject when the title
    opens a clause after it (`_clause_subject_type`), else of the latest actor named before that is not a person
    (the owner 'its' stands for); else `kind`."""
    if kind == "other" and rules.UNOWNED_BODY_POST.match(raw):  # session 16: "Director general X" after a body spoke
        return next((t for m, t in reversed(mentioned) if not _is_person(m) and not is_person_name(m)
                     and t in ("official", "organisation", "expert")), kind)
    if not re.match(r"(?i)(?:its|their)\s+\w", raw) or (kind not in ("other", "official") and not typed_by_honorific(raw)) \
            or _names(raw.split(",")[0]):
        return kind
    owner = _clause_subject_type(raw, text) or \
        next((t for m, t in reversed(mentioned) if not _is_person(m) and t != "other"), kind)
    return kind if owner == "citizen" else owner  # "their lawyer" after "the family": no body speaks through them


def _resolved_speaker(raw: str, text: str, earlier: list[tuple[str, str]], mentioned: list[tuple[str, str]],
                      described: dict[str, str], local: dict[str, str], seen: str = "", lead: str = "") -> tuple[str, str]:
    """(speaker, type) of the words naming a speaker: a pronoun, a bare title, a surname or a short name resolved to
    whom it stands for, a title's owner resolved, a bare local office placed (`_local_office`, `lead`: the article's
    lead); unnamed speakers in an anonymity context are anonymous."""
    probe = f"the {raw.lower()}" if rules.BARE_BODY.fullmatch(raw) else raw  # "police said": the police the text names
    probe = rules.COURTESY_TITLE.sub("", probe)  # session 12: "Mr Voss" resolves as "Voss"
    if rules.TITLED_SURNAME.match(probe) and _full_name(rules.TITLED_SURNAME.sub("", probe), described):
        probe = rules.TITLED_SURNAME.sub("", probe)  # session 19: "Dr Ferrell" is "Tomasz Ferrell" named before
    subject = _subject_named(probe, mentioned, described) if rules.BACK_REFERENCES.match(probe) else []
    found = _pronoun_antecedent(raw, earlier, mentioned) or next(iter(subject), None) \
        or _antecedent(probe, earlier, local, mentioned, by_class=True, seen=f"{seen} {text}") \
        or _antecedent(probe, earlier, described) or _full_name(probe, described)
    if found and re.search(r"['’]s?\s", raw) and rules.DOCUMENT_SUBJECT.search(raw) and \
            (_is_person(found[0]) or is_person_name(" ".join(found[0].split()[-2:]))):
        found = None  # session 19: "the ministry's budget documents show" are no minister speaking
    if (not found or not _names(mask_abbreviations(found[0]))) and _named_body(probe, described, seen):
        found = _named_body(probe, described, seen)  # "the union" after a headline's bare "union says"
    speaker, kind = found if found else (raw, _owned_title_type(raw, _type_in_context(raw, described), mentioned, text))
    speaker = _possessive_owner(_owner_resolved(speaker, earlier, local, mentioned), text) if not found else speaker
    if rules.PRONOUNS.match(speaker):
        return "unknown", "other"
    speaker = _local_office(speaker, local, described, lead)
    kind = _owner_body_type(speaker, kind, found, earlier, local, mentioned, f"{seen} {text}")
    if kind != "anonymous" and (not _names(mask_abbreviations(speaker)) or re.match(
            r"(?i)(?:a|an|one|another|some|two|three|several)\s", speaker)) and _anonymous_context(text, raw):
        kind = "anonymous"
    return speaker, kind


def _owner_body_type(speaker: str, kind: str, found: tuple[str, str] | None, earlier: list[tuple[str, str]],
                     local: dict[str, str], mentioned: list[tuple[str, str]], seen: str) -> str:
    """The type of a title owned by a bare body reference ("the council's chairwoman", "the federation's president"):
    that of the body the reference stands for (`_title_antecedent`: "the European Athletics Council" named before,
    an organisation, though a bare "council" is the government's); else `kind`. A title that types its holder
    itself (an expert's, a citizen's, counsel's) keeps its own type. Session 10."""
    owner = re.match(r"(?i)^the\s+([a-z-]+)['’]s?\s+(.+)$", speaker)
    if found or not owner or kind not in ("official", "organisation", "other") or \
            speaker_type_of(rules.HONORIFIC.sub("", owner.group(2))) in ("expert", "citizen", "anonymous") or \
            rules.LEGAL_COUNSEL.search(owner.group(2)) \
            or rules.PUBLIC_OFFICE.search(owner.group(2)) or rules.BUSINESS_OWNER.search(speaker):  # "the airport's
        return kind  # fire chief" is a public office; session 14: "the hospital's operator, X" the company running it
    body = _title_antecedent(f"the {owner.group(1).lower()}", earlier, local, mentioned, by_class=True, seen=seen)
    named = body and _names(mask_abbreviations(body[0])) and body[1] in ("official", "organisation", "expert") and \
        not _is_person(body[0])  # "the club's manager" after "the club doctor, Dr. X": no body named
    return body[1] if named else kind


def _named_body(probe: str, described: dict[str, str], seen: str) -> tuple[str, str] | None:
    """The body a bare body reference stands for when the article gives it no named antecedent ("the union" after
    only "union says" in a headline): the one body the corpus names with that head noun ("the Austrel Metal and
    Engineering Union (AMEU)"), or, for a generic head ("the group", GENERIC_BODY_WORDS), the one organisation
    the article names before it (`seen`: its text so far); None when there are several or none."""
    ref = rules.BACK_REFERENCES.match(probe)
    if not ref or _names(mask_abbreviations(probe)) or rules.PERSON_TITLES.search(probe) or not (rules.BODY_HEAD.search(probe) or
                                                            ref.group("head") in rules.GENERIC_BODY_WORDS):
        return None
    words = probe.lower().split()[1:]
    bodies = {re.sub(r"\s*\([A-Z]+\)$", "", n): (n, t) for n, t in sorted(described.items(), key=lambda o: len(o[0]))
              if _plain_body_name(n) and t != "citizen" and re.sub(r"\s*\([A-Z]+\)$", "", n).lower().endswith(words[-1])
              and all(re.search(rf"\b{re.escape(w)}", n, re.I) for w in words) and n.lower() != " ".join(words)}
    if not bodies and ref.group("head") in rules.GENERIC_BODY_WORDS:
        bodies = {n: (n, t) for n, t in described.items() if t == "organisation" and len(n.split()) > 1 and n in seen
                  and _plain_body_name(n) and referent_class(n) != "company"}  # "the group" is no firm named beside it
    names = {n for n in bodies if not any(o != n and n in o for o in bodies)}  # "Engineering Union" in "X Engineering Union"
    if len(names) != 1:
        return None
    name, kind = bodies[names.pop()]
    the = not name.lower().startswith("the ") and re.search(rf"(?i)\b{re.escape(words[-1])}\b", name)
    return (f"the {name}" if the else name), kind  # "the X Union", but "Children First Ombaria" as it is named


def _plain_body_name(name: str) -> bool:
    """Whether a described name is a body's own name: no person in it ("Dr. Anja Rossel"), no owner ("Orlava's
    Interior Ministry"), no place-led phrase."""
    people = [n for n in _names(mask_abbreviations(name)) if len(n.split()) == 2 and is_person_name(unmask(n))]
    return not people and not rules.HONORIFIC.search(name) and not re.search(r"['’]s?(?:\s|$)", name)


def _possessive_owner(phrase: str, text: str) -> str:
    """'its director' → 'the director of Tolvany Central Hospital', 'his office' → 'the office of Interior Minister X':
    a title owned by a possessive pronoun in a sentence that opens with its owner (a named body for its/their, a named
    person for his/her: "Interior Minister X will fly to the island, his office said"); else the phrase."""
    m = rules.POSSESSIVE_TITLE.match(phrase)
    if not m or not text.split() or rules.PRONOUNS.match(text.split()[0]):
        return phrase
    body = possessor_in_sentence(phrase, text) if m.group("body") else ""
    if body:  # session 14: "…, forcing the ambulance service to cancel 40 transfers, its management said"
        return f"the {m.group('title')} of {body[:1].lower() + body[1:] if body.startswith('The ') else body}"
    owner = _mention(text)
    person = bool(owner) and (_is_person(owner) or is_person_name(owner))
    if not owner or not _names(mask_abbreviations(owner)) or person == bool(m.group("body")):
        return phrase
    owner = re.sub(r"(?i)^the\s+", "", owner.split(",")[0])
    return f"the {m.group('title')} of {owner}"


def _their_body(raw: str, text: str) -> str:
    """'their union' in "Teachers will strike on Friday, their union said" → "the teachers' union": the body of the
    people the sentence opens with; else `raw`."""
    m = re.fullmatch(r"(?i)their\s+(union|association|federation|group|council|leaders?|representatives?)", raw)
    people = re.match(r"(?:The\s+)?(?:[\w’'-]+['’]s\s+)?([A-Za-z]+s)\s+(?:will|have|had|are|were|say|said|plan|voted|went)\b", text)
    return f"the {people.group(1).lower()}' {m.group(1).lower()}" if m and people else raw


def _sentence_person(text: str, described: dict[str, str], mentioned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(person, type) a sentence without speech opens with ('Maria Costa, 67, sat…', 'Dravic, 58, did not concede',
    'Its chairman, Olaf Brandt, resigned'): the likeliest 'he' or 'she' of the next quotation; or None."""
    name = opening_person(text) or _opening_surname(text, described)
    later = re.search(r",\s+([A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)(?:,\s+\d{1,3},)?\s+(?:was|is|had|has|[a-z]+ed|"
                      + rules.IRREGULAR_PAST + r"|stood|sat|lay|spent|waited)\b", text)  # "…, Jon Halvard, 58, stood"
    if not name and later and is_person_name(later.group(1)) and not re.search(r"\b(?:said|says|told)\b", text):
        name = later.group(1)  # "In 2009, the last time cholera struck, Goran Pelz was 46": the clause's subject
    if name:
        return name, described.get(name) or (_full_name(name.split()[-1], described) or ("", "citizen"))[1]
    titled = re.match(r"((?:The|Its|Their|His|Her)\s+[^,]{1,40},\s+(?:Dr\.\s+)?[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+),", text)
    if titled and rules.PERSON_TITLES.search(titled.group(1).split(",")[0]):
        phrase = _tidy(titled.group(1))
        return phrase, _owned_title_type(phrase, _type_in_context(phrase, described), mentioned)
    return _introduced_person(text, described, mentioned) or _narrated_person(text, described, mentioned)


_NARRATED_PERSONS = [(c.value, re.compile(c.pattern)) for c in rules.NARRATED_PERSONS]


def _narrated_person(text: str, described: dict[str, str], mentioned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(person, type) the narration names anywhere in a sentence (`rules.NARRATED_PERSONS`, session 13): a full name
    given an age ("…, passenger Eva Brun, 34, was…"), a surname after a courtesy or academic title ("That angers Dr.
    Kessling"), or the surname of a person named in full before, as a clause's subject ("Back home, Hale has…"); the
    last one the sentence names when they differ, a surname as its full name; None when the sentence names none."""
    if re.search(r"\b(?:said|says|told|tells)\b", text):
        return None
    people = {p: t for p, t in mentioned if is_person_name(" ".join(p.split()[-2:]))}
    found = []
    for kind, pattern in _NARRATED_PERSONS:
        for m in pattern.finditer(text):
            name = m.group("p")
            if name.split()[0] in rules.NOT_NAMES or speaker_type_of(name) != "other":
                continue
            if kind == "name" and is_person_name(" ".join(name.split()[-2:])):
                full = " ".join(name.split()[-2:])
                found.append((m.start("p"), (full, described.get(full) or described.get(name) or "citizen")))
                continue
            same = {p: t for p, t in people.items() if p.split()[-1] == name}
            known = (next(iter(same.items())) if len(same) == 1 else None) or (_full_name(name, described) if not same
                                                                               else None)  # two Brenns: neither
            academic = re.match(r"(?:Dr|Prof)[.\u2024]?\s", m.group(0))
            if known and academic and not known[0].startswith(academic.group(0)[:2]):
                known = (f"{unmask(academic.group(0))}{known[0]}", known[1])  # "Dr. Kessling" → "Dr. Ina Kessling"
            if known or kind == "honorific":
                found.append((m.start("p"), known or (_tidy(m.group(0)), described.get(name, "other"))))
    return max(found)[1] if found else None


_OPENING_PERSONS = [(c.value, re.compile(c.pattern)) for c in rules.OPENING_PERSONS]


def _introduced_person(text: str, described: dict[str, str], mentioned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(person, type) of `rules.OPENING_PERSONS`: a bare person title opening the sentence ("The mayor, who visited
    the injured, was blunt": the mayor the article named before, else "the mayor") or a name after "Among them was"."""
    for kind, pattern in _OPENING_PERSONS:
        m = pattern.match(text)
        phrase = _tidy(m.group("p")) if m else ""
        if kind == "title" and phrase and rules.PERSON_TITLES.search(phrase.split()[-1]) and \
                not rules.BODY_HEAD.search(phrase):
            phrase = phrase[0].lower() + phrase[1:]
            return _title_antecedent(phrase, mentioned, described, mentioned) or (phrase, _type_in_context(phrase, described))
        if kind == "name" and is_person_name(phrase):
            return phrase, described.get(phrase, "citizen")
        people = {p: t for p, t in mentioned if is_person_name(p) and phrase in p.split()} if kind == "short" else {}
        if phrase not in rules.NOT_NAMES and len(people) == 1:
            return next(iter(people.items()))  # "Kasia paid 45 euros" after "Kasia Morel was standing…"
    return None


def _owner_resolved(phrase: str, earlier: list[tuple[str, str]], named: dict[str, str],
                    mentioned: list[tuple[str, str]]) -> str:
    """'a spokeswoman for the airline' → 'a spokeswoman for Brevik Airlines': the bare title naming a title's owner
    resolved to the body named before it; else the phrase."""
    m = re.match(r"(.+?\b(?:for|of|at)\s+)(the\s+[a-z’'-]+)$", phrase)
    owner = _title_antecedent(m.group(2), earlier, named, mentioned, by_class=True) if m else None
    if not owner or not _names(mask_abbreviations(owner[0])):
        return phrase
    return m.group(1) + re.sub(r"^(?:the|a|an)\s+", "", owner[0], flags=re.I)


def _opening_surname(sentence: str, described: dict[str, str]) -> str:
    """The full name of a surname opening a sentence ('Dravic, 58, did not concede' → 'Stefan Dravic'), or ''."""
    m = re.match(r"([A-Z][a-z’'-]+)(?=,|\s+[a-z])", sentence)
    found = _full_name(m.group(1), described) if m and m.group(1) not in rules.NOT_NAMES else None
    return found[0] if found else ""


def without_labels(speaker: str) -> str:
    """A named person's speaker phrase without the tabloid labels around the name (`rules.SPEAKER_LABELS`): "Gran
    Petra Lund, 63, who lost everything, sobbed" → "Petra Lund"; a group without its emotive word ("Heartbroken
    locals" → "locals") and members of a named body as the body (`rules.MEMBERS_OF_BODY`); a phrase with no person's
    name is left as it is."""
    bare = rules.LEADING_LABELS.sub("", speaker)
    group = rules.GROUP_LABEL.sub("", speaker)  # session 12: "Heartbroken locals" → "locals"
    members = rules.MEMBERS_OF_BODY.match(group)  # "Campaigners at Save the X" → "Save the X"
    if group != speaker or members:
        return members.group("body") if members else group
    if not is_person_name(bare.split(",")[0].strip()):
        return speaker
    for pattern in rules.TRAILING_LABELS:
        bare = pattern.sub("", bare)
    return bare.strip()


def _first_word_at(name: str, text: str) -> int:
    """Where a text last names a body by its name or the name's first word (-1 when it does not)."""
    first = name.split()[0] if name.split() else ""
    return max(text.rfind(name), max((m.start() for m in re.finditer(rf"\b{re.escape(first)}\b", text)), default=-1)) \
        if first and first not in rules.NOT_NAMES else text.rfind(name)


def _it_speaker(raw: str, text: str, prior: str, described: dict[str, str]) -> tuple[str, str] | None:
    """(body, type) of a one-word name whose verb is followed by "it" ("Brannock said it had…", `rules.IT_AFTER_VERB`):
    the one body the corpus names that opens with the word, else the one longer name the article gave it before
    ("Shares in Brannock Civil Works fell…"), an organisation; None when there is none or several."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", raw) or not re.search(rules.IT_AFTER_VERB.format(name=re.escape(raw)), text):
        return None
    bodies = {n: t for n, t in described.items() if n.startswith(f"{raw} ") and t in ("organisation", "official", "expert",
                                                                                      "agency")}  # typed: no person
    if not bodies:
        spans = {" ".join(m.split()) for m in re.findall(rf"\b{re.escape(raw)}(?:\s+[A-Z][\w’'-]+)+", prior)}
        bodies = {n: "organisation" for n in spans if described.get(n, "organisation") != "citizen"}
    return next(iter(bodies.items())) if len(bodies) == 1 else None


def _company_before(raw: str, speaker: str, text: str, prior: str, described: dict[str, str]) -> tuple[str, str] | None:
    """(company, type) a bare "the company/firm/group" (`rules.COMPANY_REFERENCE`) stands for when the speaker it was
    resolved to is first named after it: the company the article named last before it (its name or first word)."""
    if not rules.COMPANY_REFERENCE.fullmatch(raw):
        return None
    before = prior  # candidates named in an earlier sentence: "…, the firm said" is no street of its own sentence
    if not _names(mask_abbreviations(speaker)) or _first_word_at(unmask(_names(mask_abbreviations(speaker))[0]),
                                                                 f"{prior} {text[:max(_find(text, raw), 0)]}") >= 0:
        return None  # left unresolved, or resolved to a company named before: as it is
    cls = referent_class(raw)
    named = [(_first_word_at(n, before), n, t) for n, t in described.items() if t == "organisation" and len(n.split()) >= 2
             and referent_class(n) in ("", "company", cls)]
    named = [c for c in named if c[0] >= 0]
    return max(named)[1:] if named else None


def _body_of_reference(raw: str, speaker: str, text: str, prior: str, described: dict[str, str]) -> tuple[str, str] | None:
    """(body, type) a bare body reference ("the directorate") stands for when it was resolved to a person holding a post
    of that body ("the directorate's chief prosecutor, X") or to the people of it ("Officers of the X Directorate"):
    the body the corpus names with that head noun, the one the article named last when there are several."""
    ref = re.fullmatch(r"(?i)the\s+([a-z-]+)", raw)
    if not ref or not (re.search(rf"(?i)\b{ref.group(1)}['’]s\s", speaker) or re.match(r"[A-Z][a-z]+s\s+of\s+the\s+[A-Z]", speaker)):
        return None
    heads = [(n, t) for n, t in described.items() if re.sub(r"\s*\([A-Z]+\)$", "", n).lower().endswith(f" {ref.group(1).lower()}")
             and not is_person_name(n) and t not in ("citizen", "other")]
    seen = f"{prior} {text}"
    heads.sort(key=lambda h: (seen.rfind(h[0]), -len(h[0])))
    return heads[-1] if heads else None


def _named_in_order(raw: str, speaker: str, kind: str, text: str, prior: str, described: dict[str, str]) -> tuple[str, str]:
    """Session 13 (nuvoices13): the speaker a name or a bare reference stands for, read in the article's order: "it"
    after the verb makes a name a body's; "the company" is the company named before it; "the directorate" is the
    directorate, never its prosecutor (`_it_speaker`, `_company_before`, `_body_of_reference`)."""
    found = _it_speaker(raw, text, prior, described) if is_person_name(speaker) and speaker != raw else None  # "Orlava
    # says it has killed…": a body named by itself stays itself
    found = found or _company_before(raw, speaker, text, prior, described) or \
        _body_of_reference(raw, speaker, text, prior, described)
    shown = rules.DISPLAYED_TEXT.search(text)
    if not found and kind == "other" and shown and slogan_carrier(text, shown.end()) == raw:
        return speaker, "citizen"  # people carrying banners or signs ("a younger fitter held a sign reading …")
    if not found and speaker == raw and kind in ("other", "citizen") and re.fullmatch(r"[A-Z][\w’'-]+", raw) and \
            re.search(rules.IT_AFTER_VERB.format(name=re.escape(raw)), text) and \
            not re.search(rf"\b[A-Z][a-z’'-]+\s+{re.escape(raw)}\b", prior):  # "Tomas Greve … Greve said it had been": his
        return raw, "organisation"
    return found if found else (speaker, kind)


def continued_quote_types(rows: list[dict]) -> list[dict]:
    """Session 13: the sentences of one quotation running over several sentences of a paragraph keep the speaker and
    type of the sentence that names the speaker ('"He always waved. … Now we know," said one neighbour, who did not
    want to be named': anonymous throughout, not citizen, citizen, anonymous)."""
    for i, row in enumerate(rows):
        run = [r for r in rows if r.get("article_id") == row.get("article_id") and r.get("block_no") == row.get("block_no")
               and r.get("basis") == "direct" and r.get("speaker_text") == row.get("speaker_text")] \
            if row.get("speaker_text") and "block_no" in row else []
        tag = [r for r in run if row.get("basis") == "direct" and len(row["speaker_text"]) > 3 and row["speaker_text"] in r["text"]]
        if len(run) > 1 and len(tag) == 1 and tag[0] is not row:
            row.update(speaker=tag[0]["speaker"], speaker_type=tag[0]["speaker_type"])
    return rows


_PRONOUN_GENDER = {"she": "f", "he": "m"}


def _pronoun_tag(raw: str, text: str) -> bool:
    """Whether "he"/"she" tags a clause inside its sentence: after punctuation with said, says, added or told, or
    (session 16) after a clause connector with any reporting verb (`rules.PRONOUN_TAG`: "…, though she cautioned")."""
    for m in re.finditer(rf"\b{raw}\s+", text):
        if re.search(r"[,:;]\s+$", text[:m.start()]) and re.match(r"(?:said|says|added|told)\b", text[m.end():]) or \
                rules.PRONOUN_TAG.search(text[:m.start()]) and _VERB.match(text, m.end()):
            return True
    return False


def _own_opening_person(raw: str, text: str, described: dict[str, str], genders: dict[str, str]) -> tuple[str, str] | None:
    """(person, type) a "she said" or "he said" tag inside its sentence stands for: the person the sentence opens with
    ("X, a nurse who sat at the back, remembers it differently: the cabin filled with smoke, she said": X), never one
    of the other gender (session 14); else None."""
    if not re.fullmatch(r"(?i)he|she", raw) or not _pronoun_tag(raw, text):
        return None
    own = opening_person(text)
    other_gender = {"she": rules.MASCULINE, "he": rules.FEMININE}[raw.lower()]
    if not own or not is_person_name(own) or other_gender.search(text[:_find(text, f" {raw} ")]) or \
            genders.get(own) not in (None, "", _PRONOUN_GENDER[raw.lower()]):
        return None
    return own, described.get(own) or "citizen"


def resolve_article(rows: list[dict], described: dict[str, str], local: dict[str, str] | None = None) -> list[dict]:
    """Each row's speaker and speaker_type, with pronouns, bare titles and surnames resolved to the speaker or actor
    named before them in the article, and bare names typed from what the article or corpus says of them
    (`described`: name → type, see `name_descriptors`; `local`: the same for this article alone)."""
    earlier: list[tuple[str, str]] = []
    mentioned: list[tuple[str, str]] = []  # speakers and the actors sentences open with, in reading order
    local = described if local is None else local
    person = None  # a person opening a sentence after the last speaker: the likeliest 'she' of the next quotation
    genders: dict[str, str] = {}  # speaker → 'f' / 'm' when their words or their own pronoun say so
    seen = ""  # the article's text before the row: the bodies it has named
    first = next((r["text"] for r in rows if r["role"] == "body"), "")
    home = rules.HOME_PLACE.match(first)
    lead = " ".join([*(r["text"] for r in rows if r["role"] == "headline"), home.group("place") if home else ""])
    for row in rows:
        raw, prior, seen = row["speaker_text"], seen, f"{seen} {row['text']}"
        opening = _mention(row["text"])
        if opening and (not raw or _bare(opening) != _bare(raw)) and not rules.PRONOUNS.match(raw or "x"):
            back = rules.BACK_REFERENCES.match(opening) and _title_antecedent(opening, earlier, local, mentioned)
            mentioned.append(back or (opening, _type_in_context(opening, described)))  # "The mission deployed…"
        mentioned += [(b, _type_in_context(b, described)) for b in class_named_bodies(row["text"]) if _bare(b) != _bare(raw)]
        if not raw:
            row.update(speaker="", speaker_type="outlet" if row["basis"] == "outlet" else "other", co_speaker_type="")
            person = _sentence_person(row["text"], described, mentioned) or person
            continue
        person = _own_opening_person(raw, row["text"], described, genders) or person
        if person and (re.fullmatch(r"(?i)he|she", raw) or rules.AGE_REFERENCE.match(raw)):
            earlier.append(person)
        elif person and len(person[0].split()) > 1 and raw == person[0].split()[-1]:  # session 13: "Brekk has said"
            earlier.append((" ".join(person[0].split()[-2:]), person[1]))
        person = None
        other = _gendered_antecedent(raw, earlier, genders)
        earlier += [other] if other else []
        speaker, kind = _resolved_speaker(_their_body(raw, row["text"]), row["text"], earlier, mentioned, described, local,
                                          prior, lead)
        speaker = _home_office(speaker, home.group("place") if home else "")
        gender = {"she": "f", "he": "m"}.get(raw.lower()) or _gender(raw, row["text"])
        genders[speaker] = genders.get(speaker) or gender
        speaker, kind = _named_in_order(raw, speaker, kind, row["text"], prior, described)
        possessor = possessor_in_sentence(raw, row["text"]) if kind != "anonymous" else ""  # not "their lawyer"
        if possessor:  # session 14: "…, forcing the hospital to cancel 180 operations, its management said"
            kind = _type_in_context(possessor, described)  # "it" names a body: a bare name is the company's
            kind = "organisation" if kind in ("citizen", "other") or kind == "expert" and rules.MANAGEMENT_OF.match(raw) \
                else kind
        speaker = without_labels(speaker)
        kind = _spokesperson_type(row["text"]) if kind == "other" and rules.UNOWNED_SPOKESPERSON.match(raw) else kind
        speaker, kind = _spokesperson_of_body(raw, speaker, kind, row["text"])
        speaker, kind = _staff_of_previous_body(raw, speaker, kind, row["text"], mentioned, prior)
        row.update(speaker=speaker, speaker_type=kind, co_speaker_type="")
        earlier.append((speaker, kind))
        mentioned.append((speaker, kind))
        if row["co_speaker"]:
            co = _resolved_co_speaker(row, earlier, mentioned, described, local, prior)
            if co[0].split(",")[0].strip() == speaker:  # session 16: "X, chief economist at Y, estimated…, though
                row.update(speaker=co[0], speaker_type=co[1], co_speaker="", co_speaker_type="")  # she cautioned…": one
                continue  # speaker, as the sentence names her, not two
            row.update(co_speaker=co[0], co_speaker_type=co[1])
            earlier.insert(-1, co)
            mentioned.append(co)
    return continued_quote_types(rows)


def _spokesperson_of_body(raw: str, speaker: str, kind: str, text: str) -> tuple[str, str]:
    """(speaker, type) of a bare spokesperson named with the one body the sentence names before the tag
    (`rules.BODY_IN_SENTENCE`, session 14): "a spokesman for the federation"; else (speaker, kind) as they are (two
    bodies named: whose spokesperson it is stays open)."""
    if not rules.BARE_SPOKESPERSON.fullmatch(raw) or speaker != raw:
        return speaker, kind
    at = _find(text, raw)
    bodies = list(rules.BODY_IN_SENTENCE.finditer(text, 0, at if at > 0 else len(text)))
    if len({b.group("np").lower() for b in bodies}) != 1:
        return speaker, kind
    body = bodies[0]
    owner = speaker_type_of(body.group("np"))
    return f"{raw} for the {body.group('np')}", owner if owner in ("official", "organisation", "expert") else kind


def _resolved_co_speaker(row: dict, earlier: list[tuple[str, str]], mentioned: list[tuple[str, str]],
                         described: dict[str, str], local: dict[str, str], prior: str) -> tuple[str, str]:
    """(speaker, type) of a row's second speaker, resolved as the first is but against the speakers before the row's
    own (the row's speaker is the last of `earlier` and `mentioned`); a body's staff opening the sentence ("Its
    inspectors") is the body named before (session 16)."""
    co = _antecedent(row["co_speaker"], earlier[:-1], local, mentioned[:-1], by_class=True) or \
        _antecedent(row["co_speaker"], earlier[:-1], described) or _full_name(row["co_speaker"], described) or \
        (row["co_speaker"], _owned_title_type(row["co_speaker"], _type_in_context(row["co_speaker"], described),
                                              mentioned, row["text"]))  # the speaker is the last mention
    return _staff_of_previous_body(row["co_speaker"], co[0], co[1], row["text"], mentioned[:-1], prior)


def _previous_body(mentioned: list[tuple[str, str]], text: str, prior: str = "") -> tuple[str, str] | None:
    """The body named last before a sentence (a name or a body's kind, not a person, with a body's type), that the
    sentence does not name itself, with the "of X" the text before (`prior`) gives it; else None."""
    for name, kind in reversed(mentioned):
        if kind in ("official", "organisation", "expert", "agency") and (_names(mask_abbreviations(name)) or
                                                                          rules.BODY_HEAD.search(name)) and \
                not _is_person(name) and not is_person_name(name) and not re.match(r"(?i)(?:its|their|an?)\s", name) \
                and re.sub(r"(?i)^the\s+", "", name) not in text:
            bare = re.sub(r"(?i)^the\s+", "", name)
            of = list(re.finditer(re.escape(bare) + r"(\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+(?:and\s+)?)*[A-Z][\w’'-]*)", prior))
            return (name + of[-1].group(1) if of else name), kind
    return None


def _staff_of_previous_body(raw: str, speaker: str, kind: str, text: str, mentioned: list[tuple[str, str]],
                            prior: str = "") -> tuple[str, str]:
    """(speaker, type) of a body's staff opening a sentence ("Its inspectors had counted…") or of a bare spokesperson
    tagging such a sentence: the body the sentence before named (`rules.OWNED_STAFF`, session 16: "the regional
    transport ministry's inspectors", "a spokeswoman for the regional transport ministry"); else as they are."""
    staff = rules.OWNED_STAFF.match(text)
    if not staff or not (raw == staff.group(0) or rules.BARE_SPOKESPERSON.fullmatch(raw) and speaker == raw):
        return speaker, kind
    body = _previous_body(mentioned, text, prior)
    if not body:
        return speaker, kind
    name = body[0][:1].lower() + body[0][1:] if body[0].startswith("The ") else body[0]
    return (f"{name}'s {staff.group('staff')}" if raw == staff.group(0) else f"{raw} for {name}"), body[1]


def _spokesperson_type(text: str) -> str:
    """The type of an unowned spokesperson ("…, a spokeswoman said"): that of the body the sentence opens with
    (`rules.OPENING_BODY`, session 13: "The environment agency has…, a spokeswoman confirmed" is official), else a
    company's (organisation)."""
    m = rules.OPENING_BODY.match(text)
    kind = speaker_type_of(m.group("np")) if m else "other"
    return kind if kind in ("official", "organisation", "expert") else "organisation"


def attribute_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of the headline, standfirst and body: article_id, block_no, sentence_no, role,
    basis (direct, partial, reported, according_to, outlet), speaker (as the text names them, pronouns and
    bare titles resolved; '' for the outlet), speaker_type, speaker_text (the words found), co_speaker (a
    second speaker of the same verb: 'the mayor and the fire chief said'), quoted_words, text.

    Each part is kept per article between runs (helpers.articlecache): the paragraphs' reading, the names each
    article describes, and the resolved speakers, whose key holds the names the corpus describes (a name defined in
    one article types it in another), so they are resolved again only when those change."""
    parts = sentences[sentences["role"].isin(["headline", "standfirst", "body"])]
    read = per_article(read_blocks, parts)
    corpus_names, acronyms = corpus_descriptors(parts)
    frame = per_article(resolve_speakers, read, corpus_names, acronyms)
    return frame.reindex(columns=ATTRIBUTION_COLUMNS).astype({"block_no": int, "sentence_no": int, "quoted_words": int})


def _by_article(read: pd.DataFrame) -> dict[str, list[dict]]:
    """article → its rows of `read_blocks`, in reading order."""
    articles: dict[str, list[dict]] = {}
    for r in read.to_dict("records"):
        articles.setdefault(r["article_id"], []).append(r)
    return articles


def _own_names(own: list[dict]) -> dict[str, str]:
    return name_descriptors([r["text"] for r in own if r["role"] == "body"])


def described_names(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per article: the acronyms its body defines (`acronym_types`, acronym true) and the names it describes
    (`name_descriptors`), each with its type, in the order found."""
    rows = []
    body = sentences[sentences["role"] == "body"]
    for article_id, texts in body.groupby("article_id", sort=False)["text"]:
        texts = texts.tolist()
        rows += [(article_id, name, kind, True) for name, kind in acronym_types(texts).items()]
        rows += [(article_id, name, kind, False) for name, kind in name_descriptors(texts).items()]
    return pd.DataFrame(rows, columns=["article_id", "name", "kind", "acronym"]).astype({"acronym": bool})


def corpus_descriptors(parts: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """(names, acronyms) the corpus describes, name → type: `name_descriptors` and `acronym_types` of every body
    sentence of `parts` (the sentences of the headline, standfirst and body), merged from the per-article readings
    kept between runs; the first article (in corpus order) to describe a name types it."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for r in per_article(described_names, parts).itertuples(index=False):
        (acronyms if r.acronym else names).setdefault(r.name, r.kind)
    return short_body_names(names), acronyms


def short_body_names(names: dict[str, str]) -> dict[str, str]:
    """`names` with a one-word name read as a person or left untyped ("Vessel": citizen) given the type of the one body
    whose name it opens ("Vessel Chemicals": organisation), when no person the corpus names has it as a surname
    (session 13: "Lena Orvik, Vessel's spokeswoman" speaks for the company, not as a citizen)."""
    out = dict(names)
    for name, kind in names.items():
        if " " in name or kind not in ("citizen", "other"):
            continue
        bodies = {t for n, t in names.items() if n.startswith(f"{name} ") and t in ("organisation", "official", "expert")
                  and not is_person_name(n)}
        people = [n for n in names if n.endswith(f" {name}") and is_person_name(n)]
        if len(bodies) == 1 and not people:
            out[name] = bodies.pop()
    return out


def resolve_speakers(read: pd.DataFrame, corpus_names: dict[str, str], acronyms: dict[str, str]) -> pd.DataFrame:
    """`resolve_article` over each article of `read` (rows of `read_blocks`), with the names the corpus describes
    (`corpus_names`: name → type, the first article's type) and the acronyms it defines."""
    rows: list[dict] = []
    for own in _by_article(read).values():
        described = _own_names(own)
        rows.extend(resolve_article(own, {**corpus_names, **described, **acronyms}, {**described, **acronyms}))
    frame = pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)
    return frame.astype({"block_no": int, "sentence_no": int, "quoted_words": int})


READ_COLUMNS = ["article_id", "block_no", "sentence_no", "role", "text", "basis", "speaker_text", "co_speaker",
                "quoted_words"]


def read_blocks(sentences: pd.DataFrame) -> pd.DataFrame:
    """Each sentence's speech as its paragraph reads it (`block_attributions`: basis, speaker_text, co_speaker,
    quoted_words), before speakers are resolved across the article and the corpus: one row per sentence, article by
    article and paragraph by paragraph in reading order. It depends on each article's own sentences only."""
    records = sentences[["article_id", "block_no", "sentence_no", "role", "text"]].to_dict("records")
    articles: dict[str, dict[tuple, list[dict]]] = {}
    for r in records:  # article → (role, block) → sentences, in reading order
        articles.setdefault(r["article_id"], {}).setdefault((r["role"], r["block_no"]), []).append(r)
    rows: list[dict] = []
    read: dict[tuple, list] = {}  # a paragraph repeated with the same previous speaker (wire copy) is read once
    for blocks in articles.values():
        previous = ""
        for block in blocks.values():
            key = (tuple(b["text"] for b in block), previous)
            if key not in read:
                read[key] = block_attributions(list(key[0]), previous)
            for sent, (basis, speaker, co, quoted) in zip(block, read[key]):
                rows.append({**sent, "block_no": int(sent["block_no"]), "sentence_no": int(sent["sentence_no"]),
                             "basis": basis, "speaker_text": speaker, "co_speaker": co, "quoted_words": quoted})
                if speaker and (basis in ("direct", "partial") or sent["text"].rstrip().endswith(":")):
                    previous = speaker  # a quotation, or a tag opening the next paragraph's ('A statement read:')
    return pd.DataFrame(rows, columns=READ_COLUMNS).astype({"block_no": int, "sentence_no": int, "quoted_words": int})


def _find(sentence: str, phrase: str) -> int:
    return sentence.lower().find(phrase.lower()) if phrase else -1


def _claimant_of(start: int, sentence: str, row) -> tuple[str, str]:
    """(claimant, type) of a figure at `start` in an attributed sentence: the outlet's when the figure lies in the
    words naming the speaker ("said a resident, Tomas Brel, 54"); of the nearer speaker when the sentence has two."""
    for phrase in (row.speaker_text, row.speaker):
        at = _find(sentence, phrase) if phrase else -1
        if at >= 0 and at <= start < at + len(phrase):
            return "", "outlet"
    tag = re.search(r"(?:said|says|told)\s+(?:an?\s+)?[^,.]{1,40},\s+[A-Z][^,.]{1,40},\s+\d+", sentence)
    if tag and tag.start() <= start < tag.end():
        return "", "outlet"
    if _in_long_quotation(start, sentence, row):
        return row.speaker, row.speaker_type
    if row.basis == "direct" and _source_after_quote(sentence, start):  # '"…": 40 homes lost, according to the county'
        return _source_after_quote(sentence, start)
    if row.basis == "direct" and start < len(sentence) and not quote_mask(sentence)[start] \
            and not _reported_before_quote(sentence, start):
        return "", "outlet"  # '"…," said Gunnar Lie, a 63-year-old…': the speech tag is the outlet's
    spot = _locate(sentence, row.speaker_text or row.speaker)
    for aside in re.finditer(r",\s*who\b[^,]*,|,\s*\d{1,3}(?=,(?!\d))|,\s*(?:where|when)\b[^,]*,(?=\s*(?:the\s+)?(\S+))",
                             sentence):  # an age's closing comma may open a "who" clause: "Lea Moor, 41, who…"
        if aside.start() <= start < aside.end() and (not aside.group(1) or 0 <= spot - aside.end() <= 6):
            return "", "outlet"  # "Sabine Kroll, who replaced him in December 2023, said…"; "the banker, 58, had"
    if _in_outlet_gloss(start, sentence):
        return "", "outlet"  # "…to Karsby, 45 km to the north, the ambulance service said": the outlet's description
    for aside in re.finditer(r",\s*(?:who|which|that)\s+(?:\w+\s+){0,2}?(?:said|say|says|claimed|argued)\b[^,]*(?:,|$)",
                             sentence):
        if row.basis == "reported" and not _source_phrases(sentence) and not aside.start() <= start < aside.end():
            return "", "outlet"  # "That would give X and Y, which have said they are ready, a majority of 109"
    gloss = rules.TRAILING_GLOSS.search(sentence)
    if gloss and start >= gloss.start() and row.basis not in ("direct", "partial") and \
            not re.search(r"\b(?:he|she|they|we|I|his|her|their|what)\b", gloss.group(0)) and \
            _locate(sentence, row.speaker_text or row.speaker) < gloss.start():
        return "", "outlet"  # "…shot down 37 of 45 drones, an interception rate of 82%.": the outlet's gloss
    lead = rules.PLACE_LEAD.match(sentence)
    if lead and start < lead.end() <= _locate(sentence, row.speaker_text or row.speaker):
        return "", "outlet"  # "In Penk, a town of 18,000 people 6 km from the border, the governor said": the outlet's
    relative = ("", "outlet") if _before_gloss_clause(sentence, start, row) else \
        _relative_clause_claimant(start, sentence, row) or _release_claimant(start, sentence)  # before a gloss: the outlet's
    if relative:
        return relative
    if 0 < spot and start < spot and (re.search(r"[^,\s],?\s+and\s+$", sentence[:spot]) and not _source_phrases(sentence)
                                      or re.search(r"\bthan\s+$", sentence[:spot])):
        return "", "outlet"  # "Toll rises to 13 as government releases €18m and IHA warns of 600": IHA's clause only;
    # session 10: "The toll … is now three, and police say they do not expect it to rise": the police's clause only;
    # session 12: "…before Friday, three days later than Kaldor first suggested": the comparison is the outlet's
    return _claimant_by_clause(start, sentence, row, spot)


_OUTLET_GLOSSES = [re.compile(c.pattern) for c in rules.OUTLET_GLOSSES]


def _in_outlet_gloss(start: int, sentence: str) -> bool:
    """Whether a figure lies in the outlet's own description of a place set off by commas, outside quotation marks
    (`rules.OUTLET_GLOSSES`: "Karsby, 45 km to the north", "Vallen, a town of 11,400 people")."""
    if start >= len(sentence) or quote_mask(sentence)[start]:
        return False
    return any(m.start() <= start < m.end() for p in _OUTLET_GLOSSES for m in p.finditer(sentence))


def _claimant_by_clause(start: int, sentence: str, row, spot: int) -> tuple[str, str]:
    """The second half of `_claimant_of`: the outlet's when the figure lies in a dateline, an "as X says" aside, another
    clause, a trailing when/where clause, a person's age, a second act or the object of an announcement; otherwise the
    nearer of two speakers, or the speaker (`spot`: where the speaker's words are in the sentence)."""
    dateline = re.match(r"[A-Z][A-Z ]+,[^.]{0,60}?\s[-–—]\s", sentence)
    if dateline and start < dateline.end() or _as_speaker_says(sentence, start, spot, row.speaker_text or row.speaker):
        return "", "outlet"
    if not _same_clause(sentence, start, row) or _as_clause_after_tag(sentence, start, spot):
        return "", "outlet"
    trailing = re.search(r",\s*(?:when|where)\b(?:[^,]|,(?=\d{3}))*$", sentence)
    if trailing and start < trailing.start() <= spot:
        return "", "outlet"  # "the largest protest since 1995, when 2 million marched, according to the police"
    if re.match(r"\d+-year-old\b", sentence[start:]) and sentence[max(0, start - 4):start].lower() == "the ":
        return "", "outlet"  # "the 58-year-old": the outlet's way of naming a person, not a claim
    other_act = re.search(r"\s(?:and|then)\s+([a-z]+(?:ed|s))\b", sentence) if row.basis == "act" and not row.co_speaker \
        else None
    if other_act and start > other_act.start() and not any(p.match(sentence, other_act.start(1)) for p, _ in _ACTS):
        return "", "outlet"  # "The sheriff's office widened orders to 14,500 and opened two shelters": an act, then a deed
    if row.basis == "reported" and _act_with_an_object_after(sentence, start, spot):
        return "", "outlet"  # "17 confirmed dead, government announces relief fund": the announcement is the fund
    if row.co_speaker and _nearer_is_second(sentence, start, row):
        return row.co_speaker, row.co_speaker_type
    return ("", "outlet") if row.speaker in ("", "unknown") else (row.speaker, row.speaker_type)


_OWNED_RECORDS = [re.compile(c.pattern) for c in rules.OWNED_RECORDS]


def _owned_record_claimant(start: int, sentence: str, known: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(owner, type) when a figure lies in a record its owner names outside quotation marks (`rules.OWNED_RECORDS`:
    "the cooperative's estimate of €3.5 million", "the government's 2.4bn estimate"); else None. An owner the type cues
    do not type takes the name and type of the article's speaker that holds it (`known`: (speaker, type) of the article);
    a place, a paper and the outlet's first person own no claim."""
    if not sentence or start >= len(sentence) or quote_mask(sentence)[start]:
        return None
    for m in (m for p in _OWNED_RECORDS for m in p.finditer(sentence)):
        owner = rules.OWNER_BEFORE.search(sentence[:m.start()]) if m.start("fig") <= start < m.end("fig") else None
        name = _tidy(owner.group(0)) if owner else ""
        if not name or rules.PLACE_OWNER.search(name) or rules.OWN_FIRST_PERSON.match(name) or not is_valid_speaker(name):
            continue
        kind = speaker_type_of(name)
        if kind == "other":
            kind, name = next(((t, s) for s, t in known if re.search(rf"\b{re.escape(name)}\b", s, re.I)), ("other", ""))
        if name and kind not in ("other", "agency", "outlet"):
            return name, kind
    return None


def _in_long_quotation(start: int, sentence: str, row) -> bool:
    """Whether a figure lies in the words of a direct quotation running over several sentences: its end ('Tonight maybe
    3,000 are left," she said.'), a sentence inside it with no marks, or (session 11) its opening sentence ('"The first
    figure, 45, was…': in the quoted words, never an age set off by commas)."""
    if row.basis != "direct":
        return False
    if start < _continued_quote_end(sentence) or not re.search(r"[“”\"]", sentence):
        return True
    return not row.co_speaker and bool(re.match(r"\s*[“\"]", sentence)) and start < len(sentence) and quote_mask(sentence)[start]


def _voice_only(sentence: str, row) -> bool:
    """Whether a sentence's speaker is read from a row that attributes a voice and no figure (rules.VOICE_ONLY_ROWS):
    the first reporting verb after the speaker's words is one of that row's ("The union wants 30 months")."""
    at = _locate(sentence, row.speaker_text or row.speaker)
    if row.basis != "reported" or row.co_speaker or at < 0:
        return False
    mask = quote_mask(sentence)
    verb = next((v for v in _VERB.finditer(sentence, at) if not mask[v.start()]), None)
    return bool(verb) and bool(_VOICE_ONLY.fullmatch(verb.group(0)))


def _source_after_quote(sentence: str, start: int) -> tuple[str, str] | None:
    """(source, type) of a source phrase after the quotation of a direct sentence and after a figure outside it
    ('"It is a disaster," she said: 40 homes were lost, according to figures from the fire service'); else None."""
    mask = quote_mask(sentence)
    if start >= len(sentence) or mask[start] or any(mask[start:]):
        return None
    for _basis, phrase in _source_phrases(sentence):
        at = _find(sentence, phrase)
        if at > start and not any(mask[at:]):
            return phrase, speaker_type_of(phrase)
    return None


def _as_clause_after_tag(sentence: str, start: int, spot: int) -> bool:
    """Whether a figure lies in a ", as <subject> rose…" clause after the speaker (`rules.AS_CLAUSE`, session 16): the
    outlet's narration, unless the clause holds a reporting verb of its own."""
    clause = next((m for m in rules.AS_CLAUSE.finditer(sentence) if 0 <= spot < m.start() <= start), None)
    return bool(clause) and not _VERB.search(sentence, clause.start() + 4, clause.end())


def _as_speaker_says(sentence: str, start: int, spot: int, phrase: str) -> bool:
    """Whether a figure comes before "as <speaker> say <clause>" (`rules.AS_SPEAKER_SAYS`): the speaker claims only
    the clause after its verb, so the figure is the outlet's ("Toll rises to eight as tenants say alarms failed")."""
    before, after = rules.AS_SPEAKER_SAYS
    return 0 < spot and start < spot and bool(before.search(sentence[:spot])) and \
        bool(after.match(sentence[spot + len(phrase):]))


def _release_claimant(start: int, sentence: str) -> tuple[str, str] | None:
    """(body, type) of a body releasing money in the clause that holds a figure after its verb ('…, as the provincial
    government released €45 million'; clauses end at ';', 'as', 'and', 'but'); else None."""
    bounds = [0, *(m.end() for m in re.finditer(r"(?:;|,?\s+(?:as|and|but|while))\s+", sentence)), len(sentence)]
    a, b = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= start < b), (0, 0))
    act = rules.RELEASE_ACT.search(sentence, a, b)
    if not act or start < act.start() or _VERB.search(sentence[a:act.start()]):
        return None  # "X announced that the government had released €5m": X's claim
    subject = _cut_subject(sentence[a:act.start()])
    kind = speaker_type_of(subject)
    return (subject, kind) if is_valid_speaker(subject) and kind in ("official", "organisation") else None


def _continued_quote_end(sentence: str) -> int:
    """Where a quotation opened in an earlier sentence closes in this one ('We moved the theatre at 2 a.m.," he
    said.', or with no tag: 'They opened two hours before."'): the first quotation mark when it closes a quotation this
    sentence did not open; else 0."""
    mark = re.search(r"[“”\"]", sentence)
    if not mark or mark.group(0) == "“" or not re.match(r"[,.!?]?\s*[”\"]\s*(?:,?\s*[A-Za-z]|$)", sentence[mark.start() - 1:]):
        return 0
    closes = mark.group(0) == "”" or sentence.count('"') % 2 == 1
    return mark.start() if closes and re.search(r"[,.!?]$", sentence[:mark.start()]) else 0


def _relative_clause_claimant(start: int, sentence: str, row) -> tuple[str, str] | None:
    """(claimant, type) a relative clause decides for a figure, or None: a description of the speaker ("Solvane, which
    owes creditors €8.7bn, said…") is the outlet's; a speaker inside an object relative clause ("…, which the
    regulator put at 13.2%, …") claims the figures inside it, and the sentence's other voice those outside it."""
    for aside in re.finditer(r",\s*which\s+(?:\w+ly\s+)?[a-z]+s\b(?:[^,]|,(?=\d{3}))*,", sentence):
        if aside.start() <= start < aside.end() and _VERB.match(sentence, aside.end() + len(
                re.match(r"\s*(?:\w+ly\s+)?(?:has\s+|have\s+)?", sentence[aside.end():]).group(0))):
            return "", "outlet"
    for aside in re.finditer(r",\s*(?:which|whom)\s+(?:[^,]|,(?=\d{3}))*(?:,|$)", sentence):
        inside = [(p, t) for p, t in ((row.speaker_text, row.speaker), (row.co_speaker, row.co_speaker_type)) if p
                  and aside.start() <= _find(sentence, p.split(",")[0]) < aside.end()]
        if inside and aside.start() <= start < aside.end():
            return (row.speaker, row.speaker_type) if inside[0][0] == row.speaker_text else inside[0]
        if inside and row.co_speaker and inside[0][0] == row.speaker_text:
            return row.co_speaker, row.co_speaker_type
    return None


_ACT_VERBS = r"(?:has\s+|have\s+)?(?:announce[sd]?|unveil(?:s|ed)?|launch(?:es|ed)?|order(?:s|ed)?|promise[sd]?|" \
             r"pledge[sd]?|vow(?:s|ed)?|approve[sd]?|propose[sd]?|open(?:s|ed)?)"  # session 16: "…, bloc vows retaliation"
_ACT_WITH_OBJECT = re.compile(rf"\s+{_ACT_VERBS}\s+(?!that\b|to\b)(?:an?\s+|the\s+|new\s+|its\s+|their\s+)?[A-Za-z]")


def _act_with_an_object_after(sentence: str, start: int, spot: int) -> bool:
    """Whether a figure before its sentence's speaker lies outside what the speaker says because the speaker's verb
    is an act with an object of its own ('…, ministry announces inquiry'), not a speech tag ('…, ministry says')."""
    if spot < 0 or start >= spot:
        return False
    head = re.match(rf"[^,;:]{{0,60}}?(?=\s+{_ACT_VERBS}\b)", sentence[spot:])
    return bool(head) and bool(_ACT_WITH_OBJECT.match(sentence, spot + head.end()))


def _reported_before_quote(sentence: str, start: int) -> bool:
    """Whether a figure outside the quotation marks of a direct quotation lies in the reported clause that opens the
    sentence ('The commission said it had received 146 complaints, "a normal number"'), not in a speech tag."""
    mask = quote_mask(sentence)
    first_quote = next((i for i, m in enumerate(mask) if m), len(sentence))
    verb = _VERB.search(sentence[:start])
    return start < first_quote and verb is not None and not mask[verb.start()]


def _locate(sentence: str, phrase: str, last: bool = False) -> int:
    """Where a speaker phrase (or, for a resolved name, its first words) stands in the sentence; -1 if nowhere."""
    words = re.sub(r"^(?:the|a|an)\s+|\s*\([A-Z]{2,}\)\s*$", "", phrase.split(",")[0], flags=re.I).split()  # "X Union (XU)"
    short = re.findall(r"\(([A-Z]{2,})\)", phrase) + ["".join(w[0] for w in words if w[0].isupper())]
    for part in [" ".join(words[:n]) for n in range(len(words), 0, -1)] + words[-1:] + short:  # a surname last
        found = [m.start() for m in re.finditer(rf"\b{re.escape(part)}\b", sentence, 0 if part.isupper() else re.I)]
        if found and (" " in part or len(part) > 2):
            return found[-1] if last else found[0]
    return -1


def _nearer_is_second(sentence: str, start: int, row) -> bool:
    """Whether a figure of a sentence with two speakers is the second's: the clause holding the figure (a comparison
    such as ', up from 146' continues the clause before it) holds only the second, or both and the second is nearer."""
    first, second = _locate(sentence, row.speaker_text or row.speaker), _locate(sentence, row.co_speaker, last=True)
    gap = next((m for m in rules.GAPPED_SPEAKER.finditer(sentence) if m.start("np") == second), None)
    if gap and 0 <= first < start < second:
        return False  # "Police put the crowd at 8,000, organisers at 25,000": a gapped speaker's figures follow it
    bounds = [0, *_clause_starts(sentence), len(sentence)]
    clauses = list(zip(bounds, bounds[1:]))
    i = next(i for i, (a, b) in enumerate(clauses) if a <= start <= b)
    while i > 0 and not any(clauses[i][0] <= at < clauses[i][1] for at in (first, second)) and \
            re.match(r",?\s*(?:up from|down from|compared with|against|lower than|higher than)", sentence[clauses[i][0]:]):
        i -= 1
    a, b = clauses[i]
    if not a <= second < b:
        return False
    if not a <= first < b:
        return True
    distance = [min(abs(start - at), abs(start - at - len(p.split(",")[0])))
                for at, p in ((first, row.speaker_text or row.speaker), (second, row.co_speaker))]
    return distance[1] < distance[0]


def _spot(sentence: str, phrase: str) -> int:
    """Where a speaker phrase stands: its exact words, else its resolved name's words ("the union" for "the Austrel
    Metal and Engineering Union (AMEU)", see `_locate`)."""
    at = _find(sentence, phrase)
    return at if at >= 0 else _locate(sentence, phrase)


def _same_clause(sentence: str, start: int, row) -> bool:
    """Whether a figure is covered by the attribution: a speech tag inside or at the end of the sentence covers it
    all; a speaker opening the sentence covers the clauses up to ';' or ', and/but/while' with another subject."""
    semicolons = [m.end() for m in re.finditer(r";\s", sentence)]
    spots = [_spot(sentence, p.split(",")[0]) for p in (row.speaker_text, row.co_speaker) if p]
    closing = re.search(r",\s*(?:he|she|they|it)\s+(?:said|says|added|told\s+\w+)\W*$", sentence)
    if semicolons and any(at >= 0 for at in spots) and not closing:  # clauses joined by ';' are separate statements
        bounds = list(zip([0, *semicolons], [*semicolons, len(sentence)]))
        return any(a <= start < b and any(a <= at < b for at in spots) for a, b in bounds)
    lead = re.match(r"(?:In|On|At|By|After|Before|Since|During|Earlier|Later)\s+(?!least\b)[^,]{0,60},\s*", sentence)
    if lead and start < lead.end() and any(at == lead.end() for at in spots):
        return False  # "In 2024, the regulator fined…": the opening phrase is the outlet's
    cuts = [m.end() for m in re.finditer(r";\s|,\s+(?:and(?!\s+(?:that|said|added|says|had|has|have|was|were|is|are|would|"
                                         r"will|could|then|also|later|[a-z]+ed)\b)|but|while|whereas)\s+(?=[^,;]*"
                                         r"\b(?:\w+ed|sent|is|are|was|were|has|have|had|will|would|can|could|made|took|"
                                         r"gave|went|came|began|brought|kept|left|met|paid|put|ran|said|says?|saw|set|told|tells?|won|remains?|stays?)\b)",
                                         sentence)]
    if not cuts or row.basis in ("direct", "partial"):
        return True
    bounds = list(zip([0, *cuts], [*cuts, len(sentence)]))
    phrases = [p.split(",")[0] for p in (row.speaker_text, row.co_speaker) if p]
    spots = [_spot(sentence, p) for p in phrases if _spot(sentence, p) >= 0]
    opening = [c for c in cuts if any(0 <= at - c <= 4 for at in spots)]
    if opening and start < opening[0] and min(spots) >= opening[0]:
        return False  # "Temperatures reached 108F, and the weather service said…": the first clause is the outlet's
    later = [c for c in cuts if spots and c > max(spots)]
    if spots and min(spots) > 4 and later and start >= later[0] and re.search(
            r"\b(?:said|says|told)\W*(?:and|but)\s*$", sentence[max(spots):later[0]]):
        return False  # "Schools will stay shut, the mayor said, and the 14-day ban remains": a new clause, the outlet's
    if not spots or min(spots) > 4:  # a speech tag inside or at the end of the sentence covers all of it
        return True
    return any(a <= start < b and (any(a <= at < b for at in spots) or re.match(r"(?i)(?:he|she|they|it|we)\b",
                                                                                  sentence[a:b])) for a, b in bounds)


def add_claimants(numbers: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """`numbers` with `claimant` (who states the figure; '' = the outlet's own voice) and `claimant_type`
    (official, agency, expert, organisation, citizen, outlet, other), from the attribution of each mention's
    sentence (article_id, block_no, sentence_no; `start` places the figure when a sentence has two speakers)."""
    keys = ["article_id", "block_no", "sentence_no"]
    said = attributions[attributions["basis"] != "outlet"].drop_duplicates(keys)
    voices = said[["article_id", "speaker", "speaker_type"]].drop_duplicates()  # who speaks in each article
    said = said[pd.MultiIndex.from_frame(said[keys]).isin(pd.MultiIndex.from_frame(numbers[keys]))]  # the figures' own
    voices = voices[voices["article_id"].isin(numbers["article_id"])]
    return whole_corpus(_claimants_of, numbers, said, voices)  # cached by its inputs


def _claimants_of(numbers: pd.DataFrame, said: pd.DataFrame, voices: pd.DataFrame | None = None) -> pd.DataFrame:
    """`add_claimants` on the attributions (one a sentence, not the outlet's own voice) of the figures' sentences;
    `voices` (article_id, speaker, speaker_type) name and type the owner of a record a figure lies in."""
    said = {(row.article_id, row.block_no, row.sentence_no): row for row in said.itertuples(index=False)}
    known: dict[str, list[tuple[str, str]]] = {}
    for v in (voices if voices is not None else pd.DataFrame(columns=["article_id"])).itertuples(index=False):
        known.setdefault(v.article_id, []).append((v.speaker, v.speaker_type))
    claimants, types = [], []
    for r in numbers.itertuples(index=False):
        row = said.get((r.article_id, r.block_no, r.sentence_no))
        sentence = getattr(r, "sentence", "") or (row.text if row is not None else "")
        owned = _owned_record_claimant(int(getattr(r, "start", 0)), sentence, known.get(r.article_id, []))
        if owned:
            claimants.append(owned[0]), types.append(owned[1])
            continue
        if row is None:
            claimants.append(""), types.append("outlet")
            continue
        claimant, kind = ("", "outlet") if _voice_only(sentence, row) else _claimant_of(int(getattr(r, "start", 0)), sentence, row)
        claimants.append(claimant), types.append(kind)
    return numbers.assign(claimant=pd.Series(claimants, index=numbers.index, dtype=object),
                          claimant_type=pd.Series(types, index=numbers.index, dtype=object))
