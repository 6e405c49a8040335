"""Sentences every notebook section shares: what a notebook prints instead of a chart when there is
too little to draw. Counts and plurals are written by ``fmt``."""

from __future__ import annotations

from .. import fmt


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
