"""Train the news sentiment model and measure it by grouped cross-validation (`make train-sentiment`).

Reads the human-rated sets from the dev-data folder (``$NEWSLENS_DEV_DATA`` or
``../shared/dev-data``; see ``newslens.evaluate.ratings`` for the files and the fold split) and
writes:

- ``notebooks/newslens/models/sentiment.json``: the model, fitted on every rated sentence;
- ``data/processed/sentiment_cv.csv``: per domain and scorer, Pearson r (with a 95% interval) and
  3-class accuracy on held-out folds (five folds, documents grouped);
- ``data/processed/sentiment_calibration.csv``: held-out news predictions in ten equal-count bins
  against the mean human rating;
- ``data/processed/sentiment_failures.csv``: held-out news misses by kind;
- ``data/processed/sentiment_cv_differences.csv``: paired differences of r between scorers on the
  same sentences, with 95% intervals from a bootstrap over documents (fixed seed).

Only aggregates are written: no sentence and no single rating leaves the dev-data folder.
Deterministic: the fold split is a hash of ids, the solver has no randomness, weights are
rounded; a rerun writes the same bytes. Without the dev data it says so and exits (status 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "notebooks"))

from newslens import figures, paths  # noqa: E402
from newslens.evaluate.ratings import (  # noqa: E402
    FOLDS,
    RATING_FILES,
    calibration_table,
    differences_table,
    failure_kinds,
    load_rating_sets,
    scores_table,
)
from newslens.sentiment import label, score_sentiment  # noqa: E402
from newslens.sentiment.features import FEATURE_NAMES, sentence_features, stem_buckets, tokens  # noqa: E402
from newslens.sentiment.model import (  # noqa: E402
    LABEL_THRESHOLD,  # noqa: E402
    fit_model,
    model_from_dict,
    save_model,
)

TARGET = "nyt"
#: Scorers in the measurement: compound column -> label column.
SCORERS = {
    "vader": "vader_label",
    "conflict": "conflict_label",
    "news": "news_label",
    "news_nyt_only": "news_nyt_only_label",
    "news_no_stems": "news_no_stems_label",
}
#: Paired comparisons (scorer, baseline) whose r difference gets a bootstrap interval.
DIFFERENCES = (("news", "vader"), ("news", "conflict"), ("news", "news_no_stems"), ("news", "news_nyt_only"))
LEXICON_COUNTS = ("vader_n_pos", "vader_n_neg", "stem_n", "pattern_n_pos", "pattern_n_neg")


def held_out_predictions(
    data: pd.DataFrame, x: np.ndarray, domains: list[str] | None, stems: bool = True
) -> np.ndarray:
    """Compound scores of every sentence from a model that did not see its fold (trained on
    ``domains``, or all; ``stems=False``: without the stem buckets)."""
    out = np.zeros(len(data))
    buckets = [stem_buckets(tokens(t)) for t in data.text]
    for k in range(FOLDS):
        train = (data.fold != k).to_numpy().copy()
        if domains is not None:
            train &= data.domain.isin(domains).to_numpy()
        model = model_from_dict(
            fit_model(
                data.text[train].tolist(), data.rating[train], data.domain[train], TARGET, x[train], stems
            )
        )
        test = np.flatnonzero((data.fold == k).to_numpy())
        out[test] = model.predict(x[test], [buckets[i] for i in test]) / 4
    return np.clip(out, -1, 1)


def main() -> int:
    folder = paths.DEV_DATA
    missing = [name for name in RATING_FILES.values() if not (folder / name).is_file()]
    if missing:
        print(f"train-sentiment: the rated sets are not here ({folder}: missing {', '.join(missing)}).")
        print("The committed model stays as it is; training needs the development data.")
        return 0
    data = load_rating_sets(folder)
    print(f"rated sentences: {data.groupby('domain', sort=False).size().to_dict()}")
    x = sentence_features(data.text.tolist())
    held = data[["domain", "group", "fold", "rating"]].copy()
    for scorer in ("vader", "conflict"):
        scored = score_sentiment(data.text.tolist(), scorer=scorer)
        held[scorer], held[f"{scorer}_label"] = scored.compound.to_numpy(), scored.label.to_numpy()
    held["news"] = held_out_predictions(data, x, None)
    held["news_nyt_only"] = held_out_predictions(data, x, [TARGET])
    held["news_no_stems"] = held_out_predictions(data, x, None, stems=False)
    for col in ("news", "news_nyt_only", "news_no_stems"):
        held[f"{col}_label"] = [label(c, LABEL_THRESHOLD) for c in held[col]]
    idx = [FEATURE_NAMES.index(n) for n in LEXICON_COUNTS]
    held["lexicon_words"] = x[:, idx].sum(axis=1)

    table = scores_table(held, SCORERS)
    nyt = held[held.domain == TARGET]
    calibration = pd.concat(
        [
            calibration_table(nyt, "news").assign(scorer="news"),
            calibration_table(nyt, "vader").assign(scorer="vader"),
        ]
    )
    failures = failure_kinds(nyt)
    differences = differences_table(held, DIFFERENCES)
    for name, frame in [
        ("sentiment_cv_differences", differences),
        ("sentiment_cv", table),
        ("sentiment_calibration", calibration),
        ("sentiment_failures", failures),
    ]:
        out = figures.save_table(frame, name, paths.PROCESSED)
        print(f"wrote {out.relative_to(paths.ROOT)}")
    print(table.to_string(index=False))

    model = fit_model(data.text.tolist(), data.rating, data.domain, TARGET, x)
    out = save_model(model, paths.SENTIMENT_MODEL)
    print(f"wrote {out.relative_to(paths.ROOT)} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
