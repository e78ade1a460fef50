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

import pandas as pd

from .ingest import Line, RawArticle
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
)


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


def _is_agency_signoff(text: str) -> bool:
    """A bare agency line such as 'AFP', 'REUTERS', 'AP/dpa' or '(AFP)'."""
    stripped = text.strip().strip("()[]—–- ")
    tokens = re.split(r"[\s/,&]+", stripped)
    return 1 <= len(tokens) <= 3 and len(stripped) <= 24 and all(
        re.fullmatch(r"[A-Z][A-Z0-9.\-]{1,9}|[a-z]{2,4}", t) for t in tokens
    ) and any(re.fullmatch(r"[A-Z][A-Z0-9.\-]{1,9}", t) for t in tokens)


def _is_hard_wrapped(lines: list[Line]) -> bool:
    """True for plain text wrapped at a fixed width, whose paragraphs are blank-line separated."""
    texts = [l.text for l in lines if l.text.strip()]
    if len(texts) < 6:
        return False
    lengths = [len(t) for t in texts]
    in_groups = sum(
        1 for i, l in enumerate(lines)
        if l.text.strip() and ((i > 0 and lines[i - 1].text.strip()) or (i + 1 < len(lines) and lines[i + 1].text.strip()))
    )
    return max(lengths) <= 100 and statistics.median(lengths) >= 45 and in_groups >= 0.6 * len(texts)


def segment(article: RawArticle) -> list[dict]:
    """Candidate blocks of an article: non-blank lines (joined into paragraphs when the text is hard-wrapped)."""
    lines = article.lines
    out: list[dict] = []
    if article.fmt == "txt" and _is_hard_wrapped(lines):
        current: list[Line] = []
        for line in lines + [Line("", -1)]:
            if line.text.strip():
                current.append(line)
            elif current:
                out.append({"text": " ".join(l.text.strip() for l in current), "line_start": current[0].line_no,
                            "line_end": current[-1].line_no, "hint": current[0].hint})
                current = []
        return out
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


def block_records(article: RawArticle) -> list[dict]:
    """The blocks of `article` as records (see `classify`)."""
    blocks = segment(article)
    n = len(blocks)
    roles: list[tuple[str, str]] = [("body", "")] * n
    seen: dict[str, int] = {}
    headline_idx = None
    headline_norm = ""
    headline_head = ""
    body_after = [False] * (n + 1)  # body_after[i]: a body-like block stands at i or later
    for i in range(n - 1, -1, -1):
        body_after[i] = body_after[i + 1] or _looks_like_body(blocks[i]["text"])
    widget_tail_from = None

    for i, block in enumerate(blocks):
        text, hint = block["text"], block["hint"]
        words = _words(text)
        norm = _norm(text)
        role = None
        if hint == "headline" or (headline_idx is None and i == 0 and article.fmt == "txt" and len(words) <= 60 and n > 1):
            if headline_idx is None:
                role = ("headline", "title field" if hint else "first line of the file")
                headline_idx, headline_norm = i, norm
                head = re.split(r":\s+", text, maxsplit=1)
                headline_head = _norm(head[0]) if len(head) == 2 and len(_words(head[0])) >= 3 else ""
        if role is None and widget_tail_from is not None and len(words) < 20:
            role = ("boilerplate", f"in the comment/share area that begins at block {widget_tail_from + 1}")
        if role is None and _COUNTER.match(text) and len(text) <= 20:
            role = ("boilerplate", "counter: a line of numbers only")
        if role is None and (_CAPTION_START.match(text) or (len(words) <= 80 and _CAPTION_MARK.search(text))):
            role = ("caption", "photo caption or image credit")
        if role is None and (len(words) <= 25 and _CREDIT_LINE.search(text) or (i >= n * 0.5 and _is_agency_signoff(text))):
            role = ("credit", "agency or reporter credit line")
        if role is None and _DISCLAIMER.search(text):
            role = ("boilerplate", "disclaimer or editor's note")
        if role is None and len(words) <= 25 and _is_widget(text):
            role = ("boilerplate", "comment, share or subscription widget")
            if not body_after[i + 1]:
                widget_tail_from = i
        if role is None and norm and (norm == headline_norm or norm == headline_head):
            role = ("duplicate", "repeats the headline")
        if role is None and norm in seen:
            role = ("duplicate", f"repeats block {seen[norm] + 1}")
        if role is None and hint in ("standfirst", "heading"):
            role = (hint, "marked as such in the source")
        if role is None and headline_idx is not None and i == headline_idx + 1 and article.fmt == "txt" \
                and len(words) <= 40 and not re.search(r"[.!?][\"”’']?$", text) and body_after[i + 1]:
            role = ("standfirst", "short line under the headline, no closing full stop")
        if role is None and len(words) <= 12 and len(text) <= 90 and not _TERMINAL.search(text) \
                and body_after[i + 1] and i > 0:
            role = ("heading", "short line without closing punctuation, followed by body text")
        if role is not None:
            roles[i] = role
        if role is not None and role[0] == "caption" and norm in seen:
            roles[i] = ("caption", f"photo caption or image credit; repeats block {seen[norm] + 1}")
        seen.setdefault(norm, i)

    return [
        {"article_id": article.article_id, "block_no": i + 1, "role": r[0], "text": b["text"],
         "line_start": b["line_start"], "line_end": b["line_end"], "reason": r[1] or None}
        for i, (b, r) in enumerate(zip(blocks, roles))
    ]


def credit_from_blocks(blocks: list[dict]) -> tuple[str | None, str | None]:
    """The agency or reporters an article credits in its own credit lines: (credit, basis), or (None, None)."""
    lines = [b["text"] for b in blocks if b["role"] == "credit"]
    names, basis = [], []
    for text in lines:
        by = re.search(r"(?i)\bby\s+(.+?)(?:\s+contributed\b|[.;]|$)", text)
        name = by.group(1).strip() if by else text.strip().strip("()[]—–-. ")
        if name and name not in names:
            names.append(name)
            basis.append(text.strip())
    if not names:
        return None, None
    return ", ".join(names), "inferred from the article's credit line: " + " | ".join(repr(b) for b in basis)
