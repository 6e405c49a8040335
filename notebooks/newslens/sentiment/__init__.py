"""Sentence sentiment: a model learned from human ratings of news prose, and plain VADER.

``score_sentiment(article)`` scores every body sentence; ``score_sentiment(["...", "..."])``
scores strings. Three scorers:

- ``scorer="news"`` (the default): a ridge regression over lexicon features (VADER, pattern,
  word classes) and hashed word stems, trained on human-rated sentences with news as the target
  domain (``sentiment.model``, ``sentiment.features``; the weights are in
  ``models/sentiment.json``). ``compound`` is the predicted mean human rating (-4..+4) divided
  by 4; ``label`` is positive above ``+LABEL_THRESHOLD``, negative below ``-LABEL_THRESHOLD``
  (the human label thresholds of +-0.5 rating points, on the compound scale). ``top_words``
  names the words that moved the score most, with their signed contributions.
- ``scorer="vader"``: plain VADER (NLTK's implementation, the lexicon of the ``vaderSentiment``
  package); ``label`` by VADER's thresholds (``compound >= 0.05`` positive, ``<= -0.05``
  negative).
- ``scorer="conflict"``: the conflict-reporting layer (``sentiment.conflict``): VADER with a
  length calibration, war words and adversary strength; VADER's thresholds.

For ``news``, ``pos``, ``neu`` and ``neg`` are plain VADER's proportions, kept for comparison.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..errors import NewslensError
from ..load import Article
from .conflict import domain_cues, polarity
from .model import LABEL_THRESHOLD, score_texts

#: VADER's threshold on ``compound`` (``vader`` and ``conflict`` scorers): at least +0.05 is
#: positive, at most -0.05 negative (Hutto and Gilbert's published cut-off; not tuned here).
POSITIVE_THRESHOLD = 0.05
#: The scorers ``score_sentiment`` knows, the default first.
SCORERS = ("news", "vader", "conflict")
STRING_COLUMNS = ["text", "compound", "pos", "neu", "neg", "label", "top_words"]
ARTICLE_COLUMNS = [
    "sentence_id",
    "paragraph_id",
    "start",
    "end",
    "text",
    "compound",
    "pos",
    "neu",
    "neg",
    "label",
    "top_words",
]


def label(compound: float, threshold: float = POSITIVE_THRESHOLD) -> str:
    """positive / neutral / negative: at least ``+threshold`` positive, at most ``-threshold``
    negative (default VADER's 0.05; the news scorer uses ``LABEL_THRESHOLD``)."""
    if compound >= threshold:
        return "positive"
    return "negative" if compound <= -threshold else "neutral"


def _score_texts(texts: list[str], scorer: str) -> pd.DataFrame:
    if scorer not in SCORERS:
        raise NewslensError(f"unknown sentiment scorer {scorer!r}: use one of {', '.join(SCORERS)}")
    if scorer == "news":
        frame = score_texts(texts)
        frame.insert(0, "text", pd.Series(texts, dtype=object))
        threshold = LABEL_THRESHOLD
    else:
        scores = [polarity(t, scorer) for t in texts]
        plain = scores if scorer == "vader" else [polarity(t, "vader") for t in texts]
        frame = pd.DataFrame(
            {
                "text": pd.Series(texts, dtype=object),
                "compound": pd.Series([s["compound"] for s in scores], dtype=float),
                **{k: pd.Series([s[k] for s in plain], dtype=float) for k in ("pos", "neu", "neg")},
                "top_words": pd.Series([""] * len(texts), dtype=object),
            }
        )
        threshold = POSITIVE_THRESHOLD
    frame["label"] = pd.Series([label(c, threshold) for c in frame.compound], dtype=object)
    return frame[STRING_COLUMNS]


def score_sentiment(obj, scorer: str = "news") -> pd.DataFrame:
    """Sentiment per body sentence of an ``Article`` (columns ``sentence_id, paragraph_id, start,
    end, text, compound, pos, neu, neg, label, top_words``) or per string of an iterable of
    strings (``text, compound, pos, neu, neg, label, top_words``). ``scorer``: ``news``
    (default), ``vader`` or ``conflict`` (see the module doc); ``top_words`` is empty for the
    VADER scorers.

    >>> score_sentiment(["A good day.", "A bad day."]).label.tolist()
    ['positive', 'negative']
    """
    if isinstance(obj, Article):
        sents = obj.sentences
        scored = _score_texts(sents.text.tolist(), scorer)
        return pd.concat([sents.reset_index(drop=True), scored.drop(columns="text")], axis=1)[ARTICLE_COLUMNS]
    if isinstance(obj, str | bytes) or not isinstance(obj, Iterable):
        raise NewslensError(
            f"score_sentiment expects an Article or an iterable of strings, got {type(obj).__name__}"
        )
    texts = list(obj)
    bad = [type(t).__name__ for t in texts if not isinstance(t, str)]
    if bad:
        raise NewslensError(f"score_sentiment expects strings, got {bad[0]} among {len(texts)} items")
    return _score_texts(texts, scorer)


def compare_scorers(article, news: pd.DataFrame | None = None) -> pd.DataFrame:
    """Plain VADER, the conflict layer and the news model per body sentence: ``sentence_id,
    paragraph_id, start, end, text, vader, news, vader_label, news_label, conflict,
    conflict_label, cues`` (``cues``: the words the conflict layer reads differently from VADER).
    ``news`` may pass the article's ``score_sentiment`` table when it is already computed."""
    plain = score_sentiment(article, scorer="vader")
    news = score_sentiment(article, scorer="news") if news is None else news
    conflict = score_sentiment(article, scorer="conflict")
    frame = plain[["sentence_id", "paragraph_id", "start", "end", "text"]].copy()
    frame["vader"], frame["news"] = plain.compound, news.compound
    frame["vader_label"], frame["news_label"] = plain.label, news.label
    frame["conflict"], frame["conflict_label"] = conflict.compound, conflict.label
    frame["cues"] = [", ".join(domain_cues(t)) for t in frame.text]
    return frame


#: Quoted spans shorter than this are titles, scare quotes or fragments, not speech. Set by hand
#: on the seed article; not tuned.
MIN_QUOTE_WORDS = 4


def quotes_and_narration(article, quotes: pd.DataFrame | None = None, scorer: str = "news") -> pd.DataFrame:
    """Score the article's quoted speech and the reporter's narration separately.

    Quoted speech is each span inside quotation marks of at least ``MIN_QUOTE_WORDS`` words (or,
    when ``quotes`` from ``find_quotes`` is given, each direct or partial quote, with its
    speaker); narration is each body sentence with no quotation marks. Columns: ``voice``
    (quote / narration), ``speaker`` (empty for narration or when unknown), ``start, end, text,
    compound, label``."""
    marks = article.quote_spans
    if quotes is not None:
        spoken = quotes[quotes.kind.isin(["direct", "partial"])]
        spans = spoken[["start", "end", "text", "speaker"]]
    else:
        spans = marks[marks.text.str.split().str.len() >= MIN_QUOTE_WORDS][["start", "end", "text"]]
        spans = spans.assign(speaker="")
    sents = article.sentences
    has_marks = [((marks.start < e) & (marks.end > s)).any() for s, e in zip(sents.start, sents.end)]
    narration = sents.loc[~pd.Series(has_marks, index=sents.index), ["start", "end", "text"]].assign(
        speaker=""
    )
    frame = pd.concat([spans.assign(voice="quote"), narration.assign(voice="narration")], ignore_index=True)
    scored = _score_texts(frame.text.tolist(), scorer)
    frame["compound"], frame["label"] = scored.compound, scored.label
    frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    return frame[["voice", "speaker", "start", "end", "text", "compound", "label"]]
