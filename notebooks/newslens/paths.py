"""Every path the project reads or writes, in one place.

The article to analyse comes from the ``ARTICLE`` environment variable and defaults to the seed
article in ``data/raw/``. Outputs for the seed go to the committed folders (``figures/``,
``data/processed/``); outputs for any other article go to ``reports/<slug>/`` so the seed's
committed report is never touched.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
RAW = DATA / "raw"
ANNOTATIONS = DATA / "annotations"
PROCESSED = DATA / "processed"
FIGURES = ROOT / "figures"
REPORTS = ROOT / "reports"
#: The fitted news sentiment model (plain JSON), written by ``make train-sentiment``.
SENTIMENT_MODEL = NOTEBOOKS / "newslens" / "models" / "sentiment.json"
#: Annotated news from others, for measuring generalisation; present only on development machines.
#: ``$NEWSLENS_DEV_DATA`` overrides (the runner sets it so scratch copies measure the same files).
DEV_DATA = Path(os.environ.get("NEWSLENS_DEV_DATA") or ROOT.parent / "shared" / "dev-data")

SEED_ARTICLE = RAW / "2021-08-19_foreign-policy_anti-taliban-front-is-already-forming.txt"


def article_path() -> Path:
    """The article the notebooks analyse: ``$ARTICLE`` (relative paths are taken from the
    project root), else the seed."""
    value = os.environ.get("ARTICLE", "").strip()
    if not value:
        return SEED_ARTICLE
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def slug(path: Path) -> str:
    """A file-name-safe slug from an article path: ``My Article (1).txt`` -> ``my-article-1``; a
    saved page keeps its kind apart from the text of the same name: ``story.html`` -> ``story-html``."""
    path = Path(path)
    name = path.stem if path.suffix.lower() in ("", ".txt") else path.name
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "article"


def is_seed(path: Path | None = None) -> bool:
    """True when ``path`` (default: the current article) is the seed article."""
    path = article_path() if path is None else Path(path)
    return path.resolve() == SEED_ARTICLE.resolve()


def output_dirs(path: Path | None = None) -> tuple[Path, Path]:
    """``(figures_dir, processed_dir)`` for an article, created if missing."""
    path = article_path() if path is None else Path(path)
    if is_seed(path):
        dirs = (FIGURES, PROCESSED)
    else:
        base = REPORTS / slug(path)
        dirs = (base / "figures", base / "processed")
    for folder in dirs:
        folder.mkdir(parents=True, exist_ok=True)
    return dirs


def gold_file(kind: str, path: Path | None = None) -> Path | None:
    """Hand-made gold for an article, when there is one: ``data/annotations/seed_<kind>.csv`` for
    the seed, else ``<stem>_<kind>.csv`` beside the article (``kind``: quotes or quantities)."""
    path = article_path() if path is None else Path(path)
    gold = ANNOTATIONS / f"seed_{kind}.csv" if is_seed(path) else path.with_name(f"{path.stem}_{kind}.csv")
    return gold if gold.exists() else None
