"""Each module of the attribution package on its own: names, resolver, sources."""

import pandas as pd
import pytest

import newslens as nl
import newslens.quotes as quotes_package
from newslens.quotes import count_sources, find_quotes, names, resolve
from newslens.report.sources import bottom_line, tone_claim

# --- names: a capitalised run -> (canonical, source type), or None -------------------------------
RUNS = [
    ("Sen. Mark Ellery", ("Mark Ellery", "person")),
    ("Marlow County District Attorney Ben Castell", ("Ben Castell", "person")),
    ("Dalia al-Hassan", ("Dalia al-Hassan", "person")),
    ("John Q. Archer", ("John Q. Archer", "person")),
    ("Ilse Brandt on Tuesday", ("Ilse Brandt", "person")),
    ("Ann Lee’s", ("Ann Lee", "person")),
    ("Ministry of Transport", ("Ministry of Transport", "organisation")),
    ("Commission on Coastal Defences", ("Commission on Coastal Defences", "organisation")),
    ("The Pentagon", ("Pentagon", "organisation")),
    ("CDC", ("CDC", "organisation")),
    ("Northgate Securities", ("Northgate Securities", "organisation")),
    ("The Velmora Herald", ("The Velmora Herald", "media")),
    ("Japan", ("Japan", "organisation")),
    ("A Harlow", None),
    ("Earlier Tuesday", None),
    ("Although", None),
    ("Tuesday", None),
    ("Kesh Valley", None),
    ("Ann Lee and Raj Patel", None),
    ("Prosecutors", None),
]


@pytest.mark.parametrize(("run", "expected"), RUNS)
def test_classify_run(run, expected):
    m = names.classify_run(run, 0, len(run))
    assert (None if m is None else (m.canonical, m.source_type)) == expected


# --- resolver ------------------------------------------------------------------------------------
def state_after(text: str) -> names.State:
    state = names.State(text)
    names.scan_names(state, 0, len(text), [], 0)
    resolve.learn_gender(state, text, 0, len(text), [])
    return state


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Ilse Brandt said her team was ready.", {"Ilse Brandt": "f"}),  # the article's own pronoun
        ("Mr. Tomas Varga arrived.", {"Tomas Varga": "m"}),  # a title
        ("Ilse Brandt met Tomas Varga; she left early.", {}),  # two people: no call
    ],
)
def test_gender_from_the_articles_own_pronouns_and_from_titles(text, gender):
    assert state_after(text).gender == gender


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Mr. Tomas Varga met Ilse Brandt. ", "she", "Ilse Brandt"),
        ("Ms. Ilse Brandt met Tomas Varga. ", "he", "Tomas Varga"),
        ("The Harbour Fish Company hired Ilse Brandt. ", "it", "Harbour Fish Company"),
        ("The weather was fine. ", "he", "(unresolved) he"),
    ],
)
def test_pronouns_resolve_by_gender_and_kind(text, pronoun, expected):
    state = state_after(text)
    assert resolve.resolve_pronoun(state, pronoun, len(text), len(text) + 2).canonical == expected


# --- sources -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [("A", 3, -0.5), ("B", 4, 0.4)],
            "A sounds darkest (-0.50 over 3 quotes), B brightest (+0.40 over 4)",
        ),
        (
            [("A", 3, -0.1), ("B", 4, 0.05)],
            "The 2 speakers with 3+ quotes sound about the same (means -0.10 to +0.05)",
        ),
        (
            [("A", 1, -0.9), ("B", 5, 0.4)],
            "Too few quotes to tell who sounds darkest: no two speakers have 3 or more quotes",
        ),
    ],
)
def test_tone_claim_states_its_basis(rows, expected):
    tone = pd.DataFrame(rows, columns=["speaker", "quotes", "mean"])
    assert tone_claim(tone) == expected


def test_speaker_type_is_the_annotators_four_kinds():
    article = nl.Article.from_text(
        "Storm\n\nBy Jo\n\n“We are ready,” said Ann Lee. “We are not,” the Velmora Herald wrote. "
        "“Rain,” a fisherman said. A report by the agency said the dam was old."
    )
    q = find_quotes(article)
    assert q.speaker_type.tolist() == ["person", "organisation", "unnamed", "document"]


# --- the bottom line's bullet on the measurement ----------------------------------------------


def test_bottom_line_states_the_measurement_on_others_news():
    article = nl.Article.from_text("Storm\n\nBy Jo\n\n“We are ready,” said Ann Lee.")
    q = find_quotes(article)
    measured = pd.DataFrame(
        [
            ("pages", "quote F1", 0.8, 400),
            ("pages", "speaker accuracy", 0.9, 300),
            ("polnear", "quote F1", 0.85, 600),
            ("polnear", "speaker accuracy", 0.8, 350),
        ],
        columns=["set", "measure", "value", "n"],
    )
    lines = bottom_line(q, count_sources(q), measured)
    assert lines[-1] == (
        "- How sure: on saved news pages annotated by others (400 quotes) the rules find quotes with F1 0.80 "
        "and name the right speaker for 90% of those found; on PolNeAR's election news (600 quotes), F1 0.85 "
        "and 80% (see How sure are we?)."
    )
    assert len(bottom_line(q, count_sources(q))) == len(lines) - 1


def test_names_of_the_former_single_module_still_import():
    for name in ("find_quotes", "count_sources", "find_silent_sources", "voice_group", "COLUMNS",
                 "SILENT_COLUMNS", "Mention", "TITLE_WORDS", "ORG_WORDS", "PRONOUNS", "SILENT_CUES", "CUE_WORDS",
                 "SPEECH_VERBS", "word_count", "quote_spans", "name_runs", "classify_run", "State"):  # fmt: skip
        assert hasattr(quotes_package, name), name
