"""The actor of force figures in conflict reporting: a table of passages written for this project
in news English (``fixtures/conflict_actor_cases.tsv``; its header says how to read it), one or
more per actor rule of ``newslens.quantities.context``: demonyms and countries in the counted
phrase, possessives, owners and subjects of the clause, passives and by-phrases, captures and
losses, comparisons, capitals, alliances and militias, coordinated subjects, actors carried from
the sentence before, and figures in quotes."""

from pathlib import Path

import pytest
from helpers import quantities_in, read_case_table

from newslens.quantities import FORCE_CATEGORIES

CASES = Path(__file__).parent / "fixtures" / "conflict_actor_cases.tsv"
TITLE = "Conflict Report\n\nBy Jo Bloggs\n\n"


def load_cases() -> list:
    cases = []
    for n, kind, passage, expected in read_case_table(CASES):
        figures = [] if expected == "-" else [tuple(f.split(" | ")) for f in expected.split(" ;; ")]
        figures = [(s, "" if a == "-" else a) for s, a in figures]
        cases.append(pytest.param(passage, figures, id=f"{n}-{kind}"))
    return cases


def test_the_table_is_big_enough():
    assert len(load_cases()) >= 60


@pytest.mark.parametrize(("passage", "expected"), load_cases())
def test_actor(passage, expected):
    q = quantities_in(passage.replace(" ¶ ", "\n\n"), head=TITLE)
    q = q[q.category.isin(FORCE_CATEGORIES)]
    assert list(zip(q.surface, q.actor)) == expected
