"""Notebook 03's bottom line on short news texts: right for one voice, for reported speech only,
and for none."""

import pytest

import newslens as nl
from newslens.quotes import count_sources, find_quotes, find_silent_sources
from newslens.report.sources import bottom_line

HEAD = "Harbour Closes\n\nBy Jo Bloggs\n\n"

CASES = [
    (
        "“The harbour stays shut until Monday,” said Ilse Brandt, the port director.",
        [
            "- **1 voice** speaks in 1 quote: 1 direct, 0 partial, 0 reported without quotation marks.",
            "- **Ilse Brandt** has the most words inside quotation marks: 6 of 6 words (100%).",
        ],
    ),
    (
        "Police said the driver had fled. Ilse Brandt, the port director, said the harbour would reopen on Monday.",
        [
            "- **2 voices** speak in 2 quotes: 0 direct, 0 partial, 2 reported without quotation marks.",
            "- **No words inside quotation marks**: every source is only paraphrased.",
        ],
    ),
    (
        "The harbour was closed on Sunday after a storm.",
        ["- No quotes or reported speech with a named source were found in this article."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bottom_line_counts_read_right_for_one_and_none(text, expected):
    article = nl.Article.from_text(HEAD + text)
    quotes = find_quotes(article)
    lines = bottom_line(quotes, count_sources(quotes, find_silent_sources(article)))
    assert lines[: len(expected)] == expected
