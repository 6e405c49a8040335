"""Reader-facing numbers and sentences: formats, and grammar right for 0, 1 and many."""

import pandas as pd
import pytest

from newslens import fmt


@pytest.mark.parametrize(
    "value, expected",
    [
        (3_300_000_000, "3.3 billion"),
        (450_000_000, "450 million"),
        (2e12, "2 trillion"),
        (1_500_000, "1.5 million"),
        (12000, "12,000"),
        (999_999, "999,999"),
        (7.5, "7.5"),
        (20.5, "20.5"),
        (0.25, "0.25"),
        (-2.4, "-2.4"),
        (-3.3e9, "-3.3 billion"),
        (0, "0"),
        (float("nan"), "not given"),
        (None, "not given"),
        (pd.NA, "not given"),
    ],
)
def test_number(value, expected):
    assert fmt.number(value) == expected


@pytest.mark.parametrize(
    "value, currency, expected",
    [
        (3.3e9, "USD", "$3.3 billion"),
        (45e6, "GBP", "£45 million"),
        (2000, "EUR", "€2,000"),
        (40, "AFN", "40 AFN"),
        (float("nan"), "USD", "not given"),
    ],
)
def test_money(value, currency, expected):
    assert fmt.money(value, currency) == expected


@pytest.mark.parametrize(
    "n, noun, expected",
    [
        (0, "quote", "no quotes"),
        (1, "voice", "1 voice"),
        (2, "voice", "2 voices"),
        (1, "author bio", "1 author bio"),
        (2, "author bio", "2 author bios"),
        (3, "body", "3 bodies"),
        (2, "speech", "2 speeches"),
        (2, "day", "2 days"),
        (2, "analysis", "2 analyses"),
        (1200, "word", "1,200 words"),
        (20.5, "word", "20.5 words"),
    ],
)
def test_count(n, noun, expected):
    assert fmt.count(n, noun) == expected


@pytest.mark.parametrize(
    "items, expected",
    [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")],
)
def test_join(items, expected):
    assert fmt.join(items) == expected


@pytest.mark.parametrize(
    "numbers, expected",
    [([2], "sentence 2"), ([5, 2], "sentences 2 and 5"), ([9, 1, 4, 4], "sentences 1, 4 and 9")],
)
def test_numbered(numbers, expected):
    assert fmt.numbered("sentence", numbers) == expected


def test_html_table_left_aligns_text_formats_numbers_and_numbers_rows_from_1():
    frame = pd.DataFrame(
        {"speaker": ["Ann <Lee>", "Bo"], "words": [12000, float("nan")], "share": [0.25, 3.3e9]}
    )
    html = fmt.html_table(frame, number_from="no.")
    assert '<th style="text-align: left; padding: 2px 8px;">speaker</th>' in html
    assert "Ann &lt;Lee&gt;" in html  # escaped
    assert ">12,000</td>" in html and ">not given</td>" in html and ">3.3 billion</td>" in html
    assert "e+09" not in html and "NaN" not in html
    assert '<td style="text-align: right; padding: 2px 8px;">1</td>' in html
    assert '<td style="text-align: right; padding: 2px 8px;">2</td>' in html


@pytest.mark.parametrize(
    "share, expected",
    [(0.29, "29%"), (0, "0%"), (0.003, "under 1%"), (1, "100%"), (float("nan"), "not given")],
)
def test_percent(share, expected):
    assert fmt.percent(share) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.451, "+0.45"), (-0.06, "-0.06"), (-0.004, "0.00"), (0.0, "0.00"), (float("nan"), fmt.MISSING)],
)
def test_signed_scores_never_print_a_negative_zero(value, expected):
    assert fmt.signed(value) == expected
