"""The attribution case table (tests/cases/quote_cases.py), one test per case."""

import pytest
from cases.quote_cases import CASES
from helpers import found


def test_the_table_is_large_and_covers_every_class():
    classes = {c for c, _, _ in CASES}
    assert len(CASES) >= 200
    assert {"pronoun", "continuation", "descriptor", "phrase", "reported", "not speech"} <= classes


@pytest.mark.parametrize(
    ("cls", "text", "expected"), CASES, ids=[f"{i:03d}-{c}" for i, (c, _, _) in enumerate(CASES)]
)
def test_case(cls, text, expected):
    assert found(text) == expected
