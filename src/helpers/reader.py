"""Tables for readers: what a DataFrame looks like in a report.

Every table a notebook shows goes through `reader_html` (registered as the HTML display of DataFrames by
`use_reader_tables`): no index column, human headers ("Tone CI low" → "Tone, 95% interval low"), numbers rounded
as people write them, blanks for missing values, yes/blank for flags, and long tables cut to their first rows
with the rest folded under a `<details>` element (the full table is in the run's `tables/` folder). Cell text is
HTML-escaped: article text is untrusted. Built on pandas' Styler, not hand-written HTML.
"""
from __future__ import annotations

import html
import math
import re

import pandas as pd

SHOWN_ROWS = 15  # rows shown before the rest of a long table is folded
MAX_FOLDED_ROWS = 300  # rows kept in the HTML at all; the run's tables/ folder has the rest

# Header words written as readers write them; everything else is snake_case turned into words.
HEADER_WORDS = {
    "ci": "95% interval", "id": "ID", "n": "number of", "pct": "%", "url": "URL", "vader": "VADER",
    "textblob": "TextBlob", "no": "no.", "hhmm": "time",
}


def human_header(name) -> str:
    """'tone_ci_low' → 'Tone 95% interval low'; 'n_reporting' → 'Number of reporting'; keeps existing capitals."""
    text = str(name)
    if not re.fullmatch(r"[a-z0-9_]+", text):
        return text
    words = [HEADER_WORDS.get(w, w) for w in text.split("_") if w]
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def format_cell(value) -> str:
    """One cell as a reader reads it: blank for missing, yes/blank for flags, rounded numbers, ints without '.0'."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else ""
    if isinstance(value, (int,)) or type(value).__name__.startswith(("int", "uint")):
        return f"{int(value):,}"
    if isinstance(value, float) or type(value).__name__.startswith("float"):
        return format_number(float(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, (list, tuple)):
        return ", ".join(format_cell(v) for v in value)
    return html.escape(str(value))


def format_number(x: float) -> str:
    """1234567.0 → '1,234,567'; 0.4567 → '0.46'; 45.997944 → '46.0'; 1.2e9 → '1,200,000,000'; NaN → ''."""
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}"
    return f"{x:.2f}"


def _styled(frame: pd.DataFrame) -> str:
    shown = frame.copy()
    shown.columns = [human_header(c) for c in shown.columns]
    shown = shown.loc[:, ~shown.columns.duplicated()]
    styler = (shown.style.hide(axis="index").format(format_cell).format_index(escape="html", axis=1)
              .set_table_attributes('class="reader-table"'))
    return styler.to_html()


def reader_html(frame: pd.DataFrame, title: str | None = None) -> str:
    """A DataFrame as reader HTML: first SHOWN_ROWS rows, the rest (up to MAX_FOLDED_ROWS) folded."""
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    frame = frame.reset_index(drop=not _named_index(frame))
    head = f"<p><b>{html.escape(title)}</b></p>" if title else ""
    if frame.empty:
        return head + "<p><i>No rows.</i></p>"
    out = head + _styled(frame.head(SHOWN_ROWS))
    rest = frame.iloc[SHOWN_ROWS:MAX_FOLDED_ROWS]
    if len(rest):
        more = len(frame) - SHOWN_ROWS
        cut = f" ({len(frame) - MAX_FOLDED_ROWS} more rows in the run's tables folder)" if len(frame) > MAX_FOLDED_ROWS else ""
        out += f"<details><summary>{more} more rows{cut}</summary>{_styled(rest)}</details>"
    return out


def _named_index(frame: pd.DataFrame) -> bool:
    """Keep an index that carries information (named, or not a plain 0..n-1 range)."""
    if any(name is not None for name in frame.index.names):
        return True
    return not (isinstance(frame.index, pd.RangeIndex) or frame.index.equals(pd.RangeIndex(len(frame))))


def use_reader_tables() -> None:
    """Show every DataFrame (and Series) in this notebook as a reader table (see `reader_html`)."""
    try:
        from IPython import get_ipython
    except ImportError:  # outside IPython there is no display to configure
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type(pd.DataFrame, reader_html)
