"""find_quantities on a table of (sentence, expected figures) written for this project in news
English: one row per class of issue 10 (units, measures, currencies, number forms, vague amounts,
hedges, ranges, changes, durations, ages, rates, and every not-a-quantity class, expected to give
nothing). The table is ``fixtures/quantity_cases.tsv``; its header says how to read it."""

import math
from pathlib import Path

import pytest
from helpers import quantities_in, read_case_table

CASES = Path(__file__).parent / "fixtures" / "quantity_cases.tsv"
TITLE = "Quantities in the News\n\nBy Jo Bloggs\n\n"


def load_cases() -> list:
    cases = []
    for n, kind, sentence, expected in read_case_table(CASES):
        figures = [] if expected.strip() == "-" else [f.split(" | ") for f in expected.split(" ;; ")]
        cases.append(pytest.param(sentence, figures, id=f"{n}-{kind}"))
    return cases


def _value_ok(row, want: str) -> bool:
    close = lambda a, b: a == a and abs(a - b) <= 1e-6 * max(1.0, abs(b))  # noqa: E731
    if ".." in want:
        lo, hi = (float(x) for x in want.split(".."))
        return math.isnan(row.value) and close(row.low, lo) and close(row.high, hi)
    v = float(want)
    ends = {"exact": (v, v), "approximate": (v, v), "lower": (v, math.nan), "upper": (math.nan, v)}[row.bound]
    same = lambda a, b: (math.isnan(a) and math.isnan(b)) or close(a, b)  # noqa: E731
    return close(row.value, v) and same(row.low, ends[0]) and same(row.high, ends[1])


def test_the_table_is_big_enough():
    assert len(load_cases()) >= 150


@pytest.mark.parametrize(("sentence", "expected"), load_cases())
def test_case(sentence, expected):
    q = quantities_in(sentence, head=TITLE)
    assert q.surface.tolist() == [f[0] for f in expected]
    for row, want in zip(q.itertuples(), expected):
        surface, value, unit, bound, *rest = want
        assert _value_ok(row, value), (surface, row.value, row.low, row.high)
        assert (row.unit, row.bound) == (unit, bound), surface
        if rest and rest[0] != "*":
            assert row.category == rest[0], surface
        if len(rest) > 1 and rest[1] != "*":
            assert row.actor == rest[1], surface
