"""Run every numbered notebook headless and save it in place, byte-identical on every run.

    python -m newslens.run                 # execute notebooks/NN_*.ipynb in place
    python -m newslens.run --html reports  # ... and an HTML report of each (no code, links to .html)
    python -m newslens.run --check         # exit 1 when a committed notebook or output is stale
    ARTICLE=path/to/other.txt python -m newslens.run --html reports   # -> reports/<slug>/

Kernels start with ``notebooks/`` as working directory, ``PYTHONHASHSEED=0`` and at most two at
once; ``00_*`` summary notebooks run after the others, whose figures they show. Per-cell timing is not recorded and the Python patch version is dropped from notebook
metadata, so a rerun changes no byte. ``--check`` runs everything in a scratch copy of the
project and compares the notebooks, ``figures/`` and ``data/processed/`` byte for byte.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import os
import re
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from . import paths
from .errors import NewslensError
from .load import load_article

#: Kernels run at once. Set by hand to two, for the two-core machines the project runs on (more
#: kernels only compete for the cores); not tuned.
WORKERS = 2
#: Seconds one cell may run before the run fails (nbclient's per-cell timeout). Set by hand with a
#: wide margin over the slowest cell (seconds on a laptop); not tuned.
TIMEOUT = 600
#: What ``--check`` compares between the project and a fresh run.
OUTPUT_DIRS = ("figures", "data/processed")


def notebooks(root: Path = paths.ROOT) -> list[Path]:
    """The numbered notebooks (``NN_*.ipynb``) in ``root``/notebooks, as paths in run order."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _clean(nb) -> None:
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.metadata.get("language_info", {}).pop("version", None)


def execute(path: Path, html_dir: Path | None = None, out_dir: Path | None = None) -> Path:
    """Execute one notebook on a fresh kernel (working directory: its folder) and save it in
    place, or in ``out_dir``; optionally export HTML to ``html_dir``.

    Input: ``path`` of the ``.ipynb``; ``html_dir`` and ``out_dir`` folders or None. Returns the
    path the executed notebook was written to (``path`` itself, or ``out_dir / path.name``).
    """
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    _clean(nb)
    client = NotebookClient(
        nb,
        timeout=TIMEOUT,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(cwd=str(path.parent))
    nb.metadata.get("language_info", {}).pop("version", None)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / path.name
    nbformat.write(nb, path)
    if html_dir is not None:
        export_html(nb, html_dir / f"{path.stem}.html")
    return path


#: A relative link to a notebook of the series, in Markdown ("(02_sentiment.ipynb)",
#: "(03_sources.ipynb#how-sure)") or HTML (href="04_forces.ipynb").
NOTEBOOK_LINK = re.compile(r"(?<=[(\"'])((?:\./)?\d\d_[\w.-]+)\.ipynb(?=[#)\"'])")


def html_links(text: str) -> str:
    """Links between notebooks pointed at the HTML files written beside each other.

    Input: Markdown or HTML ``text``. Returns the same text with every relative link to a numbered
    notebook (``02_sentiment.ipynb``, ``./03_sources.ipynb#how-sure``) ending in ``.html`` instead.
    """
    return NOTEBOOK_LINK.sub(r"\1.html", text)


def export_html(nb, out: Path) -> Path:
    """A standalone HTML report of an executed notebook: images embedded, code cells and prompts
    left out (a reader sees prose, tables and charts), links to other notebooks of the series
    pointing at their HTML files in the same folder. Input: the executed notebook ``nb`` (left
    unchanged) and the ``out`` file path. Writes the HTML there and returns ``out``."""
    from nbconvert import HTMLExporter  # local: ~3 s to import, and only --html needs it

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = html_links(cell.source)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for kind in ("text/markdown", "text/html"):
                if kind in data:
                    data[kind] = html_links(data[kind])
    exporter = HTMLExporter(
        embed_images=True, exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(nb)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


def run_all(root: Path = paths.ROOT, html_dir: Path | None = None) -> list[Path]:
    """Execute every numbered notebook under ``root`` (two kernels at a time; HTML copies in
    ``html_dir`` when given). Returns the paths of the notebooks written, sorted."""
    os.environ["PYTHONHASHSEED"] = "0"
    os.environ["PYTHONPATH"] = str(root / "notebooks")
    if paths.DEV_DATA.is_dir():
        os.environ["NEWSLENS_DEV_DATA"] = str(paths.DEV_DATA.resolve())
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    out_dir = None
    if os.environ.get("ARTICLE"):
        article = Path(os.environ["ARTICLE"]).resolve()
        os.environ["ARTICLE"] = str(article)
        if not paths.is_seed(article):  # another article: everything goes to reports/<slug>/
            base = root / "reports" / paths.slug(article)
            out_dir = base / "notebooks"
            html_dir = base / "html" if html_dir is not None else None
    books = notebooks(root)
    # 00_* notebooks summarise the others and show their figures: they run last
    summaries = [b for b in books if b.name.startswith("00_")]
    rest = [b for b in books if b not in summaries]
    with ProcessPoolExecutor(max_workers=min(WORKERS, len(rest) or 1)) as pool:
        done = list(pool.map(execute, rest, [html_dir] * len(rest), [out_dir] * len(rest)))
    done += [execute(b, html_dir, out_dir) for b in summaries]
    return sorted(done)


def _files(root: Path) -> set[str]:
    found = {str(p.relative_to(root)) for p in notebooks(root)}
    for folder in OUTPUT_DIRS:
        found |= {str(p.relative_to(root)) for p in (root / folder).rglob("*") if p.is_file()}
    return found


def scratch_copy(root: Path, dest: Path) -> Path:
    """Copy what a run needs (notebooks, data, figures) to ``dest``; returns ``dest``."""
    ignore = shutil.ignore_patterns(".venv", ".git", "reports", "__pycache__", ".ipynb_checkpoints")
    for part in ("notebooks", "data", "figures"):
        if (root / part).exists():
            shutil.copytree(root / part, dest / part, ignore=ignore)
    return dest


def check(root: Path = paths.ROOT) -> list[str]:
    """Rerun everything in a scratch copy; return the committed files that differ (empty: current)."""
    with tempfile.TemporaryDirectory(prefix="newslens-check-") as tmp:
        copy = scratch_copy(root, Path(tmp) / "project")
        os.environ.pop("ARTICLE", None)
        run_all(copy)
        before, after = _files(root), _files(copy)
        stale = sorted(before ^ after)
        stale += sorted(f for f in before & after if not filecmp.cmp(root / f, copy / f, shallow=False))
        return stale


def main(argv: list[str] | None = None) -> int:
    """The command line (``python -m newslens.run [--html DIR] [--check]``, arguments ``argv``):
    runs every notebook, or checks the committed outputs; returns the exit status (0 ok, 1 stale,
    2 bad ``ARTICLE``)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--html", type=Path, help="also write an HTML copy of each notebook here")
    parser.add_argument("--check", action="store_true", help="exit 1 if committed outputs are stale")
    args = parser.parse_args(argv)
    if os.environ.get("ARTICLE"):  # refuse bad input before any kernel starts
        try:
            load_article(paths.article_path())
        except NewslensError as err:
            print(f"newslens: {err}", file=sys.stderr)
            return 2
    if args.check:
        stale = check()
        for name in stale:
            print(f"stale: {name}")
        print("outputs are current" if not stale else f"{len(stale)} stale file(s): run `make report`")
        return 1 if stale else 0
    for path in run_all(html_dir=args.html.resolve() if args.html else None):
        print(f"ran {path.relative_to(paths.ROOT) if path.is_relative_to(paths.ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
