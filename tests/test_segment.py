import pytest
from helpers import assert_span, named

import newslens as nl
from newslens.report import loading
from newslens.segment import NEWS_ABBREVIATIONS, paragraph_stats, sentence_spans, word_count


def kinds(text):
    return nl.Article.from_text(text).paragraphs.kind.tolist()


def split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


# --- the seed -------------------------------------------------------------------------------


def test_seed_paragraph_kinds(seed):
    paras = seed.paragraphs
    by_kind = paras.groupby("kind").paragraph_id.apply(list).to_dict()
    assert by_kind["boilerplate"] == [0, 4, 8]
    assert paras.text[by_kind["boilerplate"]].tolist() == [
        "Skip to main content",
        "Leaving Afghanistan",
        "You can support Foreign Policy by becoming a subscriber.",
    ]
    assert by_kind["title"] == [1]
    assert by_kind["byline"] == [2]
    assert by_kind["author_bio"] == [34, 35]
    assert len(by_kind["body"]) == 29
    assert by_kind["body"] == [3, 5, 6, 7] + list(range(9, 34))
    assert list(paras.columns) == ["paragraph_id", "start", "end", "kind", "text"]


def test_seed_sentence_boundaries(seed):
    s = seed.sentences
    assert list(s.columns) == ["sentence_id", "paragraph_id", "start", "end", "text"]
    assert len(s) == 66
    first = s.iloc[0]
    assert (first.paragraph_id, first.start, first.end) == (3, 241, 449)
    # "U.S." never ends a sentence, the closing quote stays with its sentence
    assert s.text[1].startswith("“Taliban strength") and s.text[1].endswith("has since been declassified.")
    assert s.text[2].endswith("and a few artillery pieces.”")
    assert s.text[5].startswith("Thanks to the collective failure of 20 years of U.S. war")
    # "Dr." and "Rep." stay inside their sentences
    assert (
        s.text[29]
        == "“No, it was just Dr. Ashraf Ghani who gave up power after treacherous talks with the Taliban."
    )
    assert s.text[39].startswith("Some in Congress, like Florida Republican Rep. Mike Waltz")
    # a short attribution after a quoted question stays with it
    assert s.text[61] == (
        "“How will the Taliban make up that difference without U.S., Japanese, and other foreign "
        "funding?” Petraeus added."
    )
    assert s.text.iloc[-1] == (
        "“Given that Afghanistan doesn’t have much of a tax base, how do you fundraise for something "
        "like that?” Mir asked."
    )


def test_seed_paragraph_stats(seed):
    stats = paragraph_stats(seed)
    assert len(stats) == 29 and stats.position.tolist() == list(range(1, 30))
    assert stats.sentences.sum() == 66
    # the first body paragraph's only quoted material is the scare-quoted "Northern Alliance"
    assert stats.quoted_chars.iloc[0] == len("Northern Alliance")


# --- abbreviations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "abbr",
    [
        "U.S.",
        "U.K.",
        "U.N.",
        "Dr.",
        "Rep.",
        "Sen.",
        "Gen.",
        "Gov.",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Lt.",
        "Col.",
        "Sgt.",
        "Jan.",
        "Feb.",
        "Aug.",
        "Sept.",
        "Oct.",
        "Dec.",
        "Inc.",
        "Corp.",
        "St.",
        "Prof.",
    ],
)
def test_no_sentence_ends_after_a_news_abbreviation(abbr):
    text = f"They met {abbr} Smith on the hill. Then they left."
    assert split(text) == [f"They met {abbr} Smith on the hill.", "Then they left."]


def test_abbreviation_table_is_lowercase_without_final_stop():
    assert all(a == a.lower() and not a.endswith(".") for a in NEWS_ABBREVIATIONS)


# --- quotation marks at sentence ends ---------------------------------------------------------


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"'), ("‘", "’")])
def test_closing_quote_after_full_stop_stays_with_sentence(o, c):
    text = f"{o}We will fight.{c} The group said nothing else."
    assert split(text) == [f"{o}We will fight.{c}", "The group said nothing else."]


# (what the case shows, text, its sentences)
SPLIT_CASES = [
    (
        "initials and decimals do not split",
        "George W. Bush spent $3.3 billion. It was 5.5 percent.",
        ["George W. Bush spent $3.3 billion.", "It was 5.5 percent."],
    ),
    (
        "an attribution after a quoted question joins it",
        "“Why now?” Mir asked. “Because,” he said.",
        ["“Why now?” Mir asked.", "“Because,” he said."],
    ),
    (
        "an attribution with an appositive after a quoted question joins it",
        "“Who?” asked Asfandyar Mir, an analyst. He left.",
        ["“Who?” asked Asfandyar Mir, an analyst.", "He left."],
    ),
    (
        "a full new sentence after the question is not an attribution tail",
        "“Stop!” He said the war ended in a hurry and that was that.",
        ["“Stop!”", "He said the war ended in a hurry and that was that."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), named(SPLIT_CASES))
def test_sentence_spans(text, expected):
    assert split(text) == expected


# --- paragraph kinds ---------------------------------------------------------------------------


def test_dateline_counts_as_byline_and_text_without_blank_lines_splits_by_line():
    text = "Rebels Regroup\nAugust 19, 2021\nThe rebels met. They planned.\nThe talks ended."
    a = nl.Article.from_text(text)
    assert a.paragraphs.kind.tolist() == ["title", "byline", "body", "body"]
    assert a.sentences.text.tolist() == ["The rebels met.", "They planned.", "The talks ended."]


def test_single_paragraph_is_body_and_title_falls_back_to_name():
    a = nl.Article.from_text("Just one line of text here.", name="notes/my-file.txt")
    assert a.paragraphs.kind.tolist() == ["body"]
    assert a.title == "my-file"


def test_word_count_keeps_abbreviations_and_numbers_whole():
    assert word_count("U.S. officials said 7,000 troops, it’s fine.") == 7


# (what the case shows, article text, the kind of each paragraph)
KIND_CASES = [
    (
        "navigation and plugs are boilerplate",
        "Skip to content\n\nRebels Regroup in the Valley\n\nBy Jo Bloggs and Ann Lee\n\n"
        "The rebels met on Tuesday. They planned a long campaign.\n\n"
        "Sign up for our daily newsletter.\n\nAdvertisement\n\n"
        "The talks ended late. Nobody spoke to reporters.\n\n"
        "Read more: How the valley fell\n\nJo Bloggs is a staff writer at the Daily Planet.",
        [
            "boilerplate",
            "title",
            "byline",
            "body",
            "boilerplate",
            "boilerplate",
            "body",
            "boilerplate",
            "author_bio",
        ],
    ),
    (
        "a short label without punctuation is boilerplate, a short sentence is body",
        "A Title\n\nBy Jo\n\nThe war began.\n\nMore on this story\n\nIt ended.\n\nNobody won",
        ["title", "byline", "body", "boilerplate", "body", "boilerplate"],
    ),
    (
        "a subscriber mention in a long paragraph is body",
        "Headline\n\nBy Jo\n\nThe paper lost many subscribers after the war began, its editor said, and the "
        "owners have struggled ever since to win back readers in the provinces and the capital alike.",
        ["title", "byline", "body"],
    ),
    (
        "author bios only at the end",
        "Headline Here\n\nBy Jo Bloggs\n\n"
        "Ann Lee is a former reporter who now runs the rebel radio station in the valley.\n\n"
        "The station broadcasts every night.\n\n"
        "Jo Bloggs is a correspondent for the Planet. Twitter: @jobloggs\n\n"
        "(Reporting by Jo Bloggs; Editing by Ann Lee)",
        ["title", "byline", "body", "body", "author_bio", "author_bio"],
    ),
    # the first line is a title only when it reads like one
    (
        "a first line that is an ordinary body sentence stays body",
        "The army sent 4,500 troops to the border on Monday, officials said.\n\nThe move followed clashes.",
        ["body", "body"],
    ),
    (
        "a headline and a byline",
        "Rebels Regroup in the Hills\n\nBy Jo Bloggs\n\nIt rained on Monday.",
        ["title", "byline", "body"],
    ),
    ("a question headline", "Can the Truce Last?\n\nIt rained on Monday.", ["title", "body"]),
    (
        "title case keeps a headline with a full stop a title",
        "Rebels Take The Valley.\n\nIt rained on Monday.",
        ["title", "body"],
    ),
    (
        "a dateline lead is body",
        "LONDON (AP) — Police arrested 12 people on Friday.\n\nThey were released.",
        ["body", "body"],
    ),
    (
        "a long first sentence is body",
        "Police said on Friday that a fire at a warehouse in the port had been put out.\n\nNo one was hurt.",
        ["body", "body"],
    ),
    # a dateline alone near the top is byline matter (words.DATE_IN_WORDS_RE)
    (
        "a dateline with a time",
        "Headline\n\nSept. 5, 2023, 4:15 PM\n\nThe war began. It ended.",
        ["title", "byline", "body"],
    ),
    (
        "a dateline with a weekday",
        "Headline\n\nMonday, January 8, 2024\n\nThe war began. It ended.",
        ["title", "byline", "body"],
    ),
    (
        "a dateline without a comma",
        "Headline\n\nNov. 20 2019\n\nThe war began. It ended.",
        ["title", "byline", "body"],
    ),
    (
        "a month-like word is no dateline",
        "Headline\n\nMarching on, 12 miles a day, in 2024.\n\nThe war began.",
        ["title", "body", "body"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), named(KIND_CASES))
def test_paragraph_kinds(text, expected):
    assert kinds(text) == expected


def test_headline_less_article_keeps_the_figure_in_its_first_sentence():
    a = nl.Article.from_text(
        "The army sent 4,500 troops to the border on Monday, officials said.\n\nThe move followed clashes."
    )
    figures = nl.find_quantities(a)
    assert figures.surface.tolist() == ["4,500 troops"]
    assert_span(a.text, figures.start.iloc[0], figures.end.iloc[0], "4,500 troops")
    assert a.sentences.sentence_id.tolist() == [0, 1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harbor City\n\nBy Jo Bloggs\n\nIt rained. It poured.", ["- **Harbor City**, by Jo Bloggs."]),
        ("Harbor City\n\nIt rained. It poured.", ["- **Harbor City** (authors not given)."]),
    ],
)
def test_bottom_line_credit(text, expected):
    a = nl.Article.from_text(text)
    assert loading.bottom_line(a, paragraph_stats(a))[:1] == expected


def test_bottom_line_grammar_for_one_and_none():
    a = nl.Article.from_text("Harbor City\n\nBy Jo Bloggs\n\nIt rained.")
    lines = loading.bottom_line(a, paragraph_stats(a))
    assert lines[1] == "- 3 paragraphs in the file: **1 body paragraph**; set aside: 1 title and 1 byline."
    assert (
        lines[2]
        == "- The body has **1 sentence** and **2 words**; the median sentence has 2 words, the longest 2."
    )
    assert lines[3] == "- No text of the body sits inside quotation marks."
