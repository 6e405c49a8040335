"""The learned news sentiment model: fit (scikit-learn ridge), save as JSON, load, predict, explain.

The model predicts the mean rating that 20 people would give a sentence on a -4..+4 scale, from
the lexicon features and hashed word stems of ``sentiment.features``. It is a ridge regression
trained by ``scripts/train_sentiment.py`` (``make train-sentiment``) on human-rated sentences:
news (NYT editorials) as the target domain and other rated sets (tweets, movie and product
reviews) as extra data, with "frustratingly easy" domain adaptation (Daumé 2007): every feature
has a shared weight, learned from all domains, and a news-only correction, learned from news.
The committed file ``models/sentiment.json`` keeps only what scoring news needs: the features'
means and scales, one weight per feature (shared + news) and per stem bucket, the intercept and
the label thresholds. Scoring needs numpy only; fitting needs scikit-learn.

``compound`` is the predicted rating divided by 4 (so -1..+1, clipped); ``label`` uses
``LABEL_THRESHOLD``, the human label thresholds (``HUMAN_POSITIVE``) on the same scale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from .. import paths
from ..errors import NewslensError
from .features import (
    FEATURE_NAMES,
    HASH_BUCKETS,
    NEUTRAL_VALUES,
    WORD_GROUPS,
    analyse,
    sentence_features,
    stem_buckets,
    tokens,
)

#: Ridge penalty on standardised features: 1, 10 and 100 gave the same grouped-CV r on the news
#: ratings within 0.003; 10 is the middle.
RIDGE_ALPHA = 10.0
#: Weight of a sentence from another domain relative to a news sentence. Measured by grouped CV:
#: 1.0 lowers news r (movie and tweet words mislead), 0.1 gives the best news r while the shared
#: weights still learn the other domains.
OTHER_DOMAIN_WEIGHT = 0.1
#: Scale of a stem-bucket indicator relative to a standardised lexicon feature (0.1, 0.2, 0.3,
#: 0.5 tried; 0.3 best on news by grouped CV): the larger, the less the buckets are shrunk.
HASH_SCALE = 0.3
#: The mean human rating above which (below minus which) a sentence counts as positive
#: (negative) when labels are compared: 0.5 on the -4..+4 scale, as in notebook 02's validation.
HUMAN_POSITIVE = 0.5
#: The model's ``compound`` is rating / 4, so the same threshold on its scale.
LABEL_THRESHOLD = HUMAN_POSITIVE / 4
#: Words whose contribution to a sentence is smaller than this (compound units) are not named:
#: below it are mostly function words whose stem buckets carry small weights ("a", "and").
MIN_CONTRIBUTION = 0.05
#: How many words ``top_words`` names per sentence.
TOP_WORDS = 3
#: Weights are rounded to this many decimals in the model file (a rerun writes the same bytes).
DECIMALS = 6


@dataclass(frozen=True)
class NewsModel:
    """A fitted model as loaded from its JSON file."""

    feature_names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    bucket_weights: np.ndarray
    threshold: float
    info: dict

    def predict(self, features: np.ndarray, buckets: list[dict[int, str]]) -> np.ndarray:
        """Predicted mean human rating (-4..+4) for rows of ``features`` and their stem buckets."""
        out = ((features - self.mean) / self.scale) @ self.weights + self.intercept
        return out + np.array([sum(self.bucket_weights[b] for b in bs) for bs in buckets])


def stem_matrix(texts):
    """Sparse ``len(texts) x HASH_BUCKETS`` matrix: ``HASH_SCALE`` for each word stem of a text in
    its hashed bucket (the stem part of the model's design; training and experiments share it)."""
    from scipy import sparse  # training and experiments only; scoring needs no sparse matrix

    rows, cols = [], []
    for i, text in enumerate(texts):
        for b in stem_buckets(tokens(text)):
            rows.append(i)
            cols.append(b)
    return sparse.csr_matrix((np.full(len(rows), HASH_SCALE), (rows, cols)), shape=(len(texts), HASH_BUCKETS))


def fit_model(
    texts: list[str],
    ratings: list[float] | np.ndarray,
    domains: list[str] | None = None,
    target: str = "news",
    features: np.ndarray | None = None,
    stems: bool = True,
) -> dict:
    """Fit the ridge model and return it as a JSON-ready dict (see ``save_model``).

    ``domains`` names each text's domain (default: all ``target``); texts of other domains count
    ``OTHER_DOMAIN_WEIGHT`` each and share weights with the target through the domain-adaptation
    copies. ``features`` may pass precomputed ``sentence_features(texts)``; ``stems=False`` leaves
    the stem buckets out (all their weights 0), to measure what they add. Deterministic: the
    solver (conjugate gradient to a fixed tolerance) has no randomness, for the given rows."""
    from scipy import sparse  # training only: scipy and scikit-learn take about a second to import
    from sklearn.linear_model import Ridge  # and scoring an article needs neither

    y = np.asarray(ratings, dtype=float)
    domains = [target] * len(texts) if domains is None else list(domains)
    if not (len(texts) == len(y) == len(domains)) or not len(texts):
        raise NewslensError("fit_model needs as many ratings and domains as texts, and at least one")
    is_target = np.array([d == target for d in domains])
    if not is_target.any():
        raise NewslensError(f"fit_model: no text of the target domain {target!r}")
    x = sentence_features(texts) if features is None else np.asarray(features, dtype=float)
    mean = x[is_target].mean(axis=0)
    scale = x[is_target].std(axis=0)
    scale[scale == 0] = 1.0
    lex = sparse.csr_matrix((x - mean) / scale)
    hashed = stem_matrix(texts) if stems else sparse.csr_matrix((len(texts), HASH_BUCKETS))
    names = sorted(set(domains))
    onehot = sparse.csr_matrix(np.array([[d == n for n in names] for d in domains], dtype=float))
    only = sparse.diags(is_target.astype(float))
    design = sparse.hstack([lex, only @ lex, hashed, only @ hashed, onehot]).tocsr()
    weight = np.where(is_target, 1.0, OTHER_DOMAIN_WEIGHT)
    ridge = Ridge(alpha=RIDGE_ALPHA, solver="sparse_cg", tol=1e-10, max_iter=20000).fit(
        design, y, sample_weight=weight
    )
    k, h = len(FEATURE_NAMES), HASH_BUCKETS
    coef = ridge.coef_
    weights = coef[:k] + coef[k : 2 * k]
    buckets = (coef[2 * k : 2 * k + h] + coef[2 * k + h : 2 * k + 2 * h]) * HASH_SCALE
    intercept = float(ridge.intercept_ + coef[2 * k + 2 * h + names.index(target)])
    r = _round
    return {
        "model": "ridge regression of the mean human rating (-4..+4); compound = rating / 4",
        "target_domain": target,
        "training": {
            "sentences": {n: int(sum(d == n for d in domains)) for n in names},
            "ridge_alpha": RIDGE_ALPHA,
            "other_domain_weight": OTHER_DOMAIN_WEIGHT,
            "hash_scale": HASH_SCALE,
        },
        "label_threshold": LABEL_THRESHOLD,
        "intercept": r(intercept),
        "features": [
            {"name": n, "mean": r(m), "scale": r(s), "weight": r(w)}
            for n, m, s, w in zip(FEATURE_NAMES, mean, scale, weights)
        ],
        "hash_buckets": HASH_BUCKETS,
        "bucket_weights": [r(b) for b in buckets],
    }


def _round(value: float) -> float:
    out = round(float(value), DECIMALS)
    return 0.0 if out == 0 else out  # no "-0.0"


def save_model(model: dict, path: Path = paths.SENTIMENT_MODEL) -> Path:
    """Write a fitted model as JSON (sorted keys, fixed rounding: the same model, the same bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rest = {k: v for k, v in model.items() if k != "bucket_weights"}
    text = json.dumps(rest, indent=1, sort_keys=True, ensure_ascii=False)
    buckets = json.dumps(model["bucket_weights"], separators=(",", ":"))  # one line, not 16,384
    text = text[: text.rindex("}")].rstrip() + f',\n "bucket_weights": {buckets}\n}}'
    path.write_text(text + "\n", encoding="utf-8")
    return path


def model_from_dict(data: dict) -> NewsModel:
    """A ``NewsModel`` from the dict ``fit_model`` returns (or its JSON file)."""
    names = tuple(f["name"] for f in data["features"])
    if names != FEATURE_NAMES:
        raise NewslensError("sentiment model: its features differ from sentiment.features.FEATURE_NAMES")
    if data["hash_buckets"] != HASH_BUCKETS or len(data["bucket_weights"]) != HASH_BUCKETS:
        raise NewslensError("sentiment model: its stem buckets differ from sentiment.features.HASH_BUCKETS")
    col = lambda key: np.array([f[key] for f in data["features"]], dtype=float)  # noqa: E731
    return NewsModel(
        feature_names=names,
        mean=col("mean"),
        scale=col("scale"),
        weights=col("weight"),
        intercept=float(data["intercept"]),
        bucket_weights=np.array(data["bucket_weights"], dtype=float),
        threshold=float(data["label_threshold"]),
        info={k: data[k] for k in ("model", "target_domain", "training")},
    )


@cache
def load_model(path: Path = paths.SENTIMENT_MODEL) -> NewsModel:
    """The model in ``path`` (default: the committed ``paths.SENTIMENT_MODEL``, read once) as a
    ``NewsModel``; a missing file, or one whose features differ from this code's, raises
    ``NewslensError``. No training data is needed."""
    path = Path(path)
    if not path.is_file():
        raise NewslensError(
            f"{path}: no sentiment model; run `make train-sentiment` on a machine with the ratings"
        )
    return model_from_dict(json.loads(path.read_text(encoding="utf-8")))


#: How each word-level feature's value is shared out over the words it was computed from (see
#: ``_contributions``): "value" sums the words' values, "count" counts them, "pos"/"neg" restrict
#: to positive/negative values, "share" splits the feature by each word's signed share of the
#: sum (exact for sums divided by the token count), "abs" by its share of the absolute sum, and
#: "max"/"min" give it to the extreme word.
SPLITS = {
    "vader_compound": "share",
    "vader_pos": "share pos",
    "vader_neg": "share neg",
    "vader_neu": "abs",
    "vader_sum_pos": "value pos",
    "vader_sum_neg": "value neg",
    "vader_max": "max",
    "vader_min": "min",
    "vader_n_pos": "count pos",
    "vader_n_neg": "count neg",
    "vader_mean": "share",
    "vader_sum_sqrt": "share",
    "stem_sum_pos": "value pos",
    "stem_sum_neg": "value neg",
    "stem_n": "count",
    "pattern_polarity": "share",
    "pattern_subjectivity": "abs",
    "pattern_sum_pos": "value pos",
    "pattern_sum_neg": "value neg",
    "pattern_n_pos": "count pos",
    "pattern_n_neg": "count neg",
}


def _shares(rule: str, pairs: list[tuple[str, float]], feature_change: float) -> list[float]:
    """Each word's part of a feature's change from its neutral value (see ``SPLITS``)."""
    values = [v for _, v in pairs]
    kind, _, sign = rule.partition(" ")
    keep = [(v > 0) if sign == "pos" else (v < 0) if sign == "neg" else True for v in values]
    if kind == "value":
        return [v if k else 0.0 for v, k in zip(values, keep)]
    if kind == "count":
        return [1.0 if k else 0.0 for k in keep]
    if kind in ("max", "min"):
        target = max(values) if kind == "max" else min(values)
        first = values.index(target)
        return [feature_change if i == first else 0.0 for i in range(len(values))]
    weights = [abs(v) if kind == "abs" else v for v, k in zip(values, keep) if k]
    total = sum(weights)
    if not total:
        return [0.0] * len(values)
    it = iter(weights)
    return [feature_change * next(it) / total if k else 0.0 for k in keep]


def _contributions(model: NewsModel, values: list[float], sources: dict, buckets: dict[int, str]) -> dict:
    """Each word's part of the prediction, in rating points: every word-level feature's change
    from a sentence without charged words (``NEUTRAL_VALUES``) is shared out over its words
    (``SPLITS``; class counts by one per member) and weighted, and the word's stem-bucket weight
    is added. Sentence-level features (length, punctuation) are not given to any word."""
    index = {n: i for i, n in enumerate(model.feature_names)}
    out: dict[str, float] = {}
    for group, names in WORD_GROUPS.items():
        pairs = sources[group]
        if not pairs:
            continue
        for name in names:
            i = index[name]
            change = values[i] - NEUTRAL_VALUES[name]
            if not change:
                continue
            parts = _shares(SPLITS.get(name, "count"), pairs, change)
            for (word, _), part in zip(pairs, parts):
                out[word] = out.get(word, 0.0) + model.weights[i] * part / model.scale[i]
    for b, word in buckets.items():
        out[word] = out.get(word, 0.0) + model.bucket_weights[b]
    return out


def score_texts(texts: list[str], model: NewsModel | None = None) -> pd.DataFrame:
    """The news score of each text: ``compound`` (predicted rating / 4, clipped to -1..+1),
    ``pos, neu, neg`` (plain VADER's proportions, computed on the way) and ``top_words``: up to
    ``TOP_WORDS`` words with the largest contributions, signed, in compound units
    ("killing -0.22, rebels -0.05")."""
    model = load_model() if model is None else model
    analysed = [analyse(t) for t in texts]
    buckets = [stem_buckets(tokens(t)) for t in texts]
    features = np.array([a[0] for a in analysed], dtype=float).reshape(len(texts), len(FEATURE_NAMES))
    compound = np.clip(model.predict(features, buckets) / 4, -1.0, 1.0) if texts else np.zeros(0)
    tops = []
    for (values, sources), bs in zip(analysed, buckets):
        parts = _contributions(model, values, sources, bs)
        ranked = sorted(parts.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
        named = [(w, c / 4) for w, c in ranked if abs(c / 4) >= MIN_CONTRIBUTION][:TOP_WORDS]
        tops.append(", ".join(f"{w} {c:+.2f}" for w, c in named))
    columns = {k: features[:, FEATURE_NAMES.index(f"vader_{k}")] for k in ("pos", "neu", "neg")}
    return pd.DataFrame(
        {"compound": np.round(compound, 4), **columns, "top_words": pd.Series(tops, dtype=object)}
    )


def strongest_features(model: NewsModel | None = None, n: int = 8) -> list[tuple[str, float]]:
    """The ``n`` lexicon features with the largest weights of ``model`` (default: the committed
    one) as ``[(feature name, weight)]``, strongest first; weights are rating points per standard
    deviation, and a positive weight pushes a sentence toward positive."""
    model = load_model() if model is None else model
    pairs = sorted(zip(model.feature_names, model.weights), key=lambda kv: (-abs(kv[1]), kv[0]))
    return [(name, round(float(w), 3)) for name, w in pairs[:n]]
