import json
import os
from xml.etree import ElementTree

import numpy as np
import pandas as pd
import pytest
import textblob
import vaderSentiment
from helpers import assert_offsets

import newslens as nl
from newslens import paths
from newslens.evaluate.ratings import failure_kinds, pearson_interval, scores_table
from newslens.sentiment import (
    ARTICLE_COLUMNS,
    STRING_COLUMNS,
    compare_scorers,
    label,
    quotes_and_narration,
)
from newslens.sentiment import features as sf
from newslens.sentiment import model as sm
from newslens.sentiment import score_sentiment as score
from newslens.sentiment.model import LABEL_THRESHOLD

# --- plain VADER -------------------------------------------------------------------------------


def test_plain_vader_exact_scores_on_seed_sentences(seed):
    v = score(seed, scorer="vader").set_index("sentence_id")
    assert v.loc[22, ["compound", "pos", "neu", "neg"]].tolist() == [-0.9081, 0.0, 0.547, 0.453]
    assert v.loc[22, "text"].startswith("Any internecine violence could exacerbate")
    assert v.loc[0, ["compound", "pos", "neu", "neg"]].tolist() == [0.4588, 0.143, 0.807, 0.05]
    assert v.loc[51, "compound"] == 0.34 and v.loc[51, "label"] == "positive"
    assert v.loc[50, "compound"] == -0.1298


def test_string_shape_and_labels():
    s = score(["A good day.", "A bad day.", "The table is wooden."], scorer="vader")
    assert list(s.columns) == STRING_COLUMNS
    assert s.label.tolist() == ["positive", "negative", "neutral"]
    assert s.compound.tolist() == [0.4404, -0.5423, 0.0]
    assert s.top_words.tolist() == ["", "", ""]


def test_label_thresholds():
    assert [label(x) for x in (0.05, 0.0499, -0.0499, -0.05)] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
    ]
    assert LABEL_THRESHOLD == 0.125  # a mean human rating of 0.5 on the -4..+4 scale
    assert [label(x, LABEL_THRESHOLD) for x in (0.125, 0.1, -0.1, -0.125)] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
    ]


# --- the news model: direction on news English we wrote ---------------------------------------

NEWS_CASES = [
    ("The attack killed nine people, including two children.", "negative", "killed"),
    ("The flood destroyed hundreds of homes in the valley.", "negative", "destroyed"),
    ("Prosecutors said the former minister had stolen millions from the pension fund.", "negative", "stolen"),
    ("The orchestra gave a brilliant performance to a delighted audience.", "positive", "brilliant"),
    ("Residents praised the new clinic as a welcome relief.", "positive", "welcome"),
    ("The harvest was the best in twenty years.", "positive", "best"),
    ("The plan is not good.", "negative", "good"),
    ("The council will meet on Thursday to discuss the budget.", "neutral", ""),
    ("The report was published on Monday.", "neutral", ""),
]


@pytest.mark.parametrize("text, expected, top", NEWS_CASES, ids=[c[0][:30] for c in NEWS_CASES])
def test_news_model_direction_and_top_word(text, expected, top):
    row = score([text]).iloc[0]
    assert row.label == expected
    assert row.top_words.split(" ")[0] == top  # the strongest word comes first ("" when none)


def test_news_scores_order_sentences_by_tone():
    texts = [
        "The rebels killed dozens of villagers and burned their homes.",
        "Talks between the two sides stalled again.",
        "The two sides signed a peace agreement and celebrated together.",
    ]
    compound = score(texts).compound.tolist()
    assert compound[0] < compound[1] < compound[2]
    assert all(-1 <= c <= 1 for c in compound)


def test_top_words_carry_sign_and_size():
    words = score(["Residents praised the new clinic as a welcome relief after years of neglect."]).top_words[
        0
    ]
    parts = dict(p.rsplit(" ", 1) for p in words.split(", "))
    assert float(parts["welcome"]) > 0 and float(parts["neglect"]) < 0
    assert len(parts) <= sm.TOP_WORDS and all(abs(float(v)) >= sm.MIN_CONTRIBUTION for v in parts.values())


def test_article_shape_one_row_per_body_sentence(seed):
    s = score(seed)
    assert list(s.columns) == ARTICLE_COLUMNS
    assert len(s) == len(seed.sentences) == 66
    assert s.sentence_id.tolist() == list(range(66))
    assert_offsets(s, seed.text)
    assert set(s.label) <= {"positive", "neutral", "negative"}
    assert s.compound.between(-1, 1).all()


# --- the model file ----------------------------------------------------------------------------


def test_model_file_loads_as_plain_data():
    data = json.loads(paths.SENTIMENT_MODEL.read_text(encoding="utf-8"))
    assert [f["name"] for f in data["features"]] == list(sf.FEATURE_NAMES)
    assert len(data["bucket_weights"]) == sf.HASH_BUCKETS
    assert data["label_threshold"] == LABEL_THRESHOLD
    model = sm.load_model()
    assert model.weights.shape == (len(sf.FEATURE_NAMES),) and (model.scale > 0).all()
    # the strongest lexicon feature is VADER's valence sum, pushing toward positive
    assert sm.strongest_features(model, 1)[0][0] == "vader_sum_sqrt"
    assert sm.strongest_features(model, 1)[0][1] > 0


# --- features come from packaged lexicons only -------------------------------------------------


def _vader_file_words() -> set[str]:
    path = os.path.join(os.path.dirname(vaderSentiment.__file__), "vader_lexicon.txt")
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip()}


def _pattern_file_words() -> set[str]:
    path = os.path.join(os.path.dirname(textblob.__file__), "en", "en-sentiment.xml")
    return {w.get("form").lower() for w in ElementTree.parse(path).getroot().iter("word")}


def test_lexicon_words_come_from_the_packaged_files():
    text = "After the town was bombed, the celebrations stopped, but aid workers were heroic and tireless."
    values, sources = sf.analyse(text)
    vader_words, pattern_words = _vader_file_words(), _pattern_file_words()
    assert {w for w, _ in sources["vader"]} <= vader_words
    assert {w for w, _ in sources["pattern"]} <= pattern_words
    # a word VADER lacks, valued through a VADER word with the same stem
    stemmed = dict(sources["stem"])
    assert set(stemmed) == {"bombed", "celebrations"} and not set(stemmed) & vader_words
    assert all(sf.stem_lexicon()[sf.stem(w)] == v for w, v in stemmed.items())
    assert len(values) == len(sf.FEATURE_NAMES)


TOKENISER_CASES = [
    "--",
    "!!cat and dog!!",
    "'quoted' words, and \"more\" of them...",
    "don't, won't; can't: (maybe) [sure]",
    "?!?hello there!?!",
    "GOOD!!! news :-) :D",
    "x y z",
    "",
    "The end.",
]


def test_fast_tokeniser_matches_nltk(seed):
    from nltk.sentiment.vader import SentiText, VaderConstants

    c = VaderConstants()
    for text in TOKENISER_CASES + seed.sentences.text.tolist():
        nltk_tokens = SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
        fast = sf.FastSentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
        assert fast == nltk_tokens, text


def test_a_sentence_without_lexicon_words_has_neutral_word_features():
    values, sources = sf.analyse("The committee meets on Tuesday in room four.")
    assert not any(sources.values())
    for name in (n for group in sf.WORD_GROUPS.values() for n in group):
        assert values[sf.FEATURE_NAMES.index(name)] == sf.NEUTRAL_VALUES[name], name


# --- training is deterministic -----------------------------------------------------------------

SYNTHETIC = [
    ("The rescue was a triumph and the families cheered.", 2.5, "news"),
    ("Volunteers rebuilt the school in record time.", 1.8, "news"),
    ("The new bridge opened to praise from commuters.", 1.6, "news"),
    ("A generous donor paid for the library's new wing.", 2.1, "news"),
    ("The festival drew happy crowds despite the rain.", 1.4, "news"),
    ("The mayor announced the budget on Friday.", 0.0, "news"),
    ("The report runs to two hundred pages.", 0.1, "news"),
    ("Officials will review the contract next month.", -0.1, "news"),
    ("The explosion killed four workers and injured many.", -3.0, "news"),
    ("The scandal ruined the senator's career.", -2.2, "news"),
    ("Floods destroyed the crops and left farmers desperate.", -2.6, "news"),
    ("Critics called the decision a disgraceful betrayal.", -2.4, "news"),
    ("What a wonderful, lovely evening!", 3.0, "reviews"),
    ("Terrible acting and a boring plot.", -2.8, "reviews"),
    ("It was fine, nothing special.", 0.2, "reviews"),
]


def _fit():
    texts, ratings, domains = zip(*SYNTHETIC)
    return sm.fit_model(list(texts), list(ratings), list(domains), target="news")


def test_training_is_deterministic_and_learns_direction(tmp_path):
    first, second = _fit(), _fit()
    assert first == second
    a, b = sm.save_model(first, tmp_path / "a.json"), sm.save_model(second, tmp_path / "b.json")
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text(encoding="utf-8")) == first  # the file round-trips
    model = sm.model_from_dict(first)
    scored = sm.score_texts(
        ["The crowd cheered a wonderful triumph.", "The blast killed and injured workers."], model
    )
    assert scored.compound[0] > 0 > scored.compound[1]
    assert first["training"]["sentences"] == {"news": 12, "reviews": 3}


def test_training_refuses_mismatched_input():
    with pytest.raises(nl.NewslensError, match="as many ratings"):
        sm.fit_model(["one", "two"], [1.0])
    with pytest.raises(nl.NewslensError, match="no text of the target domain"):
        sm.fit_model(["one"], [1.0], ["reviews"], target="news")


# --- measurement helpers -----------------------------------------------------------------------


def test_scores_table_and_failure_kinds_on_a_toy_table():
    held = pd.DataFrame(
        {
            "domain": ["d"] * 6,
            "rating": [-2.0, -1.0, 0.0, 0.2, 1.0, 2.5],
            "s": [-0.5, 0.1, 0.0, 0.35, 0.05, 0.2],
            "s_label": ["negative", "neutral", "neutral", "positive", "neutral", "positive"],
            "lexicon_words": [2, 0, 0, 1, 1, 1],
        }
    )
    table = scores_table(held, {"s": "s_label"}).iloc[0]
    assert table.n == 6 and table.accuracy == 0.5
    assert table.r_low < table.pearson_r < table.r_high
    kinds = failure_kinds(held, "s").set_index("kind").misses
    # predicted ratings are s x 4; misses are more than one rating point off
    assert kinds["charged, readers neutral"] == 1  # 0.2 predicted 1.4
    assert kinds["no lexicon word"] == 1  # -1.0 predicted 0.4, no lexicon word
    assert kinds["right direction, too mild"] == 1  # 2.5 predicted 0.8
    assert kinds["wrong direction"] == 0 and kinds["total"] == 3


def test_pearson_interval_narrows_with_n():
    low_small, high_small = pearson_interval(0.5, 50)
    low_big, high_big = pearson_interval(0.5, 2000)
    assert low_small < low_big < 0.5 < high_big < high_small
    assert np.isnan(pearson_interval(0.5, 3)[0])


# --- the conflict-reporting layer (scorer="conflict") ------------------------------------------


def test_strength_of_an_adversary_reads_negative():
    text = "The Taliban have a very strong presence in the north"
    assert score([text], scorer="vader").compound[0] == 0.5563  # plain VADER: positive
    conflict = score([text], scorer="conflict").iloc[0]
    assert (conflict.label, conflict.compound) == ("negative", -0.2634)
    # the same words said of a non-adversary stay positive
    assert (
        score(["The volunteers have a very strong presence in the north"], scorer="conflict").label[0]
        == "positive"
    )


@pytest.mark.parametrize("word", ["militant", "insurgency", "surrender", "reprisals", "internecine"])
def test_domain_words_are_negative_in_conflict_layer_only(word):
    sentence = f"They spoke about the {word} on Tuesday."
    assert score([sentence], scorer="vader").label[0] == "neutral"
    assert score([sentence], scorer="conflict").label[0] == "negative"


def test_abuses_weigh_more_in_conflict_layer():
    s = "What about when militant members carry out abuses?"
    assert score([s], scorer="conflict").compound[0] < score([s], scorer="vader").compound[0] < 0


def test_compare_scorers_names_the_cue_words(seed):
    c = compare_scorers(seed).set_index("sentence_id")
    assert c.loc[17, "cues"] == "extremist, militant"
    assert (c.loc[17, "vader_label"], c.loc[17, "conflict_label"]) == ("neutral", "negative")
    assert {"vader", "news", "conflict", "news_label"} <= set(c.columns)
    # the news table passed in (as notebook 02 does) gives the same frame as scoring it again
    assert compare_scorers(seed, score(seed)).set_index("sentence_id").equals(c)


# --- input handling ----------------------------------------------------------------------------


def test_empty_inputs():
    empty = score([])
    assert list(empty.columns) == STRING_COLUMNS and len(empty) == 0
    blank = score([""]).iloc[0]
    assert blank.label == "neutral" and abs(blank.compound) < LABEL_THRESHOLD and blank.top_words == ""


@pytest.mark.parametrize("bad", ["a plain string", b"bytes", 42, None, ["fine", 3]])
def test_non_text_input_raises_package_error(bad):
    with pytest.raises(nl.NewslensError, match="score_sentiment expects"):
        score(bad)


def test_unknown_scorer():
    with pytest.raises(nl.NewslensError, match="unknown sentiment scorer 'afinn'"):
        score(["x"], scorer="afinn")


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


def test_the_conflict_layer_still_answers_to_its_former_name_news():
    from newslens.sentiment.conflict import polarity

    text = "The militants have a very strong presence in the valley."
    assert polarity(text, "news") == polarity(text, "conflict")
    assert polarity(text, "news")["compound"] < 0 < polarity(text, "vader")["compound"]
