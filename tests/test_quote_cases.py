"""The attribution case table (tests/cases/quote_cases.py), one test per case."""

import pytest
from cases.quote_cases import CASES

import newslens as nl
from newslens.quotes import find_quotes

HEAD = "Storm Closes the Harbour\n\nBy Jo Bloggs\n\n"


def found(text: str) -> list[tuple[str, str, str]]:
    article = nl.Article.from_text(HEAD + text)
    q = find_quotes(article)
    assert all(article.text[s:e] == t for s, e, t in zip(q.start, q.end, q.text))
    ok = q.speaker_start >= 0
    assert all(
        article.text[s:e] == m
        for s, e, m in zip(q.speaker_start[ok], q.speaker_end[ok], q.speaker_mention[ok])
    )
    return [tuple(r) for r in q[["kind", "text", "speaker"]].itertuples(index=False)]


def test_the_table_is_large_and_covers_every_class():
    classes = {c for c, _, _ in CASES}
    assert len(CASES) >= 200
    assert {"pronoun", "continuation", "descriptor", "phrase", "reported", "not speech"} <= classes


@pytest.mark.parametrize(
    ("cls", "text", "expected"), CASES, ids=[f"{i:03d}-{c}" for i, (c, _, _) in enumerate(CASES)]
)
def test_case(cls, text, expected):
    assert found(text) == expected
