"""Narrative computed from the data, safe to render: every value is escaped before it enters Markdown.

Article text is untrusted: an outlet name, a quotation or a headline may hold HTML ("<script>…") or Markdown
("[x](javascript:…)"). `md(value)` escapes one value; `say(template, **values)` fills a Markdown template with
escaped values, so only the template's own Markdown (bold, italics) is ever interpreted.
"""
from __future__ import annotations

import html
import re

from IPython.display import Markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def show_full_tables() -> None:
    """Show table cells in full (provenance sentences are long) and every table as a reader table
    (`reader.use_reader_tables`: human headers, rounded numbers, no index, long tables folded)."""
    import pandas as pd

    from .reader import use_reader_tables

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 300)
    use_reader_tables()


def md(value) -> str:
    """`value` as inert Markdown text: HTML characters escaped, Markdown punctuation backslash-escaped."""
    text = html.escape(str(value), quote=False)  # quotes are inert in Markdown text; "&#x27;" would show as text
    return _MD_SPECIAL.sub(r"\\\1", text)


def say(template: str, **values) -> Markdown:
    """A Markdown object: `template` (trusted) formatted with escaped `values` (untrusted)."""
    return Markdown(template.format(**{k: md(v) for k, v in values.items()}))


def interval(low: float, high: float) -> str:
    """'95% interval −0.21 to −0.02', or a plain statement when there were too few observations for one."""
    if low != low or high != high:  # NaN
        return "too few sentences for an interval"
    return f"95% interval {low:+.2f} to {high:+.2f}"


def listed(names, limit: int = 8, empty: str = "none", sep: str = ", ") -> str:
    """Names for a sentence, escaped: 'A, B, C' up to `limit`, then 'A, B, … and 12 more' (a sentence about many
    outlets stays one sentence)."""
    names = [md(n) for n in names]
    if not names:
        return empty
    if len(names) <= limit:
        return sep.join(names)
    return sep.join(names[:limit]) + f" and {len(names) - limit} more"


def clipped(text: str, limit: int = 400) -> str:
    """`text` cut at the last ' | ' or space before `limit` characters, with '…' (a timeline of 100 outlets stays a
    sentence; the full text is in the tables)."""
    text = str(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for sep in (" | ", " "):
        if sep in cut:
            return cut.rsplit(sep, 1)[0] + " …"
    return cut + "…"
