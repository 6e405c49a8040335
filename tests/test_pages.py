"""Saved pages read cleanly: titles without site names, bylines with names only, promotion, credit
and caption lines set aside, list markers dropped. Pages written here in news style."""

from __future__ import annotations

import pytest

import newslens as nl
from newslens.byline import names as byline_names
from newslens.load import clean_title, html_to_text

BODY = [
    "The Harbor City council voted 7-2 on Tuesday to spend $45 million on a new bridge across "
    "the Marrow River, ending a decade of debate over the crossing.",
    "“We have waited long enough,” said Mayor Lena Ortiz, who cast the deciding vote after a "
    "four-hour meeting that drew more than 300 residents.",
    "Opponents said the money should go to schools. The council will take up the school budget "
    "next month, according to a city spokesman.",
]


def page(
    title: str, author: str = "", date: str = "", extra_body: str = "", site: str = "Harbor Daily"
) -> str:
    meta = f'<meta name="author" content="{author}">' if author else ""
    meta += f'<meta property="article:published_time" content="{date}">' if date else ""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><title>{title}</title>{meta}"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title.split(' | ')[0]}</h1>{paras}{extra_body}</article>"
        "<footer>© 2024 Harbor Daily. All rights reserved.</footer></body></html>"
    )


@pytest.mark.parametrize(
    "title, site, author, expected",
    [
        ("Council backs bridge | Harbor Daily", "Harbor Daily", "", "Council backs bridge"),
        ("Council backs bridge | Local News | Harbor Daily", "", "", "Council backs bridge"),
        ("Council backs bridge - harbordaily.com", "", "", "Council backs bridge"),
        ("Council backs bridge – Harbor Daily", "Harbor Daily", "", "Council backs bridge"),
        ("Council backs bridge | Jo Bloggs", "Harbor Daily", "Jo Bloggs", "Council backs bridge"),
        # a dash inside a headline is part of it
        (
            "Rebels - not the army - hold the pass",
            "Harbor Daily",
            "",
            "Rebels - not the army - hold the pass",
        ),
        ("Bridge vote - what it means for you", "Harbor Daily", "", "Bridge vote - what it means for you"),
    ],
)
def test_clean_title(title, site, author, expected):
    assert clean_title(title, site, author) == expected


@pytest.mark.parametrize(
    "author, date, byline",
    [
        ("Lena Park; Omar Haddad", "2024-03-12", "By Lena Park and Omar Haddad, March 12, 2024"),
        ("TOM REYES; Associated Press", "2024-03-12", "By Tom Reyes, March 12, 2024"),
        ("Dana Wells; Staff writer", "2024-03-12", "By Dana Wells, March 12, 2024"),
        ("dwells99", "2024-03-12", "March 12, 2024"),  # a username is not a name
        ("", "2024-03-12", "March 12, 2024"),  # never "By 2024-03-12"
    ],
)
def test_page_byline_has_only_names_and_a_readable_date(author, date, byline):
    text = html_to_text(page("Council backs bridge | Harbor Daily", author, date))
    lines = text.split("\n\n")
    assert lines[0] == "Council backs bridge"
    assert lines[1] == byline
    a = nl.Article.from_text(text)
    assert a.paragraphs.kind.tolist()[:2] == ["title", "byline"]
    assert a.byline == byline


PROMOTION = [
    "<p>Get access to our award-winning coverage for as little as $1 a week. Subscribe now.</p>",
    "<p>SEE MORE: Council meeting photos from Tuesday night</p>",
    "<p>Photo credit: Jo Bloggs / Harbor Daily</p>",
    "<p>Updated at 4:15 p.m.</p>",
    "<p>Harbor Tech: our weekly look at gadgets and apps in the city. Check it out here.</p>",
    "<p>This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our site.</p>",
]


@pytest.mark.parametrize("html", PROMOTION)
def test_promotion_and_credit_lines_are_set_aside(html):
    a = nl.Article.from_text(html_to_text(page("Council backs bridge", "Lena Park", "2024-03-12", html)))
    assert a.body.text.tolist() == BODY


def test_list_labels_dropped_and_sentence_items_kept_without_markers():
    lists = (
        "<ul><li><a href='/a'>Order Reprints</a></li><li><a href='/b'>Print Article</a></li></ul>"
        "<p>The council listed its reasons:</p>"
        "<ol><li>The old crossing is closed to trucks.</li><li>Ferry fares doubled since 2019.</li></ol>"
    )
    a = nl.Article.from_text(html_to_text(page("Council backs bridge", "Lena Park", "2024-03-12", lists)))
    body = a.body.text.tolist()
    assert body[: len(BODY)] == BODY
    assert "Order Reprints" not in a.text and "Print Article" not in a.text
    assert "The old crossing is closed to trucks." in body
    assert not any(t.startswith(("- ", "1. ", "2. ")) for t in body)


@pytest.mark.parametrize(
    "credit, names",
    [
        ("By Jo Bloggs", ["Jo Bloggs"]),
        ("By DANA WELLS and Omar Haddad, Associated Press", ["Dana Wells", "Omar Haddad"]),
        ("By Lena Park; Staff writer, 2024-03-12", ["Lena Park"]),
        ("By 2024-03-12", []),
        ("By dwells99", []),
        ("By Jo Bloggs, March 12, 2024 Updated 4:15 p.m.", ["Jo Bloggs"]),
        ("Written by Anne-Marie de la Cruz", ["Anne-Marie de la Cruz"]),
        (
            "As published by Harbor Daily By , a city hall reporter at Harbor Daily, and , Harbor Daily’s courts reporter.",
            [],
        ),
        ("By Reuters", []),
        ("By Jo Bloggs, Sept. 5, 2023", ["Jo Bloggs"]),
        ("By Jo Bloggs 2023-09-05T10:00Z", ["Jo Bloggs"]),
        ("By Ann Lee | Published November 20 2019", ["Ann Lee"]),
    ],
)
def test_byline_names(credit, names):
    assert byline_names(credit) == names


def test_authors_from_the_bios_when_the_byline_names_nobody():
    a = nl.Article.from_text(
        "Council Backs Bridge\n\nAs published by Harbor Daily By , a city hall reporter at Harbor Daily.\n\n"
        + "\n\n".join(BODY)
        + "\n\nLena Park is a city hall reporter at Harbor Daily. Twitter: @lenapark"
    )
    assert a.authors == ["Lena Park"]
    assert a.credit == "Lena Park"


def test_no_author_anywhere_reads_not_given():
    a = nl.Article.from_text("Council Backs Bridge\n\n" + "\n\n".join(BODY))
    assert a.authors == [] and a.credit == "not given"
