import pandas as pd
import pytest

import newslens as nl
from newslens.sentiment import ARTICLE_COLUMNS, STRING_COLUMNS, compare_scorers, label, quotes_and_narration
from newslens.sentiment import score_sentiment as score


def test_plain_vader_exact_scores_on_seed_sentences(seed):
    v = score(seed, scorer="vader").set_index("sentence_id")
    assert v.loc[22, ["compound", "pos", "neu", "neg"]].tolist() == [-0.9081, 0.0, 0.547, 0.453]
    assert v.loc[22, "text"].startswith("Any internecine violence could exacerbate")
    assert v.loc[0, ["compound", "pos", "neu", "neg"]].tolist() == [0.4588, 0.143, 0.807, 0.05]
    assert v.loc[51, "compound"] == 0.34 and v.loc[51, "label"] == "positive"
    assert v.loc[50, "compound"] == -0.1298


def test_article_shape_one_row_per_body_sentence(seed):
    s = score(seed)
    assert list(s.columns) == ARTICLE_COLUMNS
    assert len(s) == len(seed.sentences) == 66
    assert s.sentence_id.tolist() == list(range(66))
    assert all(seed.text[a:b] == t for a, b, t in zip(s.start, s.end, s.text))
    assert set(s.label) <= {"positive", "neutral", "negative"}


def test_string_shape_and_labels():
    s = score(["A good day.", "A bad day.", "The table is wooden."], scorer="vader")
    assert list(s.columns) == STRING_COLUMNS
    assert s.label.tolist() == ["positive", "negative", "neutral"]
    assert s.compound.tolist() == [0.4404, -0.5423, 0.0]


def test_strength_of_an_adversary_reads_negative():
    text = "The Taliban have a very strong presence in the north"
    assert score([text], scorer="vader").compound[0] == 0.5563  # plain VADER: positive
    news = score([text]).iloc[0]
    assert (news.label, news.compound) == ("negative", -0.2634)
    # the same words said of a non-adversary stay positive
    assert score(["The volunteers have a very strong presence in the north"]).label[0] == "positive"


@pytest.mark.parametrize("word", ["militant", "insurgency", "surrender", "reprisals", "internecine"])
def test_domain_words_are_negative_in_news_scorer_only(word):
    sentence = f"They spoke about the {word} on Tuesday."
    assert score([sentence], scorer="vader").label[0] == "neutral"
    assert score([sentence]).label[0] == "negative"


def test_abuses_weigh_more_in_news():
    s = "What about when militant members carry out abuses?"
    assert score([s]).compound[0] < score([s], scorer="vader").compound[0] < 0


def test_label_thresholds_are_vaders():
    assert [label(x) for x in (0.05, 0.0499, -0.0499, -0.05)] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
    ]


def test_empty_inputs():
    empty = score([])
    assert list(empty.columns) == STRING_COLUMNS and len(empty) == 0
    blank = score([""]).iloc[0]
    assert (blank.compound, blank.label) == (0.0, "neutral")


@pytest.mark.parametrize("bad", ["a plain string", b"bytes", 42, None, ["fine", 3]])
def test_non_text_input_raises_package_error(bad):
    with pytest.raises(nl.NewslensError, match="score_sentiment expects"):
        score(bad)


def test_unknown_scorer():
    with pytest.raises(nl.NewslensError, match="unknown sentiment scorer 'afinn'"):
        score(["x"], scorer="afinn")


def test_compare_scorers_names_the_cue_words(seed):
    c = compare_scorers(seed).set_index("sentence_id")
    assert c.loc[17, "cues"] == "extremist, militant"
    assert (c.loc[17, "vader_label"], c.loc[17, "news_label"]) == ("neutral", "negative")


def test_quotes_and_narration_split(seed):
    v = quotes_and_narration(seed)
    assert set(v.voice) == {"quote", "narration"}
    quotes = v[v.voice == "quote"]
    assert "Northern Alliance" not in quotes.text.tolist()  # a scare quote, not speech
    assert "legitimate caretaker president" not in quotes.text.tolist()  # three words
    assert (quotes.text.str.split().str.len() >= 4).all()
    narration = v[v.voice == "narration"]
    assert not narration.text.str.contains('[“”"]').any()
    assert isinstance(v, pd.DataFrame) and v.start.is_monotonic_increasing
