"""Saving and showing: ``save_figure`` writes a chart as PNG and SVG without dates or software
versions (the SVG hash salt is fixed by ``style.use_style``) plus the plotted data as CSV, and
shows the saved PNG; ``save_table`` writes a processed table; ``show_saved`` shows a chart another
notebook saved; ``measured_table`` keeps measurements on development data. The look is
``style``; the charts are ``charts`` (text, tone, voices) and ``quantity_charts`` (figures with
their uncertainty).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image, display

from . import paths
from .report.common import no_chart

#: Metadata that would change from run to run or machine to machine is left out of saved files.
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None}


def save_figure(
    fig, name: str, data: pd.DataFrame | None = None, folder: Path | None = None, show: bool = True
):
    """Save ``fig`` as ``<name>.png`` and ``<name>.svg`` (and ``data`` as ``<name>.csv``) in the
    article's figures folder, then show the saved PNG (so the notebook displays exactly the file)
    and close the figure. Returns nothing, so a cell may end with it."""
    folder = paths.output_dirs()[0] if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    fig.savefig(png, metadata=PNG_METADATA)
    fig.savefig(folder / f"{name}.svg", metadata=SVG_METADATA)
    if data is not None:
        data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    plt.close(fig)
    if show:
        _display_png(png)


def _display_png(path: Path) -> None:
    display(Image(filename=str(path)))


def save_table(frame: pd.DataFrame, name: str, folder: Path | None = None) -> Path:
    """Write a processed table as ``<name>.csv`` in the article's processed folder."""
    folder = paths.output_dirs()[1] if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.csv"
    frame.to_csv(out, index=False, lineterminator="\n")
    return out


def show_saved(name: str, folder: Path | None = None, what: str = ""):
    """Display a figure another notebook saved (``<name>.png``), or say in a sentence that there is
    none (``what``: what the chart would show, e.g. "the balance of force")."""
    path = (paths.output_dirs()[0] if folder is None else Path(folder)) / f"{name}.png"
    if path.exists():
        _display_png(path)
    else:
        print(no_chart(what))


def measured_table(name: str, compute, needs: Path) -> pd.DataFrame | None:
    """A measurement on development data that only some machines have.

    When ``needs`` exists, the table is computed by ``compute()`` and saved as
    ``data/processed/<name>.csv`` (for the seed's report only); otherwise the committed copy is
    read back, so the report reads the same everywhere. ``None`` when neither is available.
    A measurement takes seconds, so the saved table is reused while neither ``needs`` nor the
    ``newslens`` code has changed since it was computed: ``reports/.cache/<name>.key`` (not
    committed) holds a hash of both."""
    out = paths.PROCESSED / f"{name}.csv"
    if Path(needs).exists():
        key, key_file = _measure_key(name, Path(needs)), paths.REPORTS / ".cache" / f"{name}.key"
        if out.exists() and key_file.exists() and key_file.read_text(encoding="utf-8").strip() == key:
            return pd.read_csv(out)
        frame = compute()
        if paths.is_seed():
            save_table(frame, name, paths.PROCESSED)
            key_file.parent.mkdir(parents=True, exist_ok=True)
            key_file.write_text(key + "\n", encoding="utf-8")
            return pd.read_csv(out)  # what a later run reads back, so both runs print the same
        return frame
    return pd.read_csv(out) if out.exists() else None


def _measure_key(name: str, needs: Path) -> str:
    digest = hashlib.sha256(name.encode())
    package = Path(__file__).parent
    # the data (a file, or every file of a folder) and the whole package, subpackages and model files
    inputs = [(needs, needs)] if needs.is_file() else [(f, needs) for f in sorted(needs.rglob("*"))]
    inputs += [(f, package) for f in sorted(package.rglob("*")) if "__pycache__" not in f.parts]
    for path, base in inputs:
        if path.is_file():
            digest.update(path.relative_to(base).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()
