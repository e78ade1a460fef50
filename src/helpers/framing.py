"""Framing: which frames, voices and words each source uses.

- Frames: the dimensions of the Policy Frames Codebook (Boydstun et al. 2014) and the five generic news frames of
  Semetko & Valkenburg (2000), each a row of `codebooks/default/frames.csv` (its indicator questions operationalised
  as a documented cue pattern, with an exclusion pattern for contexts where a cue does not count); an event's
  codebook adds its own frames. A sentence carries every frame with an unexcluded cue; an article's profile is the
  share of its body sentences carrying each frame.
- Distinctive words: weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn
  2008), each source against all the others, the prior being the whole corpus's word counts.
- Contested terms: `contested_terms.csv` (concept, term, pattern) counted per source; word pairs found in the corpus
  (`term_pairs`): content words different sources put in the same one-word context.
- Headline and lead: the frames and actors of each article's headline and first body paragraph.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from .articlecache import per_article
from .codebooks import alias_key, alias_pattern, read_codebook
from .errors import CorpusError
from .sentiment import opens_inside_quote, sentence_quote_mask
from .text import WORD

STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say told also would could may might
must shall s t its it's mr ms mrs""".split())


FRAME_COLUMNS = ["frame", "family", "label", "indicator_questions", "cues", "exclude"]


def compile_frames(frame: pd.DataFrame, path="frames codebook") -> pd.DataFrame:
    """Frame rows with their compiled `pattern` (cues), `exclusion` (contexts where a cue does not count, or None),
    `weak_pattern` (weak cues: words that count only two together, or None) and `name_pattern` (proper names a cue
    wholly inside does not count, or None)."""
    weak = frame["weak"] if "weak" in frame else pd.Series("", index=frame.index)
    names = frame["names"] if "names" in frame else pd.Series("", index=frame.index)
    veto = frame["veto"] if "veto" in frame else pd.Series("", index=frame.index)
    try:
        patterns = [re.compile(c, re.I) for c in frame["cues"]]
        exclusions = [re.compile(x, re.I) if x.strip() else None for x in frame["exclude"]]
        weak_patterns = [re.compile(w, re.I) if w.strip() else None for w in weak.fillna("")]
        name_patterns = [re.compile(n) if n.strip() else None for n in names.fillna("")]
        veto_patterns = [re.compile(v, re.I) if v.strip() else None for v in veto.fillna("")]
    except re.error as exc:
        raise CorpusError(path, f"invalid frame pattern ({exc})") from exc
    return frame.assign(pattern=patterns, exclusion=exclusions, weak_pattern=weak_patterns,
                        name_pattern=name_patterns, veto_pattern=veto_patterns).reset_index(drop=True)


CUE_RULE_COLUMNS = ["name", "frame", "kind", "pattern", "example"]
CUE_RULE_KINDS = ("cue", "exclude", "weak")  # weak: words that answer the frame only with a second weak cue
# Session 12: the exclusions that say a sentence is NOT about a frame (a figure of speech or a word in a sense that
# names no frame: "a sleepy market town", "paid a heavy price", a deputy sheriff; a negation: "police did not suspect
# arson") also keep the learned model from adding that frame (rules+model). Exclusions of a cue too broad (a speaker's
# job, a body's name) or of a coding convention (other_domain_sense: a fine's amount is crime, not economic; clashes are
# security) only say which words do not count, so they veto nothing (as a veto they removed right model frames:
# "Regulators fined the bank €250 million" is economic in the keys).
VETO_CLASSES = ("figure_of_speech", "negation")


def cue_rules_path(frames_path) -> Path | None:
    """The named cue rules read with a frames codebook: `frame_cues.csv` beside it (layered over the default one),
    else the default `frame_cues.csv`; None when neither exists."""
    frames_path = Path(frames_path)
    for path in (frames_path.with_name("frame_cues.csv"), frames_path.parent.parent / "default" / "frame_cues.csv"):
        if path.is_file():
            return path
    return None


def load_cue_rules(path) -> pd.DataFrame:
    """Named cue rules (`frame_cues.csv`), one row per rule × frame it names: name, frame, kind (`cue`: words that
    answer the frame's question; `exclude`: contexts in which its cues do not count; `weak`: words too ambiguous to
    answer it alone, counted when two different weak cues meet in a sentence), pattern, example."""
    rules = read_codebook(path, CUE_RULE_COLUMNS, key=["name"])
    bad = rules.loc[~rules["kind"].str.strip().isin(CUE_RULE_KINDS), "name"].tolist()
    if bad:
        raise CorpusError(path, f"frame cue rule(s) {', '.join(bad)}: kind must be cue or exclude")
    rules = rules.assign(frame=rules["frame"].str.split("|"), kind=rules["kind"].str.strip())
    rules = rules.explode("frame").assign(frame=lambda f: f["frame"].str.strip())
    return rules[rules["pattern"].str.strip() != ""].reset_index(drop=True)


def with_cue_rules(frame: pd.DataFrame, rules: pd.DataFrame) -> pd.DataFrame:
    """Each frame's `cues` and `exclude` patterns joined with the named rules of its kind, and its `weak` pattern made
    of its weak rules (rules naming a frame the codebook lacks, e.g. one an event file dropped, are left out)."""
    def joined(base: str, extra: list[str]) -> str:
        parts = [p for p in [base.strip(), *extra] if p]
        return "|".join(f"(?:{p})" for p in parts) if len(parts) > 1 else "".join(parts)

    by = {k: g.groupby("frame")["pattern"].agg(list).to_dict() for k, g in rules.groupby("kind")}
    classes = rules["error_class"].fillna("").str.strip() if "error_class" in rules else pd.Series("", index=rules.index)
    vetoes = rules[(rules["kind"] == "exclude") & classes.isin(VETO_CLASSES)].groupby("frame")["pattern"].agg(list).to_dict()
    weak = frame["weak"] if "weak" in frame else pd.Series("", index=frame.index)
    return frame.assign(cues=[joined(c, by.get("cue", {}).get(f, [])) for f, c in zip(frame["frame"], frame["cues"])],
                        exclude=[joined(x, by.get("exclude", {}).get(f, [])) for f, x in zip(frame["frame"], frame["exclude"])],
                        weak=[joined(w, by.get("weak", {}).get(f, [])) for f, w in zip(frame["frame"], weak.fillna(""))],
                        veto=[joined("", vetoes.get(f, [])) for f in frame["frame"]])


NAME_COLUMNS = ["name", "pattern", "not_for", "example"]


def load_proper_names(path) -> pd.DataFrame:
    """Named patterns of proper names (`proper_names.csv`: name, pattern, not_for, example, note): the capitalised
    name of a body or an office title ("the World Health Organization", "Health Minister Ana Ruiz"). A frame cue or a
    contested term wholly inside one does not count (a name says who acts or speaks, not what the sentence is
    about), except for the frames of `not_for` ('|'-separated: an international body's name is what the external
    regulation frame asks about) and for an event codebook's own frames."""
    names = read_codebook(path, NAME_COLUMNS, key=["name"])
    return names[names["pattern"].str.strip() != ""].reset_index(drop=True)


def proper_names_path(frames_path) -> Path | None:
    """`proper_names.csv` beside a frames codebook (layered over the default one), else the default one; None when
    neither exists."""
    frames_path = Path(frames_path)
    for path in (frames_path.with_name("proper_names.csv"), frames_path.parent.parent / "default" / "proper_names.csv"):
        if path.is_file():
            return path
    return None


def names_pattern(names: pd.DataFrame | None, frame: str | None = None) -> str:
    """One pattern matching any of the named proper-name patterns (those that apply to `frame` when given; '' when
    there are none)."""
    if names is None or names.empty:
        return ""
    if frame is not None:
        names = names[[frame not in {f.strip() for f in n.split("|")} for n in names["not_for"]]]
    return "|".join(f"(?:{p})" for p in names["pattern"])


def load_frames(path, rules: pd.DataFrame | None = None, names: pd.DataFrame | None = None) -> pd.DataFrame:
    """The frames codebook (an event file layered over the default one), each frame's cues and exclusions joined
    with the named rules of `frame_cues.csv` (`cue_rules_path`; `rules`, a `load_cue_rules` table, instead when
    given) and every frame's exclusions with the proper names of `proper_names.csv` (`names` instead when given),
    with compiled cue and exclusion patterns:
    frame, family (policy, generic, event), label, indicator_questions, cues, exclude, pattern, exclusion."""
    frame = read_codebook(path, ["frame", "family", "indicator_questions", "cues"], key=["frame"])
    frame = frame.assign(label=frame.get("label", frame["frame"]), exclude=frame.get("exclude", ""))
    frame["label"] = frame["label"].where(frame["label"].str.strip() != "", frame["frame"])
    rules_path, names_path = cue_rules_path(path), proper_names_path(path)
    if rules is None and rules_path is not None:
        rules = load_cue_rules(rules_path)
    if rules is not None:
        frame = with_cue_rules(frame, rules)
    if names is None and names_path is not None:
        names = load_proper_names(names_path)
    frame = frame.assign(names=[names_pattern(names, f) if family != "event" else ""
                                for f, family in zip(frame["frame"], frame["family"])])
    return compile_frames(frame, path)


def _unexcluded(text: str, pattern: re.Pattern, spans: list[tuple[int, int]], inside: list[tuple[int, int]] = ()):
    """The matches of `pattern` in `text` that overlap no exclusion span and lie wholly inside no `inside` span."""
    return (m for m in pattern.finditer(text) if not any(m.start() < end and start < m.end() for start, end in spans)
            and not any(start <= m.start() and m.end() <= end for start, end in inside))


def frame_cue(text: str, pattern: re.Pattern, exclusion: re.Pattern | None, weak: re.Pattern | None = None,
              names: re.Pattern | None = None) -> str:
    """The first cue of `pattern` in `text` that no `exclusion` match overlaps and no proper name (`names`) holds
    whole; else two different such `weak` cues, joined by ' + ' (a weak word answers the frame only with another
    one); '' when none."""
    first = pattern.search(text)
    if first is None and weak is None:
        return ""
    spans = [m.span() for m in exclusion.finditer(text)] if exclusion is not None else []
    inside = [m.span() for m in names.finditer(text)] if names is not None else []
    strong = next(_unexcluded(text, pattern, spans, inside), None) if first is not None else None
    if strong is not None:
        return strong.group(0)
    words = (list(dict.fromkeys(m.group(0).lower() for m in _unexcluded(text, weak, spans, inside)))
             if weak is not None else [])
    return " + ".join(words[:2]) if len(words) >= 2 else ""


FRAME_METHODS = ("rules", "model", "rules+model")  # how sentence_frames decides the default frames (see its docstring)
FRAME_METHOD_CHOICES = (*FRAME_METHODS, "auto")  # what a notebook may ask for: "auto" is resolved per corpus
# "auto" (the reports' default): rules+model while the corpus has at most this many distinct headline, standfirst and
# body sentences (the encoder reads about 460 a second on 2 cores: some 17 s at the limit), the rules alone beyond it,
# so a corpus of thousands of articles keeps the speed the scale benchmark asserts. The report says which was used.
MODEL_SENTENCE_LIMIT = 8000
# Session 10: the reports' default (framing_tables, notebook 04). On the four development sets no rule or model had
# seen (general10 and the session-8 events), rules+model 0.649 mean micro F1, the model alone 0.621, the rules 0.592
# (docs/ACCURACY.md, frames, session 10); "rules" stays for speed at scale (no encoder pass).
DEFAULT_FRAME_METHOD = "auto"


def resolve_frame_method(method: str, sentences: pd.DataFrame, roles=("headline", "standfirst", "body")) -> str:
    """The concrete frame method for a corpus: `method` itself, or for "auto" rules+model up to MODEL_SENTENCE_LIMIT
    distinct sentences of `roles` and the rules beyond (decided once for the whole corpus, never per article)."""
    if method not in FRAME_METHOD_CHOICES:
        raise ValueError(f"frame method {method!r}: one of {', '.join(FRAME_METHOD_CHOICES)}")
    if method != "auto":
        return method
    n = sentences.loc[sentences["role"].isin(roles), "text"].nunique()
    return "rules+model" if n <= MODEL_SENTENCE_LIMIT else "rules"


def sentence_frames(sentences: pd.DataFrame, frames: pd.DataFrame, roles=("body",), method: str = "rules",
                    model: dict | None = None) -> pd.DataFrame:
    """One row per sentence × frame it carries: article_id, block_no, sentence_no, role, frame, family, cue (the words).

    `method`: "rules" (default) the cue rules of the codebook; "model" the learned model (`helpers.frame_model`) for
    the frames it was trained on, the rules for the others (event frames); "rules+model" either. A model frame's cue
    reads `model p=0.73`. `model`: the model's weights (`frame_model.load_frame_model()`, the shipped ones, when None)."""
    if method not in FRAME_METHODS:
        raise ValueError(f"frame method {method!r}: one of {', '.join(FRAME_METHODS)}")
    weak = frames["weak_pattern"] if "weak_pattern" in frames else [None] * len(frames)
    names = frames["name_pattern"] if "name_pattern" in frames else [None] * len(frames)
    rules = list(zip(frames["frame"], frames["family"], frames["pattern"], frames["exclusion"], weak, names))
    cues: dict[str, list[tuple[str, str, str]]] = {}  # a repeated text (wire copy) is read once

    def carried(text: str) -> list[tuple[str, str, str]]:
        if text not in cues:
            cues[text] = [(name, family, cue) for name, family, pattern, exclusion, weak_words, proper in rules
                          for cue in [frame_cue(text, pattern, exclusion, weak_words, proper)] if cue]
        return cues[text]
    read = sentences[sentences["role"].isin(roles)]
    if method != "rules":
        cues = _with_model_frames(list(read["text"]), frames, {t: carried(t) for t in read["text"]}, method, model)
    rows = [(a, b, n, role, name, family, cue)
            for a, b, n, role, text in zip(read["article_id"], read["block_no"], read["sentence_no"], read["role"],
                                           read["text"])
            for name, family, cue in carried(text)]
    return pd.DataFrame(rows, columns=["article_id", "block_no", "sentence_no", "role", "frame", "family", "cue"])


FRAME_METHOD_TEXT = {
    "rules": "Frames here come from the codebook's cue rules only (`frame_method = \"rules\"`, or the default "
             "`\"auto\"` on a corpus of more than 8,000 sentences, for speed); `frame_method = \"rules+model\"` adds the "
             "frames the learned model finds and the rules miss, more accurate on unseen events (see docs/ACCURACY.md).",
    "model": "Frames here come from the learned frame model for the frames it was trained on (`frame_method = \"model\"`), "
             "the cue rules for the others; a model frame's cue reads `model p=…`.",
    "rules+model": "Frames here come from the codebook's cue rules plus the learned frame model (`frame_method = "
                   "\"rules+model\"`); a frame added by the model reads `model p=…` in `frame_sentences.cue`.",
}


def frame_method_sentence(method: str) -> str:
    """One sentence telling the reader how the frames shown were decided (the notebook's `frame_method`)."""
    if method not in FRAME_METHOD_TEXT:
        raise ValueError(f"frame_method {method!r}: one of {', '.join(FRAME_METHODS)}")
    return FRAME_METHOD_TEXT[method]


def _with_model_frames(texts: list[str], frames: pd.DataFrame, by_rules: dict, method: str,
                       model: dict | None = None) -> dict:
    """Each text's (frame, family, cue) list once the model (`model`, else the shipped weights) has decided the
    codebook frames it covers: added to the rules' (rules+model, at the model's higher union threshold) or in place of
    them (model); an event frame, or a frame the model lacks, stays with the rules."""
    from .frame_model import load_frame_model, model_frames

    model = model if model is not None else load_frame_model()
    covered = set(model["frames"]) & set(frames.loc[frames["family"] != "event", "frame"])
    family = dict(zip(frames["frame"], frames["family"]))
    veto = dict(zip(frames["frame"], frames["veto_pattern"] if "veto_pattern" in frames else [None] * len(frames)))
    distinct = list(dict.fromkeys(texts))
    out = {}
    for text, found in zip(distinct, model_frames(distinct, model, added_to_rules=method == "rules+model")):
        kept = [r for r in by_rules[text] if method == "rules+model" or r[0] not in covered]
        have = {r[0] for r in kept}
        added = [(f, family[f], f"model p={p:.2f}") for f, p in found.items() if f in covered and f not in have
                 and not (method == "rules+model" and veto[f] is not None and veto[f].search(text))]
        out[text] = sorted(kept + added, key=lambda r: list(family).index(r[0]))
    return out


def frame_profile(labels: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame, frames: pd.DataFrame) -> pd.DataFrame:
    """One row per article × frame: the share of its body sentences carrying the frame (zeros kept)."""
    n_body = sentences[sentences["role"] == "body"].groupby("article_id").size()
    counts = labels[labels["role"] == "body"].groupby(["article_id", "frame"]).size()
    grid = pd.MultiIndex.from_product([articles["article_id"], frames["frame"]], names=["article_id", "frame"])
    out = grid.to_frame(index=False)  # article × frame, in the order of the articles and the codebook (one merge)
    out["source"] = out["article_id"].map(articles.drop_duplicates("article_id").set_index("article_id")["source"])
    out["family"] = out["frame"].map(frames.drop_duplicates("frame").set_index("frame")["family"])
    out["n_sentences"] = counts.reindex(grid, fill_value=0).to_numpy().astype(int)
    total = out["article_id"].map(n_body).fillna(0).astype(int)
    out["share"] = (out["n_sentences"] / total.where(total > 0)).fillna(0.0)
    return out[["article_id", "source", "frame", "family", "n_sentences", "share"]]


def tokens(text: str) -> list[str]:
    """Lower-case content words of a text (stop words and numbers left out)."""
    return [w for w in (m.group(0).lower().replace("’", "'") for m in WORD.finditer(text))
            if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def distinctive_words(sentences: pd.DataFrame, articles: pd.DataFrame, alpha0: float = 1000.0, top: int = 15,
                      min_count: int = 2) -> pd.DataFrame:
    """Words most distinctive of each source against all the others (weighted log-odds, informative Dirichlet
    prior; Monroe, Colaresi & Quinn 2008). One row per source × word: count, log_odds, z (> 1.96 is unusual).

    The prior is alpha0 pseudo-counts spread like the whole corpus's word frequencies.
    """
    source = articles.set_index("article_id")["source"]
    body = sentences[sentences["role"] == "body"]
    per_source = {name: Counter() for name in sorted(source.unique())}
    for sent in body.itertuples(index=False):
        per_source[source[sent.article_id]].update(tokens(sent.text))
    corpus = Counter()
    for c in per_source.values():
        corpus.update(c)
    total = sum(corpus.values())
    rows = []
    for name, own in per_source.items():
        n_i = sum(own.values())
        n_j = total - n_i  # the rest's size, without building the rest's counts (linear, not sources × vocabulary)
        for word, count in own.items():
            if count < min_count:
                continue
            a_w = alpha0 * corpus[word] / total
            y_i, y_j = count, corpus[word] - count
            delta = (math.log((y_i + a_w) / (n_i + alpha0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + alpha0 - y_j - a_w)))
            var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
            rows.append({"source": name, "word": word, "count": count, "log_odds": delta, "z": delta / math.sqrt(var)})
    frame = pd.DataFrame(rows, columns=["source", "word", "count", "log_odds", "z"])
    return (frame.sort_values(["source", "z"], ascending=[True, False]).groupby("source").head(top)
            .reset_index(drop=True))


def contested_terms(sentences: pd.DataFrame, articles: pd.DataFrame, terms: pd.DataFrame,
                    names: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per concept × term × source: how often the source uses the term (zeros kept), how many of those uses
    are inside quotations (`quoted`: the words of someone the outlet quotes, not its own choice), and where. A term
    inside a proper name of `names` (`load_proper_names`: "the Rail Accident Investigation Office") is not counted."""
    source = articles.set_index("article_id")["source"]
    body = sentences.loc[sentences["role"] == "body", ["article_id", "text", *(["in_quote"] if "in_quote" in sentences
                                                                                 else [])]]
    hits = per_article(term_matches, body, terms, names_pattern(names))  # each article's matches, kept between runs
    hits = hits.assign(source=hits["article_id"].map(source))
    keys = ["concept", "term", "source"]
    counts = hits.groupby(keys).size().to_dict()
    quoted = hits[hits["quoted"]].groupby(keys).size().to_dict()
    examples = hits.groupby(keys)["match"].agg(lambda m: "; ".join(sorted(set(m)))).to_dict()
    names = sorted(source.unique())
    rows = [{"concept": t.concept, "term": t.term, "source": name, "count": int(counts.get((t.concept, t.term, name), 0)),
             "quoted": int(quoted.get((t.concept, t.term, name), 0)),
             "examples": examples.get((t.concept, t.term, name), "")}
            for t in terms.itertuples(index=False) for name in names]
    return pd.DataFrame(rows, columns=["concept", "term", "source", "count", "quoted", "examples"])


def contested_split(terms: pd.DataFrame) -> list[str]:
    """The concepts that sources name with different terms in their own voice (uses inside quotations left out)."""
    own = terms[terms["count"] - terms["quoted"] > 0]
    return [concept for concept, group in own.groupby("concept") if group["term"].nunique() > 1]


def contested_term_table(terms: pd.DataFrame) -> pd.DataFrame:
    """The terms used at least once, one row per concept × term and one column per source: its uses, with how many
    are inside quotations ("5 (2 quoted)")."""
    used = terms[terms.groupby(["concept", "term"])["count"].transform("sum") > 0]
    sums = used.groupby(["concept", "term", "source"], sort=False)[["count", "quoted"]].sum().reset_index()
    sums = sums.assign(cell=[f"{n} ({q} quoted)" if q else str(n) for n, q in zip(sums["count"], sums["quoted"])])
    return sums.pivot(index=["concept", "term"], columns="source", values="cell").fillna("0")


def quoted_terms_sentence(terms: pd.DataFrame) -> str:
    """How many uses of the contested terms are inside quotations, computed from the `contested_terms` table."""
    total, quoted = int(terms["count"].sum()), int(terms["quoted"].sum())
    if not total:
        return "No source uses any contested term of the codebooks."
    return (f"{quoted} of the {total} uses are inside quotations (shown as “k quoted”): a word in a quotation is the "
            "choice of the person quoted, not the outlet's own; the concepts above count the outlets' own words only.")


def quoted_span(text: str, opens_inside: bool, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a direct quotation; `opens_inside`: the sentence begins inside a quotation
    opened in an earlier sentence (`sentiment.opens_inside_quote`)."""
    return end > start and all(sentence_quote_mask(text, opens_inside)[start:end])


def term_matches(body: pd.DataFrame, terms: pd.DataFrame, names: str = "") -> pd.DataFrame:
    """Every match of every contested term in the body sentences (article_id, text; `in_quote` when known): article_id,
    concept, term, match, quoted (the match lies inside a quotation), one row per match, in reading order, but a
    match inside a proper name (`names`, a `names_pattern`) or overlapping the term's optional `exclude` pattern (a
    context where its word names something else: "militant nurses" are no armed fighters). A text repeated (wire copy)
    is searched once."""
    excludes = terms["exclude"].fillna("").astype(str) if "exclude" in terms else [""] * len(terms)
    patterns = [(t.concept, t.term, re.compile(t.pattern, re.I), re.compile(x, re.I) if x.strip() else None)
                for t, x in zip(terms.itertuples(index=False), excludes)]
    name = re.compile(names) if names else None
    inside_quote = body["in_quote"].fillna(False).astype(bool) if "in_quote" in body else [False] * len(body)
    found: dict[tuple[str, bool], list[tuple]] = {}
    rows = []
    for article_id, text, in_quote in zip(body["article_id"], body["text"], inside_quote):
        key = (text, opens_inside_quote(text, in_quote))
        if key not in found:
            inside = [m.span() for m in name.finditer(text)] if name is not None else []
            found[key] = [(concept, term, m.group(0), quoted_span(text, key[1], *m.span()))
                          for concept, term, pattern, exclude in patterns
                          for m in _unexcluded(text, pattern, [x.span() for x in exclude.finditer(text)] if exclude else [],
                                               inside)]
        rows += [(article_id, *hit) for hit in found[key]]
    return pd.DataFrame(rows, columns=["article_id", "concept", "term", "match", "quoted"]).astype({"quoted": bool})


SLOT_EDGE = "<edge>"
MAX_SLOT_FILLERS = 8  # a context filled by more words than this is too generic to say "the same thing"


def word_slots(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every content word of the body sentences in its one-word context: source, left, word, right (lower case;
    numbers read as '<num>', sentence edges as '<edge>'). Only contexts with at least one content-word neighbour."""
    source = dict(zip(articles["article_id"], articles["source"]))
    body = sentences[sentences["role"] == "body"]
    contexts: dict[str, list[tuple[str, str, str]]] = {}  # the kept (left, word, right) of each distinct text
    rows = []
    for article_id, text in zip(body["article_id"], body["text"]):
        if text not in contexts:
            seq = [SLOT_EDGE, *("<num>" if w.isdigit() else w for w in
                                (m.group(0).lower().replace("’", "'") for m in WORD.finditer(text))), SLOT_EDGE]
            content = [_content_word(w) for w in seq]
            contexts[text] = [(seq[i - 1], seq[i], seq[i + 1]) for i in range(1, len(seq) - 1)
                              if content[i] and (content[i - 1] or content[i + 1])]
        rows += [(source[article_id], *slot) for slot in contexts[text]]
    return pd.DataFrame(rows, columns=["source", "left", "word", "right"])


def _content_word(word: str) -> bool:
    return word not in STOPWORDS and word not in (SLOT_EDGE, "<num>") and len(word) > 2


# Closed classes of words whose members name different things, never one referent differently: two outlets writing
# "on Monday _" and "on Tuesday _" report different days, not a word choice.
CLOSED_CLASSES = {
    "weekday": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    "month": {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"},
    "number_word": {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"},
    "part_of_day": {"morning", "afternoon", "evening", "night", "overnight", "midday", "midnight", "dawn", "dusk"},
}


def _related_forms(a: str, b: str) -> bool:
    """Inflections and derivations of one word (protester / protesters / protest) are not a word choice, nor two
    members of one closed class (Monday / Tuesday, `CLOSED_CLASSES`)."""
    stem = min(len(a), len(b), 5)
    return a[:stem] == b[:stem] or any(a in words and b in words for words in CLOSED_CLASSES.values())


def term_pairs(sentences: pd.DataFrame, articles: pd.DataFrame, min_contexts: int = 2, top: int = 20) -> pd.DataFrame:
    """Words that different sources put in the same slot (same word before and after), a cue that they name the same
    referent differently (rioters / protesters, cuts / reform). One row per pair: term_a, term_b, n_contexts (distinct
    shared contexts), contexts (up to three, '_' marks the slot), sources_a / sources_b (who uses each word there).
    A pair is kept when it shares `min_contexts` contexts, or one context between two content words ("drone _ on"
    does not qualify, "unconditional _ proposal" does). One pass over the words; pairs are formed only within a
    context, never between sentences."""
    slots = word_slots(sentences, articles)
    columns = ["term_a", "term_b", "n_contexts", "contexts", "sources_a", "sources_b"]
    if slots.empty:
        return pd.DataFrame(columns=columns)
    users = slots.groupby(["left", "right", "word"])["source"].agg(frozenset).reset_index()
    size = users.groupby(["left", "right"])["word"].transform("size")
    users = users[(size >= 2) & (size <= MAX_SLOT_FILLERS)]
    found: dict[tuple[str, str], dict] = {}
    for (left, right), group in users.groupby(["left", "right"]):
        fillers = sorted(zip(group["word"], group["source"]))
        for i, (a, sa) in enumerate(fillers):
            for b, sb in fillers[i + 1:]:
                if sa - sb and sb - sa and not _related_forms(a, b):
                    pair = found.setdefault((a, b), {"contexts": [], "tight": 0, "sources_a": set(), "sources_b": set()})
                    pair["contexts"].append(f"{left} _ {right}".replace(SLOT_EDGE, "|").strip())
                    pair["tight"] += _content_word(left) and _content_word(right)
                    pair["sources_a"] |= sa
                    pair["sources_b"] |= sb
    rows = [{"term_a": a, "term_b": b, "n_contexts": len(p["contexts"]), "contexts": "; ".join(p["contexts"][:3]),
             "sources_a": ", ".join(sorted(p["sources_a"])), "sources_b": ", ".join(sorted(p["sources_b"]))}
            for (a, b), p in found.items() if len(p["contexts"]) >= min_contexts or p["tight"]]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["n_contexts", "term_a", "term_b"], ascending=[False, True, True]).head(top).reset_index(drop=True)


def lead_emphasis(blocks: pd.DataFrame, articles: pd.DataFrame, frames: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """What each headline and first body paragraph foreground: one row per article × part, with frames and actors."""
    leads = blocks[blocks["role"] == "body"].groupby("article_id", sort=False)["text"].first()  # one pass, not one per article
    parts = pd.DataFrame({"article_id": articles["article_id"].to_numpy(), "source": articles["source"].to_numpy(),
                          "headline": [h if isinstance(h, str) else "" for h in articles["headline"]],  # NaN when none
                          "lead": articles["article_id"].map(leads).fillna("").to_numpy()})
    return per_article(lead_parts, parts, frames, actors)  # each article's own headline and lead: kept between runs


def lead_parts(parts: pd.DataFrame, frames: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """`lead_emphasis` rows of the articles in `parts` (article_id, source, headline, lead)."""
    pattern = alias_pattern(actors)
    lookup = {alias_key(a): actor for a, actor in zip(actors["alias"], actors["actor"])}
    frame_rows = list(frames.itertuples(index=False))
    rows = []
    for art in parts.itertuples(index=False):
        for part, text in (("headline", art.headline), ("lead", art.lead)):
            found = [fr.frame for fr in frame_rows if frame_cue(text, fr.pattern, fr.exclusion, getattr(fr, "weak_pattern", None),
                                                                 getattr(fr, "name_pattern", None))]
            named = []
            if pattern is not None:
                for m in pattern.finditer(text):
                    actor = lookup[alias_key(m.group(0))]
                    if actor not in named:
                        named.append(actor)
            rows.append({"article_id": art.article_id, "source": art.source, "part": part, "text": text,
                         "frames": ", ".join(found), "actors": ", ".join(named)})
    return pd.DataFrame(rows, columns=["article_id", "source", "part", "text", "frames", "actors"])


def frame_labels(sentences: pd.DataFrame, frames: pd.DataFrame, method: str,
                 roles=("headline", "standfirst", "body")) -> pd.DataFrame:
    """`sentence_frames` of every article, through the per-article cache (`articlecache.per_article`). A method that
    uses the learned model is given the model's weights as an argument, so the cache key holds them (by content) and a
    retrained model never reuses the labels cached with the old one (session 11: the key held only the package's code,
    and the weights file is no code)."""
    if method == "rules":
        return per_article(sentence_frames, sentences, frames, roles=roles, method=method)
    from .frame_model import load_frame_model

    return per_article(sentence_frames, sentences, frames, roles=roles, method=method, model=load_frame_model())


def framing_tables(sentences: pd.DataFrame, blocks: pd.DataFrame, articles: pd.DataFrame, codebooks: dict,
                   attributions: pd.DataFrame | None = None,
                   frame_method: str = DEFAULT_FRAME_METHOD) -> dict[str, pd.DataFrame]:
    """The framing step: sentence frames, frame profiles, quotations, voice shares, distinctive words, contested
    terms and headline/lead emphasis. `attributions`: the attribution step's table when an earlier step made it
    (`helpers.steps.attributions_table`); computed here otherwise. `frame_method`: how sentence frames are decided
    (`sentence_frames`' `method`: "rules+model", more accurate on unseen events; "rules", faster: no encoder pass;
    "auto", the default since session 10: rules+model up to MODEL_SENTENCE_LIMIT sentences, `resolve_frame_method`)."""
    from .voices import quotations, voice_shares

    frames = codebooks["frames"]
    labels = frame_labels(sentences, frames, resolve_frame_method(frame_method, sentences))
    quotes = quotations(sentences, codebooks["actors"], attributions)  # not per article: speaker types use names defined anywhere in the corpus
    return {
        "frame_sentences": labels,
        "frame_profile": frame_profile(labels, sentences, articles, frames),
        "quotations": quotes.assign(source=quotes["article_id"].map(articles.set_index("article_id")["source"])),
        "voice_shares": voice_shares(quotes, articles),
        "voice_types": voice_shares(quotes, articles, by="speaker_type"),
        "distinctive_words": distinctive_words(sentences, articles),
        "contested_terms": contested_terms(sentences, articles, codebooks["contested_terms"], codebooks.get("proper_names")),
        "term_pairs": term_pairs(sentences, articles),
        "lead_emphasis": lead_emphasis(blocks, articles, frames, codebooks["actors"]),
    }


def load_framing_codebooks(corpus_dir) -> dict:
    """The codebooks the framing step reads: frames, contested terms and actors."""
    from . import paths
    from .codebooks import load_actors

    rules = paths.codebook_path("frame_cues.csv", corpus_dir)  # an event's own rules even when it keeps the default frames
    names_path = paths.codebook_path("proper_names.csv", corpus_dir)
    names = load_proper_names(names_path) if names_path.is_file() else None
    return {
        "frames": load_frames(paths.codebook_path("frames.csv", corpus_dir), rules=load_cue_rules(rules) if rules.is_file() else None,
                              names=names),
        "proper_names": names,
        "contested_terms": read_codebook(paths.codebook_path("contested_terms.csv", corpus_dir), ["concept", "term", "pattern"],
                                         key=["concept", "term"]),
        "actors": load_actors(paths.codebook_path("actors.csv", corpus_dir)),
    }
