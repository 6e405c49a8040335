"""The second sample: an article written for this project (invented names), as text and as a saved
web page, measured against its hand-made gold."""

from pathlib import Path

import pytest
from helpers import assert_offsets, assert_quote_offsets

import newslens as nl
from newslens import evaluate

FIXTURES = Path(__file__).parent / "fixtures"
STEM = "2024-03-12_sample_river-valley-militia"


@pytest.fixture(scope="module")
def sample():
    return nl.load_article(FIXTURES / f"{STEM}.txt")


def test_sample_paragraph_kinds(sample):
    kinds = sample.paragraphs.kind.tolist()
    assert kinds == ["boilerplate", "title", "byline", "body", "boilerplate"] + ["body"] * 7 + ["author_bio"]


def test_sample_quotes_against_gold(sample):
    gold = evaluate.load_gold(FIXTURES / f"{STEM}_quotes.csv", sample.text)
    scores = evaluate.quote_scores(evaluate.compare_quotes(nl.find_quotes(sample), gold)).set_index("subset")
    assert scores.loc["all", ["gold", "predicted", "found"]].tolist() == [10, 10, 10]
    assert scores.loc["all", "speaker_accuracy"] == 1.0


def test_sample_quantities_against_gold(sample):
    gold = evaluate.load_gold(FIXTURES / f"{STEM}_quantities.csv", sample.text)
    scores = dict(
        evaluate.quantity_scores(evaluate.compare_quantities(nl.find_quantities(sample), gold)).values
    )
    assert (scores["gold figures"], scores["predicted figures"], scores["found"]) == (7, 7, 7)
    for field in ("value", "unit", "actor", "year", "qualifier", "bound"):
        assert scores[f"{field} accuracy"] == 1.0, field


def test_saved_web_page_keeps_the_article_and_drops_the_page(sample):
    page = nl.load_article(FIXTURES / f"{STEM}.html")
    assert page.title == "A Militia Holds the River Valley. For How Long?"
    assert page.byline == "By Dana Whitcombe, March 12, 2024"
    assert page.authors == ["Dana Whitcombe"]
    for furniture in (
        "Skip to content",
        "Subscribe",
        "Advertisement",
        "Related coverage",
        "Floods hit",
        "All rights reserved",
        "newsletter",
    ):
        assert furniture not in page.text, furniture
    assert page.body.text.tolist() == sample.body.text.tolist()
    # offsets index the extracted text, and extraction finds the same quotes and figures
    q = nl.find_quotes(page)
    assert_quote_offsets(q, page.text)
    assert q.text.tolist() == nl.find_quotes(sample).text.tolist()
    f = nl.find_quantities(page)
    assert f.surface.tolist() == nl.find_quantities(sample).surface.tolist()


def test_web_page_without_article_text_is_refused(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(nl.NewslensError, match="empty.html: no article text found in the web page"):
        nl.load_article(page)


def test_gold_made_on_the_text_measures_the_web_page():
    page = nl.load_article(FIXTURES / f"{STEM}.html")
    gold = evaluate.load_gold(FIXTURES / f"{STEM}_quotes.csv", page.text)
    assert_offsets(gold, page.text)
    scores = evaluate.quote_scores(evaluate.compare_quotes(nl.find_quotes(page), gold)).set_index("subset")
    assert scores.loc["all", ["found", "speaker_accuracy"]].tolist() == [10, 1.0]


def test_gold_rows_missing_from_the_text_are_refused(tmp_path):
    bad = tmp_path / "bad_quotes.csv"
    bad.write_text("kind,start,end,speaker,text\ndirect,0,5,X,words that are nowhere\n", encoding="utf-8")
    with pytest.raises(nl.NewslensError, match=r"bad_quotes.csv: rows \[0\] are not in the article text"):
        evaluate.load_gold(bad, "Some other text entirely.")
