"""Shared test helpers: offset checks for every table that points into ``article.text``, the small
articles the extraction tests build, and the reader for tab-separated case tables.

Every quote, figure, sentence and paragraph keeps character offsets into the article text; these
helpers are the one place that says what a correct offset is."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import newslens as nl

# The head of the articles the attribution and quantity tests build around a body they write.
HEAD = "Rebels Regroup in the Valley\n\nBy Jo Bloggs\n\n"
# The head of the articles of the attribution case tables (tests/cases/quote_cases.py).
CASE_HEAD = "Storm Closes the Harbour\n\nBy Jo Bloggs\n\n"


def assert_span(text: str, start: int, end: int, expected: str) -> None:
    """Assert that ``text[start:end]`` is a real span (0 <= start < end <= len(text)) that reads
    ``expected``; the message names the span and both texts."""
    assert 0 <= start < end <= len(text), f"[{start}:{end}] is not a span of a {len(text)}-character text"
    got = text[start:end]
    assert got == expected, f"text[{start}:{end}] reads {got!r}, the table says {expected!r}"


def assert_offsets(
    frame: pd.DataFrame,
    text: str,
    column: str = "text",
    start: str = "start",
    end: str = "end",
    *,
    optional: bool = False,
) -> None:
    """Assert that every row of ``frame`` is traceable: ``text[row.start:row.end]`` is a non-empty
    span inside ``text`` that equals ``row[column]`` (``text`` for sentences and quotes, ``surface``
    for figures). With ``optional``, rows whose start is -1 (no span, e.g. a quote without a named
    speaker) are skipped, and their end must be -1 too."""
    for i, (s, e, t) in enumerate(zip(frame[start], frame[end], frame[column])):
        if optional and s == -1:
            assert e == -1, f"row {i}: {start} is -1 but {end} is {e}"
            continue
        assert_span(text, int(s), int(e), t)


def assert_quote_offsets(quotes: pd.DataFrame, text: str) -> None:
    """Assert that a ``find_quotes`` table is traceable: every quote's ``text`` and every named
    speaker's ``speaker_mention`` is the span of ``text`` its offsets point at."""
    assert_offsets(quotes, text, "text")
    assert_offsets(quotes, text, "speaker_mention", "speaker_start", "speaker_end", optional=True)


def article(body: str, head: str = HEAD, name: str | None = None) -> nl.Article:
    """An article made of ``head`` (a title and byline) and a ``body`` written by the test."""
    return nl.Article.from_text(head + body, name=name)


def quotes_in(*paragraphs: str, head: str = HEAD) -> pd.DataFrame:
    """``find_quotes`` on an article of ``head`` and the given body paragraphs, with every offset
    checked. Returns the quote table (newslens.quotes.COLUMNS)."""
    a = article("\n\n".join(paragraphs), head)
    q = nl.find_quotes(a)
    assert_quote_offsets(q, a.text)
    return q


def quantities_in(body: str, head: str = HEAD, name: str | None = None) -> pd.DataFrame:
    """``find_quantities`` on an article of ``head`` and ``body``, with every offset checked.
    Returns the quantity table (newslens.quantities.COLUMNS)."""
    a = article(body, head, name)
    q = nl.find_quantities(a)
    assert_offsets(q, a.text, "surface")
    return q


def rows(frame: pd.DataFrame, *columns: str) -> list[tuple]:
    """The given columns of ``frame`` as a list of tuples, one per row, NaN read as None."""
    return [
        tuple(None if isinstance(x, float) and math.isnan(x) else x for x in r)
        for r in frame[list(columns)].itertuples(index=False)
    ]


def found(body: str) -> list[tuple[str, str, str]]:
    """The quotes ``find_quotes`` returns for an article with this ``body``, offsets checked, as
    (kind, exact text, canonical speaker) in reading order: the shape of the attribution tables."""
    return rows(quotes_in(body, head=CASE_HEAD), "kind", "text", "speaker")


def named(cases: list[tuple]) -> list:
    """The rows of a case table whose first item says what the case shows, as ``pytest.param``s
    with that text as the test id and the other items as the arguments."""
    return [pytest.param(*case[1:], id=case[0]) for case in cases]


def read_case_table(path: Path) -> list[tuple[int, str, str, str]]:
    """The rows of a tab-separated case table (``kind<TAB>text<TAB>expected``; blank lines and lines
    starting with ``#`` are comments) as (line number, kind, text, expected)."""
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, expected = line.split("\t")
        cases.append((n, kind, text, expected))
    return cases
