"""Sentence features for the learned news sentiment scorer, from lexicons that ship in packages.

Every feature comes from the sentence alone and from word lists installed with the project's
pinned requirements; nothing is downloaded and no training data is needed:

- **VADER** (``vaderSentiment`` package, MIT licence): the lexicon of 7,500 rated words and its
  rules for negation, intensifiers, "but" and capitals, applied by NLTK's implementation. We keep
  VADER's ``compound, pos, neu, neg`` and statistics of the per-token valences after its rules.
- **VADER by word stem**: a word VADER lacks ("tyrannies", "deteriorating") takes the mean valence
  of the VADER words with the same Porter stem (NLTK's stemmer, no data files).
- **Pattern's subjectivity lexicon** (``en-sentiment.xml`` in the ``textblob`` wheel; the file
  says PDDL, TextBlob is MIT): 2,900 adjectives with polarity and subjectivity, with pattern's own
  negation and intensifier handling.
- **Word classes** from VADER (``NEGATE``, ``BOOSTER_DICT``) or named below: counts of
  negations, intensifiers, dampeners, contrast words, hedges, personal pronouns, words with a
  negative prefix or the suffix "-less"; punctuation and length.
- **Hashed word stems** (``stem_buckets``): each distinct Porter stem of the sentence is hashed
  (CRC-32) into one of ``HASH_BUCKETS`` buckets; the trained model keeps one weight per bucket,
  so the model file holds numbers, not words.

``analyse(text)`` returns the feature vector (columns ``FEATURE_NAMES``) and, for explanations,
the words behind each word-level feature group (``WORD_GROUPS``).
"""

from __future__ import annotations

import math
import os
import re
import string
import zlib
from functools import cache

import nltk
import numpy as np
import vaderSentiment
from nltk.sentiment import SentimentIntensityAnalyzer
from nltk.sentiment.vader import SentiText, VaderConstants
from nltk.stem import PorterStemmer

#: Contrast words: what follows them usually carries the writer's point.
CONTRAST_WORDS = frozenset({"but", "however", "yet", "although", "though", "despite", "nevertheless"})
#: Hedges and modals: editorial prose that argues rather than reports ("should", "must").
HEDGE_WORDS = frozenset({"should", "must", "could", "would", "might", "may", "ought", "perhaps"})
#: First- and second-person words: opinion writing speaks to the reader.
PERSONAL_WORDS = frozenset({"i", "we", "our", "us", "you", "your", "my", "me"})
#: English negative prefixes and the privative suffix, counted on words no lexicon knows
#: ("inexcusable", "unfunded", "disservice", "heartless"); four letters at least after the prefix.
NEGATIVE_AFFIX = re.compile(r"^(?:un|in|im|il|ir|dis|mis|non)[a-z]{4,}$|^[a-z]{3,}less$")

#: Words: letters with inner apostrophes or hyphens, lower-cased.
WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
#: Number of hash buckets for word stems: 2**14 keeps collisions rare for the ~12,000 stems of
#: the training data (2**12 measured 0.007 lower in grouped cross-validation, 2**14 the same as
#: an exact vocabulary).
HASH_BUCKETS = 2**14

#: Feature columns, grouped by the word-level source they are computed from (``WORD_GROUPS``)
#: and the sentence-level rest.
WORD_GROUPS = {
    "vader": (
        "vader_compound",
        "vader_pos",
        "vader_neg",
        "vader_neu",
        "vader_sum_pos",
        "vader_sum_neg",
        "vader_max",
        "vader_min",
        "vader_n_pos",
        "vader_n_neg",
        "vader_mean",
        "vader_sum_sqrt",
    ),
    "stem": ("stem_sum_pos", "stem_sum_neg", "stem_n"),
    "pattern": (
        "pattern_polarity",
        "pattern_subjectivity",
        "pattern_sum_pos",
        "pattern_sum_neg",
        "pattern_n_pos",
        "pattern_n_neg",
    ),
    "negation": ("n_negations",),
    "booster": ("n_boosters",),
    "dampener": ("n_dampeners",),
    "contrast": ("n_contrast",),
    "hedge": ("n_hedges",),
    "personal": ("n_personal",),
    "affix": ("n_negative_affix",),
}
SENTENCE_FEATURES = ("question", "exclamation", "quotation", "log_words", "digits")
FEATURE_NAMES = tuple(f for group in WORD_GROUPS.values() for f in group) + SENTENCE_FEATURES
#: Feature values of a sentence with no word from any lexicon or class (VADER's ``neu`` is 1
#: then): explanations measure each word's contribution from here.
NEUTRAL_VALUES = {name: 1.0 if name == "vader_neu" else 0.0 for name in FEATURE_NAMES}


def _vader_folder() -> str:
    """The folder of the ``vaderSentiment`` package, where its lexicon file lives (put on NLTK's
    data path so NLTK's analyser reads it; nothing is downloaded)."""
    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return folder


#: ASCII punctuation, the characters NLTK's VADER strips from the ends of tokens.
PUNCTUATION = string.punctuation


class FastSentiText(SentiText):
    """NLTK's ``SentiText`` with the same tokens, found without NLTK's table of every word joined
    to every punctuation mark (built anew for each sentence, it is most of VADER's run time). A
    token loses its leading or trailing punctuation when that punctuation is one of VADER's
    ``PUNC_LIST`` marks and the rest is a word of the sentence (as NLTK does); tests compare the
    two on many sentences."""

    def _words_and_emoticons(self):
        words = {w for w in self.REGEX_REMOVE_PUNCTUATION.sub("", self.text).split() if len(w) > 1}
        marks = set(self.PUNC_LIST)
        out = []
        for token in self.text.split():
            if len(token) <= 1:
                continue
            lead = len(token) - len(token.lstrip(PUNCTUATION))
            trail = len(token) - len(token.rstrip(PUNCTUATION))
            if lead and not trail and token[:lead] in marks and token[lead:] in words:
                token = token[lead:]
            elif trail and not lead and token[-trail:] in marks and token[:-trail] in words:
                token = token[:-trail]
            out.append(token)
        return out


class TracingVader(SentimentIntensityAnalyzer):
    """NLTK's VADER that also keeps the tokens and their valences after VADER's rules, and
    tokenises with ``FastSentiText`` (same scores, about twice as fast)."""

    def polarity_scores(self, text):
        """VADER's ``{neg, neu, pos, compound}`` for one text, keeping its tokens
        (``last_words``) and their valences (``last_valences``) for ``trace``."""
        # NLTK's polarity_scores (nltk 3.10.4), with FastSentiText in place of SentiText
        sentitext = FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
        sentiments = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index = {}
        for idx, token in enumerate(words_and_emoticons):
            first_index.setdefault(token, idx)
        for item in words_and_emoticons:
            i = first_index[item]
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ) or item.lower() in self.constants.BOOSTER_DICT:
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)

    def _but_check(self, words_and_emoticons, sentiments):
        self.last_words = list(words_and_emoticons)
        return super()._but_check(words_and_emoticons, sentiments)

    def score_valence(self, sentiments, text):
        """VADER's scores for the token valences ``sentiments`` of ``text``; keeps the valences."""
        self.last_valences = [float(v) for v in sentiments]
        return super().score_valence(sentiments, text)

    def trace(self, text: str) -> tuple[dict, list[str], list[float]]:
        """``(polarity_scores, tokens, valences)`` for one text."""
        self.last_words, self.last_valences = [], []
        scores = self.polarity_scores(text)
        return scores, self.last_words, self.last_valences


@cache
def vader() -> TracingVader:
    """Plain VADER with the lexicon of the ``vaderSentiment`` package, built once."""
    _vader_folder()
    return TracingVader(lexicon_file="vader_lexicon.txt")


@cache
def _pattern():
    from textblob.en import sentiment  # pattern's lexicon, bundled in the textblob wheel

    return sentiment


@cache
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@cache
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word (cached: the same words recur)."""
    return _stemmer().stem(word)


@cache
def stem_lexicon() -> dict[str, float]:
    """Porter stem -> the mean VADER valence of the single-word VADER entries sharing that stem
    (no input; VADER's lexicon, built once)."""
    groups: dict[str, list[float]] = {}
    for word, valence in vader().lexicon.items():
        if re.fullmatch(r"[a-z]+", word):
            groups.setdefault(stem(word), []).append(valence)
    return {s: sum(v) / len(v) for s, v in groups.items()}


def _word_classes() -> tuple[frozenset, frozenset, frozenset]:
    constants = VaderConstants()
    negations = frozenset(constants.NEGATE)
    boosters = frozenset(w for w, v in constants.BOOSTER_DICT.items() if v > 0)
    dampeners = frozenset(w for w, v in constants.BOOSTER_DICT.items() if v < 0)
    return negations, boosters, dampeners


NEGATIONS, BOOSTERS, DAMPENERS = _word_classes()


def tokens(text: str) -> list[str]:
    """Lower-cased words of ``text`` (``WORD``)."""
    return WORD.findall(text.lower())


def stem_buckets(words: list[str]) -> dict[int, str]:
    """Hash bucket of each distinct stem of ``words`` -> the first word that gave it."""
    out: dict[int, str] = {}
    for w in words:
        out.setdefault(zlib.crc32(stem(w).encode("utf-8")) % HASH_BUCKETS, w)
    return out


def analyse(text: str) -> tuple[list[float], dict[str, list[tuple[str, float]]]]:
    """Features of one sentence (in ``FEATURE_NAMES`` order) and, per word group of
    ``WORD_GROUPS``, the ``(word, value)`` pairs it was computed from (the valence after the
    lexicon's rules, or 1 for a member of a word class)."""
    scores, vtokens, valences = vader().trace(text)
    words = tokens(text)
    lexicon, stems = vader().lexicon, stem_lexicon()
    sources: dict[str, list[tuple[str, float]]] = {group: [] for group in WORD_GROUPS}
    for token, v in zip(vtokens, valences):
        if v:
            sources["vader"].append((token.lower(), v))
    stemmed = [(w, stems[stem(w)]) for w in words if w not in lexicon and stem(w) in stems]
    sources["stem"] = stemmed
    pattern = _pattern()(text)
    polarities = []
    for chunk, polarity, *_ in pattern.assessments:
        heads = [w.lower() for w in chunk if WORD.fullmatch(w.lower())]
        polarities.append(polarity)
        if polarity and heads:
            sources["pattern"].append((heads[-1], polarity))
    classes = {
        "negation": [w for w in words if w in NEGATIONS or w.endswith("n't")],
        "booster": [w for w in words if w in BOOSTERS],
        "dampener": [w for w in words if w in DAMPENERS],
        "contrast": [w for w in words if w in CONTRAST_WORDS],
        "hedge": [w for w in words if w in HEDGE_WORDS],
        "personal": [w for w in words if w in PERSONAL_WORDS],
        "affix": [w for w in words if w not in lexicon and w not in stems and NEGATIVE_AFFIX.match(w)],
    }
    for group, members in classes.items():
        sources[group] = [(w, 1.0) for w in members]
    pos = [v for v in valences if v > 0]
    neg = [v for v in valences if v < 0]
    n = max(len(valences), 1)
    total = sum(valences)
    ppos = [p for p in polarities if p > 0]
    pneg = [p for p in polarities if p < 0]
    values = [
        scores["compound"],
        scores["pos"],
        scores["neg"],
        scores["neu"] if valences else 1.0,
        sum(pos),
        sum(neg),
        max(valences, default=0.0),
        min(valences, default=0.0),
        len(pos),
        len(neg),
        total / n,
        total / math.sqrt(n),
        sum(v for _, v in stemmed if v > 0),
        sum(v for _, v in stemmed if v < 0),
        len(stemmed),
        float(pattern[0]),
        float(pattern[1]),
        sum(ppos),
        sum(pneg),
        len(ppos),
        len(pneg),
        *(
            len(classes[g])
            for g in ("negation", "booster", "dampener", "contrast", "hedge", "personal", "affix")
        ),
        float("?" in text),
        float("!" in text),
        float(bool(re.search(r"[\"“”]|''", text))),
        math.log1p(len(words)),
        float(bool(re.search(r"\d", text))),
    ]
    return values, sources


def sentence_features(texts: list[str]) -> np.ndarray:
    """A ``len(texts) x len(FEATURE_NAMES)`` array of lexicon features (see the module doc)."""
    if not texts:
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.array([analyse(t)[0] for t in texts], dtype=float)
