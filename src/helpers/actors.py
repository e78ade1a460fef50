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
from functools import lru_cache

import pandas as pd

from . import attribution_rules as rules
from .attribution import (_names, corpus_descriptors, is_person_name, mask_abbreviations, possessor_in_sentence,
                          speaker_type_of, unmask)

ACTOR_COLUMNS = ["actor", "kind", "type", "aliases", "mentions", "quotations", "sources"]
SHARE_COLUMNS = ["actor", "source", "mentions", "mention_share", "quotations", "quotation_share"]


_DOUBLE_BARRELLED = re.compile(r"(?<=[a-z]-)[A-Z]")  # session 12: "Kasule-Ferro" is one surname, read as "Kasule-ferro"


def _person_of(span: str) -> tuple[str, str]:
    """(name, title) of a capitalised span: 'Interior Minister Hugo Santaren' → ('Hugo Santaren', 'Interior Minister')."""
    words = span.split(" of ")[0].split()
    for cut in range(len(words) - 2, -1, -1):
        name = " ".join(words[cut:])
        if 2 <= len(words) - cut <= 3 and is_person_name(_DOUBLE_BARRELLED.sub(lambda m: m.group(0).lower(), name)):
            if cut == 0 or rules.TITLE_WORDS.search(" ".join(words[:cut])) or speaker_type_of(" ".join(words[:cut])) != "other" \
                    or re.search(r"\u2024|\.$", words[cut - 1]):
                return name, " ".join(words[:cut])
    return "", ""


def candidate_actors(texts: list[str]) -> dict[str, dict]:
    """Actor name → {kind, aliases, title} from capitalised spans: persons and organisations (see module doc)."""
    found: dict[str, dict] = {}
    readings: dict[str, tuple | None] = {}  # each distinct span read once (`_span_reading`)
    for raw in dict.fromkeys(texts):  # a text met again adds nothing: each distinct text once, in order
        text = mask_abbreviations(raw)
        for full, acronym in re.findall(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*)+[A-Z][\w’'-]*)\s+\(([A-Z]{2,})\)", raw):
            full = re.sub(r"^(?:the|a|an)\s+", "", _without_sentence_words(full), flags=re.I)  # "But the X (XU)"
            found.setdefault(full, {"kind": "organisation", "aliases": set(), "title": ""})
            found[full]["aliases"].add(acronym)
        for span in (unmask(n) for n in _names(text)):
            _add_span(found, span, readings)
    for raw in dict.fromkeys(texts):  # "Save the Tarn": a campaign's name holds a lower-case "the"
        for m in CAMPAIGN_NAME.finditer(raw):  # session 15: never the person its capitalised words looked like
            if found.get(m.group(0), {}).get("kind") != "organisation":
                found[m.group(0)] = {"kind": "organisation", "aliases": set(), "title": ""}
        for m in JOINED_BODY_NAME.finditer(raw):  # "Kelby Fire and Rescue Service", not "Kelby Fire" and "Rescue Service"
            name = re.sub(r"^(?:The|A|An)\s+", "", _without_sentence_words(m.group(0)))
            found = {n: e for n, e in found.items() if n not in name or n == name}
            found.setdefault(name, {"kind": "organisation", "aliases": set(), "title": ""})
    things = {m.group(1) for raw in texts for m in rules.THING_NOUNS.finditer(raw)}  # "the ferry Aurelia Dawn"
    places = corpus_places(list(found), texts)
    return {name: entry for name, entry in found.items() if name not in things and name not in places}


# Session 11 (nuvoices11, a new user's flood corpus): capitalised spans that name a place, not an actor, by class.
# `pattern` reads the span alone; `in_text` (with {name}) reads how the corpus uses it. A place is never an actor,
# and its last word is no person's surname that other names ("Save the Tarn", "Tarn Valley Energy") would join.
PLACE_NAME_RULES = pd.DataFrame([
    ("water_or_mountain_first", r"^(?:River|Lake|Loch|Lough|Mount|Glen)\s+[A-Z](?!.*\s(?:Service|Services|Authority|"
     r"Association|Board|Council|Commission|Agency|Company|Lines|Trust|Society|Club|Institute|Union|Federation|"
     r"Committee|Group|Ltd)\b)", "",
     "the River Tarn burst its banks", "a river, lake or mountain named by its kind first; a body named after it "
     "(\"Lake X Rescue Service\", session 12) is the body"),
    ("street_last", r"\s(?:Lane|Row|Close|Mews|Crescent|Causeway|Wharf)$", "",
     "water stood a metre deep on Millbank Lane", "a street named by its kind last"),
    ("crossing_last", r"\s(?:Ford|Weir|Marsh|Moor|Green|Common|Cross)$",
     r"\b(?:at|across|over|near|off|through|along|on|into)\s+(?:the\s+)?{name}\b",
     "a van was swept off the road at Kell Ford", "a crossing or open ground named by its kind last, used after a "
     "preposition of place (a surname such as Ford or Green is not)"),
    ("introduced_as_place", "", r"\b(?:village|town|hamlet|suburb|city|district|parish|estate|neighbou?rhood|"
     r"island|valley|county|region|province)\s+of\s+{name}\b", "he was from the nearby village of Ashby St Giles",
     "a span the text introduces as a settlement or area"),
    # session 12 (nuvoices12, a new user's ferry corpus)
    ("vessel_prefix", "", r"\b(?:MV|MS|MY|MT|SS|RMS|HMS|FV|SV)\s+{name}\b", "the MV Karla Dune listed and sank",
     "a ship named with its type prefix anywhere in the corpus is a thing, never an actor"),
    ("shore_place_last", r"\s(?:Point|Bay|Cove|Creek|Harbour|Harbor|Beach|Sands|Spit|Landing|Quay)$",
     r"\b(?:at|from|of|near|off|in|to|towards|around)\s+{name}\b", "fishermen from Orrin Cove reached them first",
     "a shore settlement named by its landform last, used after a preposition of place"),
    # session 16 (nuvoices16, a new user's hailstorm corpus): streets, squares, quarters and programmes read as persons
    ("street_or_square_first", r"^(?:Avenue|Rue|Place|Quai|Boulevard|Chemin|All[ée]e|Impasse|Calle|Avenida|Plaza|"
     r"Paseo|Via|Viale|Piazza|Corso|Largo|Rua|Pra[çc]a|Platz|Ulica|Plac)\s+(?:(?:de|du|des|la|le|di|del|da|do|dos)\s+)?[A-Z]",
     "", "the protesters marched down Avenue Sorel", "a street or square named by its kind first, as French, Spanish, "
     "Italian, Portuguese and German names are (\"Place X\", \"Rue X\", \"Via X\"): never a person"),
    ("area_kind_after", "", r"\b{name}\s+(?:district|quarter|neighbou?rhood|suburb|estate|ward|borough)\b|"
     r"\b(?:districts|quarters|neighbou?rhoods|suburbs|estates|wards|boroughs)\s+of\s+(?:[A-Z][\w’'-]*[\s,]+"
     r"(?:and\s+)?){{1,6}}{name}\b", "the strikers live in the Les Ormes quarter",
     "a span the text names as a district or quarter (\"the X district\", \"the districts of A and X\")"),
    ("programme_title", "", r"\b(?:our|the|its|his|her|their|[\w’'-]+['’]s)\s+{name}\s+(?:programme|program|show|"
     r"podcast|bulletin|broadcast|series|column|newsletter)\b", "the minister told our Morning Call programme",
     "a broadcast programme, show or column named before its kind: a title, never a person"),
], columns=["name", "pattern", "in_text", "example", "note"])


def corpus_places(names: list[str], texts: list[str]) -> set[str]:
    """The names that PLACE_NAME_RULES read as places: by their words and, where a rule says, by how the texts use
    them."""
    joined = "\n".join(dict.fromkeys(texts))
    places = set()
    for rule in PLACE_NAME_RULES.itertuples(index=False):
        for name in names:
            if (not rule.pattern or re.search(rule.pattern, name)) and (not rule.in_text or name in joined and re.search(
                    rule.in_text.format(name=re.escape(name)), joined)):
                places.add(name)
    return places


# A campaign named as an appeal ("Save the Tarn", "Stop the Bypass", "Friends of the Moor"): one name, an organisation.
CAMPAIGN_NAME = re.compile(r"\b" + rules.CAMPAIGN_NAME.replace("(?:the|our)", "(?:the|our|The|Our)"))  # s15: "Save Our X"
# A body's name joining two capitalised words by "and" before its head noun ("Kelby Fire and Rescue Service", "Ministry
# of Trade and Industry" is read by the of-rule): one name, not two.
JOINED_BODY_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+)+and\s+(?:[A-Z][\w’'-]*\s+)*(?:Service|Services|Authority|Agency|"
                              r"Department|Commission|Council|Board|Trust|Executive|Institute|Association|Society|"
                              r"Union|Federation|Confederation|Guild)\b")
# (session 14: a labour body too, "Nursing and Midwifery Workers' Union": unions, federations, guilds)


# Session 12: a member's seat ("MP for Tolvay", "Senator for Kell") is a person's post, not a body: the person is the
# actor ("the MP for Tolvay, Ana Brell" and "Tolvay MP Ana Brell" are one).
CONSTITUENCY_POST = re.compile(r"^(?:MP|MPs|MEP|MSP|MLA|TD|Member|Senator|Congressman|Congresswoman|Representative|"
                               r"Deputy|Assemblyman|Assemblywoman|Councillor)\s+for\s+[A-Z]")


def _span_reading(span: str) -> tuple[str, str, str] | None:
    """What a capitalised span names: ("person", name, title), ("organisation", name, "") or None (a place, or
    neither). Depends on the span alone."""
    span = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"['’]s$|(?<=s)['’]$", "", _without_sentence_words(span)).rstrip("."))
    # session 15: a plural possessive ("The Glass Orchards' encore") is the plain name, one actor
    span = re.sub(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])", "", span)  # "Meridia's National Seismic Institute"
    if rules.PLACE_WORDS.search(span) or rules.PLACE_FIRST_WORDS.match(span) or CONSTITUENCY_POST.match(span):
        return None
    person, title = _person_of(span)
    if person and speaker_type_of(person) == "other":
        return "person", person, title
    if (speaker_type_of(span) != "other" and len(span.split()) >= 2) or re.fullmatch(r"[A-Z]{2,6}", span):
        return "organisation", span, ""
    return None


def _add_span(found: dict[str, dict], span: str, readings: dict | None = None) -> None:
    """Add a capitalised span to the actors found when it is a person or an organisation (not a place).
    `readings`: spans already read (`_span_reading`), filled as it goes."""
    if readings is None:
        reading = _span_reading(span)
    else:
        if span not in readings:
            readings[span] = _span_reading(span)
        reading = readings[span]
    if reading is None:
        return
    kind, name, title = reading
    if kind == "person":
        entry = found.setdefault(name, {"kind": "person", "aliases": set(), "title": title})
        entry["aliases"].add(name.split()[-1])
        entry["title"] = entry["title"] or title
    elif not any(name in e["aliases"] for e in found.values()):
        found.setdefault(name, {"kind": "organisation", "aliases": set(), "title": ""})


# Capitalised words that open a span without being part of a name (session 10, a new user's corpus): by class, each
# with an example of the span it cut wrongly. The attribution step's NOT_NAMES are the others.
OPENING_NOT_NAMES = pd.DataFrame([
    ("preposition", "Outside Inside Near Behind Beyond Along Between Against Within Towards Toward Beside Opposite Below "
                    "Above Upon Onto Into Off Via", "Outside St Anselm's, Katrin Moll…"),
    ("imperative", "Contact Read Follow Share Click Sign Subscribe Watch Listen Email Call See Visit Join Download Tap",
     "Contact the Ledger"),
    ("kin_word", "Mum Mom Dad Gran Granny Grandma Grandpa Grandmother Grandfather Mother Father Widow Widower Husband "
                 "Wife Son Daughter Brother Sister Aunt Uncle", "Mum Katrin Moll"),
    # session 13 (nuvoices13): a word naming the person by their relation to another, capitalised at a sentence's
    # opening ("Predecessor Piet Anselm was jailed", "Neighbour Ada Kron said"): the person is the name after it
    ("relation_word", "Predecessor Successor Colleague Neighbour Neighbor Rival Friend Flatmate Housemate Classmate "
                      "Teammate Girlfriend Boyfriend Fiancee Fiancé", "Predecessor Piet Anselm"),
], columns=["name", "words", "example"])
_OPENING_NOT_NAMES = frozenset(" ".join(OPENING_NOT_NAMES["words"]).split())


def _without_sentence_words(span: str) -> str:
    """A capitalised span without the sentence words it opens with ('When Markus Feldt' → 'Markus Feldt', 'Mum Katrin
    Moll' → 'Katrin Moll', 'Contact the Ledger' → 'the Ledger')."""
    words = span.split()
    while len(words) > 1 and (words[0] in rules.NOT_NAMES or words[0] in _OPENING_NOT_NAMES
                              or rules.LEADING_LABELS.match(f"{words[0]} {' '.join(words[1:3])}")):
        words = words[1:]
    return " ".join(words)


def surname_aliases(found: dict[str, dict], texts: list[str]) -> dict[str, dict]:
    """Persons keep their surname as an alias only when the corpus uses it alone ("Greve said", "Dr Greve") and no
    other person found has it: a last word never used alone is no surname ("Pellam Catering Services" is not
    "Services"), and a surname two people share ("Emil Lasko", "Viktor Lasko") would give one the other's mentions."""
    persons = {name: entry for name, entry in found.items() if entry["kind"] == "person" and len(name.split()) >= 2}
    owners: dict[str, list[str]] = {}
    for name in persons:
        owners.setdefault(name.split()[-1], []).append(name)
    joined = "\n".join(dict.fromkeys(texts))
    bodies = {w for name, entry in found.items() if entry["kind"] == "organisation" for w in name.split()[:-1]} | {
        last for last in owners if re.search(rf"\b{re.escape(last)}\s+[A-Z][a-z]", joined) and re.search(
            rules.IT_AFTER_VERB.format(name=re.escape(last)), joined)}  # "Brannock Civil Works", "Brannock said it had"
    single = {last: names[0] for last, names in owners.items() if len(names) == 1 and last not in bodies}
    # session 13: a surname that opens or is inside a body's name ("Olaf Brannock", "Brannock Civil Works") is no
    # alias: "Brannock said it had…" is the company's
    alone: set[str] = set()
    if single:
        pattern = re.compile(r"(?:([\w’'.-]+)[ \t]+)?\b(" + "|".join(map(re.escape, sorted(single, key=len, reverse=True)))
                             + r")\b(?![’'-]?\w)")
        for m in pattern.finditer("\n".join(dict.fromkeys(texts))):
            if m.group(1) not in (single[m.group(2)].split()[-2], "the", "The") and not _inside_name(m):
                alone.add(m.group(2))
    for name, entry in persons.items():
        last = name.split()[-1]
        if last not in alone or last in bodies:
            entry["aliases"].discard(last)
    return found


def _inside_name(m: re.Match) -> bool:
    """Whether a surname match runs into a capitalised word ("Tarn Valley Energy"): part of another name, not alone."""
    return bool(re.match(r"\s+[A-Z]", m.string[m.end():m.end() + 3]))


def _is_title_alone(phrase: str) -> bool:
    """Whether a speaker phrase is a title with no name ("the agency's spokeswoman", "the association's chairman",
    "the company's chief executive": session 11)."""
    last = phrase.split()[-1] if phrase.split() else ""
    return bool(rules.TITLE_WORDS.fullmatch(last) or re.fullmatch(r"(?i)chair(?:man|woman)|spokes\w+|president|director|"
                                                                   r"secretary|head|leader|chief|minister|mayor|lawyer|"
                                                                   r"executive|officer|boss|founder|manager", last))


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


_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})  # what IGNORECASE also equates with ASCII letters


class _TextIndex:
    """The texts each word occurs in (lower case), so that an alias pattern is searched only in the texts that hold
    every word of one of its aliases: the same rows as searching every text, in time that grows with the hits."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.where: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            for word in set(re.findall(r"\w+", str(text).translate(_FOLD).lower())):
                self.where.setdefault(word, set()).add(i)

    def _candidates(self, alias: str) -> set[int] | None:
        words = re.findall(r"\w+", alias.translate(_FOLD).lower())
        if not words or not alias.isascii():
            return None  # no word to look up: every text is a candidate
        found = [self.where.get(w, set()) for w in words]
        return set.intersection(*found)

    def matching(self, pattern: re.Pattern, aliases: list[str]) -> list[int]:
        """Positions of the texts `pattern` (any of `aliases` as whole words) finds, in order."""
        candidates: set[int] = set()
        for alias in aliases:
            own = self._candidates(alias)
            if own is None:
                candidates = set(range(len(self.texts)))
                break
            candidates |= own
        return [i for i in sorted(candidates) if isinstance(self.texts[i], str) and pattern.search(self.texts[i])]


# Session 13 (nuvoices13): how a corpus uses a name that looks like a person's shows it names a company or body. Each
# `pattern` reads the corpus with {name}; a titled person is never read so.
ORGANISATION_USE_RULES = pd.DataFrame([
    ("its_after_verb", r"\b{name},?\s+(?!(?:said|says|told|added|argued|warned)\b)(?:(?!(?:the|a|an|his|her|their|and|"
     r"but|which|who|that|he|she|they)\b)[a-z\d][\w%.,-]*\s+){{1,4}}?its\b",
     "The last builder to be excluded, Ostvik Bygg, lost 40% of its value", "'its' after the name's own verb, no other "
     "noun between: the name is a body's"),
    ("shares_in", r"\b(?:[Ss]hares|[Ss]tock|[Bb]onds)\s+(?:in|of)\s+{name}\b(?!\s+[A-Z])", "Shares in Kettering Halden rose",
     "a listed company's shares"),
    # session 15 (nuvoices15): a trade noun set beside the name ("the concert promoter, Orvel Stage", "Orvel Stage, the
    # promoter", "the band Orla Vey.") and a capitalised "The" inside a sentence ("sang along to The Glass Orchards'
    # encore"): a person's name takes neither
    ("trade_noun_apposition", r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:{trade})\s*,\s+(?:The\s+)?{name}\b|\b(?:[Tt]he|[Aa]n?)\s+"
     r"(?:[a-z-]+\s+)?(?:{trade})\s+(?:The\s+)?{name}(?![\w’'-]|\s+[a-z])|\b{name},\s+(?:the|a|an|one of the)\s+"
     r"(?:[\w’'-]+\s+){{0,3}}?(?:{trade})s?\b".replace("{trade}", r"promoter|band|label|venue|organi[sz]er|operator|firm|"
                                                         r"company|publisher|orchestra|choir|ensemble|broadcaster|insurer|"
                                                         r"airline|charity|carrier"),
     "The concert promoter, Orvel Stage, put the crowd at 9,000", "a trade noun in apposition: the name is a body's"),
    ("the_inside_a_sentence", r"(?:[a-z,;:]|['’]s)\s+The\s+{name}\b", "fans sang along to The Glass Orchards' encore",
     "a capitalised article inside a sentence opens a band's, a paper's or a firm's name, never a person's"),
], columns=["name", "pattern", "example", "note"])


def bodies_by_use(found: dict[str, dict], texts: list[str]) -> dict[str, dict]:
    """The actors found with untitled persons the corpus uses as bodies (`ORGANISATION_USE_RULES`) read as
    organisations, and a person's name that opens a body's name ("Kettering Halden" of "Kettering Halden Construction")
    joined to that body as its short name."""
    joined = "\n".join(dict.fromkeys(texts))
    out = dict(found)
    for name, entry in found.items():
        if entry["kind"] != "person" or entry["title"]:
            continue
        longer = [n for n, e in found.items() if e["kind"] == "organisation" and n.startswith(f"{name} ")]
        if len(longer) == 1:
            out[longer[0]] = {**out[longer[0]], "aliases": {*out[longer[0]]["aliases"], name}}
            del out[name]
        elif any(re.search(p.format(name=re.escape(name)), joined) for p in ORGANISATION_USE_RULES["pattern"]):
            out[name] = {"kind": "organisation", "aliases": set(), "title": "", "type": "organisation"}
    return out


# Session 13: a post before a comma and a person's name after it ("the directorate's chief prosecutor, Daniel Frey",
# "the firm's finance director, Ana Ruiz"): the post is the person's, no body of its own.
POST_OF_PERSON = re.compile(r"^[^,]+,\s+(?P<name>(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s*(?:,|$)")


def _post_of_person(speaker: str) -> bool:
    """Whether a speaker phrase is a post followed by the name of the person holding it (`POST_OF_PERSON`)."""
    m = POST_OF_PERSON.match(str(speaker))
    return bool(m) and (is_person_name(m.group("name")) or speaker_type_of(m.group("name")) in (
        "organisation", "official", "expert") and not _person_of(m.group("name"))[0])  # session 14: "the hospital's
    # operator, Westby Care Trust" is the trust; "the coast guard's commander, Rear Admiral A B" still names the body


def _unnamed_bodies(quotes: pd.DataFrame) -> dict[str, dict]:
    """Bodies quoted at least twice without a name of their own ("the interior ministry", "the police")."""
    named = quotes["speaker"].where(quotes["speaker"] != "anonymous", quotes["speaker_text"].where(
        quotes["speaker_text"].str.match(r"(?i)the\s"), ""))  # "the unions" is a body, "officials" no one in particular
    named = named.where(~named.str.match(rules.OWNED_SPOKESPERSON), "")  # session 15: "a spokesman for the firm" no body
    named = named[~named.map(_post_of_person)]  # session 13: "the directorate's chief prosecutor, Daniel Frey" is Frey
    phrases = named[named != ""].map(lambda s: s.split(",")[0].strip())
    phrases = phrases[~phrases.map(lambda s: bool(_names(mask_abbreviations(s))) or _is_title_alone(s))]
    bodies = phrases.str.lower().str.replace(r"^(?:the|a|an)\s+", "", regex=True)
    counts = bodies[bodies.map(lambda b: speaker_type_of(b) not in ("other", "anonymous") and len(b.split()) <= 4)].value_counts()
    return {b: {"kind": "organisation", "aliases": set(), "title": ""} for b, n in counts.items() if n >= 2}


# Session 14 (nuvoices14): what a capitalised span may look like without being an actor, by class. An outlet of the
# corpus (its label, its outlet's name, or a name opening with the outlet's first word and typed as media: "NBS Radio
# Calder" of the outlet "NBS News") reports the event; two capitalised words only ever read as the tail of a body's
# name ("Care Policy" of "the Institute for Care Policy") are no person.
BODY_TAIL = re.compile(r"\b(?:Institute|Centre|Center|Council|Foundation|Society|Ministry|Department|Office|Commission|"
                       r"School|College|University|Fund|Trust|Alliance|Campaign|Coalition|Association|Agency|Authority|"
                       r"Academy|Board|Committee|Federation|Union|Network|Forum|Observatory)\s+(?:for|of|on)\s+(?:the\s+)?$")


def _outlet_names(articles: pd.DataFrame) -> list[str]:
    return [str(o) for c in ("source", "outlet") if c in articles.columns for o in articles[c].dropna() if str(o).strip()]


def is_corpus_outlet(name: str, outlets: list[str]) -> bool:
    """Whether an actor's name is one of the corpus's own outlets: its label or name without "The", the first two or
    more words of one ("Radio X" of "Radio X 98.4 FM"), or a media name opening with an outlet's own first word."""
    bare = re.sub(r"^the\s+", "", str(name).strip(), flags=re.I).lower()
    names = {re.sub(r"^the\s+", "", o.strip(), flags=re.I).lower() for o in outlets}
    firsts = {n.split()[0] for n in names if n.split() and len(n.split()[0]) >= 2}
    media = bare.split()[:1] and bare.split()[0] in firsts and speaker_type_of(str(name)) == "agency"
    return bare in names or len(bare.split()) >= 2 and any(n.startswith(bare + " ") for n in names) or bool(media)


def _only_a_body_tail(name: str, texts: list[str]) -> bool:
    """Whether every use of a name in the texts follows a body's head noun and "for"/"of" (`BODY_TAIL`)."""
    uses = [t[:m.start()] for t in texts for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", t)]
    return bool(uses) and all(BODY_TAIL.search(u) for u in uses)


def corpus_actors(sentences: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """`actors_found` (one row per actor: kind, type, aliases, mentions, quotations, number of sources) and
    `actor_shares` (actor × source: mentions and quotations, and their shares of that source's totals)."""
    body = sentences[sentences["role"] == "body"]
    texts = body["text"].tolist()
    found = _merge_acronyms(candidate_actors(texts), texts)
    names, acronyms = corpus_descriptors(sentences[sentences["role"].isin(["headline", "standfirst", "body"])])
    described = {**acronyms, **{k: v for k, v in names.items() if k not in acronyms}}  # = name_descriptors(texts)
    for speaker in quotes.loc[quotes["speaker"] != "anonymous", "speaker"].map(lambda s: s.split(",")[0].strip()):
        for span in _names(mask_abbreviations(speaker)):
            _add_span(found, unmask(span))
    for body_name, entry in _unnamed_bodies(quotes).items():
        if not any(body_name in n.lower() for n in found):
            found[body_name] = entry
    found = surname_aliases(bodies_by_use(_without_joined_parts(titled_surnames(found)), texts), texts)
    owners: dict[str, set[str]] = {}
    for key, entry in found.items():
        for alias in entry["aliases"]:
            owners.setdefault(alias, set()).add(key)
    found = {name: entry for name, entry in found.items()  # an acronym met before its definition joins it
             if not owners.get(name, set()) - {name}}
    found = {name: entry for name, entry in found.items() if not (entry["kind"] == "person" and _only_a_body_tail(name, texts))}
    outlets = {name for name in found if is_corpus_outlet(name, _outlet_names(articles))}  # session 14: typed as media
    source = articles.set_index("article_id")["source"]
    sources = sorted(source.unique())
    in_body, in_speaker, in_words = (_TextIndex(texts), _TextIndex(quotes["speaker"].tolist()),
                                     _TextIndex(quotes["speaker_text"].tolist()))
    of = source.to_dict()  # each body sentence's and quotation's outlet, looked up once (not per actor)
    body_source, quote_source = [of.get(a) for a in body["article_id"]], [of.get(a) for a in quotes["article_id"]]
    rows, shares = [], []
    for actor, entry in found.items():
        aliases = sorted({actor, *entry["aliases"]} - {""})
        pattern = _alias_pattern(aliases)
        hits = in_body.matching(pattern, aliases)
        said = sorted(set(in_speaker.matching(pattern, aliases)) | set(in_words.matching(pattern, aliases)))
        if not hits:
            continue
        kind = entry.get("type") or described.get(actor) or speaker_type_of(f"{entry['title']} {actor}")
        kind = kind if kind != "other" or entry["kind"] != "person" else "citizen"
        media = actor in outlets and kind in ("citizen", "other", "agency")  # session 14: an outlet read as a person or
        if media and not said:  # as media (a source that is a body's own release keeps its body's type)
            continue  # nobody quotes it ("X readers", a byline): no actor
        kind = "agency" if media else kind  # an outlet another one quotes is a news source, never a citizen
        if kind == "other" and not said:
            continue  # a bare acronym or heading word nobody speaks for ("GMT", a dateline in capitals)
        mentions, quoted = _outlet_counts(hits, body_source), _outlet_counts(said, quote_source)
        rows.append({"actor": actor, "kind": entry["kind"], "type": kind, "aliases": "|".join(aliases),
                     "mentions": len(hits), "quotations": len(said), "sources": len(mentions)})
        shares.extend({"actor": actor, "source": name, "mentions": mentions.get(name, 0),
                       "quotations": quoted.get(name, 0)} for name in sources)
    return {"actors_found": pd.DataFrame(rows, columns=ACTOR_COLUMNS).sort_values(["mentions", "actor"], ascending=[False, True])
            .reset_index(drop=True), "actor_shares": _shares(pd.DataFrame(shares, columns=SHARE_COLUMNS[:3] + ["quotations"]))}


RANK_WORDS = re.compile(r"(?i)(?:chief\s+|deputy\s+|detective\s+)?(?:inspector|sergeant|constable|detective|superintendent|"
                        r"officer|forecaster|firefighter|paramedic|nurse|pastor|father|rabbi|imam|bishop)")
TITLED_SURNAME = re.compile(r"^(?P<title>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?P<surname>[A-Z][a-z’'-]+)$")  # "Inspector Tall"


def titled_surnames(found: dict[str, dict]) -> dict[str, dict]:
    """The actors found with a rank or office before a surname alone ("Inspector Tall", "Commander Brel", "Minister
    Orvik": the title types a speaker) joined to the one person of the corpus with that surname ("Mira Tall"), as
    an alias (session 16: a rank and a surname read as a body of its own); with no such person, or two, kept as it was."""
    out = dict(found)
    for name in list(found):
        m = TITLED_SURNAME.match(name)
        if not m or not (rules.PERSON_TITLES.search(m.group("title")) or RANK_WORDS.fullmatch(m.group("title"))):
            continue  # a title of a person ("Radio X", "Banque X" are bodies' names, not titles)
        persons = [p for p, e in found.items() if p != name and e["kind"] == "person" and 2 <= len(p.split()) <= 3
                   and p.endswith(f" {m.group('surname')}")]
        if len(persons) == 1:
            out[persons[0]]["aliases"].add(name)
            out.pop(name, None)
    return out


def _without_joined_parts(found: dict[str, dict]) -> dict[str, dict]:
    """The actors found without the pieces of a body's name joined by "and" (`JOINED_BODY_NAME`) that speakers cut
    from it ("Kelby Fire", "Rescue Service" of "Kelby Fire and Rescue Service")."""
    joined = [n for n, e in found.items() if e["kind"] == "organisation" and JOINED_BODY_NAME.fullmatch(n)]
    return {n: e for n, e in found.items() if not any(n != j and re.search(rf"\b{re.escape(n)}\b", j) for j in joined)}


def _outlet_counts(positions: list[int], outlet_of: list) -> dict:
    """How many of the rows at `positions` each outlet has (rows of no known outlet left out)."""
    from collections import Counter

    return dict(Counter(o for o in (outlet_of[i] for i in positions) if o is not None and o == o))


def _shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Each actor's mentions and quotations as shares of its source's totals over all actors."""
    totals = frame.groupby("source")[["mentions", "quotations"]].transform("sum")
    out = frame.assign(mention_share=(frame["mentions"] / totals["mentions"].where(totals["mentions"] > 0)).fillna(0.0),
                       quotation_share=(frame["quotations"] / totals["quotations"].where(totals["quotations"] > 0)).fillna(0.0))
    return out[SHARE_COLUMNS].astype({"mentions": int, "quotations": int})


# Claimants lined up across articles: one body however an outlet names it. Each rule reads a claimant's name as a
# reader would and gives the body that stands behind it ("{body}" is the rule's `body` group); they apply in order.
CLAIMANT_RULES = pd.DataFrame([
    ("a_share_is_no_claimant", r"^.*(?:%|\bper\s?cent\b).*$", "", "taking 38% of the vote", ""),
    # session 16 (nuvoices16): a record named by a body's acronym ("NIF figures", "NSO data") is the body's, spelled
    # out where a claimant spells it; a body's staff named by its possessive ("the transport ministry's inspectors",
    # as the attribution step names "Its inspectors" after a sentence naming the ministry) are the body; a police rank
    # before a name ("Inspector Mira Tall", "Det. Sgt. Ivo Marn", "Chief
    # Superintendent Ada Roos") speaks for the police, as "police said" does
    ("acronym_record", r"^(?:(?i:the)\s+)?(?:(?i:latest|new|official|preliminary|provisional|final)\s+)?(?P<body>[A-Z]"
     r"[A-Za-z]?[A-Z]{1,5})\s+(?:(?i:latest|preliminary|final|official|provisional|own)\s+)?(?i:figures|data|estimates?|"
     r"statistics|numbers|count|tally|records)$", "{body}", "NIF figures", "NIF"),
    ("owners_staff", r"^(?:(?i:the)\s+)?(?P<body>.+?)['’]s\s+(?:[a-z-]+\s+){0,2}(?i:inspectors|investigators|auditors|"
     r"engineers|experts|scientists|analysts|researchers|staff|surveyors|assessors|teams?)$", "{body}",
     "the regional transport ministry's inspectors", "regional transport ministry"),
    ("police_rank", r"^(?:(?i:the)\s+)?(?:(?:Chief|Detective|Det\.?|Deputy|Police)\s+)*(?:Inspector(?!\s+General\b)|Superintendent|Sergeant|"
     r"Constable|Insp\.?|Supt\.?|Sgt\.?)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+$", "police", "Inspector Mira Tall",
     "police"),
    # session 15 (claimkeys15): one body, one key across a corpus. A claimant the attribution step cut with its speech
    # verb ("the union says") is the body before the verb; a spokesperson "for" a body is that body ("a spokesman for
    # the interior ministry"); a body named by a possessive pronoun ("her ministry", "his department") is the common
    # noun, resolved as one in its article; a body's person named after its possessive ("the agency's Dr. Ana Holm",
    # "the union's Ivo Dahl") is the body
    ("body_then_speech_verb", r"^(?P<body>(?:(?i:the|a|an)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)\s+"
     r"(?:says|said|say|claims|claimed|estimates|estimated|reports|reported)$", "{body}", "the union says", "union"),
    ("spokesperson_for_body", r"^(?:(?i:an?|the)\s+)?(?:[a-z-]+\s+)?(?i:spokes(?:man|woman|person)|representative)\s+"
     r"(?:for|of|at)\s+(?P<body>(?:(?i:the)\s+)?[A-Za-z].*)$", "{body}", "a spokesman for the interior ministry",
     "interior ministry"),
    ("pronoun_owner_of_a_body", r"^(?i:her|his|its|their)\s+(?P<noun>(?i:ministry|department|agency|office|union|"
     r"company|government|party|service|authority|commission|council|federation|association|organisation|organization|"
     r"group|campaign|force|institute|board|court|bank))$", "{noun}", "her ministry", "ministry"),
    ("body_s_person", r"^(?i:the)\s+(?P<noun>[a-z][a-z-]+)['’]s\s+(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Col)\.?\s+)?"
     r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+$", "{noun}", "the agency's Dr. Ana Holm", "agency"),
    # session 14 (nuvoices14): one body named by its management or by the figures it released. A pronoun possessor
    # ("its management", "figures it released") is the body named before it ("its body", GENERIC_REFERENCES); the
    # management of a body named before the noun or after "of" is that body ("Trust bosses", "the board of X"); a one-word
    # owner (`noun`, lower-cased) is a common noun resolved as one ("Hospital bosses" → "hospital")
    ("its_management", r"^(?i:its|their)\s+(?:[a-z-]+\s+)?(?i:management|bosses|board|leadership|executives|managers|"
     r"chiefs|owners?)$", "its body", "its management", "its body"),
    ("figures_it_released", r"^(?:(?i:the)\s+)?(?:[a-z]+\s+){0,2}(?i:figures|data|numbers|estimates|statistics|count|"
     r"tally)\s+(?:that\s+)?(?i:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?(?i:released|published|issued|gave|"
     r"compiled|provided|put\s+out)\b.*$", "its body", "figures it released at 6pm", "its body"),
    ("management_of_a_named_body", r"^(?:(?i:the)\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+(?i:bosses|"
     r"management|chiefs|executives|leadership)$", "{body}", "Kelby Water bosses", "Kelby Water"),
    ("management_of_a_body", r"^(?:(?i:the)\s+)?(?P<noun>[A-Za-z][a-z]+)\s+(?i:bosses|management|chiefs|executives|"
     r"leadership)$", "{noun}", "Airport bosses", "airport"),
    ("management_of", r"^(?:(?i:the)\s+)?(?i:bosses|management|chiefs|executives|leadership|board)\s+(?i:of|at)\s+"
     r"(?P<body>(?:(?i:the)\s+)?[A-Za-z].+)$", "{body}", "bosses at Kelby Water", "Kelby Water"),
    # session 10: the attribution step names a bare local office with its place ("the mayor" → "the mayor of Brevik");
    # as a claimant it is the office, as the bare mention and the office's holder are ("mayor")
    ("local_office_of_a_place", r"^(?i:the\s+)?(?P<body>(?i:mayor|governor|prefect|prefecture|municipality|city|town hall|"
     r"city hall))\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", "{body}", "the mayor of Santa Irene", "mayor"),
    ("survey_by_body", r"^(?i:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}(?i:poll|survey|study|analysis|count|estimate|projection)\s+"
     r"(?i:by|from|of)\s+(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*).*$", "{body}",
     "an exit poll by Orbis Research for public broadcaster VTV", "Orbis Research"),
    ("figures_published_by", r"^(?:(?i:the|its|their)\s+)?(?:[a-z]+\s+){0,2}(?i:figures|data|numbers|results|calculations|estimates|"
     r"counts|tallies)\s+(?:(?i:published|released|compiled|issued|gathered|collected|given)\s+)?(?i:by|from)\s+(?P<body>.+)$",
     "{body}", "figures published by the laboratory", "laboratory"),
    ("body_in_a_place", r"^(?P<body>(?:(?i:the)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+in\s+[A-Z][\w'’-]+$", "{body}",
     "the Central Veterinary Laboratory in Orn", "Central Veterinary Laboratory"),
    ("name_then_verb", r"^(?P<body>(?:(?i:the)\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s+[a-z]{3,}ed\b.*$", "{body}",
     "the Harbour Fire Service widened evacuation orders", "Harbour Fire Service"),
    ("company_suffix", r"^(?P<body>.+?[a-z].*?),?\s+(?:Co|Inc|Ltd|Corp|Plc|plc|LLC|AG|SA|GmbH)\.?$", "{body}",
     "Nevora Electric Co.", "Nevora Electric"),
    ("body_figures", r"^(?P<body>.+?)['’]s?\s+(?:own\s+)?(?:(?:latest|preliminary|final|official|provisional)\s+)?"
     r"(?:figures?|data|count|estimates?|results?|tally|numbers?|projections?)$", "{body}",
     "the electoral commission's figures", "electoral commission"),
    ("body_update", r"^(?P<body>.+?)['’]s?\s+(?:[a-z0-9.:-]+\s+){0,2}(?i:updates?|reports?|statements?|bulletins?|briefings?|"
     r"releases?|announcements?)$", "{body}", "the Ministry of Health's noon update", "Health ministry"),
    ("acronym_in_brackets", r"^(?P<body>.+?)\s*\((?P<acronym>[A-Z][A-Za-z]{1,5})\)$", "{body}",
     "the Port Workers Federation (PWF)", "Port Workers Federation"),
    ("appositive_acronym", r"^(?P<desc>.+?),\s+(?P<body>[A-Z][A-Za-z]?[A-Z]{1,5})$", "{body}", "the UN refugee agency, UNHCR",
     "UNHCR"),
    # session 15 (claimkeys15): a body introduced by its kind then its name after a comma ("a residents' group, Clean
    # Air Now") is the name, as "the residents' group Clean Air Now" is (kind_then_name)
    ("kind_comma_name", r"^(?:(?i:the|an?)\s+)?(?:[\w'’-]+\s+){0,3}(?:group|organisation|organization|charity|campaign|"
     r"network|association|alliance|foundation|company|firm)\s*,\s+(?P<body>[A-Z][\w'’.-]*"
     r"(?:\s+[A-Z][\w'’.-]*)+)$", "{body}", "a residents' group, Clean Air Now", "Clean Air Now"),
    ("kind_then_name", r"^(?:(?i:the|an?)\s+)?(?:[a-z-]+\s+){0,3}(?:group|organisation|organization|charity|campaign|"
     r"network|association|alliance|foundation|company|firm)\s+(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$", "{body}",
     "the environmental group Green Coast Watch", "Green Coast Watch"),
    ("person_of_a_body_described", r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+\s+of\s+the\s+"
     r"(?P<body>(?:[a-z-]+\s+){0,3}(?:agency|ministry|service|department|office|authority|council|commission|union|police|"
     r"institute|board|company|operator|brigade))$", "{body}", "Mira Lenz of the civil protection agency",
     "civil protection agency"),
    ("name_then_owners_post", r"^(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Cmdr|Col|Maj|Lt|Sgt|Insp|Supt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s+(?i:the|its)\s+"
     r"(?P<body>[\w ]+?)['’]s\s+(?:[a-z]+\s+){0,2}(?:spokes\w+|chief|chairman|chairwoman|president|director|head|executive|"
     r"secretary|leader|manager|coordinator|official|representative)$", "{body}", "Mira Lenz, the agency's spokeswoman",
     "agency"),
    # session 17 (grouping17): a body of a named kind after a possessive pronoun ("its interior ministry", "their
    # health department") is the body without the pronoun, as "the interior ministry" is (one key, not "its-…")
    ("pronoun_owner_of_a_named_kind", r"^(?i:her|his|its|their|our)\s+(?P<body>(?:[a-z][\w'’-]*\s+){1,3}(?i:ministry|"
     r"department|agency|office|service|authority|commission|council|union|institute|board|directorate|police|army))$",
     "{body}", "its interior ministry", "interior ministry"),
    ("leading_article", r"^(?i:the|a|an)\s+(?P<body>.+)$", "{body}", "the interior ministry", "interior ministry"),
    ("country_possessive", r"^[A-Z][\w-]+['’]s\s+(?P<body>[A-Z][\w-]+(?:\s+[A-Z][\w-]+|\s+of|\s+for|\s+and)+)$", "{body}",
     "Arvia's National Weather Institute", "National Weather Institute"),
    ("staff_at_body", r"^(?i:economists|analysts|experts|researchers|scientists|officials|staff|engineers)\s+(?i:at|from|of)\s+"
     r"(?:the\s+)?(?P<body>[A-Z].+)$", "{body}", "Economists at the Bank of Arvia", "Bank of Arvia"),
    ("role_name_of_body", r"^(?:[A-Za-z]+\s+){0,2}(?i:leader|chairman|chairwoman|chair|president|head|member|spokes\w+|"
     r"secretary|director|chief|commander|officer|captain|inspector|superintendent|commissioner|official)\s+(?:[A-Z][\w'’.-]+\s+){1,3}of\s+(?:the\s+)?(?P<body>[A-Z].+)$", "{body}",
     "Opposition leader Eva Lind of the Green Party", "Green Party"),
    ("person_of_the_body", r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?!(?:[A-Z][\w'’-]*\s+)*(?:Court|Bank|Ministry|Department|"
     r"University|Institute|Office|Council|Union|Agency|Authority|Commission|Federation|Association|Party|Service|Board|"
     r"Chamber|House|Republic|College|School|Centre|Center)\b)[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+\s+of\s+the\s+"
     r"(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$", "{body}", "Dr. Ana Holm of the Arvian Nurses Union",
     "Arvian Nurses Union"),
    ("head_of_government", r"^(?i:prime\s+minister|premier|head\s+of\s+government|government\s+spokes\w+)\b", "government",
     "Prime Minister Jon Berg", "government"),
    # session 16 (nuvoices16): a qualified "Ministry of X" ("the regional Ministry of Agriculture") is the qualified
    # "X ministry", as the bare one is (ministry_of_department)
    ("qualified_ministry_of_department", r"^(?P<adj>(?i:regional|state|federal|national|provincial|county|city)\s+)"
     r"(?i:ministry)\s+(?i:of|for)\s+(?:the\s+)?(?P<dept>[A-Z][\w ]+)$", "{adj}{dept} ministry",
     "regional Ministry of Transport", "regional Transport ministry"),
    ("ministry_of_department", r"^(?i:ministry)\s+(?i:of|for)\s+(?:the\s+)?(?P<dept>[A-Z][\w ]+)$", "{dept} ministry",
     "Ministry of Defence", "Defence ministry"),
    ("minister_for_ministry", r"^(?P<dept>(?:[A-Z][a-z]+\s+){1,2})(?i:minister)\b(?!\s+of\b)", "{dept}ministry",
     "Health Minister Ana Toll", "Health ministry"),
    ("officer_of_acronym", r"^(?P<body>[A-Z][A-Za-z]?[A-Z]{1,4})\s+(?:[a-z]+\s+){0,2}?(?i:general\s+secretary|secretary[- ]general|"
     r"secretary|leader|president|chairman|chairwoman|chief|head|spokes\w+|director|commander|officer)\b", "{body}",
     "PWF general secretary Ivo Dahl", "PWF"),
    ("sheriff_for_office", r"^(?i:(?:the\s+)?(?:county\s+)?sheriff)(?:\s+[A-Z][\w'’-]+)+$", "sheriff's office",
     "Sheriff Ada Moss", "sheriff's office"),
    ("its_officer", r"^(?i:its|their)\s+(?:[a-z-]+\s+){0,2}(?i:chair|chairman|chairwoman|chief|president|director|head|spokes\w+|"
     r"secretary|leader|manager|governor|executive|commissioner|commander|officer|coordinator)\b.*$", "its body",
     "Its chair, Dr. Eva Brandt", "its body"),
    ("owners_service_officer", r"^(?:(?i:the)\s+)?(?P<owner>[A-Z][\w-]+|city|town|county|region|state)['’]s\s+"
     r"(?P<service>police|fire\s+service|fire\s+brigade|coast\s+guard)\s+(?:spokes\w+|chief|commander|head|director)\b.*$",
     "{owner} {service}", "Selvana's police chief, Commissioner Rune Falk", "Selvana police"),
    ("officer_of_owner", r"^(?:(?i:the|its)\s+)?(?P<body>[\w ]+?)['’]s\s+(?:[a-z]+\s+){0,2}(?i:spokes\w+|chief|chairman|"
     r"chairwoman|chair|president|director|head|executive|secretary|leader|manager|coordinator|official|representative)\b", "{body}",
     "the agency's spokeswoman, Mira Olsen", "agency"),
    ("body_spokesperson", r"^(?:(?i:a|an|the)\s+)?(?!(?i:former|acting|deputy|interim|new|then|ex|its|their|his|her)\b)"
     r"(?P<body>(?:[A-Za-z]+\s+){1,3}?)(?i:spokes(?:man|woman|person)|chief|commander|head)\b", "{body}",
     "a police spokeswoman, Tara Quill", "police"),
    ("judge_for_court", r"^(?i:(?:presiding|chief|district|trial|high\s+court)\s+)?(?i:judges?)\b", "court",
     "Presiding judge Per Holm", "court"),
    ("prosecutor_for_prosecution", r"^(?i:(?:chief|public|state|lead)\s+)?(?i:prosecut(?:or|ors|ion))\b", "prosecution",
     "Prosecutor Ute Vahl", "prosecution"),
    ("acronym_with_descriptor", r"^(?=.*\b(?i:union|operator|association|federation|confederation|party|group|agency|"
     r"company|institute|council|authority|commission|bank|office|service|regulator)\b)"
     r"(?:[\w'’]+\s+){0,4}?(?P<body>[A-Z][a-z]?[A-Z]{1,4})(?:\s+[a-z'’]+){0,2}$", "{body}",
     "the nurses' union SNU", "SNU"),
    ("office_holder", r"^(?:(?i:the)\s+)?(?:[A-Z][\w-]*['’]s\s+|[\w.-]+\s+){0,3}?(?P<office>(?i:mayor|governor|coroner|ombudsman|"
     r"ombudsperson))(?:,\s*|\s+)(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Cmdr|Col|Maj|Lt|Sgt|Insp|Supt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+$", "{office}",
     "Tolvany's mayor, Irina Dobrec", "mayor"),
    ("name_then_office", r"^(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Cmdr|Col|Maj|Lt|Sgt|Insp|Supt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s+(?:(?i:the|its)\s+|"
     r"[A-Z][\w-]*['’]s\s+)(?:[a-z]+['’]s\s+|[a-z]+\s+){0,2}(?P<office>mayor|governor|coroner|ombudsman|ombudsperson)$",
     "{office}", "Irina Dobrec, the town's mayor", "mayor"),
    ("name_post_of_body", r"^(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Cmdr|Col|Maj|Lt|Sgt|Insp|Supt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s+(?:(?:an?|the|its)\s+)?"
     r"(?:[a-z-]+\s+){0,1}(?i:director|head|chief|chair|chairman|chairwoman|president|spokes(?:man|woman|person)|secretary|"
     r"manager|commander|executive|coordinator)\s+(?:[a-z-]+\s+){0,3}?(?:at|of)\s+(?:the\s+)?"
     r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))*?)(?:\s+in\s+[A-Z][\w'’-]+)?$", "{body}",
     "Dr. Amira Solheim, head of emergency medicine at Tarnholt General Hospital", "Tarnholt General Hospital"),
    ("name_who_runs_body", r"^(?:(?:Dr|Prof|Gen|Mr|Mrs|Ms|Capt|Cmdr|Col|Maj|Lt|Sgt|Insp|Supt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s+who\s+(?:heads|runs|leads|"
     r"coordinates|directs|chairs|manages)\s+(?:the\s+)?(?P<body>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*).*$", "{body}",
     "Lena Farkas, who coordinates the Red Cross response in Brenzow", "Red Cross"),
    ("name_then_role", r"^(?P<body>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+),\s*(?:an?|the|its|his|her)\s+[a-z].*$", "{body}",
     "Ole Dam, a banking analyst", "Ole Dam"),
    ("role_then_name", r"^(?=.*?(?:\b(?!and\s)[a-z][\w-]*|\bDr\.|\bProf\.|\b(?i:minister|president|secretary|senator|governor|mayor))\s)"
     r"(?:[\w.'’,-]+\s+){1,7}?(?P<body>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$", "{body}",
     "Opposition leader Ivo Lund", "Ivo Lund"),
], columns=["name", "pattern", "body", "example", "expected"])

# A common noun standing for a body ("the ministry", "the unions", "a court in Varn") names the body in the article
# (the one named last before it, else the only one) or in the corpus (the only one) whose name matches `body`.
GENERIC_REFERENCES = pd.DataFrame([
    ("unions_are_their_federation", r"(?:trade\s+|labour\s+)?unions", r"\b(?:federation|confederation|congress)\b",
     "the unions"),
    ("regulators_are_the_regulator", r"(?:[A-Z]\w+\s+)?regulators?|(?:[A-Z]\w+\s+)?watchdog", r"\b(?:authority|regulator|commission)\b",
     "Arvian regulators"),
    ("a_union_named_by_its_members", r"(?:[A-Za-z][a-z]+\s+)?(?:[A-Za-z][a-z]+['’]\s+|[A-Za-z][a-z]+s\s+)union", r"\bunion\b",
     "the pilots' union"),
    ("court_of_a_place", r"court(?:\s+in\s+[A-Z]\w+)?", r"\bcourt\b", "a court in Varn"),
    ("its_body_is_the_body_named_before", r"its\s+body", r".", "its body"),
    ("government_is_its_own_body", r"(?:the\s+)?(?:government|cabinet|state|authorities)", "", "the government"),
    ("officials_of_the_body_named", r"(?i:officials)", r"\b(?:department|ministry|agency|service|office|authority|commission)\b",
     "officials"),
    ("officials_of_a_service", r"(?i:(?P<noun>[a-z]{4,}))\s+officials", r"\b{noun}\b", "fire officials"),
    ("service_of_its_field", r"(?P<noun>[a-z]+)\s+(?:service|department|brigade|agency|authority)",
     r"\b{noun}\b.*\b(?:service|department|brigade|agency|authority)\b", "the fire service"),
    ("common_noun", r"(?P<noun>[a-z][a-z'’ ]*[a-z])", r"\b{noun}\b", "the rail operator"),
], columns=["name", "reference", "body", "example"])
_UNNAMED = re.compile(r"(?i)\b(?:sources?|anonymity|not\s+to\s+be\s+named|unnamed|officials?|officers?)\b")  # a voice, not a body
_RULES = [(r.name, re.compile(r.pattern), r.body) for r in CLAIMANT_RULES.itertuples(index=False)]
_GENERIC = [(r.name, re.compile(r"^(?:" + r.reference + r")$"), r.body) for r in GENERIC_REFERENCES.itertuples(index=False)]


@lru_cache(maxsize=65536)
def claimant_body(name: str) -> str:
    """The body behind one claimant's name after the claimant rules ('' stays ''): 'Health Minister Ana Toll' →
    'Health ministry', "the agency's spokeswoman, Mira Olsen" → 'agency'."""
    name = re.sub(r"\s+", " ", name or "").strip(" ,")
    for _, pattern, body in _RULES:
        m = pattern.match(name)
        if m:
            name = body.format(**{k: v.lower() if k == "noun" else v for k, v in m.groupdict().items()}).strip(" ,")
    return name


_PERSON = re.compile(r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


def _unnamed_ministry(raw: str, body: str, ministries: set[str]) -> str:
    """A minister of a ministry no claimant names speaks as themself ("Turkish Foreign Minister Hakan Fidan" stays
    Hakan Fidan): with two governments in a story, "the government" would be ambiguous."""
    if not (re.search(r"(?i)\bminister\b", raw) and body.lower().endswith("ministry") and body.lower() not in ministries):
        return body
    person = re.search(r"(?i:minister)\s+(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$", raw)
    return person.group("person") if person else body


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*(?!['’]s)\b", name) if not w.endswith(("'s", "’s")))


def _generic_row(ref: str, any_case: bool = True) -> tuple[str, re.Match] | None:
    """The first GENERIC_REFERENCES row a name fits (with `any_case`, a one-word name in any case), with its match."""
    for name, pattern, body in _GENERIC:
        m = pattern.match(ref) or (pattern.match(ref.lower()) if any_case and " " not in ref else None)
        if m:
            return body, m
    return None


@lru_cache(maxsize=65536)
def _can_be_named(body: str) -> bool:
    """A body a common noun may stand for: a proper name, or a description of two words or more that no special
    generic row reads ("interior ministry", not "ministry" or "court in Kessel")."""
    if _UNNAMED.search(body):
        return False
    row = _generic_row(body, any_case=False)
    return row is None or (" " in body and row[0] == _GENERIC[-1][2])


def _resolve(ref: str, surfaces: dict[str, set[str]]) -> list[str]:
    """The bodies (canonical names) a generic reference may stand for, by the first GENERIC_REFERENCES row it fits.
    A capitalised word ("Court" in a headline) is read as a common noun only when some claimant writes it in lower
    case ("the court"); "Arvia" never is."""
    lower = {f.lower() for forms in surfaces.values() for f in forms if f[:1].islower()} | \
        {f.split()[-1] for forms in surfaces.values() for f in forms if f.split() and f.split()[-1].islower()}  # "Health ministry"
    row = _generic_row(ref, any_case=ref.lower() in lower)
    if row is None or not row[0]:
        return []
    regex = re.compile(row[0].format(**{k: re.escape(v) for k, v in row[1].groupdict().items()}), re.I)
    return [b for b, forms in surfaces.items()
            if b.lower() != ref.lower() and _can_be_named(b) and any(regex.search(f) for f in forms)]


def _of_prefixes(name: str) -> list[str]:
    """'Regional Court of Kessel' → ['Regional Court'] (shortest first): the names 'X of Y' may be shortened to."""
    parts = name.split(" of ")
    return [" of ".join(parts[:i]) for i in range(1, len(parts))]


def _order(mentions: pd.DataFrame) -> pd.DataFrame:
    cols = [c for c in ("article_id", "block_no", "sentence_no", "start") if c in mentions.columns]
    frame = mentions[cols].copy() if cols else pd.DataFrame(index=mentions.index)
    if "article_id" not in frame.columns:
        frame["article_id"] = ""
    return frame.assign(_pos=range(len(frame))).sort_values([c for c in cols if c != "article_id"] + ["_pos"]
                                                            if cols else ["_pos"], kind="stable")


# A person a claimant names bare ("Irina Dobrec", "Samsonov") speaks for the post the corpus's sentences give them:
# the words before the name from the start of its clause ("Regional coroner Dr. Helene Vaag said", "Haldmark Power's chief
# executive, Rune Falk"), with "of the <Body>" after it ("Chief Superintendent Aksel Moen of the Haldmark Police"), or an
# apposition after it ("Dr. Oleg Varan, director of Tolvany Central Hospital,"), each read by the claimant rules.
POST_START = re.compile(r"(?:^|[,;:(“\"—]\s*|\b(?i:said|says|told|according\s+to|by|and|but|while)\s+)")
POST_WORDS = re.compile(r"^(?:(?!(?:said|says|told|according|and|but|while|by)\b)[\w'’.-]+,?\s+){1,6}$")
POST_AFTER = re.compile(r"^(?P<post>,\s+(?:(?:an?|the|its)\s+)?[^,;.“\"]{3,80}?)(?=\s*[,;.]|\s+(?:said|says|told|warned|added)\b|$)")
OF_BODY_AFTER = re.compile(r"^\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
TITLES = r"Dr|Prof|Gen|Col|Maj|Capt|Cmdr|Cdr|Lt|Sgt|Cpl|Adm|Supt|Insp|Det|Rev|Sen|Rep|Gov|Cllr|Mr|Mrs|Ms"  # abbreviated titles
BARE_PERSON = re.compile(rf"(?:(?:{TITLES})\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){{1,2}})")
OFFICES = {"mayor", "governor", "coroner", "ombudsman", "ombudsperson"}  # posts one person holds: "the mayor" is that person


def _posts_of(name: str, sentences: list[str]) -> list[str]:
    """The bodies the sentences' descriptions of a person give ("Mayor Irina Dobrec" → mayor), the person's own name
    and 'its body' left out."""
    found = []
    for sentence in sentences:
        if name not in sentence:  # a substring test first: the regex below runs on a few sentences only
            continue
        for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", sentence):
            before, after = sentence[:m.start()], sentence[m.end():]
            app, of_body = POST_AFTER.match(after), OF_BODY_AFTER.match(after)
            starts = sorted({b.end() for b in POST_START.finditer(before)}, reverse=True)  # the nearest clause start first
            posts = [before[i:] for i in starts if POST_WORDS.match(before[i:])]
            texts = [p + name + (of_body.group(0) if of_body else "") for p in posts] + \
                ([name + app.group("post")] if app else []) + ([name + of_body.group(0)] if of_body else [])
            owner = OWNER_BEFORE.search(before)  # "Nordhafen's Lisa Moreau": the owner's person
            bodies = [b for b in map(claimant_body, texts) if b and name.split()[-1] not in b
                      and (re.search(r"[a-z]", b) or re.fullmatch(r"[A-Z][A-Za-z]?[A-Z]{1,5}", b))]
            bodies = [b for b in bodies if b != "its body"] + ([owner.group("owner")] if owner else [])
            found += bodies[:1]  # the shortest description that names a post
    return found


OWNER_BEFORE = re.compile(r"(?:^|[\s(“\"])(?P<owner>[A-Z][\w-]+)['’]s\s+(?:(?:Dr|Prof)\.?\s+)?$")


def naming_sentences(names: set[str], sentences: list[str]) -> dict[str, list[str]]:
    """{name: the sentences that name it}, in one pass over the sentences (not one per name)."""
    if not names:
        return {}
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w'’])")
    text = "\n".join(s.replace("\n", " ") for s in sentences)
    out: dict[str, list[str]] = {}
    for m in pattern.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if not out.get(m.group(0)) or out[m.group(0)][-1] != line:
            out.setdefault(m.group(0), []).append(line)
    return out


def person_posts(names: set[str], sentences: list[str]) -> dict[str, str]:
    """{person: body} for the bare person names among `names` (a surname alone: the one person it ends) whose post the
    sentences give (`_posts_of`; the most often given, ties to the longest). An office two people hold ("the regional
    governor, Sergei Tamarov", "Regional governor Anton Velk") is no one's: each speaks as themself."""
    people = {n: m.group("name") for n in names if (m := BARE_PERSON.fullmatch(n)) and claimant_body(n) == n}
    surnames: dict[str, set[str]] = {}
    for full in set(people.values()):
        surnames.setdefault(full.split()[-1], set()).add(full)
    people.update({n: next(iter(surnames[n])) for n in names if len(surnames.get(n, ())) == 1})
    posts, naming = {}, naming_sentences(set(people.values()), sentences)
    for full in set(people.values()):
        found = _posts_of(full, naming.get(full, []))
        if found:
            posts[full] = max(set(found), key=lambda b: (found.count(b), len(b)))
    holders: dict[str, set[str]] = {}
    for full, body in posts.items():
        holders.setdefault(body.lower(), set()).add(full)
    shared = {b for b, who in holders.items() if b in OFFICES and len(who) > 1}
    return {n: posts[full] for n, full in people.items() if full in posts and posts[full].lower() not in shared}


_OWNER = re.compile(r"^(?:(?i:the)\s+)?(?P<owner>[A-Z][\w-]+)['’]s\s+")
OWNER_ADJECTIVES = r"national|state|federal|regional|provincial|local|central"  # words a description may add to a name


def keep_owners(raw: pd.Series, body: pd.Series) -> pd.Series:
    """A body named with two owners in one corpus ("Drevnia's Defence Ministry", "Orlava's Defence Ministry") is two
    bodies: each keeps its owner (a bare "the Defence Ministry" then stands for the one its article named last)."""
    owned = [(m.group("owner") if (m := _OWNER.match(r)) and b and not b.startswith(m.group("owner")) else "", b)
             for r, b in zip(raw, body)]
    owners: dict[str, set[str]] = {}
    for owner, b in owned:
        if owner:
            owners.setdefault(b.lower(), set()).add(owner)
    two = {b for b, who in owners.items() if len(who) > 1}
    return pd.Series([f"{o}'s {b}" if o and b.lower() in two else b for o, b in owned], index=body.index, dtype=object)


def name_tails(names: set[str]) -> dict[str, str]:
    """{description: name} for a body named by the last words of exactly one longer name whose extra words are
    capitalised (a place, a nationality: "the Red Cross" → "Orlavan Red Cross", "the central hospital" → "Tolvany Central
    Hospital"); a description's leading "national", "state"... is set aside ("the national meteorological institute")."""
    out, by_last = {}, {}
    for o in names:
        by_last.setdefault(o.split()[-1].lower(), []).append(o)
    for b in names:
        if b.count(" ") < 1 or not re.search(r"[a-z]", b):
            continue
        core = re.sub(rf"^(?:{OWNER_ADJECTIVES})\s+(?=\w+\s)", "", b) if b[:1].islower() else b
        tail = re.compile(rf"^(?:[A-Z][\w.'’-]*\s+){{1,2}}{re.escape(core)}$", re.I if b[:1].islower() else 0)
        longer = [o for o in by_last.get(b.split()[-1].lower(), []) if o != b and tail.match(o) and o.split()[0][:1].isupper()
                  and not re.match(rf"(?i)(?:{OWNER_ADJECTIVES})\b", o)]
        if len(longer) == 1:
            out[b] = longer[0]
    return out


def canonical_claimants(mentions: pd.DataFrame, texts: pd.Series | None = None) -> pd.Series:
    """One name per body for the `claimant` column of a mentions table ('' = the outlet's own voice), the same
    however outlets name it: the claimant rules (CLAIMANT_RULES), a person's body where another mention names their
    role, an acronym spelled out where a claimant spells it, 'X of Y' shortened to 'X' when both are named, a bare
    name to the body it starts ('Tessel' → 'Tessel Bank') and a common noun (GENERIC_REFERENCES) resolved in its
    article (the matching body named last before it, else first after it) or else in the corpus (the only one); a
    common noun no claimant resolves may name a body the articles' sentences name ("the bank": "Tessel Bank").
    `article_id`, `block_no`, `sentence_no`, `start` give the order when present; a person's post is read in the
    mentions' sentences and in `texts` (the corpus's other sentences, when given: "Its commander, Erik Sande, said")."""
    raw = mentions["claimant"].fillna("").astype(str).str.strip() if "claimant" in mentions.columns \
        else pd.Series("", index=mentions.index)
    if "sentence" in mentions.columns:  # session 14: "its management", "figures it released": the sentence's body
        raw = pd.Series([possessor_in_sentence(r, t) or r for r, t in zip(raw, mentions["sentence"].fillna("").astype(str))],
                        index=raw.index, dtype=object)
    body = raw.map(claimant_body)
    spelling = {b.lower(): b for b in sorted(set(body), key=lambda b: (sum(c.isupper() for c in b), b), reverse=True)}
    body = keep_owners(raw, body.map(lambda b: spelling[b.lower()]))  # one spelling per name: "interior ministry"
    if "sentence" in mentions.columns:
        read = mentions["sentence"] if texts is None else pd.concat([mentions["sentence"], texts], ignore_index=True)
        posts = person_posts(set(body), pd.unique(read.fillna("").astype(str)).tolist())
        body = body.map(lambda b: posts.get(b, b))
    persons = {m.group("person"): b for r, b in zip(raw, body) if b and (m := _PERSON.search(r)) and m.group("person") != b}
    body = body.map(lambda b: persons.get(b, b))
    ministries = {b.lower() for r, b in zip(raw, body) if b and not re.search(r"(?i)\bminister\b", r)}
    body = pd.Series([_unnamed_ministry(r, b, ministries) for r, b in zip(raw, body)], index=raw.index)
    spelled = {_initials_of(b): b for b in set(body) if len(_initials_of(b)) >= 2 and " " in b}
    body = body.map(lambda b: spelled.get(b, b) if re.fullmatch(r"[A-Z][a-z]?[A-Z]{1,4}", b) else b)
    claimed = _surfaces(raw, body)
    in_text = _named_in_text(mentions, body, claimed)
    names = (set(body) | set(in_text.values())) - {""}
    shorter = {b: next((p for p in _of_prefixes(b) if p in names), b) for b in names}
    two_words: dict[str, set[str]] = {}
    for o in names:
        if o.count(" ") == 1:
            two_words.setdefault(o.split(" ")[0], set()).add(o)
    longer = {b: next(iter(two_words[b])) for b in names if " " not in b and b[:1].isupper() and len(two_words.get(b, ())) == 1}
    body = body.map(lambda b: longer.get(shorter.get(b, b), shorter.get(b, b)) if b else b)
    tails = name_tails(set(body) - {""})
    body = body.map(lambda b: tails.get(b, b))
    surfaces = _surfaces(raw, body)
    for surface, name in in_text.items():
        surfaces.setdefault(name, {name}).add(surface)
    people = {b for r, b in zip(raw, body) if b and re.match(rf"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{re.escape(b)},", r)}
    out = _in_context(body, {b: f for b, f in surfaces.items() if b not in people}, _order(mentions))  # "fire officials"
    unresolved = out.eq("its body")  # "Its chair, Dr. X" with no body named before or after: Dr. X speaks as themself
    return out.where(~unresolved, raw.map(lambda r: m.group("person") if (m := _PERSON.search(r)) else r))


def _surfaces(raw: pd.Series, body: pd.Series) -> dict[str, set[str]]:
    """Each body's names as written (the leading article dropped)."""
    surfaces: dict[str, set[str]] = {}
    for r, b in zip(raw, body):
        if b:
            surfaces.setdefault(b, set()).update({b, re.sub(r"^(?i:the|a|an)\s+", "", r)})
    return surfaces


def _named_in_text(mentions: pd.DataFrame, body: pd.Series, claimed: dict[str, set[str]]) -> dict[str, str]:
    """Bodies the articles' own sentences name ("Tessel Bank", "National ferry operator FLX") that a common noun
    among the claimants ("the bank", "the rail operator") may stand for when no claimant names one: {as written: body}."""
    if "sentence" not in mentions.columns:
        return {}
    nouns = {b for b in set(body) if re.fullmatch(r"[a-z][a-z ]*[a-z]", b) and _generic_row(b) is not None
             and not _resolve(b, claimed)}
    if not nouns:
        return {}
    body_text = mentions.loc[mentions["role"] == "body", "sentence"] if "role" in mentions.columns else mentions["sentence"]
    text = "\n".join(pd.unique(body_text.fillna("").astype(str)))
    found = {}
    for noun in nouns:
        for rule, template, group in _NAMED_AS:
            if rule != "name_ends_with_noun" and noun.split()[-1] not in KIND_NOUNS:
                continue
            for m in re.finditer(template.format(noun=re.escape(noun)), text):
                name = claimant_body(m.group(group))
                if name and name.lower() != noun and not NOT_A_NAME.match(m.group(group)):
                    found[m.group(0)] = name
    return found


# How an article names the body a common noun stands for ("the company" → "Brask Homes"), each as a pattern of the
# noun (`{noun}`, any case) and the group that holds the name. Read in the sentences of the articles' figures.
_NAME = r"(?:[A-Z][\w'’&.-]*[ ]+){{0,3}}[A-Z][\w'’&.-]*"  # braces doubled: the patterns are format templates
NAMED_AS_RULES = pd.DataFrame([
    ("name_ends_with_noun", r"((?:[A-Z][\w'’-]*[ ]+)+(?i:{noun})(?:[ ]+[A-Z][A-Za-z]?[A-Z]{{1,4}}\b)?)\b", 1,
     "Tessel Bank (the bank)"),
    ("name_then_apposition", rf"(?<![\w'’])({_NAME}),[ ]+(?:the|an?)[ ]+(?:[\w-]+[ ]+){{{{0,3}}}}?(?i:{{noun}})(?![\w'’-])"
     r"(?=[ ]*(?:[,.;:)]|$)|[ ]+(?:that|which|who|said|says|has|had|is|was|in|based|behind|with|for|at|on|and)\b)", 1,
     "Brask Homes, the housing company that owns the block (the company)"),
    ("noun_then_name", rf"\b(?:the|an?)[ ]+(?:[\w-]+[ ]+){{{{0,3}}}}?(?i:{{noun}})[ ]+({_NAME})(?![\w'’-])", 1,
     "the cybersecurity firm Veltra Cyber (the firm)"),
], columns=["name", "pattern", "group", "example"])
_NAMED_AS = list(NAMED_AS_RULES[["name", "pattern", "group"]].itertuples(index=False, name=None))
KIND_NOUNS = {"company", "firm", "group", "operator", "charity", "organisation", "organization", "network", "gang", "insurer",
              "airline", "carrier", "developer", "landlord", "manufacturer", "contractor", "owner", "bank", "lender",
              "broadcaster", "publisher", "retailer", "supplier", "utility", "consultancy", "carmaker", "miner", "producer"}
# the common nouns an apposition gives a name ("the housing company Brask Homes"): kinds of organisation only
NOT_A_NAME = re.compile(r"^(?:The|A|An|This|That|Its|His|Her|Their|But|And|In|On|At|Meanwhile|However|Earlier|Later|Mr|Mrs|Ms|"
                        r"Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b")


def _in_context(body: pd.Series, surfaces: dict[str, set[str]], order: pd.DataFrame) -> pd.Series:
    """Generic references resolved in their article (the matching body named last before, else first after), else in
    the corpus (see `canonical_claimants`); one pass over the mentions in reading order."""
    options = {b: set(found) for b in set(body) if b and (found := _resolve(b, surfaces))}
    if not options:
        return body
    options = {b: {next(iter(options[o])) if len(options.get(o, ())) == 1 else o for o in found}  # "the company" →
               for b, found in options.items()}  # "housing company" → "Brask Homes": the name, not the description
    names = dict(zip(body.index, body.tolist()))
    articles = dict(zip(order.index, order["article_id"].tolist()))
    in_article: dict[str, set[str]] = {}
    for idx, name in names.items():
        in_article.setdefault(articles[idx], set()).add(name)
    reading: dict[str, list[str]] = {}
    for idx in order.index:
        reading.setdefault(articles[idx], []).append(names[idx])
    out, named = dict(names), {}
    for idx in order.index:
        b, seen = names[idx], named.setdefault(articles[idx], [])
        if b in options:
            before = [n for n in seen if n in options[b]]
            after = [n for n in reading[articles[idx]][len(seen) + 1:] if n in options[b]]  # a headline's "the ministry"
            here = in_article[articles[idx]] & options[b]
            out[idx] = before[-1] if before else after[0] if after else next(iter(here)) if len(here) == 1 else \
                next(iter(options[b])) if len(options[b]) == 1 else b
        seen.append(out[idx])
    return pd.Series([out[i] for i in body.index], index=body.index, dtype=object)


# Holders of figures (the party whose seats, the company whose shares) lined up across articles: rules as data, each
# with its example. A name is read in order: leading article and a possessor ("Morel's Civic Union") dropped, then a
# generic last word ("the Homeland party" is Homeland); its key is the remaining words in lower case.
HOLDER_RULES = pd.DataFrame([
    ("leading_article", r"^(?i:the|a|an)\s+(?P<rest>.+)$", "the Civic Union", "Civic Union"),
    ("possessor", r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?P<rest>[A-Z].+)$", "Premier Ana Lind's Civic Union",
     "Civic Union"),
    ("title_before_person", r"^(?i:(?:prime|first|deputy|former)\s+)?(?i:minister|president|premier|chancellor|leader|"
     r"mayor|governor|candidate|senator|ceo|chief\s+executive|chairman|chairwoman)\s+(?P<rest>[A-Z].+)$",
     "Prime Minister Ana Lind", "Ana Lind"),
    ("generic_last_word", r"^(?P<rest>.+?)\s+(?i:party|parties|group|plc|inc\.?|ltd\.?|co\.?|corp\.?|sa|ag)$",
     "Homeland party", "Homeland"),
], columns=["name", "pattern", "example", "expected"])
_HOLDER_RULES = [re.compile(p) for p in HOLDER_RULES["pattern"]]
_POSSESSOR = re.compile(r"(?<![\w'’])(?:[A-Z][\w-]*\s+){0,2}(?P<owner>[A-Z][\w-]+)['’]s\s+(?P<held>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                        r"[A-Z][\w'’-]*(?:\s+(?i:party|alliance|bloc|group))?)")


def holder_name(name: str) -> str:
    """A holder's name after the holder rules: 'the Homeland party' → 'Homeland', "Ana Lind's Civic Union" → 'Civic Union'."""
    name = re.sub(r"\s+", " ", name or "").strip(" ,.")
    for pattern in _HOLDER_RULES:
        m = pattern.match(name)
        name = m.group("rest").strip() if m else name
    return name


_DESCRIBED = re.compile(r"(?i:\bthe\s+|['’]s\s+)(?P<owner>(?i:ruling|governing|opposition|incumbent))\s+(?P<held>(?:[A-Z][\w'’-]*\s+){0,3}"
                       r"[A-Z][\w'’-]*)")


def _holder_aliases(texts: list[str], names: set[str]) -> dict[str, str]:
    """Owner surname or descriptor → holder name, from the articles' own words ("Lind's Civic Union": Lind's party is
    the Civic Union; "the opposition Civic Union": the opposition is), when the holder is one of `names` and the
    owner stands for one holder only."""
    owners: dict[str, set[str]] = {}
    for text in texts:
        for m in [*_POSSESSOR.finditer(text), *_DESCRIBED.finditer(text)]:
            held, owner = holder_name(m.group("held")), m.group("owner")
            owner = owner.lower() if owner.lower() in ("ruling", "governing", "opposition", "incumbent") else owner
            if held in names and held != owner:
                owners.setdefault(owner, set()).add(held)
    return {owner: next(iter(held)) for owner, held in owners.items() if len(held) == 1}


def canonical_holders(holders: pd.Series, texts: list[str] | None = None) -> pd.Series:
    """One key per holder however articles name it ('' stays ''): the holder rules (HOLDER_RULES), an acronym spelled
    out where another holder spells it ('CU' = 'Civic Union'), a surname to the holder its owner leads where the texts
    say so ("Lind's party", "Prime Minister Ana Lind" = 'Civic Union' after "Lind's Civic Union"), one word to the only
    longer name ending in it ('Union' = 'Civic Union'). Keys are lower case."""
    raw = holders.fillna("").astype(str)
    names = raw.map(holder_name)
    known = set(names) - {""}
    aliases = _holder_aliases(texts or [], known)
    full = {holder_name(re.sub(r"^.*['’]s\s+", "", r)): re.sub(r"^(?i:the)\s+|^.*['’]s\s+", "", r) for r in set(raw)}
    spelled = {_initials_of(f): n for n, f in full.items() if n and " " in f and len(_initials_of(f)) >= 2}
    possessed = raw.str.extract(r"^(?:[A-Z][\w.-]*\s+){0,3}(?P<owner>[A-Z][\w-]+)['’]s\s+[a-z]", expand=False).fillna("")

    def resolve(name: str, owner: str) -> str:
        if owner in aliases:  # "Lind's party"
            return aliases[owner]
        if name.lower() in aliases:  # "the opposition" after "the opposition Civic Union"
            return aliases[name.lower()]
        if re.fullmatch(r"[A-Z]{2,6}", name) and name in spelled:
            return spelled[name]
        last = name.split()[-1] if name else ""
        if last in aliases:  # "Prime Minister Ana Lind" after "Lind's Civic Union"
            return aliases[last]
        longer = [k for k in known if k != name and k.endswith(" " + name)]
        return longer[0] if " " not in name and len(longer) == 1 else name
    out = [resolve(n, o) for n, o in zip(names, possessed)]
    return pd.Series([o.lower() for o in out], index=holders.index, dtype=object)
