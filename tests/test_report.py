"""The reader-facing sentences of ``newslens.report`` as (table, expected sentence) cases, the
0/1/many helpers of ``fmt`` they use, on tables and short news texts written here."""

import pandas as pd
import pytest

import newslens as nl
from newslens import fmt, quantities, segment
from newslens.report import common, forces, loading, overview, sources, tone
from newslens.sentiment.stats import thirds


# --- fmt: the grammar every sentence uses --------------------------------------------------------
@pytest.mark.parametrize(
    ("n", "total", "noun", "expected"),
    [(3, 14, "source", "3 of 14 sources"), (1, 1, "source", "1 of 1 source"), (0, 2, "side", "0 of 2 sides"),
     (0, 0, "source", "no sources"), (1200, 1560, "word", "1,200 of 1,560 words")],
)  # fmt: skip
def test_part_of(n, total, noun, expected):
    assert fmt.part_of(n, total, noun) == expected


@pytest.mark.parametrize(("n", "expected"), [(0, "speak"), (1, "speaks"), (2, "speak")])
def test_agree(n, expected):
    assert fmt.agree(n, "speaks", "speak") == expected


# --- report.loading (notebook 01) ----------------------------------------------------------------
STATS = pd.DataFrame(
    {
        "start": [0, 100, 300],
        "end": [100, 300, 400],
        "quoted_chars": [0, 150, 50],
        "quoted_share": [0.0, 0.75, 0.5],
    }
)


def test_loading_titles():
    words = pd.Series([10, 21, 30])
    assert loading.sentence_lengths_title(words) == "Half the sentences run longer than 21 words"
    assert loading.sentence_lengths_subtitle(words) == "Body sentences (3 sentences)"
    assert loading.sentence_lengths_subtitle(words[:1]) == "Body sentences (1 sentence)"
    assert (
        loading.paragraph_words_title(STATS) == "Quoted words fill 50% of the text, up to 75% of a paragraph"
    )


@pytest.mark.parametrize(
    ("text", "aside", "checked"),
    [
        ("It rained.", "set aside: 2 paragraphs of 3", "3 paragraphs and 1 sentence: all offsets reproduce their text"),
        ("It rained. It poured.\n\nThe river rose.", "set aside: 2 paragraphs of 4",
         "4 paragraphs and 3 sentences: all offsets reproduce their text"),
    ],
)  # fmt: skip
def test_loading_lines(text, aside, checked):
    article = nl.Article.from_text("Harbor City\n\nBy Jo Bloggs\n\n" + text)
    assert loading.set_aside(article.paragraphs) == aside
    assert loading.offsets_checked(article.paragraphs, article.sentences) == checked


def test_sentence_words_is_a_new_frame_and_leaves_the_article_alone():
    article = nl.Article.from_text(
        "Harbor City\n\nBy Jo Bloggs\n\nThe U.S. port reopened. Ships waited, 7,000 of them."
    )
    before = article.sentences.copy()
    sents = segment.sentence_words(article)
    assert sents.words.tolist() == [4, 5]
    assert "words" not in article.sentences and article.sentences.equals(before)


# --- report.tone (notebook 02): comparisons state their basis -----------------------------------
def _scored(values):
    return pd.DataFrame({"sentence_id": range(len(values)), "compound": values})


def test_thirds_number_sentences_from_one_with_intervals():
    parts = thirds(_scored([-0.5, -0.4, -0.6, 0.0, 0.1, -0.1, 0.3, 0.2, 0.4]))
    assert parts[["part", "first", "last", "n"]].values.tolist() == [
        ["opening", 1, 3, 3],
        ["middle", 4, 6, 3],
        ["closing", 7, 9, 3],
    ]
    assert parts["mean"].tolist() == [-0.5, 0.0, 0.3]
    assert (parts.low < parts["mean"]).all() and (parts["mean"] < parts.high).all()


@pytest.mark.parametrize(
    ("values", "title", "start"),
    [
        ([-0.5, -0.4, -0.6, 0.0, 0.1, -0.1, 0.3, 0.2, 0.4], "The opening third reads darker than the closing third",
         "The opening third reads darker than the closing third (difference -0.80, 95% interval"),
        ([-0.9, 0.8, -0.7, 0.6, -0.5, 0.9, 0.7, -0.8, 0.5], "The three thirds read about the same",
         "The three thirds read about the same: the "),
        ([0.1, 0.2], "The article has 2 sentences", "The article has 2 sentences: too few to compare its thirds."),
        ([0.1], "The article has 1 sentence", "The article has 1 sentence: too few to compare its thirds."),
    ],
)  # fmt: skip
def test_compare_thirds_says_darker_only_when_the_interval_excludes_zero(values, title, start):
    assert tone.arc_title(_scored(values)) == title
    assert tone.compare_thirds(_scored(values)).startswith(start)


def test_compare_thirds_states_n_and_interval():
    noisy = tone.compare_thirds(_scored([-0.9, 0.8, -0.7, 0.6, -0.5, 0.9, 0.7, -0.8, 0.5]))
    assert "95% interval" in noisy and "3 and 3 sentences" in noisy


def _voices(quotes, narration):
    return pd.DataFrame(
        {"voice": ["quote"] * len(quotes) + ["narration"] * len(narration), "compound": quotes + narration}
    )


@pytest.mark.parametrize(
    ("quotes", "narration", "title", "sentence"),
    [
        ([-0.6, -0.5, -0.7, -0.6], [0.1, 0.0, 0.2, 0.1], "Quoted speech reads darker than the narration",
         "Quoted speech reads darker than the narration (quotes -0.60 (n = 4), narration +0.10 (n = 4); "
         "difference -0.70, 95% interval -0.81 to -0.59)."),
        ([-0.5, 0.5, -0.4], [0.4, -0.5, 0.5], "Quoted speech and narration read about the same",
         "Quoted speech and narration read about the same (quotes -0.13 (n = 3), narration +0.13 (n = 3); "
         "difference -0.27, 95% interval -1.15 to +0.61)."),
        ([0.2], [0.1, 0.3], "Too few quotes", "Too few quotes (1) or narration sentences (2) to compare."),
    ],
)  # fmt: skip
def test_compare_voices_states_n_and_interval(quotes, narration, title, sentence):
    voices = _voices(quotes, narration)
    assert tone.voices_title(voices) == title
    assert tone.compare_voices(voices) == sentence
    assert tone.voices_subtitle(voices) == (
        f"News-model score of each quoted span and narration sentence (N = {len(voices)})"
    )


CV = pd.DataFrame(
    {
        "domain": ["nyt", "nyt", "tweets", "tweets"],
        "scorer": ["vader", "news", "vader", "news"],
        "n": [1000, 1000, 4200, 4200],
        "pearson_r": [0.48, 0.61, 0.70, 0.71],
        "r_low": [0.43, 0.57, 0.68, 0.69],
        "r_high": [0.53, 0.65, 0.72, 0.73],
        "accuracy": [0.5, 0.6, 0.66, 0.675],
    }
)


def test_bottom_line_reports_the_held_out_measurement(seed):
    scored = nl.score_sentiment(seed)
    lines = tone.bottom_line(scored, nl.sentiment.quotes_and_narration(seed), CV)
    assert lines[-1] == (
        "- On 1,000 human-rated NYT editorial sentences, scored by models that had not seen their documents, "
        "the news model reaches Pearson r = 0.610 (95% interval 0.570 to 0.650) against 0.480 for plain VADER; "
        "the goal of 0.60 is reached."
    )


def test_tone_chart_subtitles():
    assert tone.arc_subtitle(_scored([0.1] * 7)) == (
        "Sentiment of each body sentence (N = 7), news model; dots coloured by label"
    )
    calibration = pd.DataFrame(
        {"scorer": ["news"] * 3 + ["vader"] * 3, "bin": [1, 2, 3] * 2, "n": [400, 400, 401] * 2}
    )
    assert tone.calibration_subtitle(calibration) == (
        "1,201 held-out NYT editorial sentences in 3 equal-count bins per scorer"
    )


def test_cv_claims_and_tables():
    assert tone.cv_claims(CV) == [
        "- nyt (1,000 sentences): news model r = 0.610, higher than plain VADER r = 0.480 "
        "(intervals 0.570–0.650 and 0.430–0.530).",
        "- tweets (4,200 sentences): news model r = 0.710, about the same as plain VADER r = 0.700 "
        "(intervals 0.690–0.730 and 0.680–0.720).",
    ]
    differences = pd.DataFrame(
        {
            "domain": ["tweets"],
            "scorer": ["news"],
            "baseline": ["vader"],
            "difference": [0.01],
            "low": [0.004],
            "high": [0.02],
        }
    )
    assert tone.cv_claims(CV, differences)[1] == (
        "- tweets (4,200 sentences): news model r = 0.710, higher than plain VADER r = 0.700 "
        "(difference +0.010, 95% interval +0.004 to +0.020)."
    )
    assert tone.readable_differences(differences)[["scorer", "baseline"]].values.tolist() == [
        ["news model", "plain VADER"]
    ]
    assert (
        tone.domain_scores_title(CV)
        == "On held-out news sentences the model reaches r = 0.61, plain VADER 0.48"
    )
    table = tone.format_cv(CV)
    assert table.iloc[3].tolist() == ["tweets", "news model", "4,200", "0.710 (0.690–0.730)", "67.5%"]


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ([("wrong direction", 30, 0.6), ("too mild", 15, 0.3), ("too strong", 5, 0.1)],
         "Of 50 misses, the most common kinds are wrong direction (30, 60%) and too mild (15, 30%)."),
        ([("wrong direction", 1, 1.0)], "Of 1 miss, the most common kind is wrong direction (1, 100%)."),
    ],
)  # fmt: skip
def test_failure_summary(kinds, expected):
    total = sum(m for _, m, _ in kinds)
    failures = pd.DataFrame(kinds + [("total", total, 1.0)], columns=["kind", "misses", "share"])
    assert tone.failure_summary(failures) == expected
    assert tone.readable_failures(failures).share.iloc[-1] == "100%"


@pytest.mark.parametrize(("changed", "expected"), [(36, "36 of 66 sentences labelled differently; by direction:"),
                                                   (1, "1 of 66 sentences labelled differently; by direction:")])  # fmt: skip
def test_relabelled(changed, expected):
    compared = pd.DataFrame({"sentence_id": range(66)})
    assert tone.relabelled(compared.iloc[:changed], compared, "; by direction:") == expected


# --- report.sources (notebook 03) ----------------------------------------------------------------
def _speaking(rows):
    cols = ["speaker", "direct", "partial", "indirect", "quoted_words", "first_paragraph"]
    return pd.DataFrame(rows, columns=cols)


@pytest.mark.parametrize(
    ("rows", "voice", "kinds", "timeline"),
    [
        ([("Ann Lee", 3, 0, 1, 60, 1), ("Omar Haddad", 0, 0, 2, 0, 4), ("Lena Park", 1, 1, 0, 20, 9)],
         "Ann Lee speaks 75% of the quoted words",
         "1 of 3 sources is only paraphrased, never quoted in their own words",
         "2 of 3 voices enter in the first half of the article"),
        ([("Ann Lee", 1, 0, 0, 7, 8)],
         "Ann Lee speaks 100% of the quoted words",
         "0 of 1 source are only paraphrased, never quoted in their own words",
         "0 of 1 voice enter in the first half of the article"),
        ([("Ann Lee", 2, 0, 0, 40, 1), ("Omar Haddad", 0, 0, 1, 0, 2)],
         "Ann Lee speaks 100% of the quoted words",
         "1 of 2 sources is only paraphrased, never quoted in their own words",
         "2 of 2 voices enter in the first half of the article"),
    ],
)  # fmt: skip
def test_source_chart_titles(rows, voice, kinds, timeline):
    speaking = _speaking(rows)
    positions = pd.Series(range(1, 11), index=range(1, 11))  # paragraph_id -> body position
    assert sources.share_of_voice_title(speaking) == voice
    assert sources.quote_kinds_title(speaking) == kinds
    assert sources.timeline_title(speaking, positions) == timeline


@pytest.mark.parametrize(
    ("rows", "voice", "kinds", "marks"),
    [
        ([("Ann Lee", 3, 0, 1, 60, 1), ("Omar Haddad", 0, 0, 2, 0, 4)],
         "Quoted words per source (2 sources, 60 quoted words); reported speech counted beside",
         "Quotes per source by kind (6 quotes)", "Each mark is a quote (6 quotes) at its paragraph;"),
        ([("Ann Lee", 1, 0, 0, 1, 8)],
         "Quoted words per source (1 source, 1 quoted word); reported speech counted beside",
         "Quotes per source by kind (1 quote)", "Each mark is a quote (1 quote) at its paragraph;"),
    ],
)  # fmt: skip
def test_source_chart_subtitles(rows, voice, kinds, marks):
    speaking = _speaking(rows)
    quotes = pd.DataFrame(
        {"speaker": speaking.speaker.repeat(speaking.direct + speaking.partial + speaking.indirect)}
    )
    assert sources.share_of_voice_subtitle(speaking) == voice
    assert sources.quote_kinds_subtitle(speaking) == kinds
    assert sources.timeline_subtitle(quotes).startswith(marks)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(33, "Compound score of each quote by speaker (N = 33 quotes; speakers compared need 3+ quotes)"),
     (1, "Compound score of each quote by speaker (N = 1 quote; speakers compared need 3+ quotes)")],
)  # fmt: skip
def test_tone_subtitle(n, expected):
    assert sources.tone_subtitle(pd.DataFrame({"compound": [0.0] * n})) == expected


# --- report.forces (notebook 04) -----------------------------------------------------------------
def _forces(rows):
    cols = [
        "surface",
        "value",
        "low",
        "high",
        "unit",
        "category",
        "actor",
        "scope",
        "year",
        "bound",
        "refers_to",
    ]
    return pd.DataFrame(rows, columns=cols)


FORCES = _forces(
    [
        ("about 5,000 fighters", 5000.0, 5000.0, 5000.0, "troops", "personnel", "rebels", "North Corps", "2019", "approximate", -1),
        ("20,000 troops", 20000.0, 20000.0, 20000.0, "troops", "personnel", "government", "", "2019", "exact", -1),
        ("30 tanks", 30.0, 30.0, 30.0, "tanks", "equipment", "rebels", "North Corps", "2019", "exact", -1),
        ("120 tanks", 120.0, 120.0, 120.0, "tanks", "equipment", "government", "", "2019", "exact", -1),
        ("more than 200 tanks", float("nan"), 200.0, float("nan"), "tanks", "equipment", "government", "", "2024", "lower", -1),
        ("a few districts", float("nan"), 2.0, 5.0, "districts", "territory", "rebels", "", "2019", "vague", -1),
        ("10 percent", 10.0, 10.0, 10.0, "percent", "territory", "government", "", "", "exact", -1),
        ("$3 million", 3e6, 3e6, 3e6, "USD", "money", "rebels", "", "2019", "exact", -1),
        ("$2 billion", 2e9, 2e9, 2e9, "USD", "money", "government", "", "2024", "exact", -1),
    ]
)  # fmt: skip


def test_force_chart_titles():
    rows = quantities.balance_rows(FORCES, "2019")
    assert forces.balance_title(rows, "2019") == "In 2019, government led on troops, tanks"
    assert forces.balance_subtitle(rows, "2019") == (
        "Force figures for 2019 by kind (N = 4). Basis: government: its forces as a whole (no part named); "
        "rebels: the North Corps only"
    )
    side, arsenal = quantities.arsenal_rows(FORCES, "2019", "2024")
    assert forces.arsenal_labels(arsenal) == ["tanks, 2019", "tanks, 2024"]
    assert forces.arsenal_title(arsenal, side, "2024") == "government equipment: 200+ tanks in 2024"
    assert forces.arsenal_subtitle(arsenal, side, "2019", "2024") == (
        "Equipment figures for the government, 2019 and 2024 (N = 2). Counts: 2019: the government as a whole "
        "(no part named); 2024: the government as a whole (no part named)"
    )
    territory = quantities.territory_rows(FORCES)
    assert forces.territory_title(territory) == "Territory: “a few districts” (2019)"
    assert forces.territory_subtitle(territory) == (
        "Territory figures by unit (N = 2); hatching spans ranges and vague amounts"
    )
    money = quantities.money_rows(FORCES)
    assert forces.money_title(money) == "The money in the story runs from $3 million to $2 billion"
    assert forces.money_subtitle(money, "USD").startswith("Sums of money in USD (N = 2), log scale;")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (FORCES.iloc[0:0], "No equipment figures in this article: nothing to chart."),
        (FORCES.iloc[2:3], "One equipment figure only, so no chart: “30 tanks” (rebels, 2019)."),
        (FORCES.iloc[2:4], forces.NO_ARSENAL),
    ],
)
def test_arsenal_sentence(rows, expected):
    assert forces.arsenal_sentence(rows) == expected


@pytest.mark.parametrize(
    ("currencies", "expected"),
    [
        ([], "none"),
        (["GBP"], "GBP"),
        (["GBP", "HKD"], "GBP and HKD"),
        (["AFN", "GBP", "HKD"], "AFN, GBP and HKD"),
    ],
)
def test_money_left_out(currencies, expected):
    assert forces.money_left_out(currencies) == f"Left out of the money chart (other currencies): {expected}"


# --- report.overview (notebook 00) ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbor City\n\nBy Jo Bloggs\n\nIt rained.", "**Harbor City**, by Jo Bloggs"),
        ("Harbor City\n\nIt rained.", "**Harbor City** (byline not given)"),
    ],
)
def test_byline(text, expected):
    assert overview.byline(nl.Article.from_text(text)) == expected


@pytest.mark.parametrize(("year", "expected"), [(2021, "2021"), (None, "unknown")])
def test_provenance(year, expected):
    assert overview.provenance("a.txt", year) == f"article: a.txt; year of the article: {expected}"


# --- source lines and the no-chart sentence (report.common, report.forces.figure_source) ----------
HARBOUR = nl.Article.from_text(
    "Harbour Closes\n\nBy Jo Bloggs\n\nThe port shut. It had 40 cranes.", name="x/harbour.txt"
)
SPEAKERS = pd.DataFrame({"quote_id": [0, 1], "speaker": ["Ann Lee", "Ray Moss"]})


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ("", "Source: “Harbour Closes” (harbour.txt). Extracted with newslens."),
        (
            "all body quotes",
            "Source: “Harbour Closes” (harbour.txt); all body quotes. Extracted with newslens.",
        ),
    ],
)
def test_source_line(detail, expected):
    assert common.source_line(HARBOUR, detail) == expected


@pytest.mark.parametrize(
    ("sentence_ids", "quote_ids", "expected"),
    [
        ([0], [-1], "Source: “Harbour Closes” (harbour.txt); sentence 1. Extracted with newslens."),
        (
            [2, 4, 2],
            [0, -1, 1],
            "Source: “Harbour Closes” (harbour.txt); sentences 3 and 5 "
            "(as quoted or reported from Ann Lee and Ray Moss). Extracted with newslens.",
        ),
    ],
)
def test_figure_source_names_sentences_and_speakers(sentence_ids, quote_ids, expected):
    rows = pd.DataFrame({"sentence_id": sentence_ids, "quote_id": quote_ids})
    assert forces.figure_source(HARBOUR, rows, SPEAKERS) == expected


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("", "The article gives too little to chart here, so there is no chart."),
        (
            "the balance of force",
            "The article gives too little to chart the balance of force, so there is no chart.",
        ),
    ],
)
def test_no_chart(what, expected):
    assert common.no_chart(what) == expected


# --- bar labels of the territory and money charts, and the money chart's currency ----------------
def test_territory_labels_name_side_and_year():
    territory = quantities.territory_rows(FORCES)
    assert forces.territory_labels(territory) == ["rebels, 2019", "government, no year"]
    assert forces.territory_labels(territory.assign(actor="")) == [
        "unknown side, 2019",
        "unknown side, no year",
    ]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The council set aside $4 million to rebuild the old harbour wall next spring.",
            "$4 million",
            "$4 million to rebuild the old harbour …",
        ),
        ("It cost $9 billion in all.", "$9 billion", "$9 billion in all. …"),
    ],
)
def test_money_labels_are_the_figure_and_the_next_words(text, surface, expected):
    start = text.index(surface)
    money = pd.DataFrame({"start": [start], "end": [start + len(surface)]})
    assert forces.money_labels(money, text) == [expected]


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        ([], ("", [])),
        (["USD", "USD", "GBP"], ("USD", ["GBP"])),
        (["GBP", "USD", "EUR", "USD"], ("USD", ["EUR", "GBP"])),
    ],
)
def test_main_currency_is_the_most_used(units, expected):
    assert quantities.main_currency(pd.DataFrame({"unit": units})) == expected


# --- how one figure reads on a chart and in titles (report.forces.quantity_label) -----------------
NAN = float("nan")


@pytest.mark.parametrize(
    ("value", "low", "high", "bound", "qualifier", "unit", "label"),
    [
        (130.0, NAN, NAN, "approximate", "approximately", "tanks", "~130"),
        (NAN, 2000.0, NAN, "lower", "more than", "armored vehicles", "2,000+"),
        (NAN, 2.0, 5.0, "vague", "a few", "artillery pieces", "2–5 (a few)"),
        (3.3e9, NAN, NAN, "exact", "", "USD", "$3.3 billion"),
        (NAN, 2e9, 999e9, "vague", "billions", "USD", "billions ($2 billion or more)"),
        (NAN, NAN, 40.0, "upper", "up to", "aircraft", "up to 40"),
        (NAN, 5.0, 10.0, "range", "", "percent", "5–10"),
    ],
)
def test_quantity_label(value, low, high, bound, qualifier, unit, label):
    row = pd.Series(
        {"value": value, "low": low, "high": high, "bound": bound, "qualifier": qualifier, "unit": unit}
    )
    assert forces.quantity_label(row) == label
