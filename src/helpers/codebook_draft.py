"""A codebook starter for a new event, and warnings when the codebooks in use do not fit a corpus.

`draft_codebook` proposes, from the corpus alone, the files a user edits for an event: `actors.csv` (the actors
found, with aliases and types; the `side` column is left for the user), `candidate_facts.csv` (the facts the
numbers step lines up across sources, with the words around their figures) and `distinctive_terms.csv` (the
words most distinctive of each source). `write_draft` writes them into `codebooks/<corpus>/`, never over an
existing file. `codebook_fit_warnings` says, in sentences, when the codebooks do not fit the corpus.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from . import attribution_rules as rules
from .actors import CONSTITUENCY_POST
from .attribution import _names, is_person_name, mask_abbreviations, speaker_type_of
from .framing import STOPWORDS
from .safe_write import atomic_path

NO_FRAME_LIMIT = 0.5  # above this share of body sentences without a frame, the frame codebook does not fit
CUE_WINDOW = 6  # words either side of a figure read as its cue words


QUOTED_ACTOR_MIN = 2  # a named speaker quoted at least this often becomes a draft actor when no actor names it
NOT_ACTOR_TYPES = ("other", "anonymous", "outlet")  # types that say nothing of who an actor is

# Names found in a corpus that are not actors (session 8): (name, pattern matched against a draft actor, example).
# A name matching one is never drafted, even when a sentence seems to make it speak.
NOT_ACTORS = (
    ("law", r"\b(?:Act|Bill|Law|Code|Treaty|Directive|Amendment|Ordinance|Statute)$", "Riot Compensation Act"),
    ("street_or_place", r"\b(?:Row|Street|Road|Avenue|Lane|Square|Bridge|Ridge|Hollow|Gate|Way|Drive|Crescent|"
     r"Terrace|Close|Quay|Wharf|Embankment|Boulevard|Plaza|Hill)$", "Market Row"),
    ("technology", r"^(?:CCTV|IT|GPS|DNA|SMS|AI|CT|MRI|ATM|VPN|USB|Wi-?Fi|LED|ICU|A&E)$", "CCTV"),
    ("kin_or_owned_phrase", r"^(?i:his|her|their|its|my|our|your)\s", "his mother"),
    ("indefinite_phrase", r"^(?i:a|an|another|one|some)\s", "Another worker"),
    # session 16 (nuvoices16): a spokesperson alone is a body's voice, never an actor: two bodies' spokeswomen would be
    # one actor, and every later "a spokeswoman" would be theirs
    ("bare_spokesperson", r"^(?i:(?:the\s+)?spokes(?:man|woman|person|people|men|women))$", "spokeswoman"),
)

# A group or a bare title that speaks often is an actor without a name ("police", "protesters", "residents", "the
# company", "the mayor"): quoted at least QUOTED_ACTOR_MIN times, one to three lower-case words, typed by the step.
GROUP_SPEAKER = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+$")  # no possessive: "the agency's spokeswoman" is the agency's


READ_ONLY_DRAFTS = frozenset({"candidate_facts.csv", "distinctive_terms.csv"})  # written for the user to read; no
# analysis step reads them (facts are renamed, merged or dropped in facts.csv)

def draft_actors(actors_found: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 sentences: pd.DataFrame | None = None, outlets: list[str] | None = None) -> pd.DataFrame:
    """actors.csv rows: actor, side (empty, for the user), aliases (without the actor's own name), type. With the
    corpus's quotations: byline titles and the outlet's own reporters dropped, speakers no actor names added (a country
    that speaks: "Vardia"), and each actor typed as the attribution step types its own quotations. With `outlets`
    (the corpus's own sources' names), the outlets are no actors (session 12)."""
    aliases = [("|".join(a for a in al.split("|") if a != actor)) for actor, al in
               zip(actors_found["actor"], actors_found["aliases"])]
    draft = pd.DataFrame({"actor": actors_found["actor"], "side": "", "aliases": aliases, "type": actors_found["type"]})
    if quotes is not None and not quotes.empty:
        texts = sentences if sentences is not None else quotes
        draft = with_post_aliases(typed_by_quotations(with_quoted_speakers(without_non_actors(draft, texts), quotes),
                                                      quotes), quotes)
    return without_outlets(draft, outlets or [])  # last: a quoted outlet ("told Radio X") is added back above


def without_outlets(draft: pd.DataFrame, outlets: list[str]) -> pd.DataFrame:
    """The draft without the corpus's own outlets (session 12): an outlet is the one who reports or listens ("told
    Radio X", "interviewed by The Y Times"), not an actor of the event. An actor is an outlet when it is an outlet's
    name or label without "The", or the first two or more words of one ("Radio X" of "Radio X 98.4 FM")."""
    from .actors import is_corpus_outlet  # session 14: a media name opening with an outlet's first word too

    names = [str(o) for o in outlets if str(o).strip()]
    return draft[~draft["actor"].map(lambda a: is_corpus_outlet(a, names))].reset_index(drop=True) if names else draft


def _speaker_core(speaker: str) -> str:
    """The name part of a speaker phrase: before its first comma, without an article, a parenthesised acronym or a
    descriptive word before a place ("Neighbouring Ostria" → "Ostria")."""
    core = re.sub(r"\s*\([A-Z]{2,}\)", "", _post_then_name(str(speaker)).split(",")[0]).strip()
    person = re.match(r"(.*?\b([A-Z][\w’'-]+\s+[A-Z][\w’'-]+))\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]", core)
    if person and is_person_name(person.group(2)):
        core = person.group(1)  # session 11: "Station Officer Ana Holt of Kelby Fire and Rescue" is Ana Holt's
    return rules.PLACE_DESCRIPTORS.sub("", re.sub(r"^(?:the|a|an)\s+", "", core, flags=re.I))


# Session 12: a post alone before a comma and a name after it ("a spokeswoman, Ana Brell", "the firm's owner, Kell
# Ferries", "the MP for Tolvay, Ana Brell"): the name is the speaker's core, not the post.
POST_BEFORE_NAME = re.compile(r"^(?P<post>(?:(?:the|a|an|its|their|(?i:his|her|their|its))\s+|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?"
                              r"[^,A-Z]*?[a-z][^,]*?),\s+(?P<name>(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\s*(?:,|$)")
# session 13: an owner's post ("His lawyer, A B", "Holm's brief, A B") gives way to the name as well


# Session 15 (nuvoices15): a public office owned by a country, region or town before a comma and a name ("Kelby's
# interior minister, Ana Holt", "Tarnby's mayor, Ivo Marn"): one person holds it, so the name is the speaker's core
# and the post an alias of that person (`with_post_aliases`), never an actor of its own.
OWNED_OFFICE_RULES: tuple[rules.Cue, ...] = (
    rules.Cue("owned_public_office", r"^(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,3}?(?:minister|"
              r"secretary|mayor|governor|president|premier|chancellor|ambassador|envoy|commissioner|ombudsman|"
              r"chief prosecutor|attorney general|police chief|fire chief)$", "post", "Kelby's interior minister"),
)
OWNED_OFFICE = re.compile("|".join(c.pattern for c in OWNED_OFFICE_RULES))


def _post_then_name(speaker: str) -> str:
    """The speaker phrase from its name on when a post alone stands before it (`POST_BEFORE_NAME`); else as it is."""
    m = POST_BEFORE_NAME.match(speaker)
    owned = re.sub(r"^(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+", "", m.group("post")) if m and (rules.LEGAL_COUNSEL.search(
        m.group("post")) or OWNED_OFFICE.match(m.group("post"))) else (m.group("post") if m else "")  # "Holm's lawyer, A B" is A B; "Rhenwald's chief, A B" as before
    if m and (not _names(mask_abbreviations(owned)) or CONSTITUENCY_POST.match(
            re.sub(r"^(?:the|a|an)\s+", "", m.group("post")))):
        return speaker[m.start("name"):]
    return speaker


def _names_actor(core: str, actor: str, aliases: str) -> bool:
    """Whether a speaker's name part names an actor: the actor itself, an alias, or a title before the actor's name."""
    names = [actor, *[a for a in aliases.split("|") if a]]
    return any(core == n or core.endswith(f" {n}") and n[:1].isupper()
               and not re.search(r"\s(?:at|of|for|from|in|with|by)\s+(?:the\s+)?(?:[A-Z]|$)", f" {core[:-len(n)]}")
               for n in names)  # session 14: a title with "of" and a field before the name ("Director of nursing A B")
    # names A B; "doctors at X" and "Head of Kelby Police A B" do not


def with_post_aliases(draft: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The draft with each owned public office that introduces a draft person (`OWNED_OFFICE`: "Norland's interior
    minister, Ana Holt") as an alias of that person, and no actor of its own (session 15)."""
    aliases = dict(zip(draft["actor"], draft["aliases"]))
    for speaker in quotes["speaker"].dropna().unique():
        m = POST_BEFORE_NAME.match(str(speaker))
        post = m and re.sub(r"^(?:the|a|an)\s+", "", m.group("post"))
        if m and OWNED_OFFICE.match(post) and m.group("name") in aliases and post not in aliases[m.group("name")].split("|"):
            aliases[m.group("name")] = "|".join(a for a in [aliases[m.group("name")], post] if a)
    out = draft.assign(aliases=draft["actor"].map(aliases))
    posts = {a for al in out["aliases"] for a in al.split("|") if OWNED_OFFICE.match(a)}
    return out[~out["actor"].isin(posts)].reset_index(drop=True)


def without_non_actors(draft: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The draft without byline titles ("Defence Correspondent": title words with no name) and the outlet's own
    reporters named in the text ("our correspondent Tomas Ardel"), descriptive words before a place dropped."""
    own = {name for t in sentences["text"] for name in re.findall(
        r"\b[Oo]ur\s+(?:[a-z]+\s+){0,2}(?:correspondents?|reporters?|editors?)\s+([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)", str(t))}
    byline = draft["actor"].map(lambda a: bool(re.fullmatch(r"(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Editor|Reporter|"
                                                            r"Writer|Columnist|Desk)", a)))
    junk = draft["actor"].map(lambda a: any(re.search(p, a) for _, p, _ in NOT_ACTORS))
    draft = draft[~byline & ~junk & ~draft["actor"].isin(own)]
    draft = draft.assign(actor=draft["actor"].map(lambda a: rules.PLACE_DESCRIPTORS.sub("", a)))
    return draft.assign(aliases=[("|".join(a for a in al.split("|") if a and a != actor)) for actor, al in
                                 zip(draft["actor"], draft["aliases"])]).drop_duplicates("actor")


def with_quoted_speakers(draft: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The draft with the named speakers quoted at least QUOTED_ACTOR_MIN times that no draft actor names."""
    named = quotes[~quotes["speaker"].isin(["anonymous", "unknown", ""]) & ~quotes["speaker_type"].isin(NOT_ACTOR_TYPES)]
    cores = named.assign(core=named["speaker"].map(_speaker_core))
    counts = cores.groupby("core")["speaker_type"].agg(["size", lambda t: t.mode().iloc[0]])
    counts.columns = ["n", "type"]
    new = [{"actor": core, "side": "", "aliases": "", "type": row.type} for core, row in counts.iterrows()
           if row.n >= QUOTED_ACTOR_MIN and core[:1].isupper() and _names(mask_abbreviations(core))
           and not any(re.search(p, core) for _, p, _ in NOT_ACTORS) and not any(
               _names_actor(core, a, al) or a.endswith(f" {core}") for a, al in zip(draft["actor"], draft["aliases"]))]
    return with_group_speakers(pd.concat([draft, pd.DataFrame(new, columns=draft.columns)], ignore_index=True), quotes)


def _opening_word_lowered(core: str) -> str:
    """A group named at a sentence's opening in lower case ("Witnesses said", "Fire officials said" → "witnesses",
    "fire officials"); a name ("Beck", "Ana Ruiz") as it is."""
    rest = core.split(" ", 1)[1:]
    group = core in rules.NOT_NAMES or core.endswith("s") and speaker_type_of(core) not in NOT_ACTOR_TYPES  # "Prosecutors"
    common = group if not rest else rest[0] == rest[0].lower()
    return core[:1].lower() + core[1:] if common and core[1:] == core[1:].lower() else core


def with_group_speakers(draft: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The draft with the groups and bare titles (`GROUP_SPEAKER`) quoted at least QUOTED_ACTOR_MIN times that no
    draft actor names ("police", "protesters", "witnesses", "the mayor"), each with the type the attribution step
    gives most of their quotations (an unnamed group is `anonymous` as a speaker but keeps its words and type)."""
    said = quotes["speaker_text"] if "speaker_text" in quotes else quotes["speaker"]
    words = quotes["speaker"].where(quotes["speaker"] != "anonymous", said).map(_speaker_core)
    typed = quotes.assign(core=words.map(_opening_word_lowered))
    typed = typed[~typed["speaker_type"].isin(NOT_ACTOR_TYPES) & (typed["core"] != "")]
    counts = typed.groupby("core").agg(n=("core", "size"), type=("speaker_type", lambda t: t.mode().iloc[0]))
    have = {re.sub(r"^the\s+", "", a.lower()) for a in draft["actor"]}
    new = [{"actor": re.sub(r"^the\s+", "", core), "side": "", "aliases": "", "type": row.type}
           for core, row in counts.iterrows() if row.n >= QUOTED_ACTOR_MIN and GROUP_SPEAKER.match(core)
           and not rules.PRONOUNS.match(core) and not any(re.search(p, core) for _, p, _ in NOT_ACTORS)
           and re.sub(r"^the\s+", "", core) not in have]
    return pd.concat([draft, pd.DataFrame(new, columns=draft.columns)], ignore_index=True).drop_duplicates("actor")


def typed_by_quotations(draft: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Each actor typed as the attribution step types most of its own quotations (the speaker's name part names the
    actor); an actor nobody quotes keeps its type."""
    counsel = (quotes["speaker_type"] == "other") & quotes["speaker"].map(lambda s: bool(rules.LEGAL_COUNSEL.search(str(s))))
    quotes = quotes.assign(speaker_type=[t if c else _words_type(s, t, draft) for s, t, c in
                                         zip(quotes["speaker"], quotes["speaker_type"], counsel)])
    # session 13: a person's lawyer ("His lawyer, Ilse Marrow") is typed other, as the keys type counsel: those
    # quotations count, so one quotation read official does not make the lawyer an official
    cores = quotes[~quotes["speaker_type"].isin(NOT_ACTOR_TYPES) | counsel].assign(core=lambda q: q["speaker"].map(_speaker_core))
    kinds = []
    for actor, aliases, kind in zip(draft["actor"], draft["aliases"], draft["type"]):
        own = cores.loc[cores["core"].map(lambda c: _names_actor(c, actor, aliases)), "speaker_type"]
        kinds.append(_leading_type(own, kind) if len(own) else kind)
    return draft.assign(type=kinds)


# Session 12: a post whose owner is named by a few words before it ("marine rescue spokesman X", "lifeboat chief X")
# speaks for the draft actor those words name ("Lake X Marine Rescue Service"), when the step found no type.
OWNED_POST = re.compile(r"^(?:the\s+)?(?P<owner>(?:[A-Za-z][\w-]*\s+){1,3}?)(?:spokes(?:man|woman|person)|chief|head|"
                        r"director|commander|officer|manager|coordinator|leader)\s+[A-Z]")


def _words_type(speaker: str, found: str, draft: pd.DataFrame) -> str:
    """The type a quotation gives its named speaker in the draft: official where the speaker phrase's own words say
    so and the step read it expert or other ("regional police commander X" stays official when a context word, the
    town's name, is shared with a university or hospital); else, for a post the step left untyped, the type of the
    draft actor its owner words name; else the step's type. Unnamed quotations keep theirs."""
    if found in ("anonymous", "outlet") or speaker in ("anonymous", "unknown", ""):
        return found
    if found in ("expert", "other") and speaker_type_of(str(speaker)) == "official":
        return "official"
    post = OWNED_POST.match(str(speaker))
    if found == "other" and post:
        owner = post.group("owner").strip().lower()
        typed = draft.loc[draft["actor"].str.lower().str.contains(rf"\b{re.escape(owner)}\b"), "type"]
        return typed.iloc[0] if len(typed) else found
    return found


def _leading_type(types: pd.Series, found: str) -> str:
    """The type most of an actor's quotations take; of tied types, the one the actor's own words give (`found`)
    unless it is citizen, else one other than citizen: a bare name ("Mr Voss") is read as a citizen for want of a title, so a tie with a
    titled quotation ("Voss, the company's chief executive") goes to the title (session 11)."""
    modes = list(types.mode())
    if found in modes and found != "citizen":
        return found
    return next((m for m in modes if m != "citizen"), modes[0])


def _cue_words(sentences: list[str], texts: list[str], top: int = 6) -> str:
    """The content words most often within CUE_WINDOW words of a figure, '|'-joined."""
    counts: Counter = Counter()
    for sentence, figure in zip(sentences, texts):
        at = sentence.find(figure)
        before = re.findall(r"[a-z][a-z'-]+", sentence[:max(at, 0)].lower())[-CUE_WINDOW:]
        after = re.findall(r"[a-z][a-z'-]+", sentence[at + len(figure):].lower())[:CUE_WINDOW] if at >= 0 else []
        counts.update(w for w in {*before, *after} if w not in STOPWORDS and len(w) > 2)
    return "|".join(w for w, _ in counts.most_common(top))


DRAFT_FACT_COLUMNS = ["fact_id", "label", "quantity", "unit", "sources", "mentions", "cue_words", "example", "figures"]
DRAFT_FIGURES = 6  # figures listed per candidate fact


def draft_figures(own: pd.DataFrame) -> str:
    """A candidate fact's figures as a facts.csv row selects them, readable: 'article_id: figure as written' joined
    with ' | ' (at most DRAFT_FIGURES), so a row is written from words (`article_id`, `figure`), never a hashed id."""
    pairs = list(dict.fromkeys(zip(own["article_id"].astype(str), own["text"].astype(str))))
    return " | ".join(f"{a}: {t}" for a, t in pairs[:DRAFT_FIGURES]) + (" | …" if len(pairs) > DRAFT_FIGURES else "")


def draft_facts(numbers: pd.DataFrame, fact_summary: pd.DataFrame) -> pd.DataFrame:
    """candidate_facts.csv rows: fact_id, label, quantity, unit, sources reporting it, mentions, cue words, one
    example sentence and the figures (`draft_figures`); facts reported by the most sources first."""
    rows = []
    for fact in fact_summary.sort_values(["n_reporting", "n_mentions"], ascending=False).itertuples(index=False):
        own = numbers[numbers["fact_id"] == fact.fact_id]
        rows.append({"fact_id": fact.fact_id, "label": fact.fact_label, "quantity": fact.quantity,
                     "unit": own["unit"].mode().iloc[0] if len(own) else "", "sources": int(fact.n_reporting),
                     "mentions": int(fact.n_mentions), "cue_words": _cue_words(own["sentence"].tolist(), own["text"].tolist()),
                     "example": own["sentence"].iloc[0] if len(own) else "", "figures": draft_figures(own)})
    return pd.DataFrame(rows, columns=DRAFT_FACT_COLUMNS)


def draft_codebook(tables: dict[str, pd.DataFrame], corpus_dir) -> dict[str, pd.DataFrame]:
    """The draft codebook files of a corpus (file name → rows), from its normalised tables."""
    from .actors import corpus_actors
    from .facts import load_number_codebooks, numbers_tables
    from .framing import distinctive_words
    from .voices import quotations

    articles, sentences = tables["articles"], tables["sentences"]
    quotes = quotations(sentences, pd.DataFrame(columns=["actor", "side", "alias"]))
    found = corpus_actors(sentences, articles, quotes)["actors_found"]
    numbers = numbers_tables(sentences, articles, load_number_codebooks(corpus_dir))
    terms = distinctive_words(sentences, articles)
    outlets = [*articles["source"].dropna(), *(articles["outlet"].dropna() if "outlet" in articles else [])]
    return {"actors.csv": draft_actors(found, quotes, sentences, outlets),
            "candidate_facts.csv": draft_facts(numbers["numbers"], numbers["fact_summary"]),
            "distinctive_terms.csv": draft_terms(terms)}


UNUSUAL_Z = 1.96  # a word's weighted log-odds z above which one source uses it unusually often (two-sided 5 %)


def draft_terms(terms: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Each source's most distinctive words (`framing.distinctive_words`), at most `top` per source, with `unusual`
    ("yes" when z > 1.96). A corpus of a few short articles rarely has an unusual word; the draft then still lists
    the leading words, marked "no", rather than an empty file a user cannot tell from a failure."""
    out = terms.sort_values(["source", "z"], ascending=[True, False]).groupby("source").head(top)
    return (out.assign(unusual=(out["z"] > UNUSUAL_Z).map({True: "yes", False: "no"}))
            [["source", "word", "count", "z", "unusual"]].round({"z": 2}).reset_index(drop=True))


def draft_notes(drafts: dict[str, pd.DataFrame]) -> list[str]:
    """Sentences the codebook command prints about a draft a user might misread."""
    terms = drafts.get("distinctive_terms.csv")
    if terms is not None and len(terms) and not (terms["unusual"] == "yes").any():
        return [f"distinctive_terms.csv: no word is unusually frequent in one source (weighted log-odds z > "
                f"{UNUSUAL_Z}); the corpus is small, so the words listed (unusual = no) are leads, not findings."]
    return []


# The first line of every file `write_draft` writes: a comment calling the file a draft, with a digest of the rows
# below it, so a report tells a draft nobody edited (digest unchanged) from an edited one. No comma in it (a
# spreadsheet keeps it one cell); codebook readers skip leading "#" lines (`codebooks._read_csv`).
DRAFT_MARK = "# newscompare codebook draft"
DRAFT_LINE = (DRAFT_MARK + " (unedited; rows {digest}): written by rules and not checked by a person; edit the rows "
              "and then delete this line\n")


def rows_digest(text: str) -> str:
    """A short digest of a codebook's rows as text (line endings and trailing blanks aside)."""
    import hashlib

    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return hashlib.sha256("\n".join(lines).strip().encode("utf-8")).hexdigest()[:12]


def draft_status(path: Path) -> str:
    """'unedited' (the draft line, rows as written), 'edited' (the draft line, rows changed since) or '' (no draft
    line: a file a person wrote, or a draft whose line they deleted)."""
    try:
        first, _, rows = Path(path).read_text(encoding="utf-8").partition("\n")
    except (OSError, UnicodeDecodeError):
        return ""
    if not first.startswith(DRAFT_MARK):
        return ""
    return "unedited" if re.search(rf"rows {re.escape(rows_digest(rows))}\b", first) else "edited"


def unedited_drafts(folder: Path) -> list[str]:
    """The codebook files of `folder` a report reads (not `READ_ONLY_DRAFTS`) that are unedited drafts."""
    folder = Path(folder)
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    return [f.name for f in files if f.name not in READ_ONLY_DRAFTS and draft_status(f) == "unedited"]


def draft_sentence(corpus_dir) -> str:
    """One sentence for every report run with an unedited draft event codebook, naming its files; empty when none."""
    from . import paths

    folder = paths.CODEBOOKS_DIR / paths.corpus_name(Path(corpus_dir))
    names = unedited_drafts(folder)
    if not names:
        return ""
    one = len(names) == 1
    files = ", ".join(f"codebooks/{folder.name}/{n}" for n in names)
    return (f"The event codebook is an unedited draft: {files} {'was' if one else 'were'} written by “newscompare "
            f"codebook” and not edited since, so the actors, sides and speaker types read from "
            f"{'it' if one else 'them'} are the draft's guesses; check and edit {'it' if one else 'them'}, then delete "
            f"{'its' if one else 'each'} first line.")


def write_draft(drafts: dict[str, pd.DataFrame], folder: Path) -> list[tuple[Path, str]]:
    """Write each draft file into `folder` unless a file of that name exists: (path, 'written' or 'kept'); each file
    starts with `DRAFT_LINE`, so every report run says while it is an unedited draft (`draft_sentence`)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for name, frame in drafts.items():
        path = folder / name
        if path.exists():
            done.append((path, "kept"))
            continue
        rows = frame.to_csv(index=False, lineterminator="\n")
        with atomic_path(path) as tmp:  # never a half-written codebook
            Path(tmp).write_text(DRAFT_LINE.format(digest=rows_digest(rows)) + rows, encoding="utf-8")
        done.append((path, "written"))
    return done


def codebook_fit_warnings(sentences: pd.DataFrame, frame_sentences: pd.DataFrame | None = None,
                          quotes: pd.DataFrame | None = None, fact_summary: pd.DataFrame | None = None,
                          actors: pd.DataFrame | None = None, corpus_dir=None) -> list[str]:
    """Sentences warning that the codebooks do not fit the corpus: with `corpus_dir`, that its event codebook is an
    unedited draft (`draft_sentence`); most body sentences carry no frame; no voice has a side (with `actors`, the
    actor codebook, told apart: no actor at all, or actors none of which has a side, as an unedited draft); no fact
    is reported by two sources. Empty when they fit."""
    draft = draft_sentence(corpus_dir) if corpus_dir is not None else ""
    out = [draft] if draft else []
    body = sentences[sentences["role"] == "body"]
    if frame_sentences is not None and len(body):
        framed = frame_sentences[frame_sentences["role"] == "body"][["article_id", "block_no", "sentence_no"]].drop_duplicates()
        share = 1 - len(framed) / len(body)
        if share > NO_FRAME_LIMIT:
            out.append(f"{share:.0%} of body sentences carry no frame of the frame codebook: its cues may not fit this "
                       "event; add event frames to frames.csv in the codebook folder named after the corpus.")
    if quotes is not None and len(quotes) and (quotes["side"] == "").all():
        unnamed = (quotes["speaker"] == "anonymous").mean()
        if actors is not None and len(actors) and not actors["side"].fillna("").astype(str).str.strip().ne("").any():
            out.append(f"The actor codebook names {actors['actor'].nunique()} actors but gives none a side, so no voice "
                       "has a side: fill the `side` column of actors.csv in the codebook folder named after the corpus.")
            return out + _fact_warning(fact_summary)
        out.append(f"No quoted speaker is in the actor codebook ({unnamed:.0%} of quotations are unnamed sources), so "
                   "no voice has a side: run `make codebook CORPUS=<this corpus folder>` for a draft of the actors "
                   "(codebooks/<corpus>/actors.csv), and give them sides.")
    return out + _fact_warning(fact_summary)


def _fact_warning(fact_summary: pd.DataFrame | None) -> list[str]:
    if fact_summary is not None and (len(fact_summary) == 0 or fact_summary["n_reporting"].max() < 2):
        return ["No fact is reported by two sources: the quantity codebook may not fit this event, or the sources "
                "report different things; see the candidate facts that `make codebook CORPUS=<this corpus folder>` "
                "drafts."]
    return []
