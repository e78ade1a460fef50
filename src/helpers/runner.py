"""Run every numbered notebook through papermill into a run folder, and render the reports.

A run folder ``reports/<corpus>/<run-id>/`` holds the executed notebooks, an HTML
rendering of each for readers (code hidden) and for analysts (code shown), an
``index.html``, ``figures/``, ``tables/`` and ``run.json``. ``reports/<corpus>/latest``
points at the last successful run only; a failed run keeps its partial notebook and
log and says which notebook and cell failed. A lock file keeps two runs on the same
corpus apart.
"""
from __future__ import annotations

import ast
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor, wait
from importlib import metadata
from pathlib import Path

from filelock import FileLock, Timeout

from . import paths
from .errors import CorpusError
from .index_page import notebook_title, render_index
from .safe_write import write_text

NOTEBOOK_PATTERN = re.compile(r"^\d{2}_[\w-]+\.ipynb$")
KEY_PACKAGES = ["pandas", "pandera", "matplotlib", "papermill", "nbconvert", "textstat", "trafilatura",
                "vaderSentiment", "textblob", "pyarrow", "nbval", "jupyterlab"]


# What each notebook reads of the others' work (by its number; why): a need "NN" waits for notebook NN to end, a need
# "NN:table" only until notebook NN has saved that table in the run's tables folder (or ended without it), so a
# notebook starts as soon as what it reads exists. The corpus is normalised by the runner before any notebook starts,
# so 01-03 start at once. At most NOTEBOOKS_AT_ONCE run at a time, so one notebook's serial parts (its figures, its
# whole-corpus steps) use a core another leaves idle; on a rerun (caches full) the notebooks are mostly such parts.
# A notebook not named here waits for every earlier one.
NOTEBOOK_READS = (
    ("01", (), "the corpus, normalised by the runner before the notebooks start"),
    ("02", (), "the normalised tables"),
    ("03", (), "the normalised tables (tone reads no figure and no speaker)"),
    ("04", ("02:attributions",), "the normalised tables and 02's attributions (the speakers of quotations), which 02 "
                                 "saves first: 04 starts once that table exists, not when 02 ends"),
    ("05", ("01", "02", "03", "04"), "every step's saved tables"),
)
NOTEBOOKS_AT_ONCE = 3
# The changes since the previous run read the facts table 02 saves (and the normalised tables): computed once 02 ends,
# beside the later notebooks, instead of after the last one.
CHANGES_AFTER = "02"


def notebook_waits(nb_path: Path, earlier: list[Path]) -> list[tuple[Path, str | None]]:
    """What `nb_path` waits for among `earlier` notebooks (NOTEBOOK_READS): (notebook, None) to wait for its end,
    (notebook, table) to wait only for that table; every earlier notebook's end when it is not named there."""
    reads = {number: needs for number, needs, _ in NOTEBOOK_READS}.get(nb_path.name[:2])
    if reads is None:
        return [(p, None) for p in earlier]
    tables = {}
    for need in reads:
        number, _, table = need.partition(":")
        tables[number] = table or None
    return [(p, tables[p.name[:2]]) for p in earlier if p.name[:2] in tables]


def notebook_needs(nb_path: Path, earlier: list[Path]) -> list[Path]:
    """The notebooks of `earlier` that `nb_path` reads from (to their end or to one of their tables)."""
    return [p for p, _ in notebook_waits(nb_path, earlier)]


def wait_for_reads(waits: list[tuple[Path, str | None]], running: dict, tables_dir: Path, poll: float = 0.1) -> None:
    """Return once every wait of `waits` is met (a notebook ended; a table saved by this run's notebook, written
    atomically, or its notebook ended without it) or once any running notebook failed."""
    def met(nb_path: Path, table: str | None) -> bool:
        return running[nb_path].done() or (table is not None and (tables_dir / f"{table}.parquet").exists())

    while not all(met(p, t) for p, t in waits):
        if any(f.done() and f.exception() is not None for f in running.values()):
            return
        time.sleep(poll)


class RunFailed(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def kernel_manager_logging_to(log_path: Path):
    """A kernel manager class whose kernels write their own stderr (transport warnings and the like) to `log_path`,
    so the console shows only the runner's messages."""
    from jupyter_client.manager import AsyncKernelManager

    class RunKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            with open(log_path, "ab") as log:  # the child keeps its own copy of the descriptor
                kw["stderr"] = log
                await super()._async_launch_kernel(kernel_cmd, **kw)

    return RunKernelManager


def notebook_imports(nb_path: Path) -> list[str]:
    """The modules a notebook's code cells import at their top level (`import x`, `from x import y`), in order."""
    try:
        cells = json.loads(Path(nb_path).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return []
    names = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        try:
            tree = ast.parse("".join(source) if isinstance(source, list) else source)
        except SyntaxError:  # a cell with IPython syntax imports nothing ahead
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                names.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.append(node.module)
    return list(dict.fromkeys(names))


def preload_argument(modules: list[str]) -> str:
    """A kernel argument that imports `modules` while the kernel starts (in a namespace of its own, so the notebook's
    namespace stays empty; a module that fails is left for the notebook's own import to report)."""
    code = f"for _m in {modules!r}:\n try: __import__(_m)\n except Exception: pass"
    return f"--IPKernelApp.exec_lines=exec({code!r}, {{}})"


class WarmKernels:
    """Notebook kernels started ahead: while the corpus is normalised and notebooks run, the kernels of the next
    notebooks start and import the modules each imports (`notebook_imports`), so a notebook begins on a ready kernel. Every notebook still runs
    in a fresh kernel of its own, shut down after it. Kernels are started and stopped on one event loop, in a thread
    of its own; `close()` stops every kernel still running."""

    def __init__(self, manager_class, cwd: Path):
        self.manager_class, self.cwd = manager_class, str(cwd)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="warm-kernels", daemon=True)
        self.thread.start()
        self.pending: list[Future] = []
        self.stopping: list[Future] = []

    async def _start(self, nb_path: Path):
        km = self.manager_class(kernel_name="python3")
        await km.start_kernel(cwd=self.cwd, extra_arguments=["--HistoryManager.hist_file=:memory:",
                                                             preload_argument(notebook_imports(nb_path))])
        return km

    def start(self, nb_path: Path) -> Future:
        """Start the kernel of `nb_path` now; the future gives its kernel manager."""
        future = asyncio.run_coroutine_threadsafe(self._start(nb_path), self.loop)
        self.pending.append(future)
        return future

    @staticmethod
    def ready(future: Future | None):
        """The started kernel's manager, or None when it failed to start (papermill then starts one itself)."""
        try:
            return future.result() if future is not None else None
        except Exception:
            return None

    async def _stop(self, future: Future) -> None:
        km = await asyncio.wrap_future(future)
        if await km.is_alive():
            await km.shutdown_kernel(now=False)
        await km.cleanup_resources()

    def stop(self, future: Future) -> None:
        """Shut the kernel down, without waiting for it."""
        self.pending.remove(future)
        self.stopping.append(asyncio.run_coroutine_threadsafe(self._stop(future), self.loop))

    def close(self) -> None:
        for future in list(self.pending):
            self.stop(future)
        for stop in self.stopping:
            try:
                stop.result(timeout=30)
            except Exception:  # a kernel that failed to start or to stop: nothing more to do
                pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


START_TIMEOUT = 600  # seconds a kernel may take to answer once started: a warm kernel imports its notebook's modules
# first, which on a loaded 2-core machine (CI running the test suite) once took longer than papermill's default 60 s
SAVE_EVERY = 10.0  # seconds between two saves of a running notebook (papermill saves before and after every cell)
ENGINE = "newscompare"


def throttled_engine(save_every: float = SAVE_EVERY):
    """A papermill engine that saves the running notebook when it starts, when it ends (or fails: papermill then
    writes it whole) and at most every `save_every` seconds in between, instead of before and after every cell:
    each save writes the whole notebook, figures included, so saving twice a cell made a run's cost grow with its
    cells times its outputs. A kernel that dies still leaves the notebook as it was at most `save_every` s before."""
    from papermill.engines import NBClientEngine, NotebookExecutionManager

    class ThrottledSaves(NotebookExecutionManager):
        forced = True  # the first save (the notebook as it starts) and the last one are always written

        def save(self, **kwargs):
            if self.forced or (self.now() - self.last_save_time).total_seconds() >= save_every:
                super().save(**kwargs)
            self.forced = False

        def notebook_complete(self, **kwargs):
            self.forced = True
            super().notebook_complete(**kwargs)

    class ThrottledEngine(NBClientEngine):
        @classmethod
        def execute_notebook(cls, nb, kernel_name, output_path=None, progress_bar=True, log_output=False,
                             autosave_cell_every=30, **kwargs):
            nb_man = ThrottledSaves(nb, output_path=output_path, progress_bar=progress_bar, log_output=log_output,
                                    autosave_cell_every=autosave_cell_every)
            nb_man.notebook_start()
            try:
                cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
            finally:
                nb_man.cleanup_pbar()
                nb_man.notebook_complete()
            return nb_man.nb

    return ThrottledEngine


def numbered_notebooks(notebooks_dir: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks to run, in their numbered order (01_…, 02_…)."""
    return sorted(p for p in Path(notebooks_dir).iterdir() if NOTEBOOK_PATTERN.match(p.name))


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(paths.PROJECT_ROOT), "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def _versions() -> dict[str, str | None]:
    out = {"python": platform.python_version()}
    for name in KEY_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _failed_cell(executed: Path) -> str:
    """'code cell N (Error: message)' for the first failed cell, N counted in the source notebook."""
    try:
        nb = json.loads(executed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown cell"
    code_no = 0
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        if "injected-parameters" not in cell.get("metadata", {}).get("tags", []):
            code_no += 1  # numbered as in the source notebook, without papermill's injected cell
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return f"code cell {code_no} ({out.get('ename')}: {out.get('evalue')})"
    return "unknown cell"


def render_html(executed: Path, out_dir: Path) -> dict[str, Path]:
    """Two HTML renderings of an executed notebook: for readers (no code) and for analysts (with code)."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(executed, as_version=4)
    out = {}
    templates = str(Path(__file__).parent / "templates")
    for kind, exclude in (("report", True), ("analyst", False)):
        exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[templates], exclude_input=exclude,
                                exclude_input_prompt=True, exclude_output_prompt=True, embed_images=True)
        if exclude:  # cells tagged "analyst" (inputs and outputs, the tests' fixed summaries) are not for readers
            exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={"analyst"}), enabled=True)
        body, _ = exporter.from_notebook_node(nb)
        path = write_text(out_dir / f"{executed.stem}.{kind}.html", body)
        out[kind] = path
    return out


def codebook_fingerprint(corpus_path: Path) -> dict[str, str]:
    """sha256 of every codebook file a run of the corpus reads (codebooks/default/ and codebooks/<corpus>/; not the
    drafts written only to be read), by path relative to codebooks/: a later run tells the reader when a codebook changed."""
    import hashlib

    from .codebook_draft import READ_ONLY_DRAFTS

    folders = [paths.CODEBOOKS_DIR / "default", paths.CODEBOOKS_DIR / paths.corpus_name(corpus_path)]
    return {str(f.relative_to(paths.CODEBOOKS_DIR)): hashlib.sha256(f.read_bytes()).hexdigest()
            for folder in folders if folder.is_dir() for f in sorted(folder.glob("*.csv")) if f.name not in READ_ONLY_DRAFTS}


def codebook_draft_sentence(corpus_path: Path) -> str:
    """The sentence a run says when the corpus's event codebook is an unedited draft (`codebook_draft.draft_sentence`)."""
    from .codebook_draft import draft_sentence

    return draft_sentence(corpus_path)


def codebook_changes(previous: dict | None, current: dict | None) -> str:
    """A sentence naming the codebook files added, removed or edited between two runs' fingerprints; empty when none
    changed or the earlier run recorded none."""
    if not previous or current is None:
        return ""
    changed = sorted(n for n in set(previous) | set(current) if previous.get(n) != current.get(n))
    if not changed:
        return ""
    return (f"Codebooks changed since the previous run ({', '.join(changed[:5])}"
            + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
            + "): tables that read them (sides, frames, contested terms, facts) may differ even where articles and figures do not.")


def _previous_run(base: Path) -> Path | None:
    """The last successful run of the corpus (`latest`; unchanged while this run holds the corpus's lock)."""
    latest = base / "latest"
    return latest.resolve() if latest.exists() else None


def _figure_changes_since(previous: Path | None, run_dir: Path) -> list[str] | None:
    """Sentences on the articles and figures changed since the previous successful run (saved as
    tables/changes.parquet); None when there is no previous run to compare with. It reads the run's normalised tables
    and its facts table only, so it runs as soon as those are saved (`CHANGES_AFTER`)."""
    from .changes import describe_changes, read_run_tables, run_changes
    from .safe_write import atomic_path

    if previous is None or not (previous / "tables").is_dir():
        return None
    changes = run_changes(read_run_tables(previous), read_run_tables(run_dir))
    with atomic_path(run_dir / "tables" / "changes.parquet") as tmp:
        changes.to_parquet(tmp, index=False)
    return describe_changes(changes)


def _changes_since(previous: Path | None, run_dir: Path, figure_changes: list[str] | None,
                   codebooks: dict | None) -> tuple[list[str] | None, str]:
    """Sentences on what changed since the previous successful run: the articles and figures (`figure_changes`) and
    the codebooks (this run's fingerprint `codebooks` against the one the previous run recorded)."""
    if figure_changes is None:
        return None, ""
    books = codebook_changes(_recorded_codebooks(previous), codebooks)
    lines = figure_changes + ([books] if books else [])
    return lines, f"Nothing changed since the previous run ({previous.name}): same articles, same figures, same codebooks."


def _recorded_codebooks(run_dir: Path) -> dict | None:
    """The codebook fingerprint a run's run.json recorded (None when unreadable or absent)."""
    try:
        return json.loads((run_dir / "run.json").read_text(encoding="utf-8")).get("codebooks")
    except (OSError, ValueError, AttributeError):
        return None


class _Env:
    """Set environment variables for the notebooks' kernels during a run, and restore them after."""

    def __init__(self, **values):
        self.values = {k: v for k, v in values.items() if v is not None}

    def __enter__(self):
        self.saved = {k: os.environ.get(k) for k in self.values}
        os.environ.update(self.values)

    def __exit__(self, *exc):
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _write_failure(run_dir: Path, record: dict, log_text: str) -> None:
    """run.json (status failed) and error.log, each written atomically; silently skipped when they cannot be."""
    record["status"] = "failed"
    record["finished"] = dt.datetime.now(dt.timezone.utc).isoformat()
    for name, text in (("error.log", log_text), ("run.json", json.dumps(record, indent=2, default=str))):
        try:
            write_text(run_dir / name, text)
        except OSError:
            pass


def _prepare(corpus_dir, out_dir) -> tuple[Path, str, Path]:
    """(corpus folder, corpus name, reports folder), checked before anything is written: the corpus folder, the
    output folder and every codebook file the run reads (codebooks/default/ and codebooks/<corpus>/)."""
    from .codebook_draft import READ_ONLY_DRAFTS
    from .codebooks import codebook_problems

    corpus_path = paths.resolve(corpus_dir, paths.DEFAULT_CORPUS_DIR)
    if not corpus_path.is_dir():
        raise CorpusError(corpus_path, "is not a folder" if corpus_path.exists() else "corpus folder does not exist")
    name = paths.corpus_name(corpus_path)
    problems = codebook_problems([paths.CODEBOOKS_DIR / "default", paths.CODEBOOKS_DIR / name], READ_ONLY_DRAFTS)
    if problems:
        raise CorpusError(problems[0].path, problems[0].problem + "".join(f"; also {p}" for p in problems[1:]))
    base = paths.resolve(out_dir, paths.REPORTS_DIR / name)
    if paths.inside(base, corpus_path):
        raise CorpusError(base, "the output folder lies inside the corpus folder; nothing is ever written to the "
                                "corpus: choose another --out")
    return corpus_path, name, base


def _write_error(exc: OSError, fallback: Path) -> str:
    """'cannot write PATH: CAUSE' for an OSError met while writing the run."""
    where = exc.filename or fallback
    return f"cannot write {where}: {exc.strerror or exc}"


def say(message: str) -> None:
    """One progress line, written in one call: notebooks run in threads, and print() writes the text and its newline
    apart, so two lines could run together ("[2/5] 02_numbers.ipynb …[1/5] 01_normalise.ipynb …")."""
    sys.stdout.write(message + "\n")
    sys.stdout.flush()


def run_report(corpus_dir: str | os.PathLike | None = None, out_dir: str | os.PathLike | None = None,
               run_id: str | None = None, notebooks: list[Path] | None = None, log=None,
               lock_timeout: float = 0, max_file_mb: float | None = None, scheduler: str | None = None) -> Path:
    """Execute the numbered notebooks on a corpus into a run folder; returns the run folder.

    Raises CorpusError (before anything is written) when the corpus is missing or the output folder lies inside
    it, or when no article of the corpus can be read. Raises RunFailed (naming notebook and cell) when a notebook
    fails, when the corpus changed during the run (naming the files), when another run holds the corpus's lock, or
    when the output cannot be written (naming the path and the cause); `latest` then still points to the last
    good run. `max_file_mb`: the size cap for one article file (default 20 MB). `scheduler`: a Dask scheduler
    address ("tcp://host:8786") to normalise the files on; default: local processes. Per-file results are kept in
    `<reports folder>/cache/` between runs, so a rerun normalises only new or changed files.
    """
    log = log or say
    corpus_path, name, base = _prepare(corpus_dir, out_dir)
    run_id = run_id or dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + f"-{os.getpid()}"
    try:
        base.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(base / ".run.lock"))
        lock.acquire(timeout=lock_timeout)
    except Timeout as exc:
        raise RunFailed(f"another run on corpus {name!r} holds {base / '.run.lock'}; try again when it ends") from exc
    except OSError as exc:
        raise RunFailed(_write_error(exc, base)) from exc
    run_dir = base / run_id
    try:
        with _Env(NEWSCOMPARE_MAX_FILE_MB=None if max_file_mb is None else str(max_file_mb),
                  NEWSCOMPARE_SCHEDULER=scheduler or None, NEWSCOMPARE_CACHE_DIR=str(base / "cache")):
            return _run(corpus_path, name, base, run_dir, run_id, notebooks, log, max_file_mb)
    except OSError as exc:
        message = _write_error(exc, run_dir)
        _write_failure(run_dir, {"corpus": name, "run_id": run_id}, f"{message}\n\n{traceback.format_exc()}")
        raise RunFailed(message) from exc
    finally:
        lock.release()


def _left_out(tables_dir: Path, log) -> list[dict]:
    """The files (or records) the run leaves out, with why, as the problems table says; each is also logged."""
    import pandas as pd

    path = tables_dir / "problems.parquet"
    problems = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=["file", "problem"])
    from .manifest import KEPT_MARK

    rows = [{"file": str(f), "problem": str(p)} for f, p in problems[["file", "problem"]].itertuples(index=False)]
    lost = [r for r in rows if KEPT_MARK not in r["problem"]]
    notes = [r for r in rows if KEPT_MARK in r["problem"]]  # a kept article read with a caveat (a time with no zone)
    for rows_of, title in ((lost, "left out"), (notes, "kept, with a note on how they were read")):
        if rows_of:
            log(f"{len(rows_of)} file{'s' if len(rows_of) != 1 else ''} or records {title} (see Sources in the report):")
            for row in rows_of[:20]:
                log(f"      {row['file']}: {row['problem']}")
    return rows


def _run(corpus_path: Path, name: str, base: Path, run_dir: Path, run_id: str, notebooks, log, max_file_mb) -> Path:
    from .corpus import changed_files, load_tables, raw_fingerprint

    run_dir.mkdir(parents=True)
    figures_dir, tables_dir = run_dir / "figures", run_dir / "tables"
    params = {"corpus_dir": str(corpus_path), "processed_dir": str(tables_dir), "figures_dir": str(figures_dir),
              "interactive_tables": False}  # the HTML reports allow no script: static reader tables
    fingerprint = raw_fingerprint(corpus_path, max_file_mb)
    record = {
        "corpus": name, "run_id": run_id, "parameters": params, "max_file_mb": max_file_mb, "git_commit": _git_commit(),
        "versions": _versions(), "started": dt.datetime.now(dt.timezone.utc).isoformat(),
        "inputs": {n: h for n, h in fingerprint["files"].items()}, "refused": fingerprint["refused"],
        "codebooks": codebook_fingerprint(corpus_path),
        "codebook_draft": codebook_draft_sentence(corpus_path),  # '' unless the event codebook is an unedited draft
        "notebooks": [], "status": "running",
    }
    if record["codebook_draft"]:
        log(record["codebook_draft"])
    notebooks = notebooks if notebooks is not None else numbered_notebooks()
    kernels = WarmKernels(kernel_manager_logging_to(run_dir / "kernel.log"), notebooks[0].parent if notebooks else run_dir)
    ahead = [kernels.start(nb) for nb in notebooks[:NOTEBOOKS_AT_ONCE]]  # the first ones start while the corpus is read
    try:
        load_tables(corpus_path, tables_dir, max_file_mb=max_file_mb)  # fails at once when no article can be read
    except CorpusError as exc:
        kernels.close()
        _write_failure(run_dir, record, f"{exc}\n")
        raise
    record["left_out"] = _left_out(tables_dir, log)
    previous, early = _previous_run(base), {}
    with ThreadPoolExecutor(max_workers=1) as renderer:  # a notebook's HTML is rendered while the next one runs
        def on_done(nb_path: Path) -> None:  # the changes since the previous run, once the tables they read exist
            if nb_path.name[:2] == CHANGES_AFTER:
                early["changes"] = renderer.submit(_figure_changes_since, previous, run_dir)
        try:
            rendering = _run_notebooks(notebooks, run_dir, params, record, log, renderer, kernels, ahead, on_done)
        finally:
            kernels.close()
        pages = [_rendered(entry, future) for entry, future in rendering]
    changed = changed_files(fingerprint, raw_fingerprint(corpus_path, max_file_mb))
    if changed:
        message = (f"the corpus changed during the run ({', '.join(changed)}): its tables and reports may mix old and "
                   f"new text; run again")
        _write_failure(run_dir, record, message + "\n")
        raise RunFailed(message)
    figure_changes = early["changes"].result() if "changes" in early else _figure_changes_since(previous, run_dir)
    return _finish(base, run_dir, run_id, name, record, pages, figure_changes, log)


def _run_notebooks(notebooks: list[Path], run_dir: Path, params: dict, record: dict, log, renderer,
                   kernels: "WarmKernels", ahead: list[Future], on_done=None) -> list:
    """Each notebook through `_execute`, in order, each started once what it reads is there (`notebook_waits`), at
    most NOTEBOOKS_AT_ONCE at a time, each on a kernel started ahead (`ahead`: the kernels of the first notebooks; as
    a notebook starts, the kernel of the one NOTEBOOKS_AT_ONCE places later starts); `on_done(nb_path)` is called as
    each notebook ends well. Returns each notebook's (run.json entry, rendering future) in order, the run.json entries in
    notebook order too. When one fails, no further notebook starts; the ones running finish, and the first failure
    (in order) is raised."""
    running: dict[Path, Future] = {}
    cwd_lock = threading.Lock()
    with ThreadPoolExecutor(max_workers=NOTEBOOKS_AT_ONCE) as pool:
        for i, nb_path in enumerate(notebooks, start=1):
            wait_for_reads(notebook_waits(nb_path, notebooks[:i - 1]), running, Path(params["processed_dir"]))
            if any(f.done() and f.exception() is not None for f in running.values()):
                break
            later = i - 1 + NOTEBOOKS_AT_ONCE
            ahead.extend([kernels.start(notebooks[later])] if len(ahead) == later < len(notebooks) else [])
            running[nb_path] = pool.submit(_execute, i, nb_path, notebooks, run_dir, params, record, log, renderer,
                                           kernels, ahead[i - 1] if i - 1 < len(ahead) else None, cwd_lock)
            if on_done is not None:
                running[nb_path].add_done_callback(lambda f, p=nb_path: f.exception() is None and on_done(p))
        wait(list(running.values()))
    order = {p.name: k for k, p in enumerate(notebooks)}
    record["notebooks"].sort(key=lambda entry: order.get(entry["notebook"], len(order)))
    return [running[p].result() for p in notebooks if p in running]  # raises the first failure, in order


def _execute(i: int, nb_path: Path, notebooks: list, run_dir: Path, params: dict, record: dict, log, renderer,
             kernels: WarmKernels, kernel: Future | None, cwd_lock: threading.Lock | None = None):
    """Run one notebook through papermill into the run folder, on its kernel started ahead (`kernel`; papermill
    starts one when it failed), and queue its HTML rendering; returns (its run.json entry, the rendering's future).
    Raises RunFailed naming the notebook and cell when it fails."""
    import papermill as pm
    from papermill.engines import papermill_engines

    papermill_engines.register(ENGINE, throttled_engine())
    executed, partial = run_dir / nb_path.name, run_dir / f".{nb_path.stem}.partial.ipynb"
    log(f"[{i}/{len(notebooks)}] {nb_path.name} …")
    t0, started = time.perf_counter(), dt.datetime.now(dt.timezone.utc).isoformat()
    try:
        try:  # saved as it goes (`throttled_engine`): the notebook takes its name only once complete (or failed)
            # papermill's `cwd` changes this whole process's folder while the notebook runs, which two notebooks at
            # once would leave wrong: a kernel started ahead already runs in the notebooks' folder, so only a
            # notebook whose kernel papermill must start itself passes it, one at a time (`cwd_lock`)
            km = kernels.ready(kernel)
            with (cwd_lock or contextlib.nullcontext()) if km is None else contextlib.nullcontext():
                pm.execute_notebook(os.path.abspath(nb_path), os.path.abspath(partial), parameters=params,
                                    cwd=None if km is not None else str(nb_path.parent), kernel_name="python3",
                                    progress_bar=sys.stderr.isatty(), log_output=False, engine_name=ENGINE,
                                    start_timeout=START_TIMEOUT,
                                    kernel_manager_class=kernel_manager_logging_to(run_dir / "kernel.log"), km=km)
        finally:
            if kernel is not None:
                kernels.stop(kernel)
            if partial.exists():
                os.replace(partial, executed)
    except OSError:
        raise
    except Exception as exc:  # papermill raises PapermillExecutionError and others
        seconds = time.perf_counter() - t0
        where = _failed_cell(executed)
        record["notebooks"].append({"notebook": nb_path.name, "seconds": round(seconds, 2), "status": "failed",
                                    "error": f"{where}: {type(exc).__name__}"})
        _write_failure(run_dir, record, f"{nb_path.name}, {where}\n\n{exc}\n")
        raise RunFailed(f"{nb_path.name} failed at {where}; partial notebook and log in {run_dir}") from exc
    seconds = time.perf_counter() - t0
    log(f"      {nb_path.name} done in {seconds:.1f} s")
    entry = {"notebook": nb_path.name, "started": started, "seconds": round(seconds, 2), "status": "ok"}
    record["notebooks"].append(entry)
    return entry, renderer.submit(_timed_render, executed, run_dir)


def _timed_render(executed: Path, run_dir: Path) -> tuple[dict[str, Path], float, Path]:
    t0 = time.perf_counter()
    rendered = render_html(executed, run_dir)
    return rendered, time.perf_counter() - t0, executed


def _rendered(entry: dict, future) -> dict:
    """The index page's entry of a notebook once its HTML is rendered (its run.json entry gains html_seconds)."""
    rendered, html_seconds, executed = future.result()
    entry["html_seconds"] = round(html_seconds, 2)
    return {"notebook": entry["notebook"], "title": notebook_title(executed), "report": rendered["report"].name,
            "analyst": rendered["analyst"].name, "seconds": entry["seconds"]}


def _finish(base: Path, run_dir: Path, run_id: str, name: str, record: dict, pages: list,
            figure_changes: list[str] | None, log) -> Path:
    """run.json and index.html of a successful run (with what changed since the previous one: `figure_changes`,
    from `_figure_changes_since`, and the codebooks), then `latest` moved to it (atomically)."""
    record["status"] = "ok"
    record["finished"] = dt.datetime.now(dt.timezone.utc).isoformat()
    write_text(run_dir / "run.json", json.dumps(record, indent=2, default=str))
    latest = base / "latest"
    changes, unchanged = _changes_since(_previous_run(base), run_dir, figure_changes, record.get("codebooks"))
    write_text(run_dir / "index.html", render_index(run_dir, name, record["parameters"]["corpus_dir"], run_id, pages,
                                                    "ok", changes, unchanged, record.get("codebook_draft", "")))
    tmp = base / f".latest-{run_id}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(run_id)
    os.replace(tmp, latest)  # atomic: readers see the old or the new run, never none
    log(f"report: {run_dir / 'index.html'}")
    return run_dir
