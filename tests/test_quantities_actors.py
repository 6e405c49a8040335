"""The actor of force figures in conflict reporting: a table of passages written for this project
in news English (``fixtures/conflict_actor_cases.tsv``; its header says how to read it), one or
more per actor rule of ``newslens.quantities.context``: demonyms and countries in the counted
phrase, possessives, owners and subjects of the clause, passives and by-phrases, captures and
losses, comparisons, capitals, alliances and militias, coordinated subjects, actors carried from
the sentence before, and figures in quotes."""

from pathlib import Path

import pytest

import newslens as nl
from newslens.quantities import FORCE_CATEGORIES

CASES = Path(__file__).parent / "fixtures" / "conflict_actor_cases.tsv"
TITLE = "Conflict Report\n\nBy Jo Bloggs\n\n"


def load_cases() -> list:
    cases = []
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, passage, expected = line.split("\t")
        figures = [] if expected == "-" else [tuple(f.split(" | ")) for f in expected.split(" ;; ")]
        figures = [(s, "" if a == "-" else a) for s, a in figures]
        cases.append(pytest.param(passage, figures, id=f"{n}-{kind}"))
    return cases


def test_the_table_is_big_enough():
    assert len(load_cases()) >= 60


@pytest.mark.parametrize(("passage", "expected"), load_cases())
def test_actor(passage, expected):
    article = nl.Article.from_text(TITLE + passage.replace(" ¶ ", "\n\n"))
    q = nl.find_quantities(article)
    q = q[q.category.isin(FORCE_CATEGORIES)]
    assert all(article.text[s:e] == t for s, e, t in zip(q.start, q.end, q.surface))
    assert list(zip(q.surface, q.actor)) == expected
