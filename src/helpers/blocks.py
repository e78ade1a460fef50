"""Split an article into blocks (paragraph-like units) and give each a role.

Roles: headline, standfirst, heading, body, caption, credit, boilerplate,
duplicate. Every role other than body carries a ``reason``. The rules are
general, built on structure (position, length, punctuation, repetition) and
on the vocabulary that web page furniture shares across sites (comment widgets,
share prompts, counters, image credits, disclaimers, agency sign-offs); none of
them names a phrase of a particular corpus. Nothing is dropped: a removed line
stays a row with its role and reason.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

import pandas as pd

from .ingest import Line, RawArticle
from .stamps import MIN_ENTRIES, entry_stamp, is_stamp_block
from .text import words as _words

BLOCK_COLUMNS = ["article_id", "block_no", "role", "text", "line_start", "line_end", "reason"]

_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")

# Words that only page furniture uses on a line of their own: comment widgets, sharing, subscription, ads.
_WIDGET_STRONG = {
    "comment", "comments", "reply", "replies", "subscribe", "subscribed", "unsubscribe", "notify", "guest",
    "login", "signup", "newsletter", "share", "shares", "tweet", "email", "e-mail", "whatsapp", "facebook",
    "twitter", "telegram", "linkedin", "reddit", "pinterest", "instagram", "youtube", "oldest", "newest",
    "voted", "feedback", "feedbacks", "advertisement", "advertising", "sponsored", "cookie", "cookies",
    "bookmark", "bookmarks", "votes", "upvote", "downvote", "permalink", "print",
}
# Words that may stand beside them in such a line ("Leave a reply", "View all comments", "Sign up now").
_WIDGET_WEAK = {
    "leave", "log", "in", "sign", "up", "register", "follow", "us", "on", "view", "views", "all", "most",
    "of", "to", "the", "a", "an", "yet", "no", "be", "first", "read", "more", "related", "accept", "menu",
    "search", "home", "top", "back", "next", "previous", "prev", "page", "load", "loading", "like", "likes",
    "copy", "link", "copied", "save", "saved", "popular", "trending", "tags", "tag", "topics", "sort", "by",
    "best", "vote", "report", "flag", "your", "you", "click", "here", "now", "free", "join", "discussion",
    "conversation", "post", "posted", "continue", "reading", "min", "minute", "minutes", "ad", "ads", "skip",
    "content", "close", "open", "recommended", "see", "also", "watch", "listen", "inline", "show", "hide",
    "write", "add", "new", "this", "article", "story", "and", "or", "with", "for", "policy", "settings",
}
_WIDGET_PATTERNS = re.compile(
    r"""(?ix)
    \b(leave\s+a\s+(reply|comment)|post\s+a\s+comment|no\s+comments?\s+yet|be\s+the\s+first\s+to\s+comment
      |your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked
      |uses\s+akismet|reduce\s+spam|comment\s+data\s+is\s+processed|notify\s+me\s+of
      |sign\s+up\s+for\s+(our|the)\s+newsletter|subscribe\s+to\s+(our|the)|share\s+this\s+(article|story|post)
      |follow\s+us\s+on|click\s+here\s+to|all\s+rights\s+reserved|cookie\s+(policy|settings)
      |view\s+all\s+comments|(newest|oldest)\s+(first|most\s+voted)|inline\s+feedbacks?|\d+\s+comments?\b
      |read\s+more\s*:|related\s+(articles|posts|stories)\s*:?$|advertisement$)""",
)
_COUNTER = re.compile(r"^[\d\s.,:%+\-–—kKmMbB·|/]*\d[\d\s.,:%+\-–—kKmMbB·|/]*$")
_CAPTION_START = re.compile(
    r"(?i)^\s*(image|photo|photograph|picture|pic|video|graphic|illustration|file\s+photo|credit|caption)s?"
    r"(\s+(source|credit|courtesy|by))?\s*[:|–—-]"
)
_CAPTION_MARK = re.compile(
    r"(?i)(©|\(c\)\s*\d{4}|\bphoto(graph)?\s*(by|:|credit)|\bimage\s*(by|:|credit)|\bgetty\s+images\b"
    r"|\bvia\s+getty\b|\b(shutterstock|alamy|epa-efe|anadolu)\b|\(photo[:\s]|\bfile\s+photo\b)"
)
_CREDIT_LINE = re.compile(
    r"(?i)^\s*[(\[—–-]*\s*(\(?(additional\s+)?(reporting|writing|editing|research|compiled|translated|with\s+reporting)"
    r"(\s+and\s+\w+)?\s+by\b|with\s+(additional\s+)?(reporting|input)\s+(from|by)\b)"
    r"|\bcontributed\s+to\s+this\s+(report|article|story)\b"
)
_DISCLAIMER = re.compile(
    r"(?i)^\s*(disclaimer|editor['’]s\s+note|note\s+to\s+readers)\b|\bviews\s+expressed\s+(here|in\s+this)"
    r"|\bfor\s+informational\s+purposes\s+only\b|\breaders\s+are\s+advised\b|\bdoes\s+not\s+constitute\b"
    r"|\bat\s+the\s+time\s+of\s+(writing|publication)\b.*\b(evolve|change|update)"
    # an editor's note on the article itself: "This article was updated at 12:05 with…", "An earlier version of this
    # story misstated…" (its times and figures are about the page, never about the event)
    r"|^\s*this\s+(article|story|report|piece|page)\s+(was|has\s+been|had\s+been)\s+(updated|amended|corrected|edited)\b"
    r"|^\s*an\s+earlier\s+version\s+of\s+this\s+(article|story|report|piece)\b"
    # a correction or clarification note ("Correction (14 October, 20:30): An earlier version said 37…"): the figure it
    # retracts is not a claim of the outlet, and the corrected one is in the article's text
    r"|^\s*(corrections?|clarifications?)(\s+and\s+clarifications?)?\s*(\([^)]{0,60}\))?\s*[:,–—-]"
)

# Page furniture that carries figures which are never facts: teaser links to other stories, time stamps, paywall offers.
# session 19: "Don't miss: the top 10 heists of all time" and "You may also like:" that scrapers leave in a news-please
# record's maintext (a new user's trial) are teasers too
_TEASER = re.compile(r"(?i)^\s*(read\s+(also|more|next)|also\s+read|see\s+also|more\s+on\s+this(\s+story)?|"
                     r"don['’]?t\s+miss|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|most\s+read|editor['’]?s\s+picks?|"
                     r"related(\s+(story|article|coverage))?|recommended|watch|listen)\s*[:|–—»>-]")
_PAYWALL = re.compile(r"(?i)\b(subscribe|subscription|subscriber|unlimited\s+access|digital\s+access|free\s+trial|"
                      r"cancel\s+any\s*time|already\s+a\s+subscriber)\b")


def _furniture(text: str, n_words: int) -> tuple[str, str] | None:
    """A teaser link, a time stamp or a paywall offer: boilerplate whose numbers are never facts."""
    if _TEASER.match(text) and n_words <= 30:
        return ("boilerplate", "teaser link to another story")
    if is_stamp_block(text, n_words):  # the `block` rows of helpers.stamps.STAMP_RULES
        return ("boilerplate", "time stamp")
    if _PAYWALL.search(text) and n_words <= 35 and re.search(r"[$€£¥]\s?\d|\d+\s*(?:p|pence|cents?)\b|\bfree\b", text, re.I):
        return ("boilerplate", "paywall or subscription offer")
    return None


# Page furniture that a saved or pasted page keeps between and after the story's paragraphs: share prompts and share
# bars, the heads of lists of other stories (their teasers follow). Each row a named class, matched to the whole line
# in any case, with an example and a note; `_rule_share` and `_rule_story_list` read them.
PAGE_FURNITURE = pd.DataFrame([
    ("share_prompt", r"(?:share|tweet|send|e-?mail|forward)\s+(?:this|the)\s+(?:story|article|post|page|video|report)"
     r"|share(?:\s+(?:on|via|now|it))?|share\s+(?:on|via)\s+\w+", "SHARE THIS STORY",
     "a prompt to share the page; no sentence of a story is only these words"),
    ("share_bar", r"(?:SHARE_NET)(?:\s*[|·•,/]\s*(?:SHARE_NET))+", "Facebook | X | WhatsApp",
     "two or more social networks or share channels in a row, separated by bars, dots, commas or slashes"),
    ("story_list_head", r"(?:most\s+(?:read|popular|viewed|shared|commented|watched|recent)(?:\s+(?:stories|articles|now|today))?"
     r"|trending(?:\s+(?:now|stories|today|topics|news))?|(?:related|more)\s+(?:stories|articles|news|coverage|content|"
     r"headlines)|more\s+from\s+(?:the\s+)?[\w&' ]{1,25}|top\s+(?:stories|news|headlines)|latest\s+(?:news|stories|"
     r"headlines)|editor['’]?s?\s+picks?|(?:you\s+(?:may|might)\s+also\s+(?:like|enjoy))|don['’]?t\s+miss"
     r"|in\s+other\s+news|popular\s+(?:now|today|stories)|recommended(?:\s+(?:for\s+you|stories|reading))?"
     r"|what\s+to\s+read\s+next|read\s+(?:next|more|also))\s*:?", "MOST READ",
     "the head of a list of other stories (most read, trending, related, more from a section): the numbered or short "
     "lines after it are teasers of other stories, never this story's text"),
    ("story_list_head_story", r"(?:more|also)\s+on\s+(?:this|the)\s+(?:story|topic|subject|issue)|related(?:\s+(?:links|"
     r"reading|topics|videos?|stories\s+and\s+videos))?", "MORE ON THIS STORY",
     "session 15 (nuframes15): a list head naming this story's other coverage ('More on this story', 'Related', 'Related "
     "links'), in a saved page or a pasted .txt alike; read as story_list_head"),
    ("media_teaser", r"\S.{2,150}?(?:\s[-–—|]\s?(?-i:VIDEO|WATCH|PICTURES|PHOTOS|GALLERY|LISTEN|AUDIO|PODCAST)"
     r"|\s?\((?-i:VIDEO|WATCH|PICTURES|PHOTOS|GALLERY|LISTEN|AUDIO|PODCAST)\))",
     "Flood water sweeps through the square - VIDEO",
     "session 15 (nuframes15): a short line ending in a media tag in capitals ('- VIDEO', '| PICTURES', '(WATCH)') is a "
     "link to a clip or gallery, not a sentence of the story"),
    ("breadcrumb", r"(?:home|news)(?:\s*[|›>»/]\s*[^\W\d_][\w&'’-]*(?:\s+[\w&'’-]+){0,2}){1,5}"
     r"|[^\W\d_][\w&'’-]*(?:\s+[\w&'’-]+){0,2}(?:\s*[|›>»]\s*[^\W\d_][\w&'’-]*(?:\s+[\w&'’-]+){0,2}){3,5}",
     "Home | News | Region | Crime", "the page's section path: from Home or News, or four to six short sections "
     "between bars or arrows, no figure; a section name ('Crime', 'Business') is no word of the story"),
], columns=["name", "pattern", "example", "note"])
SHARE_NETWORKS = ("facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "messenger",
                  "email", "e-mail", "mail", "sms", "bluesky", "threads", "mastodon", "flipboard", "print", "copy link",
                  "copy", "instagram", "tiktok", "youtube", "viber", "signal", "snapchat", "tumblr", "vk", "weibo", "wechat")
_SHARE_NET = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(SHARE_NETWORKS, key=len, reverse=True))
_FURNITURE_LINE = {row.name: re.compile(r"(?i)^\s*(?:" + row.pattern.replace("SHARE_NET", _SHARE_NET) + r")\s*$")
                   for row in PAGE_FURNITURE.itertuples(index=False)}
# A teaser in a list of other stories: a numbered line ("1. Soap star's secret wedding", "2) Lottery winner loses it
# all") or a short line without a closing full stop, right after the list's head or another teaser.
_NUMBERED_TEASER = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·▪►-])\s+\S")


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _words(text))


def _is_widget(text: str) -> bool:
    if _WIDGET_PATTERNS.search(text):
        return True
    words = [w.lower() for w in _words(text)]
    if not words or len(words) > 8:
        return False
    # A short line made only of page-furniture vocabulary, with at least one word only furniture uses.
    return any(w in _WIDGET_STRONG for w in words) and all(
        w in _WIDGET_STRONG or w in _WIDGET_WEAK or w.isdigit() for w in words)


_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:van|de|der|da|al|bin|[A-Z][\w'’.-]+)){0,3}"
_NOT_A_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"\
              r"August|September|October|November|December|Then|Now|Noon|Midnight|Dawn|Dusk|Law)\b)"
_BYLINE = re.compile(rf"^\s*By\s+{_NOT_A_NAME}{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|–—-]\s*[\w\s'’]{{0,40}})?\s*$")


def _is_agency_signoff(text: str) -> bool:
    """A bare agency line such as 'AFP', 'REUTERS', 'AP/dpa' or '(AFP)'."""
    stripped = text.strip().strip("()[]—–- ")
    tokens = re.split(r"[\s/,&]+", stripped)
    return 1 <= len(tokens) <= 3 and len(stripped) <= 24 and all(
        re.fullmatch(r"[A-Z][A-Z0-9.\-]{1,9}|[a-z]{2,4}", t) for t in tokens
    ) and any(re.fullmatch(r"[A-Z][A-Z0-9.\-]{1,9}", t) for t in tokens)


WRAP_WIDTH_SURE = 100  # lines never longer than this, in blank-line separated groups: wrapped text
WRAP_WIDTH_MAX = 200  # wider lines are paragraphs, never a fixed-width wrap


def _is_hard_wrapped(lines: list[Line]) -> bool:
    """True for plain text wrapped at a fixed width, whose paragraphs are blank-line separated: lines of at most 100
    characters in groups, or wider ones (up to 200, a wrap at 120 or 132 columns) when most lines followed by another
    line of their group break mid-sentence (paragraphs one per line end with a full stop instead)."""
    texts = [l.text for l in lines if l.text.strip()]
    if len(texts) < 6:
        return False
    lengths = [len(t) for t in texts]
    grouped = [bool(l.text.strip()) and ((i > 0 and bool(lines[i - 1].text.strip()))
                                         or (i + 1 < len(lines) and bool(lines[i + 1].text.strip())))
               for i, l in enumerate(lines)]
    if statistics.median(lengths) < 45 or sum(grouped) < 0.6 * len(texts) or max(lengths) > WRAP_WIDTH_MAX:
        return False
    if max(lengths) <= WRAP_WIDTH_SURE:
        return True
    followed = [l.text.rstrip() for i, l in enumerate(lines[:-1]) if l.text.strip() and lines[i + 1].text.strip()]
    return bool(followed) and sum(not _TERMINAL.search(t) for t in followed) >= 0.6 * len(followed)


def _wrap_width(lines: list[Line]) -> float:
    """A low estimate of the column a hard-wrapped text breaks at: the median length of the lines another line follows
    (a greedy wrap fills every such line to within one word of the column)."""
    followed = [len(l.text.rstrip()) for i, l in enumerate(lines[:-1]) if l.text.strip() and lines[i + 1].text.strip()]
    return statistics.median(followed) if followed else 0.0


# Where a hard-wrapped text breaks a line on purpose, inside a blank-line separated group (session 19: a new user's
# headline, outlet line and date line were joined into one headline). Each rule: (line, next line, width, first group).
WRAP_BREAK_RULES = {
    # the next line's first word would have fitted on this line: a greedy wrap would have put it there
    "next_word_fits": lambda line, nxt, width, first: len(line.rstrip()) + 1 + len(nxt.split()[0]) <= width,
    # in the text's first group (its header), a short line opening with a capital or a digit is a line of its own
    # (an outlet name, a date line, a byline under the headline)
    "short_header_line": lambda line, nxt, width, first: first and len(nxt.strip()) <= 0.6 * width
    and nxt.strip()[:1].isupper() | nxt.strip()[:1].isdigit(),
}


def _wrapped_blocks(lines: list[Line]) -> list[dict]:
    """The paragraphs of a hard-wrapped text: blank-line separated groups of lines, joined, except where a line breaks
    on purpose (WRAP_BREAK_RULES)."""
    width, out, current, first = _wrap_width(lines), [], [], True
    for line in lines + [Line("", -1)]:
        deliberate = bool(current) and bool(line.text.strip()) and any(
            rule(current[-1].text, line.text, width, first) for rule in WRAP_BREAK_RULES.values())
        if current and (not line.text.strip() or deliberate):
            out.append({"text": " ".join(l.text.strip() for l in current), "line_start": current[0].line_no,
                        "line_end": current[-1].line_no, "hint": current[0].hint})
            first, current = first and deliberate, []
        if line.text.strip():
            current.append(line)
    return out


def segment(article: RawArticle) -> list[dict]:
    """Candidate blocks of an article: non-blank lines (joined into paragraphs when the text is hard-wrapped)."""
    lines = article.lines
    out: list[dict] = []
    if article.fmt == "txt" and _is_hard_wrapped(lines):
        return _wrapped_blocks(lines)
    for line in lines:
        text = line.text.strip()
        if text:
            out.append({"text": text, "line_start": line.line_no, "line_end": line.line_no, "hint": line.hint})
    return out


def _looks_like_body(text: str) -> bool:
    return len(_words(text)) >= 15 and bool(_TERMINAL.search(text))


def classify(article: RawArticle) -> pd.DataFrame:
    """One row per block of `article`: article_id, block_no, role, text, line_start, line_end, reason."""
    return pd.DataFrame(block_records(article), columns=BLOCK_COLUMNS)


@dataclass
class _Page:
    """What the role rules know while they walk down one article's blocks."""

    article: RawArticle
    blocks: list[dict]
    body_after: list[bool]  # body_after[i]: a body-like block stands at i or later
    headline_idx: int | None = None
    headline_norm: str = ""
    headline_head: str = ""
    widget_tail_from: int | None = None
    story_list_from: int | None = None  # the head of a list of other stories (most read, trending) whose teasers follow
    story_list_plain: bool = False  # its first teaser was a short line without number or bullet (session 14)
    seen: dict[str, int] = field(default_factory=dict)
    n_entries: int = 0  # lines that are a live entry's clock stamp ("Update 12:40", "17:45"): two or more, a live page


@dataclass
class _Block:
    i: int
    text: str
    hint: str
    words: list[str]
    norm: str


def _rule_headline(page: _Page, b: _Block):
    first_line = page.headline_idx is None and b.i == 0 and page.article.fmt == "txt" and len(b.words) <= 60 \
        and len(page.blocks) > 1
    if page.headline_idx is not None or not (b.hint == "headline" or first_line):
        return None
    page.headline_idx, page.headline_norm = b.i, b.norm
    head = re.split(r":\s+", b.text, maxsplit=1)
    page.headline_head = _norm(head[0]) if len(head) == 2 and len(_words(head[0])) >= 3 else ""
    return ("headline", "title field" if b.hint else "first line of the file")


def _rule_widget_tail(page: _Page, b: _Block):
    if page.widget_tail_from is not None and len(b.words) < 20:
        return ("boilerplate", f"in the comment/share area that begins at block {page.widget_tail_from + 1}")
    return None


def _rule_share(page: _Page, b: _Block):
    """A share prompt ('SHARE THIS STORY') or a share bar ('Facebook | X | WhatsApp'): furniture, never a credit; with
    no body text after it, the comment/share area of the page begins here."""
    if len(b.words) > 12 or not (_FURNITURE_LINE["share_prompt"].match(b.text) or _FURNITURE_LINE["share_bar"].match(b.text)):
        return None
    if not page.body_after[b.i + 1] and page.widget_tail_from is None:
        page.widget_tail_from = b.i
    return ("boilerplate", "share prompt or share bar")


def _rule_breadcrumb(page: _Page, b: _Block):
    """The page's section path ('Home | News | Region | Crime', 'News › World › Europe'): furniture, not a heading."""
    if b.i == page.headline_idx or len(b.words) > 14 or re.search(r"\d", b.text):
        return None
    return ("boilerplate", "section path (breadcrumb) of the page") if _FURNITURE_LINE["breadcrumb"].match(b.text) else None


def _rule_story_list(page: _Page, b: _Block):
    """The head of a list of other stories ('MOST READ', 'Trending now', 'Related stories') and the teasers under it
    (numbered, bulleted or short lines without a closing full stop): furniture, their figures and words never the
    story's. The list ends at the first line that reads as a paragraph."""
    head = _FURNITURE_LINE["story_list_head"].match(b.text) or _FURNITURE_LINE["story_list_head_story"].match(b.text)
    if b.i != page.headline_idx and ((len(b.words) <= 6 and head) or _foot_list_head(page, b)):
        page.story_list_from, page.story_list_plain = b.i, False
        return ("boilerplate", "head of a list of other stories (most read, trending, related)")
    if b.i != page.headline_idx and len(b.words) <= 20 and _FURNITURE_LINE["media_teaser"].match(b.text):
        return ("boilerplate", "teaser of a video or gallery (a line ending in a media tag)")
    if page.story_list_from is None or b.hint == "caption" or _is_caption(b):
        return None  # session 14: a photo caption (a figcaption, "(Image: X)") is a caption, even beside such a list
    # Mid-page a numbered or bulleted line is a teaser, and so is a short line without a closing full stop right under
    # the head or under such a line (session 14: a tabloid's "RELATED ARTICLES" box of plain links), while a short
    # heading may follow a numbered list; at the foot, where no paragraph follows, any short line is one.
    unclosed = len(b.words) <= 20 and not re.search(r"[.;:][\"”’')\]]*\s*$", b.text)
    plain = unclosed and len(b.words) <= 14 and (page.story_list_plain or b.i == page.story_list_from + 1)
    teaser = len(b.words) <= 20 and (_NUMBERED_TEASER.match(b.text) or (unclosed and not page.body_after[b.i + 1])
                                     or plain)
    if teaser and not _looks_like_body(b.text):
        page.story_list_plain = bool(plain and not _NUMBERED_TEASER.match(b.text))
        return ("boilerplate", f"teaser of another story, in the list that begins at block {page.story_list_from + 1}")
    page.story_list_from = None
    return None


_CLOSED = re.compile(r"[.;:][\"”’')\]]*\s*$")


def _foot_list_head(page: _Page, b: _Block) -> bool:
    """Session 15 (nuframes15): a short line in capitals at the foot of the page (no paragraph after it) followed only
    by short headline-like lines (at most 14 words, no closing full stop): the head of a list of other stories ('ELSEWHERE
    ON THE SITE', 'WATCH NEXT') whatever its words, in a pasted .txt as in a saved page."""
    after = page.blocks[b.i + 1:]
    if b.i == 0 or page.body_after[b.i + 1] or not after or len(b.words) > 6 or _CLOSED.search(b.text):
        return False
    return _is_capitals_line(b.text) and all(len(_words(x["text"])) <= 14 and not _CLOSED.search(x["text"])
                                             for x in after)


def _is_capitals_line(text: str) -> bool:
    """Every word with letters written in capitals, at least two words and four letters ('HISTORY REPEATING',
    'SIX IN THE NET', '£1M PAYOUT ROW')."""
    words = [w for w in _words(text) if re.search(r"[^\W\d_]", w)]
    letters = "".join(re.findall(r"[^\W\d_]", text))
    return len(words) >= 2 and len(letters) >= 4 and letters == letters.upper() and letters != letters.lower()


CROSSHEAD_REASON = "cross-head in capitals (a section title, not a credit)"  # a heading, never split into sentences


def _rule_crosshead(page: _Page, b: _Block):
    """A cross-head: a short line in capitals between paragraphs, followed by body text ('HISTORY REPEATING', 'SIX IN
    THE NET'). A section title of the story, neither a credit (an agency sign-off is one capitalised name at the end)
    nor a sentence of it (`corpus.is_sentence_block`: its words are never read; one stating a figure, 'NINE DEAD', is
    read for the figure). Only between paragraphs: a line in capitals under the headline is a kicker or standfirst."""
    if b.i == 0 or b.i == page.headline_idx or not page.body_after[b.i + 1] or len(b.words) > 8:
        return None
    if _TERMINAL.search(b.text) or not _is_capitals_line(b.text):
        return None
    if not any(_looks_like_body(x["text"]) for x in page.blocks[:b.i]):  # under the headline: a kicker or standfirst
        return None
    return ("heading", CROSSHEAD_REASON)


LIVE_ENTRY_REASON = "live page entry time (its paragraphs get this time)"


def _entry_line(text: str) -> bool:
    stamp = entry_stamp(text)
    return stamp is not None and stamp["rule"] == "entry_heading"


def _rule_live_entry(page: _Page, b: _Block):
    """Session 19 (live19): on a live page (MIN_ENTRIES or more lines that are an entry's clock stamp, 'Update 12:40',
    '17:45', '12:40 GMT'), each such line is a heading, so its time reaches the numbers step (helpers.stamps
    .figure_times); never a counter. Its figures are never read (helpers.stamps.is_stamp_line)."""
    if page.n_entries < MIN_ENTRIES or b.i == page.headline_idx or not _entry_line(b.text):
        return None
    return ("heading", LIVE_ENTRY_REASON)


def _rule_counter(page: _Page, b: _Block):
    return ("boilerplate", "counter: a line of numbers only") if _COUNTER.match(b.text) and len(b.text) <= 20 else None


def _is_caption(b: _Block) -> bool:
    return bool(_CAPTION_START.match(b.text) or (len(b.words) <= 80 and _CAPTION_MARK.search(b.text)))


def _rule_caption(page: _Page, b: _Block):
    return ("caption", "photo caption or image credit") if _is_caption(b) else None


def _rule_credit(page: _Page, b: _Block):
    n = len(page.blocks)
    if (len(b.words) <= 25 and _CREDIT_LINE.search(b.text)) or (b.i >= n * 0.5 and _is_agency_signoff(b.text)):
        return ("credit", "agency or reporter credit line")
    return None


# A staff credit without "By": "Freight & Rail Weekly staff", "Staff and agencies", "Our Health Correspondent", "Newsdesk"
_STAFF_LINE = re.compile(r"(?i)^\s*(?:[\w&'’.\- ]{0,40}\s)?(?:staff(?:\s+(?:reporters?|writers?|and\s+agencies))?"
                         r"|newsdesk|news\s+desk|(?:our\s+)?[\w ]{0,25}correspondents?)\s*$")


def _rule_byline(page: _Page, b: _Block):
    """'By Ana Ruiz', 'By Ana Ruiz and Tom Hay, Health Correspondent', 'Freight & Rail Weekly staff': a byline, not a
    standfirst."""
    if len(b.words) <= 12 and _BYLINE.match(b.text):
        return ("credit", "byline")
    return ("credit", "byline (staff credit)") if len(b.words) <= 6 and _STAFF_LINE.match(b.text) else None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The parts a date line under a headline is made of, each a named rule: what it covers. A line is a date line when it
# holds a date and, once these parts and separators are taken out, nothing is left but a byline or a short label
# (the outlet, a section, "Live").
DATELINE_PARTS = (
    ("stamp_word", r"(?i:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s*:?)"),
    ("weekday", r"(?i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?)"),
    ("day_month_year", rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"),
    ("month_day_year", rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"),
    ("numeric_date", r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}"),
    ("clock_time", r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}\b|[+-]\d{2}:?\d{2}))?"),
)
_DATE_PART_NAMES = {"day_month_year", "month_day_year", "numeric_date"}
_DATELINE_PART = re.compile("|".join(rf"(?P<{name}>(?<![\w.:])(?:{rx})(?![\w:]))" for name, rx in DATELINE_PARTS))
_DATELINE_SEPARATORS = re.compile(r"[|·•,;–—/]|\s-\s|\s+")


def dateline_parts(text: str) -> tuple[str, str] | None:
    """(the date and time a date line gives, what is left of it) when `text` is a date line, else None.

    'By Nora Feld, Eastmark Courier Wednesday 14 October 2026, 09:10' -> ('14 October 2026 09:10', 'By Nora Feld
    Eastmark Courier'); 'Radio Brannock | News | 15 October 2026 07:30' -> ('15 October 2026 07:30', 'Radio Brannock
    News'). A sentence that mentions a date ('The dam burst on 14 October 2026.') is not one: its other words are not
    all capitalised."""
    found = list(_DATELINE_PART.finditer(text))
    if not any(m.lastgroup in _DATE_PART_NAMES for m in found) or len(_words(text)) > 20:
        return None
    when = _dateline_when(found)
    rest = _DATELINE_PART.sub(" ", text)
    label = " ".join(t for t in _DATELINE_SEPARATORS.split(rest) if t)
    if not label or _BYLINE.match(rest.strip(" |·•,;–—-")):
        return when, label
    words = label.split()
    ok = len(words) <= 6 and not re.search(r"[.!?]\s*$", label) and all(
        w[:1].isupper() or w.lower() in _DATELINE_LABEL_WORDS for w in words)
    return (when, label) if ok else None


# Lower-case words a date line's label may hold besides capitalised names ("Markets desk", "Published at").
_DATELINE_LABEL_WORDS = {"&", "and", "of", "the", "at", "on", "in", "desk", "news", "live", "staff", "correspondent",
                         "reporter", "editor", "updated", "published"}


def _dateline_when(found: list) -> str:
    """The publication date and time of a date line: its first date and the first clock time not after 'Updated'."""
    date, clock, updated = None, None, False
    for m in found:
        if m.lastgroup == "stamp_word" and re.search(r"(?i)updated|modified", m.group(0)):
            updated = True
        elif m.lastgroup in _DATE_PART_NAMES and date is None:
            date = m.group(0)
        elif m.lastgroup == "clock_time" and clock is None and not updated:
            clock = re.sub(r"^(\d{1,2})\.(\d{2})", r"\1:\2", m.group(0))  # '7.45am' -> '7:45am'
    return " ".join(p.strip(" ,") for p in (date, clock) if p)


BYLINE_DATE_REASON, DATE_LINE_REASON = "byline with date line", "date line (outlet or section, date)"


def _rule_dateline(page: _Page, b: _Block):
    """A byline or outlet line carrying the publication date and time: credit furniture, its figures never read."""
    parts = dateline_parts(b.text) if b.i != page.headline_idx else None
    if parts is None:
        return None
    return ("credit", BYLINE_DATE_REASON if parts[1].startswith("By ") else DATE_LINE_REASON)


def _rule_signoff(page: _Page, b: _Block):
    """The last block, a bare name of two to four capitalised words ('Radio Northfield'): the outlet's sign-off."""
    last = b.i == len(page.blocks) - 1 and b.i > 0
    if last and 2 <= len(b.words) <= 4 and not _TERMINAL.search(b.text) and all(w[:1].isupper() for w in b.words):
        return ("credit", "sign-off line at the end of the article")
    return None


def _rule_figcaption_or_furniture(page: _Page, b: _Block):
    """A figcaption is a caption; teasers, time stamps and paywalls are furniture."""
    if b.i == page.headline_idx:
        return None
    return ("caption", "photo caption (figcaption) of the page") if b.hint == "caption" else _furniture(b.text, len(b.words))


def _rule_disclaimer(page: _Page, b: _Block):
    return ("boilerplate", "disclaimer or editor's note") if _DISCLAIMER.search(b.text) else None


def _rule_widget(page: _Page, b: _Block):
    if len(b.words) > 25 or not _is_widget(b.text):
        return None
    if not page.body_after[b.i + 1]:
        page.widget_tail_from = b.i
    return ("boilerplate", "comment, share or subscription widget")


HEADLINE_REPEAT_WITHIN = 4  # blocks under the headline where the page's own <h1> or kicker may repeat it
MIN_HEADLINE_PREFIX_WORDS = 5


def _rule_repeats_headline(page: _Page, b: _Block):
    """A block that repeats the headline, or (session 14) near the top one that begins with it or with which it begins:
    a page's <h1> longer than its <title> or social title ("Strike day one: 236 operations cancelled at X" / "... as
    nurses picket"), so the headline's figures are not read twice."""
    if b.norm and (b.norm == page.headline_norm or b.norm == page.headline_head):
        return ("duplicate", "repeats the headline")
    if page.headline_idx is None or not b.norm or not 0 < b.i - page.headline_idx <= HEADLINE_REPEAT_WITHIN:
        return None
    short, long = sorted((b.norm, page.headline_norm), key=len)
    if len(short.split()) >= MIN_HEADLINE_PREFIX_WORDS and long.startswith(short + " ") and not _looks_like_body(b.text):
        return ("duplicate", "repeats the headline (a longer or shorter version of it)")
    return None


def _rule_repeats_block(page: _Page, b: _Block):
    return ("duplicate", f"repeats block {page.seen[b.norm] + 1}") if b.norm in page.seen else None


def _rule_marked(page: _Page, b: _Block):
    return (b.hint, "marked as such in the source") if b.hint in ("standfirst", "heading") else None


_NAME_LINK_WORDS = {"of", "the", "and", "&", "for", "de", "la", "le"}


OUTLET_LINE_MAX_WORDS = 6  # "National Broadcasting Service | News | Regions"
OUTLET_UNDER_DATE_REASON = "outlet name line under the date line"  # names the outlet, never who wrote the article


def _under_date_line(page: _Page, b: _Block) -> bool:
    """Session 19 (live19): the block right under a date line that stands under the headline ('Tuesday 13 October
    2026, 12:50 CEST'), before any paragraph of the story, with a byline right under it or sections beside it
    ('National Broadcasting Service | News | Regions'): a title-case kicker ('Regulator Says Crew Ignored Warnings')
    has neither."""
    if page.headline_idx is None or not 0 < b.i - page.headline_idx <= 3 or b.i == 0:
        return False
    above = page.blocks[b.i - 1]["text"]
    below = page.blocks[b.i + 1]["text"] if b.i + 1 < len(page.blocks) else ""
    named = bool(_BYLINE.match(below) or re.search(r"\s[|·•]\s", b.text))  # a byline under it, or a section path
    return named and dateline_parts(above) is not None and not any(_looks_like_body(x["text"]) for x in page.blocks[:b.i])


def _rule_outlet_line(page: _Page, b: _Block):
    """A bare name of two to five capitalised words right under a text file's headline ('Riverside Business Daily'),
    or (session 19, live19: the new user's finding 15) of two to OUTLET_LINE_MAX_WORDS right under its date line, its
    section path kept beside it ('The National Ledger', 'National Broadcasting Service | News | Regions'): the outlet's
    name line, neither a standfirst (a standfirst says something) nor a heading."""
    if page.headline_idx is None or page.article.fmt != "txt":
        return None
    first = b.i == page.headline_idx + 1
    if not first and not _under_date_line(page, b):
        return None
    words, most = b.words, 5 if first else OUTLET_LINE_MAX_WORDS
    if 2 <= len(words) <= most and not _TERMINAL.search(b.text) and not re.search(r"\d", b.text) \
            and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _NAME_LINK_WORDS for w in words):
        return ("credit", "outlet name line under the headline" if first else OUTLET_UNDER_DATE_REASON)
    return None


def _rule_standfirst(page: _Page, b: _Block):
    if page.headline_idx is not None and b.i == page.headline_idx + 1 and page.article.fmt == "txt" \
            and len(b.words) <= 40 and not re.search(r"[.!?][\"”’']?$", b.text) and page.body_after[b.i + 1]:
        return ("standfirst", "short line under the headline, no closing full stop")
    return None


def _rule_heading(page: _Page, b: _Block):
    if len(b.words) <= 12 and len(b.text) <= 90 and not _TERMINAL.search(b.text) and page.body_after[b.i + 1] \
            and b.i > 0:
        return ("heading", "short line without closing punctuation, followed by body text")
    return None


# The role rules, tried in this order; the first that answers decides the block's role (else body).
ROLE_RULES = (
    ("headline", _rule_headline), ("comment_area", _rule_widget_tail), ("share", _rule_share),
    ("breadcrumb", _rule_breadcrumb), ("live_entry", _rule_live_entry), ("story_list", _rule_story_list), ("crosshead", _rule_crosshead), ("counter", _rule_counter),
    ("caption", _rule_caption), ("credit_line", _rule_credit), ("byline", _rule_byline), ("signoff", _rule_signoff),
    ("figcaption_or_furniture", _rule_figcaption_or_furniture), ("dateline", _rule_dateline),
    ("disclaimer", _rule_disclaimer), ("widget", _rule_widget), ("repeats_headline", _rule_repeats_headline),
    ("repeats_block", _rule_repeats_block), ("marked_in_source", _rule_marked), ("outlet_line", _rule_outlet_line),
    ("standfirst", _rule_standfirst),
    ("heading", _rule_heading),
)


def _block_role(page: _Page, b: _Block) -> tuple[str, str]:
    role = next((r for _, rule in ROLE_RULES if (r := rule(page, b)) is not None), None)
    if role is not None and role[0] == "caption" and b.norm in page.seen:
        role = ("caption", f"photo caption or image credit; repeats block {page.seen[b.norm] + 1}")
    page.seen.setdefault(b.norm, b.i)
    return role or ("body", "")


def block_records(article: RawArticle) -> list[dict]:
    """The blocks of `article` as records (see `classify`): each block's role from the first of ROLE_RULES that
    answers."""
    blocks = segment(article)
    body_after = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        body_after[i] = body_after[i + 1] or _looks_like_body(blocks[i]["text"])
    page = _Page(article, blocks, body_after, n_entries=sum(_entry_line(b["text"]) for b in blocks))
    roles = [_block_role(page, _Block(i, b["text"], b["hint"], _words(b["text"]), _norm(b["text"])))
             for i, b in enumerate(blocks)]
    return [
        {"article_id": article.article_id, "block_no": i + 1, "role": r[0],
         "text": without_wire_slug(b["text"]) if r[0] == "headline" else b["text"],
         "line_start": b["line_start"], "line_end": b["line_end"], "reason": r[1] or None}
        for i, (b, r) in enumerate(zip(blocks, roles))
    ]


# Wire services' version slugs before a headline ("UPDATE 3-Child dies in …", "REFILE-…", "CORRECTED-…"): desk
# markers, not words of the headline; their numbers are versions, never figures of the event.
WIRE_SLUGS = pd.DataFrame([
    ("update", r"(?:REFILE-)?UPDATE\s?\d{1,2}", "UPDATE 3-Child dies in school meals outbreak"),
    ("wrapup", r"WRAPUP\s?\d{0,2}", "WRAPUP 2-Strikes spread to ports"),
    ("desk_tag", r"REFILE|CORRECTED|RPT|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|BREAKINGVIEWS|EXPLAINER|TIMELINE|POLL",
     "EXCLUSIVE-Minister knew of 40 complaints"),
], columns=["name", "pattern", "example"])
_WIRE_SLUG = re.compile(r"^(?:(?:" + "|".join(WIRE_SLUGS["pattern"]) + r")\s?[-\u2013:]\s?)+(?=\S)")


def without_wire_slug(headline: str) -> str:
    """`headline` without a leading wire version slug (`WIRE_SLUGS`, upper case as the wires write them)."""
    return _WIRE_SLUG.sub("", headline)


def credit_from_blocks(blocks: list[dict]) -> tuple[str | None, str | None]:
    """The agency or reporters an article credits in its own credit lines: (credit, basis), or (None, None)."""
    lines = [_credit_text(b) for b in blocks if b["role"] == "credit"
             and b["reason"] not in (DATE_LINE_REASON, OUTLET_UNDER_DATE_REASON)]
    names, basis = [], []
    for text in lines:
        by = re.search(r"(?i)\bby\s+(.+?)(?:\s+contributed\b|[.;]|$)", text)
        name = by.group(1).strip() if by else text.strip().strip("()[]—–-. ")
        if name and not any(name in n for n in names):
            names.append(name)
            basis.append(text.strip())
    if not names:
        return None, None
    return ", ".join(names), "inferred from the article's credit line: " + " | ".join(repr(b) for b in basis)


def _credit_text(block: dict) -> str:
    """A credit block's text, a byline with date line without its date ('By Ana Ruiz, Herald')."""
    if block["reason"] != BYLINE_DATE_REASON:
        return block["text"]
    return _DATELINE_PART.sub(" ", block["text"]).strip(" |·•,;–—-")


def published_from_blocks(blocks: list[dict]) -> str | None:
    """The publication date and time a date line near the top gives ('15 October 2026 07:30'; never an 'Updated'
    time), or None."""
    for b in blocks[:6]:
        dated = b["reason"] in (BYLINE_DATE_REASON, DATE_LINE_REASON, "time stamp")
        if dated and not re.search(r"(?i)\b(updated|modified)\b", b["text"]):
            parts = dateline_parts(b["text"])
            if parts and parts[0]:
                return parts[0]
    return None
