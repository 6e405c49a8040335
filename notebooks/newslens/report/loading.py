"""What notebook 01 says about how the article splits: its bottom line, its chart titles and its
check lines. Inputs are the ``Article`` and ``segment.paragraph_stats`` (one row per body
paragraph: ``paragraph_id, position, start, end, words, sentences, quoted_chars,
quoted_share``); outputs are strings or Markdown bullets, right for 0, 1 and many.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt
from ..segment import word_count

#: What the annotated view of notebook 01 says when the article has no quote and no figure.
NOTHING_MARKED = "No quotes or figures were found to mark."


def quoted_share(stats: pd.DataFrame) -> float:
    """The share of the body's characters inside quotation marks, from ``paragraph_stats``
    (``quoted_chars``, ``start``, ``end``); 0 for an empty body."""
    return stats.quoted_chars.sum() / max(1, (stats.end - stats.start).sum())


def bottom_line(article, stats: pd.DataFrame) -> list[str]:
    """Markdown bullets summing up how the article splits (notebook 01's bottom line), right for
    0, 1 and many of everything. Input: the ``Article`` and its ``paragraph_stats``. Output: one
    bullet each for the title and credit, the paragraphs set aside, the sentences and words, and
    the share inside quotation marks."""
    paras, sents = article.paragraphs, article.sentences
    kinds = paras.kind.value_counts()
    words = sents.text.map(word_count)
    aside = [
        fmt.count(kinds.get("boilerplate", 0), "line") + " of page furniture",
        fmt.count(kinds.get("author_bio", 0), "author bio"),
        fmt.count(kinds.get("title", 0), "title"),
        fmt.count(kinds.get("byline", 0), "byline"),
    ]
    aside = [a for a in aside if not a.startswith("no ")]
    lines = [
        f"- **{article.title}**, by {article.credit}."
        if article.authors
        else f"- **{article.title}** (authors not given).",
        f"- {fmt.count(len(paras), 'paragraph')} in the file: **{fmt.count(kinds.get('body', 0), 'body paragraph')}**"
        + (f"; set aside: {fmt.join(aside)}." if aside else "; nothing set aside."),
    ]
    if len(sents):
        lines.append(
            f"- The body has **{fmt.count(len(sents), 'sentence')}** and **{fmt.count(int(stats.words.sum()), 'word')}**; "
            f"the median sentence has {fmt.count(words.median(), 'word')}, the longest {fmt.number(words.max())}."
        )
    else:
        lines.append("- The body has no sentences.")
    quoted_paras = int((stats.quoted_chars > 0).sum())
    if quoted_paras:
        lines.append(
            f"- **{fmt.percent(quoted_share(stats))} of the body's characters sit inside quotation marks**, in "
            f"{fmt.part_of(quoted_paras, len(stats), 'paragraph')}."
        )
    else:
        lines.append("- No text of the body sits inside quotation marks.")
    return lines


def set_aside(paragraphs: pd.DataFrame) -> str:
    """How many paragraphs of the file are not body: "set aside: 7 paragraphs of 36". Input:
    ``article.paragraphs`` (``kind`` column)."""
    return f"set aside: {fmt.count((paragraphs.kind != 'body').sum(), 'paragraph')} of {len(paragraphs)}"


def sentence_lengths_title(words: pd.Series) -> str:
    """The title of the sentence-length histogram: "Half the sentences run longer than 21 words".
    Input: words per body sentence."""
    return f"Half the sentences run longer than {fmt.count(words.median(), 'word')}"


def sentence_lengths_subtitle(words: pd.Series) -> str:
    """What the histogram counts: "Body sentences (66 sentences)". Input: words per body sentence."""
    return f"Body sentences ({fmt.count(len(words), 'sentence')})"


def paragraph_words_title(stats: pd.DataFrame) -> str:
    """The title of the words-per-paragraph chart, from ``paragraph_stats``: "Quoted words fill 31%
    of the text, up to 87% of a paragraph"."""
    top = stats.quoted_share.max() if len(stats) else 0
    return (
        f"Quoted words fill {fmt.percent(quoted_share(stats))} of the text, "
        f"up to {fmt.percent(top)} of a paragraph"
    )


def paragraph_words_subtitle(stats: pd.DataFrame) -> str:
    """What the words-per-paragraph chart counts, from ``paragraph_stats`` (``words``): "Words per
    body paragraph (29 paragraphs, 1,560 words); quoted share estimated from characters"."""
    words = int(stats.words.sum())
    return (
        f"Words per body paragraph ({fmt.count(len(stats), 'paragraph')}, {fmt.count(words, 'word')}); "
        "quoted share estimated from characters"
    )


def offsets_checked(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """The line printed once every offset has been checked: "36 paragraphs and 66 sentences: all
    offsets reproduce their text". Input: ``article.paragraphs`` and ``article.sentences``."""
    return (
        f"{fmt.count(len(paragraphs), 'paragraph')} and {fmt.count(len(sentences), 'sentence')}: "
        "all offsets reproduce their text"
    )
