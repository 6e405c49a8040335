"""The bottom-line bullets the notebooks and the overview print, computed from the seed."""

import newslens as nl
from newslens import quantities, quotes, segment, sentiment


def test_segment_bottom_line(seed):
    lines = segment.bottom_line(seed, segment.paragraph_stats(seed))
    assert (
        lines[0]
        == "- **An Anti-Taliban Front Is Already Forming. Can It Last?**, by Robbie Gramer and Jack Detsch."
    )
    assert lines[1] == (
        "- 36 paragraphs in the file: **29 body paragraphs**; set aside: 3 lines of page furniture, "
        "2 author bios, 1 title and 1 byline."
    )
    assert lines[2].startswith("- The body has **66 sentences** and **1,560 words**")


def test_sentiment_bottom_line(seed):
    scored = nl.score_sentiment(seed)
    lines = sentiment.bottom_line(
        scored, sentiment.quotes_and_narration(seed), sentiment.compare_scorers(seed)
    )
    assert lines[0].startswith("- Mean sentence score **-0.07** on a -1 to +1 scale: **24% of 66 sentences")
    assert lines[1] == "- The darkest sentence (-0.32) is no. 12; the brightest (+0.12) is no. 45."
    assert lines[2].startswith("- The three thirds read about the same: the opening third is the lowest")
    assert lines[3].startswith("- Quoted speech and narration read about the same (quotes -0.08 (n = 24)")
    assert len(lines) == 4  # no validation given, no validation bullet
    # the scorer comparison is optional: the overview does not compute it
    assert sentiment.bottom_line(scored, sentiment.quotes_and_narration(seed)) == lines
    empty = scored.iloc[0:0]
    assert sentiment.bottom_line(empty, empty, empty) == ["- The article has no body sentences to score."]


def test_quotes_bottom_line(seed):
    q = nl.find_quotes(seed)
    lines = quotes.bottom_line(q, nl.count_sources(q, nl.find_silent_sources(seed)))
    assert (
        lines[0]
        == "- **14 voices** speak in 33 quotes: 23 direct, 2 partial, 8 reported without quotation marks."
    )
    assert lines[3] == "- Named but silent: State Department."


def test_quantities_bottom_line(seed):
    forces = nl.find_quantities(seed).query("category != 'other'")
    lines = quantities.bottom_line(forces, "2001")
    assert lines[0].startswith("- **19 force, equipment, money and territory figures**")
    assert lines[2] == (
        "- 2001, tanks: Taliban “approximately 130 tanks” against Northern Alliance “approximately 40 tanks” (3.25×)."
    )
    assert quantities.bottom_line(forces.iloc[0:0], "") == [
        "- No force, money or territory figures were found in this article."
    ]
