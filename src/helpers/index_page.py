"""The run's first page, `index.html`: the findings in sentences, what changed since the last run, the key figures
(full width, with captions and alternative text), the reports, the run's parameters and the files left out.

Everything on it comes from the run's own tables (`tables/findings.parquet`, `problems`, `articles`, `changes`) and
figure files; text from articles is escaped by the template (Jinja2 autoescape). Findings are Markdown whose data
values were already escaped when the finding was computed (`narrative.md`), rendered with mistune.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates" / "index"
KEY_FIGURE_PREFIX = "05-"  # the summary notebook's figures are the run's key figures


def _read(tables_dir: Path, name: str) -> pd.DataFrame | None:
    path = tables_dir / f"{name}.parquet"
    try:
        return pd.read_parquet(path) if path.exists() else None
    except (OSError, ValueError):  # a table a failed step left half-written: the page says it has none
        return None


def _findings(tables_dir: Path) -> list[dict]:
    import mistune

    frame = _read(tables_dir, "findings")
    if frame is None:
        return []
    render = mistune.create_markdown(escape=True)  # escapes raw HTML itself: undo the notebooks' own escaping first
    return [{"html": Markup(render(html.unescape(row.finding)).strip().removeprefix("<p>").removesuffix("</p>")), "link": row.link}
            for row in frame.itertuples()]


def _figures(figures_dir: Path) -> list[dict]:
    out = []
    for png in sorted(figures_dir.glob(f"{KEY_FIGURE_PREFIX}*.png")) if figures_dir.exists() else []:
        meta_path = png.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append({"file": png.name, "alt": meta.get("alt") or png.stem,
                    "caption": meta.get("caption") or meta.get("alt") or png.stem})
    return out


def notebook_title(executed: Path) -> str:
    """The first heading of a notebook ('02 · Numbers: which figures…'), or its file name."""
    try:
        nb = json.loads(executed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return executed.stem
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", [])).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return executed.stem


def render_index(run_dir: Path, corpus: str, corpus_dir: str, run_id: str, pages: list[dict], status: str,
                 changes: list[str] | None = None, no_change_text: str = "", draft_note: str = "") -> str:
    """The HTML of a run's index page (see the module docstring); `draft_note`: the sentence saying the event
    codebook is an unedited draft (`codebook_draft.draft_sentence`), shown above the findings."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    tables_dir = run_dir / "tables"
    problems = _read(tables_dir, "problems")
    articles = _read(tables_dir, "articles")
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    return env.get_template("index.html.j2").render(
        corpus=corpus, corpus_dir=corpus_dir, run_id=run_id, status=status, pages=pages,
        n_articles=0 if articles is None else len(articles), findings=_findings(tables_dir),
        figures=_figures(run_dir / "figures"), changes=changes, no_change_text=no_change_text, draft_note=draft_note,
        problems=[] if problems is None else problems[["file", "problem"]].to_dict("records"))
