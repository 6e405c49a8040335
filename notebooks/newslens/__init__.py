"""newslens: read a news article as data.

Stages, a module or package each: ``load`` (bytes -> Article), ``segment`` (paragraphs,
sentences), ``marks`` (quotation marks), ``quotes/`` (attribution), ``quantities/`` (figures
and the force view), ``sentiment/`` (tone); ``evaluate/`` measures them against gold;
``report/`` writes every sentence a reader sees (one module per notebook), ``charts`` and
``quantity_charts`` draw in the look of ``style``, ``figures`` saves and shows; ``words`` holds
the shared word tables, ``paths`` every input and output path, ``run`` is the notebook runner.
README "How it fits together" draws the data flow.
"""

import pandas as pd

from .errors import NewslensError
from .load import Article, load_article
from .quantities import find_quantities
from .quotes import count_sources, find_quotes, find_silent_sources
from .sentiment import score_sentiment


def find_figures(article: Article, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The issue-6 name of ``find_quantities`` (kept as public API; ``newslens.figures`` is the
    chart module, so new code calls ``find_quantities``). Takes an ``Article`` and optionally
    ``find_quotes``'s table; returns ``find_quantities``'s table, one row per quantity."""
    return find_quantities(article, quotes)


__all__ = [
    "Article",
    "NewslensError",
    "count_sources",
    "find_figures",
    "find_quantities",
    "find_quotes",
    "find_silent_sources",
    "load_article",
    "score_sentiment",
]
