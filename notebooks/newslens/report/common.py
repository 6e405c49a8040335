"""Sentences every notebook section shares: the source line under every chart, and what a notebook
prints instead of a chart when there is too little to draw. Counts and plurals are written by
``fmt``."""

from __future__ import annotations

from pathlib import Path

from .. import fmt


def source_line(article, detail: str = "") -> str:
    """The source line under a chart. Input: the ``Article`` (its ``title`` and file ``name``) and
    an optional detail ("all body quotes"). Output: "Source: “Title” (file.txt); all body quotes.
    Extracted with newslens." """
    name = Path(article.name).name
    return f"Source: “{article.title}” ({name}){'; ' + detail if detail else ''}. Extracted with newslens."


def no_chart(what: str = "") -> str:
    """What the overview prints where another notebook saved no chart. Input: what the chart would
    show ("the balance of force"). Output: one sentence."""
    return f"The article gives too little to chart {what or 'here'}, so there is no chart."


def too_few(values, noun: str, minimum: int = 2) -> str | None:
    """``None`` when ``values`` (a frame, series or list) holds at least ``minimum`` comparable
    values; otherwise the one-line sentence a notebook prints instead of a chart:
    "Only 1 money figure was found: nothing to compare, so no chart." """
    n = len(values)
    if n >= minimum:
        return None
    if n == 0:
        return f"No {fmt.plural(noun)} were found: nothing to chart."
    return f"Only {fmt.count(n, noun)} {fmt.agree(n, 'was', 'were')} found: nothing to compare, so no chart."
