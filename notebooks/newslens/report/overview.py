"""What notebook 00 (the overview) says: the byline, the headline bullets of each section, who is
absent, and where the article came from.

Inputs are the tables of the sections (``score_sentiment``, ``quotes_and_narration``,
``find_quotes``, ``count_sources``, the force rows of ``find_quantities``); outputs are strings
or Markdown lines, right for 0, 1 and many. Which sides are unheard is computed by
``absent.unquoted_sides``.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt
from ..absent import unquoted_sides
from . import forces as force_report
from . import sources as source_report
from . import tone as tone_report


def byline(article) -> str:
    """The article's title and credit in bold: "**Rebels Regroup**, by Jo Bloggs", or "(byline not
    given)" when the text names no author."""
    if article.authors:
        return f"**{article.title}**, by {article.credit}"
    return f"**{article.title}** (byline not given)"


def bottom_line(
    article,
    scored: pd.DataFrame,
    voices: pd.DataFrame,
    quotes: pd.DataFrame,
    sources: pd.DataFrame,
    forces: pd.DataFrame,
    then: str,
) -> list[str]:
    """The overview's top: the ``byline``, a blank line, then the headline bullets of notebooks 02
    (the first of ``tone.bottom_line``), 03 (the first two of ``sources.bottom_line``) and 04 (the
    first two of ``forces.bottom_line`` for the year ``then``). Markdown lines."""
    return (
        [byline(article), ""]
        + tone_report.bottom_line(scored, voices)[:1]
        + source_report.bottom_line(quotes, sources)[:2]
        + force_report.bottom_line(forces, then)[:2]
    )


def absent_lines(sources: pd.DataFrame, forces: pd.DataFrame) -> list[str]:
    """Markdown bullets on who is absent: the named but silent sources (``count_sources`` rows with
    ``silent``), and the sides the figures count (``actor`` of the force rows) that no quoted
    speaker is described as belonging to (``absent.unquoted_sides``)."""
    silent = sorted(sources.speaker[sources.silent])
    lines = [
        f"- Named but never quoted: {fmt.join(silent)}."
        if silent
        else "- Every source the article names is quoted or paraphrased at least once."
    ]
    sides = unquoted_sides(sources, forces)
    counted = [a for a in dict.fromkeys(forces.actor) if isinstance(a, str) and a]
    if sides:
        lines.append(
            f"- Counted in the figures but with no quoted speaker described as one of them: {fmt.join(sides)} "
            f"({fmt.part_of(len(sides), len(counted), 'side')})."
        )
    elif len(counted) == 1:
        lines.append(f"- The one side counted in the figures, {counted[0]}, has a quoted speaker.")
    elif counted:
        lines.append(f"- Each of the {len(counted)} sides counted in the figures has a quoted speaker.")
    return lines


def provenance(name: str, year) -> str:
    """The overview's last line: the article's file name and its own year ("unknown" when none)."""
    return f"article: {name}; year of the article: {year or 'unknown'}"
