"""Saving and showing for the notebooks: the chart style and saving of ``style`` under one name,
and ``measured_table`` for measurements on development data.

Every name of ``style`` (``use_style``, ``PALETTE``, ``layout``, ``decorate``, ``save_figure``,
``save_table``, ``show_saved``, ``too_few`` ...) is available here too, so notebooks import one
module for saving: ``from newslens import figures``. The charts themselves are in ``charts``
(text, tone, voices) and ``quantity_charts`` (figures with their uncertainty).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from . import paths
from .style import (  # noqa: F401  (re-exported for the notebooks)
    ACTOR_COLOURS,
    NO_ACTOR_COLOUR,
    PALETTE,
    PNG_METADATA,
    SIDE_COLOURS,
    STYLE,
    SVG_METADATA,
    _display_png,
    _source_line,
    actor_colour,
    decorate,
    escape,
    layout,
    save_figure,
    save_table,
    show_saved,
    too_few,
    use_style,
)


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
