"""Human sentiment ratings: reading them, the cross-validation split, and measuring scorers on them.

The rated sets are those Hutto and Gilbert (ICWSM 2014) had rated by 20 people each when they
built VADER (tab-separated, no header: ``id``, mean rating -4..+4, text). They live outside the
project (``paths.DEV_DATA``); only aggregate measurements are committed, never text or ratings.

**The split.** Five folds; a sentence's fold is ``CRC-32("<domain>:<group>") % FOLDS``, where the
group is the document (the id before "_") for the NYT editorials and the product reviews, and the
id itself for tweets and movie-review snippets (which come without documents). Sentences of one
document are therefore always in the same fold, so a model is never scored on a document it saw.
"""

from __future__ import annotations

import math
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from .. import fmt
from ..errors import NewslensError
from ..sentiment.model import HUMAN_POSITIVE

#: The rated sets: domain -> file name in the dev-data folder. ``nyt`` is news, the target.
RATING_FILES = {
    "nyt": "nyt-editorial-snippets-dev.tsv",
    "tweets": "vader-tweets.tsv",
    "movies": "vader-movie-review-snippets.tsv",
    "products": "vader-product-review-snippets.tsv",
}
#: Domains whose ids are ``<document>_<sentence>``.
DOCUMENT_IDS = ("nyt", "products")
#: Number of cross-validation folds: the usual five (each fold holds a fifth of the documents);
#: not tuned.
FOLDS = 5
#: Human mean ratings above +this (below -this) count as positive (negative) for 3-class
#: accuracy: half a point on the -4..+4 scale, set by hand so that "barely" rated sentences stay
#: neutral; not tuned. Defined once in ``sentiment.model``, whose label threshold derives from it.
HUMAN_NEGATIVE = -HUMAN_POSITIVE
#: Calibration bins: predictions are cut into this many equal-count bins (deciles: about 260
#: NYT sentences each, enough for a stable mean); not tuned.
CALIBRATION_BINS = 10
#: A held-out prediction is a miss when it is this far (rating points) from the human mean: about
#: one standard deviation of the NYT ratings.
MISS = 1.0


def _read(path: Path) -> list[tuple[str, float, str]]:
    path = Path(path)
    if not path.is_file():
        raise NewslensError(f"{path}: no such ratings file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.rstrip("\r").split("\t")
        if len(parts) != 3:
            raise NewslensError(f"{path}: line {n} has {len(parts)} fields, expected 3 (id, rating, text)")
        rows.append((parts[0], float(parts[1]), parts[2]))
    return rows


def load_ratings(path: str | Path) -> pd.DataFrame:
    """One rated file at ``path`` (tab-separated ``id, rating, text``) -> ``id, doc, rating, text,
    split``. ``split`` is ``tune`` for documents whose id's CRC-32 is even, ``test`` otherwise (the
    half split the conflict layer was tuned on). A missing file or a line without three fields
    raises ``NewslensError``."""
    frame = pd.DataFrame(_read(Path(path)), columns=["id", "rating", "text"])
    frame.insert(1, "doc", frame.id.str.split("_").str[0])
    frame["split"] = ["tune" if zlib.crc32(d.encode()) % 2 == 0 else "test" for d in frame.doc]
    return frame


def load_rating_sets(folder: str | Path, domains=tuple(RATING_FILES)) -> pd.DataFrame:
    """Every rated set in ``folder`` -> ``domain, id, group, fold, rating, text`` (see the module
    doc for ``group`` and ``fold``)."""
    frames = []
    for domain in domains:
        rows = _read(Path(folder) / RATING_FILES[domain])
        frame = pd.DataFrame(rows, columns=["id", "rating", "text"])
        frame.insert(0, "domain", domain)
        frame.insert(2, "group", frame.id.str.split("_").str[0] if domain in DOCUMENT_IDS else frame.id)
        frames.append(frame)
    out = pd.concat(frames, ignore_index=True)
    out.insert(3, "fold", [zlib.crc32(f"{d}:{g}".encode()) % FOLDS for d, g in zip(out.domain, out.group)])
    return out


def human_label(rating: float) -> str:
    """The three-class label (positive / neutral / negative) of a human mean ``rating`` (see
    ``HUMAN_POSITIVE``)."""
    if rating > HUMAN_POSITIVE:
        return "positive"
    return "negative" if rating < HUMAN_NEGATIVE else "neutral"


def pearson_interval(r: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """``(low, high)``: the 95% interval (``z`` = 1.96) of a Pearson ``r`` from ``n`` pairs, by
    Fisher's z transform; NaN for fewer than 4 pairs or a perfect ``r``."""
    if n < 4 or abs(r) >= 1:
        return (float("nan"), float("nan"))
    centre, half = math.atanh(r), z / math.sqrt(n - 3)
    return (math.tanh(centre - half), math.tanh(centre + half))


def scores_table(held_out: pd.DataFrame, scorers: dict[str, str]) -> pd.DataFrame:
    """Per domain and scorer: ``domain, scorer, n, pearson_r, r_low, r_high, accuracy``.

    ``held_out`` has ``domain, rating`` and one column of compound scores per scorer;
    ``scorers`` maps each such column to the column holding its labels."""
    rows = []
    for domain, part in held_out.groupby("domain", sort=False):
        truth = [human_label(v) for v in part.rating]
        for score, labels in scorers.items():
            r = float(np.corrcoef(part.rating, part[score])[0, 1])
            low, high = pearson_interval(r, len(part))
            acc = float(np.mean([a == b for a, b in zip(part[labels], truth)]))
            rows.append((domain, score, len(part), round(r, 3), round(low, 3), round(high, 3), round(acc, 3)))
    return pd.DataFrame(rows, columns=["domain", "scorer", "n", "pearson_r", "r_low", "r_high", "accuracy"])


def calibration_table(held_out: pd.DataFrame, score: str, scale: float = 4.0) -> pd.DataFrame:
    """Held-out predictions cut into ``CALIBRATION_BINS`` equal-count bins: ``bin, n, predicted``
    (mean score x ``scale``, on the rating scale), ``human`` (mean human rating), ``human_sd``."""
    order = held_out[score].rank(method="first")
    bins = np.ceil(order / len(held_out) * CALIBRATION_BINS).astype(int)
    grouped = held_out.assign(bin=bins).groupby("bin")
    out = pd.DataFrame(
        {
            "n": grouped.size(),
            "predicted": grouped[score].mean() * scale,
            "human": grouped.rating.mean(),
            "human_sd": grouped.rating.std(),
        }
    ).reset_index()
    return out.round(3)


#: Kinds of held-out misses, in the order they are assigned (each miss gets the first that fits).
FAILURE_KINDS = (
    ("charged, readers neutral", f"readers rated it within +-{HUMAN_POSITIVE:g} but the model did not"),
    ("no lexicon word", "no word of the sentence is in VADER, pattern or VADER-by-stem"),
    ("wrong direction", "the model's sign is opposite to the readers'"),
    ("right direction, too mild", "same sign, but the model is closer to neutral than the readers"),
    ("right direction, too strong", "same sign, but the model is more extreme than the readers"),
)


def failure_kinds(held_out: pd.DataFrame, score: str = "news", scale: float = 4.0) -> pd.DataFrame:
    """Held-out misses (``|score x scale - rating| > MISS``) by kind (``FAILURE_KINDS``):
    ``kind, description, misses, share`` (of all misses), plus a ``total`` row. ``held_out`` needs
    ``rating``, ``score`` and ``lexicon_words`` (the number of lexicon words in the sentence)."""
    predicted = held_out[score] * scale
    miss = (predicted - held_out.rating).abs() > MISS
    part, pred = held_out[miss], predicted[miss]
    kinds = []
    for rating, p, lex in zip(part.rating, pred, part.lexicon_words):
        if abs(rating) <= HUMAN_POSITIVE:
            kinds.append(FAILURE_KINDS[0][0])
        elif lex == 0:
            kinds.append(FAILURE_KINDS[1][0])
        elif np.sign(p) != np.sign(rating):
            kinds.append(FAILURE_KINDS[2][0])
        elif abs(p) < abs(rating):
            kinds.append(FAILURE_KINDS[3][0])
        else:
            kinds.append(FAILURE_KINDS[4][0])
    counts = pd.Series(kinds, dtype=object).value_counts()
    rows = [
        (k, d, int(counts.get(k, 0)), round(counts.get(k, 0) / max(len(kinds), 1), 3))
        for k, d in FAILURE_KINDS
    ]
    rows.append(
        (
            "total",
            f"held-out sentences off by more than {fmt.count(MISS, 'rating point')}, of {fmt.number(len(held_out))}",
            len(kinds),
            1.0,
        )
    )
    return pd.DataFrame(rows, columns=["kind", "description", "misses", "share"])


#: Bootstrap resamples for the interval of a difference between two scorers' r (the common
#: choice for a 95% percentile interval; not tuned).
BOOTSTRAP = 1000
#: Seed of the bootstrap's random generator (fixed: a rerun gives the same interval).
BOOTSTRAP_SEED = 0


def paired_r_difference(held_out: pd.DataFrame, a: str, b: str) -> tuple[float, float, float]:
    """``r(a) - r(b)`` on the same sentences, with a 95% interval from a bootstrap that resamples
    whole groups (documents) ``BOOTSTRAP`` times. ``held_out`` needs ``group, rating, a, b``."""
    codes, groups = pd.factorize(held_out.group)
    members = [np.flatnonzero(codes == g) for g in range(len(groups))]
    y, xa, xb = (held_out[c].to_numpy(dtype=float) for c in ("rating", a, b))
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    diffs = []
    for _ in range(BOOTSTRAP):
        rows = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        diffs.append(np.corrcoef(y[rows], xa[rows])[0, 1] - np.corrcoef(y[rows], xb[rows])[0, 1])
    d = float(np.corrcoef(y, xa)[0, 1] - np.corrcoef(y, xb)[0, 1])
    low, high = np.percentile(diffs, [2.5, 97.5])
    return (d, float(low), float(high))


def differences_table(held_out: pd.DataFrame, pairs) -> pd.DataFrame:
    """Per domain, each ``(a, b)`` pair's paired r difference: ``domain, scorer, baseline,
    difference, low, high`` (see ``paired_r_difference``). ``held_out`` needs ``domain, group,
    rating`` and both columns of every pair."""
    rows = []
    for domain, part in held_out.groupby("domain", sort=False):
        for a, b in pairs:
            d, low, high = paired_r_difference(part, a, b)
            rows.append((domain, a, b, round(d, 3), round(low, 3), round(high, 3)))
    return pd.DataFrame(rows, columns=["domain", "scorer", "baseline", "difference", "low", "high"])
