"""Reader-facing numbers and sentences: formats, and grammar right for 0, 1 and many."""

import pandas as pd
import pytest

from newslens import fmt

NAN = float("nan")

# (format function, its arguments, the text a reader sees)
FORMAT_CASES = [
    # fmt.number: scale words from a million up, thousands separators below, "not given" for missing
    (fmt.number, (3_300_000_000,), "3.3 billion"),
    (fmt.number, (450_000_000,), "450 million"),
    (fmt.number, (2e12,), "2 trillion"),
    (fmt.number, (1_500_000,), "1.5 million"),
    (fmt.number, (12000,), "12,000"),
    (fmt.number, (999_999,), "999,999"),
    (fmt.number, (7.5,), "7.5"),
    (fmt.number, (20.5,), "20.5"),
    (fmt.number, (0.25,), "0.25"),
    (fmt.number, (-2.4,), "-2.4"),
    (fmt.number, (-3.3e9,), "-3.3 billion"),
    (fmt.number, (0,), "0"),
    (fmt.number, (NAN,), "not given"),
    (fmt.number, (None,), "not given"),
    (fmt.number, (pd.NA,), "not given"),
    # fmt.money: the currency sign where there is one, the code after the number where not
    (fmt.money, (3.3e9, "USD"), "$3.3 billion"),
    (fmt.money, (45e6, "GBP"), "£45 million"),
    (fmt.money, (2000, "EUR"), "€2,000"),
    (fmt.money, (40, "AFN"), "40 AFN"),
    (fmt.money, (NAN, "USD"), "not given"),
    # fmt.count: "no" for 0, singular for 1, English plurals for many
    (fmt.count, (0, "quote"), "no quotes"),
    (fmt.count, (1, "voice"), "1 voice"),
    (fmt.count, (2, "voice"), "2 voices"),
    (fmt.count, (1, "author bio"), "1 author bio"),
    (fmt.count, (2, "author bio"), "2 author bios"),
    (fmt.count, (3, "body"), "3 bodies"),
    (fmt.count, (2, "speech"), "2 speeches"),
    (fmt.count, (2, "day"), "2 days"),
    (fmt.count, (2, "analysis"), "2 analyses"),
    (fmt.count, (1200, "word"), "1,200 words"),
    (fmt.count, (20.5, "word"), "20.5 words"),
    # fmt.join: a list in prose
    (fmt.join, ([],), ""),
    (fmt.join, (["a"],), "a"),
    (fmt.join, (["a", "b"],), "a and b"),
    (fmt.join, (["a", "b", "c"],), "a, b and c"),
    # fmt.numbered: sorted, deduplicated numbers after a singular or plural noun
    (fmt.numbered, ("sentence", [2]), "sentence 2"),
    (fmt.numbered, ("sentence", [5, 2]), "sentences 2 and 5"),
    (fmt.numbered, ("sentence", [9, 1, 4, 4]), "sentences 1, 4 and 9"),
    # fmt.percent: whole percents, "under 1%" rather than a misleading 0%
    (fmt.percent, (0.29,), "29%"),
    (fmt.percent, (0,), "0%"),
    (fmt.percent, (0.003,), "under 1%"),
    (fmt.percent, (1,), "100%"),
    (fmt.percent, (NAN,), "not given"),
    # fmt.signed: scores with a sign, never a negative zero
    (fmt.signed, (0.451,), "+0.45"),
    (fmt.signed, (-0.06,), "-0.06"),
    (fmt.signed, (-0.004,), "0.00"),
    (fmt.signed, (0.0,), "0.00"),
    (fmt.signed, (NAN,), fmt.MISSING),
]


@pytest.mark.parametrize(
    ("function", "args", "expected"),
    FORMAT_CASES,
    ids=[f"{f.__name__}{args!r}" for f, args, _ in FORMAT_CASES],
)
def test_format(function, args, expected):
    assert function(*args) == expected


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
