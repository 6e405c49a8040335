"""The bottom-line bullets the notebooks and the overview print (``newslens.report``), computed
from the seed."""

import newslens as nl
from newslens import quantities, segment, sentiment
from newslens.report import forces, loading, overview, sources, tone


def test_loading_bottom_line(seed):
    lines = loading.bottom_line(seed, segment.paragraph_stats(seed))
    assert (
        lines[0]
        == "- **An Anti-Taliban Front Is Already Forming. Can It Last?**, by Robbie Gramer and Jack Detsch."
    )
    assert lines[1] == (
        "- 36 paragraphs in the file: **29 body paragraphs**; set aside: 3 lines of page furniture, "
        "2 author bios, 1 title and 1 byline."
    )
    assert lines[2].startswith("- The body has **66 sentences** and **1,560 words**")


def test_tone_bottom_line(seed):
    scored = nl.score_sentiment(seed)
    lines = tone.bottom_line(scored, sentiment.quotes_and_narration(seed))
    assert lines[0].startswith("- Mean sentence score **-0.07** on a -1 to +1 scale: **24% of 66 sentences")
    assert lines[1] == "- The darkest sentence (-0.32) is no. 12; the brightest (+0.12) is no. 45."
    assert lines[2].startswith("- The three thirds read about the same: the opening third is the lowest")
    assert lines[3].startswith("- Quoted speech and narration read about the same (quotes -0.08 (n = 24)")
    assert len(lines) == 4  # no validation given, no validation bullet
    empty = scored.iloc[0:0]
    assert tone.bottom_line(empty, empty) == ["- The article has no body sentences to score."]


def test_sources_bottom_line(seed):
    q = nl.find_quotes(seed)
    lines = sources.bottom_line(q, nl.count_sources(q, nl.find_silent_sources(seed)))
    assert (
        lines[0]
        == "- **14 voices** speak in 33 quotes: 23 direct, 2 partial, 8 reported without quotation marks."
    )
    assert lines[3] == "- Named but silent: State Department."


def test_forces_bottom_line(seed):
    found = nl.find_quantities(seed).query("category != 'other'")
    lines = forces.bottom_line(found, "2001")
    assert lines[0].startswith("- **19 force, equipment, money and territory figures**")
    assert lines[2] == (
        "- 2001, tanks: Taliban “approximately 130 tanks” against Northern Alliance “approximately 40 tanks” (3.25×)."
    )
    assert forces.bottom_line(found.iloc[0:0], "") == [
        "- No force, money or territory figures were found in this article."
    ]


def test_overview_bottom_line_is_the_byline_and_each_sections_headline(seed):
    q = nl.find_quotes(seed)
    counted = nl.count_sources(q, nl.find_silent_sources(seed))
    found = quantities.force_rows(nl.find_quantities(seed, q))
    scored, voices = nl.score_sentiment(seed), sentiment.quotes_and_narration(seed, q)
    then = quantities.then_year(found, seed)
    lines = overview.bottom_line(seed, scored, voices, q, counted, found, then)
    assert lines[:2] == [
        "**An Anti-Taliban Front Is Already Forming. Can It Last?**, by Robbie Gramer and Jack Detsch",
        "",
    ]
    assert lines[2:] == (
        tone.bottom_line(scored, voices)[:1]
        + sources.bottom_line(q, counted)[:2]
        + forces.bottom_line(found, then)[:2]
    )
    # what those headlines say about the seed, so the overview cannot drift from the text
    assert lines[2].startswith("- Mean sentence score **-0.07** on a -1 to +1 scale: **24% of 66 sentences")
    assert (
        lines[3]
        == "- **14 voices** speak in 33 quotes: 23 direct, 2 partial, 8 reported without quotation marks."
    )
    assert lines[4].startswith(
        "- **Ahmad Shah Massoud** has the most words inside quotation marks: 89 of 467"
    )
    assert lines[5].startswith("- **19 force, equipment, money and territory figures** in the text")
    assert lines[6].startswith("- 2001, troops: Northern Alliance “about 10,000 troops” against Taliban")
