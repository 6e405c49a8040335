"""What notebook 02 says about tone: its bottom line, the comparisons of the arc's thirds and of
quoted speech with narration (each stating its basis), the claims on the held-out measurement,
and the chart titles.

A comparison of two group means says "about the same" unless the 95% interval of the difference
(``sentiment.stats.difference``) excludes zero; every comparison names n and the interval.
Inputs: the ``score_sentiment`` table (``sentence_id, paragraph_id, compound, label, ...``), the
``quotes_and_narration`` table (``voice, speaker, compound, ...``) and the measurement tables of
``make train-sentiment`` (``sentiment_cv.csv``: ``domain, scorer, n, pearson_r, r_low, r_high,
accuracy``; ``sentiment_cv_differences.csv``; ``sentiment_failures.csv``).
"""

from __future__ import annotations

import math

import pandas as pd

from .. import fmt
from ..sentiment.stats import difference, third_bounds, thirds

#: Readable names of the scorers in the measurement tables.
SCORER_NAMES = {
    "vader": "plain VADER",
    "conflict": "conflict layer (VADER + war words)",
    "news": "news model",
    "news_nyt_only": "news model, trained on NYT only",
    "news_no_stems": "news model without stem buckets",
}
#: The correlation the news model aims for on held-out NYT sentences (set when the model was
#: planned, from the published agreement of single human raters; not tuned).
GOAL_R = 0.6
#: Fewest sentences for which comparing the thirds makes sense (two per third).
MIN_THIRDS_SENTENCES = 6
#: The calibration chart's title. It is read off the chart (the binned means follow the
#: diagonal), not computed: check it against ``sentiment_calibration.csv`` when the model changes.
CALIBRATION_TITLE = "The model's predicted ratings match the readers' on average"
#: The source lines of the two measurement charts, and what the domain chart draws.
DOMAIN_SCORES_SUBTITLE = "Five folds, documents grouped; bars: r, whiskers: 95% interval"
DOMAIN_SCORES_SOURCE = (
    "Source: human ratings of Hutto and Gilbert (ICWSM 2014), dev halves; measured by make train-sentiment."
)
CALIBRATION_SOURCE = (
    "Source: human ratings of Hutto and Gilbert (ICWSM 2014), NYT dev half; measured by make train-sentiment."
)


def _thirds_claim(scored: pd.DataFrame) -> tuple[str, str]:
    """``(headline, sentence)`` comparing the darkest third with the brightest."""
    n = len(scored)
    if n < MIN_THIRDS_SENTENCES:
        head = f"The article has {fmt.count(n, 'sentence')}"
        return head, f"{head}: too few to compare its thirds."
    parts = thirds(scored)
    dark, bright = parts.loc[parts["mean"].idxmin()], parts.loc[parts["mean"].idxmax()]
    bounds = third_bounds(n)
    d, low, high = difference(
        scored.compound.iloc[slice(*bounds[dark.part])], scored.compound.iloc[slice(*bounds[bright.part])]
    )
    basis = (
        f"difference {fmt.signed(d)}, 95% interval {fmt.signed(low)} to {fmt.signed(high)}; "
        f"{int(dark.n)} and {fmt.count(int(bright.n), 'sentence')}"
    )
    if low < 0 < high or math.isnan(d):
        head = "The three thirds read about the same"
        return head, (
            f"{head}: the {dark.part} third is the lowest, but the {bright.part} third is not clearly "
            f"brighter ({basis})."
        )
    head = f"The {dark.part} third reads darker than the {bright.part} third"
    return head, f"{head} ({basis})."


def compare_thirds(scored: pd.DataFrame) -> str:
    """One sentence comparing the darkest third of the ``score_sentiment`` table with the
    brightest, with its basis: "The opening third reads darker than the closing third
    (difference -0.80, 95% interval ...; 3 and 3 sentences)."."""
    return _thirds_claim(scored)[1]


def arc_title(scored: pd.DataFrame) -> str:
    """The arc chart's title: the headline of ``compare_thirds`` without its basis ("The three
    thirds read about the same")."""
    return _thirds_claim(scored)[0]


def arc_subtitle(scored: pd.DataFrame) -> str:
    """What the arc chart plots, with N (rows of the ``score_sentiment`` table)."""
    return f"Sentiment of each body sentence (N = {len(scored)}), news model; dots coloured by label"


def calibration_subtitle(calibration: pd.DataFrame) -> str:
    """What the calibration chart plots, from ``sentiment_calibration.csv`` (``scorer, bin, n``):
    "2,595 held-out NYT editorial sentences in 10 equal-count bins per scorer"."""
    n = int(calibration[calibration.scorer == calibration.scorer.iloc[0]].n.sum())
    return f"{fmt.number(n)} held-out NYT editorial sentences in {calibration.bin.max()} equal-count bins per scorer"


def _voices_claim(voices: pd.DataFrame) -> tuple[str, str]:
    """``(headline, sentence)`` comparing quoted speech with narration."""
    quotes = voices.compound[voices.voice == "quote"]
    narration = voices.compound[voices.voice == "narration"]
    if len(quotes) < 2 or len(narration) < 2:
        return "Too few quotes", (
            f"Too few quotes ({fmt.number(len(quotes))}) or narration sentences "
            f"({fmt.number(len(narration))}) to compare."
        )
    d, low, high = difference(quotes, narration)
    basis = (
        f"quotes {fmt.signed(quotes.mean())} (n = {len(quotes)}), narration {fmt.signed(narration.mean())} "
        f"(n = {len(narration)}); difference {fmt.signed(d)}, 95% interval {fmt.signed(low)} to {fmt.signed(high)}"
    )
    if low < 0 < high:
        head = "Quoted speech and narration read about the same"
    else:
        head = f"Quoted speech reads {'darker' if d < 0 else 'brighter'} than the narration"
    return head, f"{head} ({basis})."


def compare_voices(voices: pd.DataFrame) -> str:
    """One sentence comparing quoted speech with narration (the ``quotes_and_narration`` table),
    with its basis: "Quoted speech and narration read about the same (quotes -0.07 (n = 25), ...)."."""
    return _voices_claim(voices)[1]


def voices_title(voices: pd.DataFrame) -> str:
    """The quotes-against-narration chart's title: the headline of ``compare_voices``."""
    return _voices_claim(voices)[0]


def voices_subtitle(voices: pd.DataFrame) -> str:
    """What the quotes-against-narration chart plots, with N (rows of ``quotes_and_narration``)."""
    return f"News-model score of each quoted span and narration sentence (N = {len(voices)})"


def _cv_row(validation: pd.DataFrame, domain: str, scorer: str):
    rows = validation[(validation.domain == domain) & (validation.scorer == scorer)]
    return rows.iloc[0] if len(rows) else None


def bottom_line(
    scored: pd.DataFrame, voices: pd.DataFrame, validation: pd.DataFrame | None = None
) -> list[str]:
    """Markdown bullets summing up the tone (notebook 02's bottom line; the first is the headline).
    Input: the ``score_sentiment`` table, the ``quotes_and_narration`` table and, optionally,
    ``validation``, the cross-validation table (``sentiment_cv.csv``), for a last bullet on the
    held-out measurement. Output: the mean and label shares, the darkest and brightest sentence,
    ``compare_thirds`` and ``compare_voices``."""
    if scored.empty:
        return ["- The article has no body sentences to score."]
    shares = scored.label.value_counts(normalize=True)
    worst, best = scored.loc[scored.compound.idxmin()], scored.loc[scored.compound.idxmax()]
    lines = [
        f"- Mean sentence score **{fmt.signed(scored.compound.mean())}** on a -1 to +1 scale: "
        f"**{fmt.percent(shares.get('negative', 0))} of {fmt.count(len(scored), 'sentence')} read negative**, "
        f"{fmt.percent(shares.get('positive', 0))} positive, {fmt.percent(shares.get('neutral', 0))} neutral.",
        f"- The darkest sentence ({fmt.signed(worst.compound)}) is no. {worst.sentence_id + 1}; the brightest "
        f"({fmt.signed(best.compound)}) is no. {best.sentence_id + 1}.",
        f"- {compare_thirds(scored)}",
        f"- {compare_voices(voices)}",
    ]
    if validation is not None and "domain" in validation:
        news, vader = _cv_row(validation, "nyt", "news"), _cv_row(validation, "nyt", "vader")
        if news is not None and vader is not None:
            lines.append(
                f"- On {fmt.number(int(news.n))} human-rated NYT editorial sentences, scored by models that had not "
                f"seen their documents, the news model reaches Pearson r = {news.pearson_r:.3f} "
                f"(95% interval {news.r_low:.3f} to {news.r_high:.3f}) against {vader.pearson_r:.3f} for plain VADER; "
                f"the goal of {GOAL_R:.2f} is {'reached' if news.pearson_r >= GOAL_R else 'not reached'}."
            )
    return lines


def relabelled(changed: pd.DataFrame, compared: pd.DataFrame, by: str = "") -> str:
    """How many sentences two scorers label differently: "36 of 66 sentences labelled
    differently" + ``by``. Input: the rows that differ and the whole ``compare_scorers`` table."""
    return f"{fmt.part_of(len(changed), len(compared), 'sentence')} labelled differently{by}"


def format_cv(cv: pd.DataFrame) -> pd.DataFrame:
    """The cross-validation table (``sentiment_cv.csv``) for reading: one row per domain and
    scorer, columns ``domain, scorer`` (readable name), ``sentences`` (with thousands
    separators), ``Pearson r (95% interval)`` and ``3-class accuracy`` (per cent)."""
    return pd.DataFrame(
        {
            "domain": cv.domain,
            "scorer": cv.scorer.map(SCORER_NAMES).fillna(cv.scorer),
            "sentences": cv.n.map(fmt.number),
            "Pearson r (95% interval)": [
                f"{r:.3f} ({lo:.3f}–{hi:.3f})" for r, lo, hi in zip(cv.pearson_r, cv.r_low, cv.r_high)
            ],
            "3-class accuracy": cv.accuracy.map(lambda a: fmt.percent(a, 1)),
        }
    ).reset_index(drop=True)


def readable_differences(differences: pd.DataFrame) -> pd.DataFrame:
    """The paired differences (``sentiment_cv_differences.csv``) with readable names in its
    ``scorer`` and ``baseline`` columns; the other columns as they are."""
    return differences.assign(
        scorer=differences.scorer.map(SCORER_NAMES), baseline=differences.baseline.map(SCORER_NAMES)
    )


def readable_failures(failures: pd.DataFrame) -> pd.DataFrame:
    """The kinds of held-out misses (``sentiment_failures.csv``: ``kind, misses, share``) with the
    share in whole per cent as the table has always printed it ("0%" for 0.004, where
    ``fmt.percent`` in a sentence would write "under 1%")."""
    return failures.assign(share=failures.share.map("{:.0%}".format))


def cv_claims(
    cv: pd.DataFrame, differences: pd.DataFrame | None = None, a: str = "news", b: str = "vader"
) -> list[str]:
    """One Markdown bullet per domain of ``cv`` (``sentiment_cv.csv``) comparing scorer ``a`` with
    ``b`` by Pearson r. With ``differences`` (``sentiment_cv_differences.csv``) the verdict
    follows the 95% interval of the paired difference (bootstrap over documents); without,
    "higher" or "lower" only when the two r intervals do not overlap. Otherwise "about the same"."""
    out = []
    for domain in dict.fromkeys(cv.domain):
        x, y = _cv_row(cv, domain, a), _cv_row(cv, domain, b)
        if x is None or y is None:
            continue
        pair = None
        if differences is not None:
            match = differences[
                (differences.domain == domain) & (differences.scorer == a) & (differences.baseline == b)
            ]
            pair = match.iloc[0] if len(match) else None
        if pair is not None:
            low, high = pair.low, pair.high
            basis = f"difference {pair.difference:+.3f}, 95% interval {low:+.3f} to {high:+.3f}"
        else:
            low, high = x.r_low - y.r_high, x.r_high - y.r_low
            basis = f"intervals {x.r_low:.3f}–{x.r_high:.3f} and {y.r_low:.3f}–{y.r_high:.3f}"
        verdict = "higher than" if low > 0 else "lower than" if high < 0 else "about the same as"
        out.append(
            f"- {domain} ({fmt.count(int(x.n), 'sentence')}): {SCORER_NAMES.get(a, a)} r = {x.pearson_r:.3f}, "
            f"{verdict} {SCORER_NAMES.get(b, b)} r = {y.pearson_r:.3f} ({basis})."
        )
    return out


def domain_scores_title(cv: pd.DataFrame) -> str:
    """The domain-scores chart's title, from the NYT rows of ``sentiment_cv.csv``: "On held-out
    news sentences the model reaches r = 0.56, plain VADER 0.48"."""
    held = cv[cv.domain == "nyt"].set_index("scorer").pearson_r
    return f"On held-out news sentences the model reaches r = {held['news']:.2f}, plain VADER {held['vader']:.2f}"


def failure_summary(failures: pd.DataFrame) -> str:
    """One sentence naming the (up to) two most common kinds of held-out misses, with their
    shares. Input: ``sentiment_failures.csv`` (``kind, misses, share``; a ``total`` row)."""
    kinds = failures[failures.kind != "total"].sort_values("misses", ascending=False, kind="stable")
    total = int(failures.loc[failures.kind == "total", "misses"].iloc[0])
    top = [
        f"{k} ({fmt.number(m)}, {fmt.percent(s)})" for k, m, s in zip(kinds.kind, kinds.misses, kinds.share)
    ]
    return f"Of {fmt.count(total, 'miss')}, the most common {fmt.agree(len(top[:2]), 'kind is', 'kinds are')} {fmt.join(top[:2])}."
