"""The annotated view (quotes highlighted with their speaker, figures underlined, from offsets) and
the "who is absent" lines, on short news texts written here."""

import re

import pandas as pd
import pytest

import newslens as nl
from newslens.absent import unquoted_sides
from newslens.annotate import annotated_html
from newslens.report.overview import absent_lines

TEXT = (
    "Valley Rebels Regroup\n\nBy Jo Bloggs\n\n"
    "“We have 3,000 fighters ready,” said Omar Haddad, a commander of the Valley Front.\n\n"
    "The Riverside Militia has about 500 trucks, according to a police report. The Interior "
    "Ministry did not respond to a request for comment."
)


@pytest.fixture(scope="module")
def article():
    return nl.Article.from_text(TEXT)


def test_annotated_view_marks_quotes_with_speakers_and_underlines_figures(article):
    quotes = nl.find_quotes(article)
    figures = nl.find_quantities(article, quotes)
    page = annotated_html(article, quotes, figures)
    marked = re.sub(r"<[^>]+>", "", "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", page)))
    assert "We have " in marked and "fighters ready," in marked
    assert (
        'ready,</mark>” <small style="font-variant: small-caps; color: #555;">[Omar Haddad]</small>' in page
    )
    underlined = re.findall(r"<u [^>]*>(.*?)</u>", page.split("</p>", 1)[1])  # after the key
    assert underlined == ["3,000 fighters", "about 500 trucks"]
    assert 'title="3,000 troops"' in page  # the figure's reading (value and unit) on hover
    # body paragraphs numbered from 1, as in the charts
    assert re.findall(r'<span style="color: #888; font-size: 0.8em;">(\d+)</span>', page) == ["1", "2"]


def test_annotated_view_escapes_text_and_says_when_nothing_is_marked():
    a = nl.Article.from_text("Budget Day\n\nThe council met <again> on Tuesday & agreed nothing.")
    page = annotated_html(a, nl.find_quotes(a), nl.find_quantities(a))
    assert "&lt;again&gt;" in page and "&amp; agreed" in page
    assert "No quotes or figures were found to mark." in page


def test_absent_lines_name_silent_sources(article):
    quotes = nl.find_quotes(article)
    sources = nl.count_sources(quotes, nl.find_silent_sources(article))
    lines = absent_lines(sources, nl.find_quantities(article, quotes))
    assert lines == [
        "- Named but never quoted: Interior Ministry.",
        # the militia's trucks are counted; the only quoted speaker is of the Valley Front
        "- Counted in the figures but with no quoted speaker described as one of them: "
        "Riverside Militia (1 of 1 side).",
    ]


SPEAKERS = pd.DataFrame(
    {
        "speaker": ["Omar Haddad", "Lena Park", "Interior Ministry"],
        "role": ["a commander of the Valley Front", "a U.S. Army spokeswoman", ""],
        "silent": [False, False, True],
    }
)


@pytest.mark.parametrize(
    "sides, unheard",
    [
        (["Valley Front", "Riverside Militia"], ["Riverside Militia"]),  # "Valley" ties Haddad to his side
        (["United States"], []),  # "U.S." in a role is heard through the initials
        (["Riverside Militia", ""], ["Riverside Militia"]),  # a figure without a side is not a side
        ([], []),
    ],
)
def test_unquoted_sides(sides, unheard):
    assert unquoted_sides(SPEAKERS, pd.DataFrame({"actor": sides})) == unheard


def test_absent_side_line_grammar():
    lines = absent_lines(SPEAKERS, pd.DataFrame({"actor": ["Valley Front", "Riverside Militia"]}))
    assert lines == [
        "- Named but never quoted: Interior Ministry.",
        "- Counted in the figures but with no quoted speaker described as one of them: Riverside Militia "
        "(1 of 2 sides).",
    ]
    lines = absent_lines(SPEAKERS, pd.DataFrame({"actor": ["Valley Front"]}))
    assert lines[1] == "- The one side counted in the figures, Valley Front, has a quoted speaker."


def test_absent_lines_when_nobody_is_missing():
    a = nl.Article.from_text(
        "Valley Talks\n\n“We will talk,” said Omar Haddad, a commander of the Valley Front."
    )
    quotes = nl.find_quotes(a)
    sources = nl.count_sources(quotes, nl.find_silent_sources(a))
    lines = absent_lines(sources, nl.find_quantities(a, quotes))
    assert lines == ["- Every source the article names is quoted or paraphrased at least once."]
