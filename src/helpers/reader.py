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
MAX_FOLDED_ROWS = 100  # rows kept in the HTML at all; the run's tables/ folder has the rest

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


def _cells(frame: pd.DataFrame, rows: slice, links: dict | None, anchors: list | None) -> pd.DataFrame:
    """The cells of `frame`'s `rows` as escaped HTML (`format_cell`), linked cells wrapped in `<a href>` and each
    row's anchor, if any, as an id at the start of its first cell."""
    part = frame.iloc[rows]
    cells = pd.DataFrame({c: [format_cell(v) for v in part.iloc[:, i]] for i, c in enumerate(part.columns)},
                         columns=part.columns)
    for column, hrefs in (links or {}).items():
        if column in cells:
            cells[column] = [f'<a href="{html.escape(h)}">{c}</a>' if h else c
                             for c, h in zip(cells[column], list(hrefs)[rows])]
    if anchors is not None and len(cells.columns):
        first = cells.columns[0]
        cells[first] = [f'<span id="{html.escape(a)}"></span>{c}' if a else c
                        for c, a in zip(cells[first], list(anchors)[rows])]
    return cells


def _styled(frame: pd.DataFrame, rows: slice = slice(None), links: dict | None = None,
            anchors: list | None = None) -> str:
    shown = _cells(frame, rows, links, anchors)  # already escaped: the Styler adds no formatting of its own
    shown.columns = [html.escape(human_header(c)) for c in shown.columns]  # headers may be source names: untrusted
    shown = shown.loc[:, ~shown.columns.duplicated()]
    styler = shown.style.hide(axis="index").set_table_attributes('class="reader-table"')
    if anchors is not None:  # the row a reader arrives at from a link is highlighted (CSS only, no script)
        styler = styler.set_table_styles([{"selector": "tr:has(span:target) td", "props": "background-color: #fff1b8;"}])
    return styler.to_html()


def reader_html(frame: pd.DataFrame, title: str | None = None, links: dict | None = None,
                anchors: list | None = None, fold: bool = True) -> str:
    """A DataFrame as reader HTML: first SHOWN_ROWS rows, the rest (up to MAX_FOLDED_ROWS) folded; with
    `fold=False` every row is shown. `links` maps a column to one href per row ('' for none) and `anchors` gives
    one HTML id per row ('' for none), both by row position; text stays escaped."""
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    frame = frame.reset_index(drop=not _named_index(frame))
    head = f"<p><b>{html.escape(title)}</b></p>" if title else ""
    if frame.empty:
        return head + "<p><i>No rows.</i></p>"
    if not fold:
        return head + _styled(frame, slice(None), links, anchors)
    out = head + _styled(frame, slice(0, SHOWN_ROWS), links, anchors)
    rest = frame.iloc[SHOWN_ROWS:MAX_FOLDED_ROWS]
    if len(rest):
        more = len(frame) - SHOWN_ROWS
        cut = f" ({len(frame) - MAX_FOLDED_ROWS} more rows in the run's tables folder)" if len(frame) > MAX_FOLDED_ROWS else ""
        out += (f"<details><summary>{more} more rows{cut}</summary>"
                f"{_styled(frame, slice(SHOWN_ROWS, MAX_FOLDED_ROWS), links, anchors)}</details>")
    return out


class LinkedTable:
    """A table whose cells link to anchors on the same page (and whose rows may be anchors): shown as a reader
    table, every row, with plain `<a href="#…">` links and ids, so a reader follows a figure to its sentence
    without any script. `frame` is the table as shown (the links and anchors are by row position)."""

    def __init__(self, frame: pd.DataFrame, links: dict | None = None, anchors: list | None = None,
                 title: str | None = None):
        self.frame, self.links, self.anchors, self.title = frame.reset_index(drop=True), links, anchors, title

    def _repr_html_(self) -> str:
        return reader_html(self.frame, self.title, self.links, self.anchors, fold=False)

    def __len__(self) -> int:
        return len(self.frame)

    def __repr__(self) -> str:
        return f"LinkedTable({len(self.frame)} rows)"


def _named_index(frame: pd.DataFrame) -> bool:
    """Keep an index that carries information (named, or not a plain 0..n-1 range)."""
    if any(name is not None for name in frame.index.names):
        return True
    return not (isinstance(frame.index, pd.RangeIndex) or frame.index.equals(pd.RangeIndex(len(frame))))


def interactive_html(frame: pd.DataFrame) -> str:
    """A DataFrame as an interactive table (itables: sort, filter, page; its JavaScript is bundled, no network),
    with the reader table's headers and no index column."""
    from itables import to_html_datatable

    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    frame = frame.reset_index(drop=not _named_index(frame))
    shown = frame.round(3) if len(frame.columns) else frame
    shown.columns = [human_header(c) for c in shown.columns]
    return to_html_datatable(shown.loc[:, ~shown.columns.duplicated()], showIndex=False, connected=False,
                             layout={"topStart": "search", "topEnd": "pageLength", "bottomStart": "info",
                                     "bottomEnd": "paging"})  # a search box on every table, short ones too


def use_reader_tables(interactive: bool = False) -> str:
    """Show every DataFrame in this notebook as a reader table (`reader_html`: static HTML, what the HTML reports
    need, since they allow no script) or, when `interactive` (JupyterLab) and itables is installed, as a sortable,
    filterable table. Returns the mode used: 'interactive', 'static' or 'none' (outside IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:  # outside IPython there is no display to configure
        return "none"
    shell = get_ipython()
    if shell is None:
        return "none"
    formatter = shell.display_formatter.formatters["text/html"]
    if interactive:
        try:
            from itables import init_notebook_mode
        except ImportError:
            interactive = False
        else:
            init_notebook_mode(all_interactive=False, connected=False)  # loads the bundled DataTables once
    formatter.for_type(pd.DataFrame, interactive_html if interactive else reader_html)
    return "interactive" if interactive else "static"


def parameters_markdown(corpus_dir, tables_dir, figures_dir) -> str:
    """One Markdown line stating a notebook's parameters (paths escaped): corpus, tables and figures folders."""
    from .narrative import md
    from .paths import PROJECT_ROOT

    def shown(path) -> str:
        path = str(path)
        root = str(PROJECT_ROOT) + "/"
        return md(path[len(root):] if path.startswith(root) else path)

    return (f"**Parameters:** corpus folder {shown(corpus_dir)} · tables folder {shown(tables_dir)} · "
            f"figures folder {shown(figures_dir)}")



def linked_csv_tables(frames: dict, tables_dir, what: str = "Full tables") -> str:
    """Write each table of `frames` ({name: DataFrame}) as `tables_dir/<name>.csv` (atomically; a spreadsheet opens
    it) and return one Markdown line linking them: relative to the report (`tables/<name>.csv`) when `tables_dir` is a
    run's tables folder (the reports sit beside it), else naming the folder."""
    from pathlib import Path

    from .narrative import md
    from .safe_write import atomic_path

    folder = Path(tables_dir)
    names = [n for n in frames if re.fullmatch(r"[a-z0-9_]+", n)]  # table names come from code, never from articles
    for name in names:
        with atomic_path(folder / f"{name}.csv") as tmp:
            frames[name].to_csv(tmp, index=False)
    if folder.name == "tables":
        files = ", ".join(f"[`{n}.csv`](tables/{n}.csv)" for n in names)
        return f"{what}: {files}."
    return f"{what}: " + ", ".join(f"`{n}.csv`" for n in names) + f" in {md(str(folder))}."
