"""Hostile input: arbitrary Unicode never raises anything but NewslensError, and every offset any
stage returns reproduces its span."""

import pytest
from helpers import assert_offsets, assert_quote_offsets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newslens as nl

NEWS_TOKENS = [
    "said",
    "told Reuters",
    "according to",
    "Taliban",
    "Ann Lee",
    "Mr.",
    "U.S.",
    "Dr.",
    "approximately",
    "about",
    "more than",
    "130",
    "7,000",
    "$3.3 billion",
    "tanks",
    "troops",
    "percent",
    "a few",
    "billions of dollars",
    "between",
    "to",
    "maybe",
    "two",
    "districts",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    ",",
    ".",
    "?",
    "!",
    ":",
    ";",
    "—",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    " ",
    " ",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "he",
    "she",
    "experts believe",
    "In 2001",
    "By",
    "Skip to main content",
    "Twitter: @x",
    "is a reporter at",
]
news_like = st.lists(st.one_of(st.sampled_from(NEWS_TOKENS), st.text(max_size=6)), max_size=80).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(article):
    assert_offsets(article.paragraphs, article.text)
    assert_offsets(article.sentences, article.text)
    q = nl.find_quotes(article)
    assert_quote_offsets(q, article.text)
    f = nl.find_quantities(article, q)
    assert_offsets(f, article.text, "surface")
    s = nl.score_sentiment(article)
    assert len(s) == len(article.sentences)
    assert s.compound.between(-1, 1).all()


@pytest.mark.slow  # 150 generated inputs through every stage
@SETTINGS
@given(news_like)
def test_any_text_is_processed_or_refused_cleanly(text):
    try:
        article = nl.Article.from_text(text, name="hostile.txt")
    except nl.NewslensError as err:
        assert "hostile.txt" in str(err)
        return
    check_offsets(article)


@pytest.mark.slow  # 150 generated inputs through every stage
@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    try:
        article = nl.Article.from_text(text)
    except nl.NewslensError:
        return
    check_offsets(article)


@pytest.mark.slow  # 150 generated inputs through every stage
@pytest.mark.filterwarnings("ignore::UnicodeWarning")  # the Windows-1252 fallback says so, as designed
@SETTINGS
@given(st.binary(max_size=300))
def test_arbitrary_bytes_on_disk(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "input.txt"
    path.write_bytes(data)
    try:
        article = nl.load_article(path)
    except nl.NewslensError as err:
        assert "input.txt" in str(err)
        return
    check_offsets(article)


@pytest.mark.slow  # 150 generated lists of strings through the sentiment model
@SETTINGS
@given(st.lists(st.text(max_size=40), max_size=5))
def test_score_sentiment_on_arbitrary_strings(texts):
    out = nl.score_sentiment(texts)
    assert out.text.tolist() == texts


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nBy Jo\n\n“An unbalanced quote that never ends, said Ann Lee.",
        "Headline\n\nBy Jo\n\nShe said it plainly.”",
        "Headline\n\nBy Jo\n\nThe last character is a quote mark “",
        "Headline\r\n\r\nBy Jo\r\n\r\n“We have 300 fighters,” said Ann Lee.\r\n",
        "\ufeffHeadline\n\nBy Jo\n\n“We have 300 fighters,” said Ann Lee.",
        "Headline\n\nBy Jo\n\n“We\u00a0have\u00a0300\u00a0fighters,”\u00a0said\u00a0Ann\u00a0Lee.",
        "Headline\n\nBy Jo\n\n“We have\u200b 300 fighters,” said\u200b Ann Lee.",
        "“",
        '""""',
        "’’’ ‘‘‘ \"'\"'",
    ],
)
def test_named_hostile_cases(text):
    try:
        article = nl.Article.from_text(text)
    except nl.NewslensError:
        assert not text.strip()
        return
    check_offsets(article)


@pytest.mark.parametrize(
    "text",
    [
        "Headline\r\n\r\nBy Jo\r\n\r\n“We have 300 fighters,” said Ann Lee.\r\n",
        "\ufeffHeadline\n\nBy Jo\n\n“We have 300 fighters,” said Ann Lee.",
        "Headline\n\nBy Jo\n\n“We have 300 fighters,”\u00a0said\u00a0Ann Lee.",
    ],
    ids=["crlf", "bom", "nbsp"],
)
def test_crlf_bom_and_nbsp_still_find_the_quote(text):
    article = nl.Article.from_text(text)
    q = nl.find_quotes(article)
    assert q.text.tolist() == ["We have 300 fighters,"]
    assert q.speaker.tolist() == ["Ann Lee"]
    assert nl.find_quantities(article).surface.tolist() == ["300 fighters"]


@pytest.mark.slow  # a 1 MB article through quotes and quantities: several seconds
def test_one_megabyte_article_is_processed():
    para = (
        "“The rebels have approximately 4,000 fighters and more than 30 tanks,” said Ann Lee, a commander. "
        "Some experts believe the talks will fail, and the army has lost between 10 and 15 percent of its vehicles."
    )
    text = "A Very Long Report\n\nBy Jo Bloggs\n\n" + "\n\n".join([para] * (1_000_000 // len(para)))
    article = nl.Article.from_text(text)
    n = len(article.body)
    assert len(text) > 1_000_000 and n > 4_000
    q = nl.find_quotes(article)
    assert (q.kind == "direct").sum() == n and (q.speaker == "Ann Lee").sum() >= n
    f = nl.find_quantities(article, q)
    assert len(f) == 3 * n
    check = f.sample(50, random_state=0)
    assert_offsets(check, text, "surface")
