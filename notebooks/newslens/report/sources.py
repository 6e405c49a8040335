"""What notebook 03 says about who speaks: its bottom line, the tone claim, and the chart titles.

Inputs: ``find_quotes`` (one row per quote: ``kind, speaker, paragraph_id, ...``),
``count_sources`` (one row per speaker: ``speaker, source_type, role, direct, partial, indirect,
quoted_words, first_paragraph, silent, voice_group``), ``tone_by_speaker`` (``speaker, quotes,
mean``) and the measurement of ``evaluate.devsets.dev_scores`` (``set, measure, value, n``). Outputs:
strings or Markdown bullets, right for 0, 1 and many.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt
from .measurement import score_lookup

#: A speaker's tone is compared only over at least this many quotes: one quote is one sentence's
#: mood, and a sentence score is a rough hint (notebook 02 measures the news scorer's agreement
#: with human raters at r of about 0.56).
MIN_TONE_QUOTES = 3
#: What notebook 03 says when an article has no hand-made quote gold.
NO_GOLD = "No hand-made gold for this article: only the PolNeAR measurement below applies."
#: Mean compound scores closer than this are "about the same": a quarter of the compound scale's
#: half-range, well within what one re-worded sentence can move a mean of a few quotes.
SAME_TONE = 0.25


def bottom_line(
    quotes: pd.DataFrame, sources: pd.DataFrame, measured: pd.DataFrame | None = None
) -> list[str]:
    """Markdown bullets on who speaks (notebook 03's bottom line; the first two are the headline).
    Input: ``find_quotes``, ``count_sources`` and optionally ``measured`` (``evaluate.devsets.dev_scores``:
    ``set, measure, value, n``), for a last bullet on how well the rules do on news annotated by
    others. Output: voices and quotes by kind, the top speaker's share of quoted words, the voice
    groups, the silent sources."""
    speaking = sources[~sources.silent]
    if quotes.empty or speaking.empty:
        return ["- No quotes or reported speech with a named source were found in this article."]
    words = int(speaking.quoted_words.sum())
    top = speaking.iloc[0]
    groups = speaking.groupby("voice_group").agg(sources=("speaker", "size"), words=("quoted_words", "sum"))
    groups = groups.sort_values(["words", "sources"], ascending=False, kind="stable")
    kinds = quotes.kind.value_counts()
    voices = fmt.count(len(speaking), "voice")
    speak = fmt.agree(len(speaking), "speaks", "speak")
    lines = [
        f"- **{voices}** {speak} in {fmt.count(len(quotes), 'quote')}: {kinds.get('direct', 0)} direct, "
        f"{kinds.get('partial', 0)} partial, {kinds.get('indirect', 0)} reported without quotation marks."
    ]
    if words:
        lines.append(
            f"- **{top.speaker}** has the most words inside quotation marks: "
            f"{fmt.part_of(top.quoted_words, words, 'word')} ({fmt.percent(top.quoted_words / words)})."
        )
    else:
        lines.append("- **No words inside quotation marks**: every source is only paraphrased.")
    lines += [
        "- By group: "
        + "; ".join(f"{g} {r.sources} ({fmt.count(r.words, 'quoted word')})" for g, r in groups.iterrows())
        + ".",
        f"- Named but silent: {fmt.join(sources[sources.silent].speaker, empty='none')}.",
    ]
    if measured is not None and not measured.empty:
        v = score_lookup(measured)
        if ("pages", "quote F1") in v and ("polnear", "quote F1") in v:
            (f1, n), (spk, _) = v["pages", "quote F1"], v["pages", "speaker accuracy"]
            (pf1, pn), (pspk, _) = v["polnear", "quote F1"], v["polnear", "speaker accuracy"]
            lines.append(
                f"- How sure: on saved news pages annotated by others ({fmt.count(n, 'quote')}) the rules find "
                f"quotes with F1 {f1:.2f} and name the right speaker for {fmt.percent(spk)} of those found; on "
                f"PolNeAR's election news ({fmt.count(pn, 'quote')}), F1 {pf1:.2f} and {fmt.percent(pspk)} "
                "(see How sure are we?)."
            )
    return lines


def tone_claim(tone: pd.DataFrame) -> str:
    """A sentence comparing the speakers' tone (``tone_by_speaker``: ``speaker, quotes, mean``,
    darkest first) that says its basis (quotes per speaker) and says "about the same" or "too few
    quotes to tell" when the numbers cannot carry the comparison.

    >>> tone_claim(pd.DataFrame({"speaker": ["A", "B"], "quotes": [1, 2], "mean": [-0.5, 0.4]}))
    'Too few quotes to tell who sounds darkest: no two speakers have 3 or more quotes'
    """
    eligible = tone[tone.quotes >= MIN_TONE_QUOTES]
    if len(eligible) < 2:
        return f"Too few quotes to tell who sounds darkest: no two speakers have {MIN_TONE_QUOTES} or more quotes"
    dark, bright = eligible.iloc[0], eligible.iloc[-1]
    if bright["mean"] - dark["mean"] < SAME_TONE:
        return (
            f"The {len(eligible)} speakers with {MIN_TONE_QUOTES}+ quotes sound about the same "
            f"(means {fmt.signed(dark['mean'])} to {fmt.signed(bright['mean'])})"
        )
    return (
        f"{dark.speaker} sounds darkest ({fmt.signed(dark['mean'])} over {fmt.count(dark.quotes, 'quote')}), "
        f"{bright.speaker} brightest ({fmt.signed(bright['mean'])} over {bright.quotes})"
    )


def tone_subtitle(toned: pd.DataFrame) -> str:
    """What the tone-by-speaker chart plots, with N: one row of ``toned`` per quote."""
    return (
        f"Compound score of each quote by speaker (N = {fmt.number(len(toned))} {fmt.plural('quote', len(toned))}; "
        f"speakers compared need {MIN_TONE_QUOTES}+ quotes)"
    )


def share_of_voice_subtitle(speaking: pd.DataFrame) -> str:
    """What the share-of-voice chart counts, from the speaking rows of ``count_sources``
    (``quoted_words``): "Quoted words per source (14 sources, 700 quoted words); reported speech
    counted beside"."""
    words = int(speaking.quoted_words.sum())
    return (
        f"Quoted words per source ({fmt.count(len(speaking), 'source')}, {fmt.count(words, 'quoted word')}); "
        "reported speech counted beside"
    )


def quote_kinds_subtitle(speaking: pd.DataFrame) -> str:
    """What the quote-kinds chart counts, from the speaking rows of ``count_sources`` (``direct,
    partial, indirect``): "Quotes per source by kind (33 quotes)"."""
    quotes = int((speaking.direct + speaking.partial + speaking.indirect).sum())
    return f"Quotes per source by kind ({fmt.count(quotes, 'quote')})"


def timeline_subtitle(quotes: pd.DataFrame) -> str:
    """What the voice timeline marks, from the ``find_quotes`` rows it draws."""
    return (
        f"Each mark is a quote ({fmt.count(len(quotes), 'quote')}) at its paragraph; filled: in quotation marks, "
        "open: reported speech; colour: kind of source"
    )


def share_of_voice_title(speaking: pd.DataFrame) -> str:
    """The share-of-voice chart's title, from the speaking rows of ``count_sources`` (largest
    ``quoted_words`` first): "Ann Lee speaks 29% of the quoted words"."""
    quoted = speaking[speaking.quoted_words > 0]
    top = quoted.iloc[0]
    return f"{top.speaker} speaks {fmt.percent(top.quoted_words / quoted.quoted_words.sum())} of the quoted words"


def quote_kinds_title(speaking: pd.DataFrame) -> str:
    """The quote-kinds chart's title, from the speaking rows of ``count_sources``: "6 of 14
    sources are only paraphrased, never quoted in their own words"."""
    paraphrased = int((speaking.direct + speaking.partial == 0).sum())
    are = fmt.agree(paraphrased, "is", "are")
    return f"{fmt.part_of(paraphrased, len(speaking), 'source')} {are} only paraphrased, never quoted in their own words"


def timeline_title(speaking: pd.DataFrame, positions: pd.Series) -> str:
    """The voice-timeline chart's title: how many voices enter in the first half. Input: the
    speaking rows of ``count_sources`` and ``positions`` (body position from 1 by
    ``paragraph_id``, from ``paragraph_stats``)."""
    first_half = int((speaking.first_paragraph.map(positions) <= positions.max() / 2).sum())
    enter = fmt.agree(first_half, "enters", "enter")
    return f"{fmt.part_of(first_half, len(speaking), 'voice')} {enter} in the first half of the article"
